//! Countries and areas as the UN names them, by ISO 3166-1 alpha-2 code: records keep the code, people read and type
//! a name. Every front end takes its list, names, regions and reading of what was typed from here. The table
//! (`crates/core/data/countries.tsv`, made by `scripts/countries.py`; origin and licence in `crates/core/data/README.md`)
//! holds each one's UNTERM short name, or for an area that is not a State its UNSD M49 name, in the six languages of
//! the UN, with its M49 code and region.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::FieldError;
use crate::i18n::{Lang, sort_key};
use crate::msg;
use crate::rules::fold::fold;

/// A country or area as a person chooses it: its name, and the code kept behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: String,
}

/// The UN's geographic regions (M49): where registrants come from, by continent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

/// The six languages of the UN, in the table's order of columns.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ru", "zh", "ar"];

/// A row of the table.
struct Entry {
    code: &'static str,
    m49: &'static str,
    region: Option<Region>,
    /// In `LANGUAGES`' order.
    names: [&'static str; 6],
}

static TABLE: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    include_str!("../../data/countries.tsv")
        .lines()
        .skip(1)
        .map(|line| {
            let c: Vec<&'static str> = line.split('\t').collect();
            let region = match c[2] {
                "Africa" => Some(Region::Africa),
                "Americas" => Some(Region::Americas),
                "Asia" => Some(Region::Asia),
                "Europe" => Some(Region::Europe),
                "Oceania" => Some(Region::Oceania),
                _ => None,
            };
            Entry { code: c[0], m49: c[1], region, names: [c[5], c[6], c[7], c[8], c[9], c[10]] }
        })
        .collect()
});

/// Per language, every country named in it and sorted as it reads them.
static COUNTRIES: LazyLock<Vec<(Lang, Vec<Country>)>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let column = LANGUAGES.iter().position(|l| *l == lang.code()).expect("a column for each language");
            let mut all: Vec<Country> =
                TABLE.iter().map(|e| Country { code: e.code.to_string(), name: e.names[column].to_string() }).collect();
            all.sort_by_cached_key(|c| sort_key(lang, &c.name));
            (lang, all)
        })
        .collect()
});

/// Every name in every language, and every code, folded, with the code it reads as.
static READINGS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut readings: Vec<(String, &'static str)> = TABLE
        .iter()
        .flat_map(|e| e.names.iter().map(|n| (reading(n), e.code)).chain([(reading(e.code), e.code)]))
        .collect();
    // A name without what its brackets add ("Bolivia" for "Bolivia (Plurinational State of)"), and the short names
    // other systems write (CLDR's, which Indico and most forms use), after the UN's own.
    let bare = TABLE.iter().flat_map(|e| e.names.iter().filter_map(|n| Some((reading(n.split_once(" (")?.0), e.code))));
    let other = OTHER_NAMES.iter().map(|(name, code)| (reading(name), *code));
    let more: Vec<(String, &'static str)> = bare.chain(other).collect();
    readings.extend(more);
    readings
});

/// English names other systems give countries whose UN name differs, and the usual abbreviations.
const OTHER_NAMES: [(&str, &str); 37] = [
    ("United States", "US"),
    ("USA", "US"),
    ("U.S.A.", "US"),
    ("United Kingdom", "GB"),
    ("UK", "GB"),
    ("Great Britain", "GB"),
    ("Russia", "RU"),
    ("South Korea", "KR"),
    ("Korea", "KR"),
    ("North Korea", "KP"),
    ("Vietnam", "VN"),
    ("Syria", "SY"),
    ("Laos", "LA"),
    ("Tanzania", "TZ"),
    ("Moldova", "MD"),
    ("Czech Republic", "CZ"),
    ("Turkey", "TR"),
    ("Ivory Coast", "CI"),
    ("Cape Verde", "CV"),
    ("Swaziland", "SZ"),
    ("Macedonia", "MK"),
    ("Brunei", "BN"),
    ("Palestine", "PS"),
    ("Palestinian Territories", "PS"),
    ("Vatican City", "VA"),
    ("Vatican", "VA"),
    ("Taiwan", "TW"),
    ("Hong Kong", "HK"),
    ("Hong Kong SAR China", "HK"),
    ("Macao", "MO"),
    ("Macau", "MO"),
    ("Macao SAR China", "MO"),
    ("Congo - Kinshasa", "CD"),
    ("DR Congo", "CD"),
    ("Congo - Brazzaville", "CG"),
    ("The Gambia", "GM"),
    ("The Netherlands", "NL"),
];

