//! Where a command's result goes: pretty JSON with `--json`, else the text `text.rs` lays out, on stdout, in the
//! language chosen (`--lang`, else the locale's).

use std::io::Write;

use dais_core::Lang;
use serde::Serialize;

use crate::failure::Failure;

/// Where results go: JSON or text on stdout. A closed pipe (`dais ... | head`) is not an error.
pub struct Out {
    pub json: bool,
    pub lang: Lang,
}

impl Out {
    pub fn show<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) -> Result<(), Failure> {
        let out = if self.json { serde_json::to_string_pretty(value)? } else { text() };
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{}", out.trim_end_matches('\n'));
        Ok(())
    }
}
