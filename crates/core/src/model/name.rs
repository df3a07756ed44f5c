//! A person's name in its own order: family name first where that is its custom (Chinese, Japanese, Korean,
//! Hungarian, Vietnamese...), chosen per person, with a default from the name's script for those who did not choose.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NameOrder {
    /// `Ana Ribeiro`.
    GivenFirst,
    /// `王小明`, `Kovács János`, `Nguyễn Thị Minh Khai`.
    FamilyFirst,
}

/// Whether `c` belongs to a script written without spaces between words (Chinese, Japanese kana): a search finds any
/// part of such a text (`rules::fold`), and a name in it is written whole.
pub fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0x20000..=0x3FFFF)
}

/// Whether `c` is of a script whose names are written family name first and without a space: Chinese, Japanese kana,
/// Korean hangul.
fn east_asian(c: char) -> bool {
    unspaced(c) || matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF)
}

impl NameOrder {
    /// The person's choice, else the custom of their name's script: family name first for a name in Chinese,
    /// Japanese or Korean characters. Hungarian or Vietnamese names are in Latin letters, so theirs is a choice.
    pub fn of(chosen: Option<NameOrder>, given_name: &str, family_name: &str) -> NameOrder {
        chosen.unwrap_or_else(|| {
            if given_name.chars().chain(family_name.chars()).any(east_asian) {
                NameOrder::FamilyFirst
            } else {
                NameOrder::GivenFirst
            }
        })
    }
}

/// The name as it is written: `Ana Ribeiro`, `Kovács János`, and `王小明` with no space between names in Chinese,
/// Japanese or Korean characters.
pub fn full_name(order: Option<NameOrder>, given_name: &str, family_name: &str) -> String {
    let (given, family) = (given_name.trim(), family_name.trim());
    let (first, second) = match NameOrder::of(order, given, family) {
        NameOrder::GivenFirst => (given, family),
        NameOrder::FamilyFirst => (family, given),
    };
    let unspaced_join = |s: &str| !s.is_empty() && s.chars().all(|c| east_asian(c) || c == '·');
    let gap = if unspaced_join(first) && unspaced_join(second) { "" } else { " " };
    match (first.is_empty(), second.is_empty()) {
        (true, _) => second.to_string(),
        (_, true) => first.to_string(),
        _ => format!("{first}{gap}{second}"),
    }
}

/// What a list of people is sorted by: the family name, then the given name. They are joined by U+FFFE, which
/// collation (UCA's merge separator) orders below every character: the family names are compared whole first.
pub fn sort_name(given_name: &str, family_name: &str) -> String {
    format!("{}\u{fffe}{}", family_name.trim(), given_name.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_written_in_its_own_order() {
        assert_eq!(full_name(None, "Ana", "Ribeiro"), "Ana Ribeiro");
        assert_eq!(full_name(None, "小明", "王"), "王小明");
        assert_eq!(full_name(None, "민수", "김"), "김민수");
        assert_eq!(full_name(None, "花子", "山田"), "山田花子");
        assert_eq!(full_name(Some(NameOrder::FamilyFirst), "János", "Kovács"), "Kovács János");
        assert_eq!(full_name(Some(NameOrder::FamilyFirst), "Thị Minh Khai", "Nguyễn"), "Nguyễn Thị Minh Khai");
        assert_eq!(full_name(Some(NameOrder::GivenFirst), "Xiaoming", "Wang"), "Xiaoming Wang");
        assert_eq!(full_name(None, "Xiaoming", "王"), "王 Xiaoming", "a name in two scripts keeps its space");
        assert_eq!(full_name(None, "محمد", "عبد الله"), "محمد عبد الله");
        assert_eq!(full_name(None, "", "UNESCO"), "UNESCO");
    }

    /// The cases the UI's `fullName` is held to as well (ui/src/lib/ui/format.test.ts): one rule on both sides.
    #[test]
    fn the_names_both_sides_write_alike() {
        #[derive(Deserialize)]
        struct Case {
            given_name: String,
            family_name: String,
            name_order: Option<NameOrder>,
            honorific: Option<String>,
            full: String,
            shown: String,
        }
        let cases: Vec<Case> = serde_json::from_str(include_str!("../../tests/data/names.json")).unwrap();
        for c in cases {
            assert_eq!(full_name(c.name_order, &c.given_name, &c.family_name), c.full);
            let shown = crate::model::display_name(c.honorific.as_deref(), c.name_order, &c.given_name, &c.family_name);
            assert_eq!(shown, c.shown);
        }
    }
}