/// A name as it is compared: folded, its apostrophes one ("Côte d’Ivoire" is "cote d'ivoire").
fn reading(name: &str) -> String {
    fold(name).replace(['’', 'ʼ'], "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every country and area, named in `lang` and sorted as it reads them (its collation): a picker's choices.
pub fn countries(lang: Lang) -> &'static [Country] {
    let lang = if lang == Lang::Pseudo { Lang::En } else { lang };
    &COUNTRIES.iter().find(|(l, _)| *l == lang).expect("countries in each language").1
}

/// The English name of the country of `code` (upper case), if there is one.
pub fn country_name(code: &str) -> Option<&'static str> {
    entry(code).map(|e| e.names[0])
}

/// The name of the country of `code` in `language` (one of `LANGUAGES`), if there is one.
pub fn country_name_in(code: &str, language: &str) -> Option<&'static str> {
    let column = LANGUAGES.iter().position(|l| *l == language)?;
    entry(code).map(|e| e.names[column])
}

/// The UNSD M49 code of the country of `code`: "756" for CH.
pub fn m49_code(code: &str) -> Option<&'static str> {
    entry(code).map(|e| e.m49)
}

/// The table is sorted by code (`scripts/countries.py`): a participants list looks a code up per row.
fn entry(code: &str) -> Option<&'static Entry> {
    TABLE.binary_search_by(|e| e.code.cmp(code)).ok().map(|i| &TABLE[i])
}

impl Region {
    pub const ALL: [Region; 5] = [Region::Africa, Region::Americas, Region::Asia, Region::Europe, Region::Oceania];

    /// As the M49 standard names it, in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        let key = match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Oceania => "oceania",
        };
        crate::t!(lang, "region", region = key)
    }

    /// Its countries' codes.
    pub fn countries(self) -> Vec<String> {
        TABLE.iter().filter(|e| e.region == Some(self)).map(|e| e.code.to_string()).collect()
    }

    /// The region of a country (its code); none for Antarctica or a code the table does not hold.
    pub fn of(country: &str) -> Option<Region> {
        entry(&country.to_ascii_uppercase()).and_then(|e| e.region)
    }
}

/// ISO 3166-1 alpha-2, upper case.
pub fn check_country(out: &mut Vec<FieldError>, field: &str, code: &str) {
    if country_name(code).is_none() {
        out.push(FieldError::new(field, msg!("error-not-a-country", code = code)));
    }
}

