//! The language the app shows: the organiser's choice on this computer, else the OS's. Errors that cross to the UI
//! are said in it.
//!
//! The OS's language is read by `sys-locale`, not from `LANG`: an app started from the Finder or the Start menu has
//! no `LANG`, and macOS and Windows keep the person's languages elsewhere (on Linux, sys-locale reads `LC_ALL`,
//! `LC_MESSAGES` and `LANG`, as `Lang::from_environment` does). The choice is kept per computer (`crate::computer`),
//! so every workspace opens in it.
//! `DAIS_LANG=xx` overrides both, for tests (`en-XA`, the pseudo-language, is chosen only so).

use std::sync::RwLock;

use dais_core::Lang;

use crate::computer;

static SHOWN: RwLock<Lang> = RwLock::new(Lang::En);

pub(crate) fn shown() -> Lang {
    *SHOWN.read().unwrap_or_else(|e| e.into_inner())
}

pub(crate) fn show(lang: Lang) {
    *SHOWN.write().unwrap_or_else(|e| e.into_inner()) = lang;
}

/// At start: `DAIS_LANG`, else the organiser's choice on this computer, else the OS's first language Dais speaks,
/// else English.
pub(crate) fn start() {
    let overridden = std::env::var("DAIS_LANG").ok().and_then(|tag| Lang::parse(&tag));
    let kept = || computer::read(CHOICE).and_then(|tag| Lang::parse(&tag));
    show(overridden.or_else(kept).unwrap_or_else(os_language));
}

fn os_language() -> Lang {
    sys_locale::get_locales().find_map(|tag| Lang::parse(&tag).filter(|l| *l != Lang::Pseudo)).unwrap_or(Lang::En)
}

/// The setting that keeps the organiser's choice: the language's tag.
const CHOICE: &str = "language";

/// The organiser chose `lang` in Settings: shown from now on, and kept for the next start.
pub(crate) fn choose(lang: Lang) -> std::io::Result<()> {
    show(lang);
    computer::keep(CHOICE, lang.code())
}
