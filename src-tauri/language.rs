//! The language the app shows: the organiser's choice on this computer, else the OS's. Errors that cross to the UI
//! are said in it.
//!
//! The OS's language is read by `sys-locale`, not from `LANG`: an app started from the Finder or the Start menu has
//! no `LANG`, and macOS and Windows keep the person's languages elsewhere (on Linux, sys-locale reads `LC_ALL`,
//! `LC_MESSAGES` and `LANG`, as `Lang::from_environment` does). The choice is kept per computer, in a file of the
//! OS's config folder (`directories`, as core finds the workspace's folder), so every workspace opens in it.
//! `DAIS_LANG=xx` overrides both, for tests (`en-XA`, the pseudo-language, is chosen only so).

use std::path::PathBuf;
use std::sync::RwLock;

use dais_core::Lang;

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
    let kept = || choice_file().and_then(|f| std::fs::read_to_string(f).ok()).and_then(|tag| Lang::parse(&tag));
    show(overridden.or_else(kept).unwrap_or_else(os_language));
}

fn os_language() -> Lang {
    sys_locale::get_locales().find_map(|tag| Lang::parse(&tag).filter(|l| *l != Lang::Pseudo)).unwrap_or(Lang::En)
}

/// `<config folder>/language` (on Linux `~/.config/dais/language`): the language's tag.
fn choice_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Dais", "Dais").map(|dirs| dirs.config_dir().join("language"))
}

/// The organiser chose `lang` in Settings: shown from now on, and kept for the next start.
pub(crate) fn choose(lang: Lang) -> std::io::Result<()> {
    show(lang);
    let file = choice_file().ok_or_else(|| std::io::Error::other("this computer has no folder for settings"))?;
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(file, lang.code())
}