/// The code of the country a person typed: its name in any of the six languages, whatever its case, accents or
/// apostrophes ("cote d'ivoire", "Кот-д’Ивуар"), or its code ("sn"). A name is never cut to a code: "Senegal" is
/// never SE.
pub fn read_country(typed: &str) -> Option<&'static str> {
    let typed = reading(typed);
    READINGS.iter().find(|(name, _)| *name == typed).map(|(_, code)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_read_by_its_name_in_any_un_language_or_its_code_and_a_name_is_never_cut_to_a_code() {
        assert_eq!(read_country("Senegal"), Some("SN"));
        assert_eq!(read_country(" austria "), Some("AT"));
        assert_eq!(read_country("ch"), Some("CH"));
        assert_eq!(read_country("Chile"), Some("CL"));
        assert_eq!(read_country("cote d’ivoire"), Some("CI"));
        assert_eq!(read_country("Кот-д’Ивуар"), Some("CI"));
        assert_eq!(read_country("瑞士"), Some("CH"));
        assert_eq!(read_country("سويسرا"), Some("CH"));
        assert_eq!(read_country("Suisse"), Some("CH"));
        assert_eq!(read_country("Sen"), None, "a part of a name is not a country");
        assert_eq!(read_country("Bolivia"), Some("BO"), "a name without its brackets");
        assert_eq!(read_country("United States"), Some("US"), "the short name other systems write");
        assert_eq!(read_country("South Korea"), Some("KR"));
        assert_eq!(country_name("SN"), Some("Senegal"));
        assert_eq!(country_name("sn"), None, "codes are kept upper case");
        for lang in Lang::ALL {
            let keys: Vec<Vec<u8>> = countries(lang).iter().map(|c| sort_key(lang, &c.name)).collect();
            assert!(keys.is_sorted(), "listed by name as {lang} sorts them");
            assert_eq!(countries(lang).len(), 249, "every ISO 3166-1 country and area");
        }
        let french: Vec<&str> = countries(Lang::Fr).iter().map(|c| c.code.as_str()).collect();
        let at = |code: &str| french.iter().position(|c| *c == code).unwrap();
        assert!(at("EG") < at("EC") && at("EC") < at("ES"), "Égypte, Équateur, Espagne: é beside e in French");
        assert!(TABLE.windows(2).all(|w| w[0].code < w[1].code), "the table is sorted by code, for lookups");
    }

    #[test]
    fn the_names_easy_to_get_wrong_are_the_uns() {
        for (code, en) in [
            ("CI", "Côte d'Ivoire"),
            ("KP", "Democratic People's Republic of Korea"),
            ("KR", "Republic of Korea"),
            ("LA", "Lao People's Democratic Republic"),
            ("TL", "Timor-Leste"),
            ("TR", "Türkiye"),
            ("PS", "State of Palestine"),
            ("TZ", "United Republic of Tanzania"),
            ("BO", "Bolivia (Plurinational State of)"),
            ("VE", "Venezuela (Bolivarian Republic of)"),
            ("IR", "Iran (Islamic Republic of)"),
            ("MD", "Republic of Moldova"),
            ("SY", "Syrian Arab Republic"),
            ("VN", "Viet Nam"),
            ("CZ", "Czechia"),
            ("MK", "North Macedonia"),
            ("SZ", "Eswatini"),
            ("CV", "Cabo Verde"),
            ("RU", "Russian Federation"),
            ("GB", "United Kingdom of Great Britain and Northern Ireland"),
            ("US", "United States of America"),
            ("VA", "Holy See"),
            ("NL", "Netherlands (Kingdom of the)"),
            ("FK", "Falkland Islands (Malvinas)"),
            ("HM", "Heard Island and McDonald Islands"),
        ] {
            assert_eq!(country_name(code), Some(en), "{code}");
        }
        assert_eq!(country_name_in("CI", "fr"), Some("Côte d'Ivoire"));
        assert_eq!(country_name_in("KP", "fr"), Some("République populaire démocratique de Corée"));
        assert_eq!(country_name_in("TZ", "es"), Some("República Unida de Tanzanía"));
        assert_eq!(country_name_in("RU", "ru"), Some("Российская Федерация"));
        assert_eq!(country_name_in("CH", "zh"), Some("瑞士"));
        assert_eq!(country_name_in("PS", "ar"), Some("دولة فلسطين"));
        for language in LANGUAGES {
            assert!(TABLE.iter().all(|e| country_name_in(e.code, language).is_some_and(|n| !n.is_empty())));
        }
        assert_eq!((m49_code("CH"), Region::of("CH")), (Some("756"), Some(Region::Europe)));
        assert_eq!(Region::of("AQ"), None, "Antarctica is in no region");
    }
}
