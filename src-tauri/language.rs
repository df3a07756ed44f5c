//! The language the app shows: the organiser's choice on this computer, else the OS's. Errors that cross to the UI
//! are said in it.

use std::sync::RwLock;

use dais_core::Lang;

static SHOWN: RwLock<Lang> = RwLock::new(Lang::En);

pub(crate) fn shown() -> Lang {
    *SHOWN.read().unwrap_or_else(|e| e.into_inner())
}

#[allow(dead_code)] // Settings' language picker calls it (issue 22, in progress).
pub(crate) fn show(lang: Lang) {
    *SHOWN.write().unwrap_or_else(|e| e.into_inner()) = lang;
}
