//! Text folded for searching: lower case, without diacritics, so that "zurich" finds "Zürich".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case without diacritics, as FTS5's `unicode61 remove_diacritics 2` reads a word.
pub fn fold(text: &str) -> String {
    // Most text is plain ASCII: no decomposition to do.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}
