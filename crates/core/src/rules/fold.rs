//! Text folded for searching: lower case, without diacritics, so that "zurich" finds "Zürich", "федор" finds "Фёдор"
//! and "محمد" finds "مُحَمَّد"; and the words of a text, cut after folding so that a mark never splits one (Hindi's
//! virama, Arabic's vowel signs).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case without diacritics; Arabic's letter forms that people type for one another brought together (alef
/// wasla, alef maksura, ta marbuta, the Persian yeh and keheh; the hamza of أ إ آ ؤ ئ is a mark, gone with the
/// others), tatweel dropped, Arabic-Indic digits as ASCII ones.
pub fn fold(text: &str) -> String {
    // Most text is plain ASCII: no decomposition to do.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd().filter(|c| !is_combining_mark(*c)).filter_map(letter).flat_map(char::to_lowercase).collect()
}

fn letter(c: char) -> Option<char> {
    Some(match c {
        'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        '\u{0640}' => return None,
        '٠'..='٩' => char::from_digit(c as u32 - 0x660, 10)?,
        '۰'..='۹' => char::from_digit(c as u32 - 0x6F0, 10)?,
        _ => c,
    })
}

/// The folded words of `text`: runs of letters and digits, cut after folding.
pub fn words(text: &str) -> impl Iterator<Item = String> {
    let mut all = Vec::new();
    each_word(text, |w| all.push(w.to_string()));
    all.into_iter()
}

/// Hands each folded word of `text` to `f`, without a string of its own (the search index reads 400,000 fields).
pub fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let folded = fold(text);
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).for_each(&mut f);
}

pub use crate::model::name::unspaced;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_is_folded_as_people_type_it_and_cut_into_words_after() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ФЁДОР"), "федор");
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("أحمد"), fold("احمد"), "the hamza forms of alef are one");
        assert_eq!(fold("القاهرة"), fold("القاهره"), "ta marbuta");
        assert_eq!(fold("مصطفى"), fold("مصطفي"), "alef maksura");
        assert_eq!(fold("١٢٣"), "123");
        let hindi: Vec<String> = words("हिन्दी शर्मा").collect();
        assert_eq!(hindi.len(), 2, "a virama does not cut a word: {hindi:?}");
        assert!(unspaced('王') && unspaced('カ') && !unspaced('한') && !unspaced('a'));
    }
}
