//! Countries and areas, by ISO 3166-1 alpha-2 code: records keep the code, people read and type a name. Every front
//! end takes its list, names and reading of what was typed from here. The names come from the `celes` crate.

use std::sync::LazyLock;

use serde::Serialize;
use ts_rs::TS;

use crate::error::FieldError;

/// A country or area as a person chooses it: its name, and the code kept behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: String,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    let mut all: Vec<Country> = celes::Country::get_countries()
        .iter()
        .map(|c| Country { code: c.alpha2.to_string(), name: plain_name(c.long_name) })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
});

/// celes writes "The Netherlands", "Bosnia And Herzegovina": as people write them, without the article.
fn plain_name(long_name: &str) -> String {
    let name = long_name.strip_prefix("The ").unwrap_or(long_name);
    name.replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ")
}

/// Every country and area, by name.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// The name of the country of `code` (upper case), if there is one.
pub fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|c| c.code == code).map(|c| c.name.as_str())
}

/// ISO 3166-1 alpha-2, upper case.
pub fn check_country(out: &mut Vec<FieldError>, field: &str, code: &str) {
    if country_name(code).is_none() {
        out.push(FieldError::new(
            field,
            format!("{code:?} is not a country: choose one by its name, or give its two-letter code (CH)"),
        ));
    }
}

/// The code of the country a person typed: its name in any case ("senegal"), or its code ("sn"). A two-letter name
/// is read as a code: "Senegal" is never taken for SE.
pub fn read_country(typed: &str) -> Option<&'static str> {
    let typed = typed.trim();
    let lower = typed.to_lowercase();
    let by_name = COUNTRIES.iter().find(|c| c.name.to_lowercase() == lower);
    let by_code = || COUNTRIES.iter().find(|c| typed.len() == 2 && c.code.eq_ignore_ascii_case(typed));
    by_name.or_else(by_code).map(|c| c.code.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_read_by_its_name_or_its_code_and_a_name_is_never_cut_to_a_code() {
        assert_eq!(read_country("Senegal"), Some("SN"));
        assert_eq!(read_country(" austria "), Some("AT"));
        assert_eq!(read_country("ch"), Some("CH"));
        assert_eq!(read_country("Chile"), Some("CL"));
        assert_eq!(read_country("Sen"), None, "a part of a name is not a country");
        assert_eq!(country_name("SN"), Some("Senegal"));
        assert_eq!(country_name("sn"), None, "codes are kept upper case");
        let names: Vec<&str> = countries().iter().map(|c| c.name.as_str()).collect();
        assert!(names.is_sorted(), "listed by name");
        assert!(countries().len() > 240);
    }
}
