//! The app's settings on this computer: the language it shows.

use dais_core::{ErrorBody, Lang};
use serde::Serialize;
use ts_rs::TS;

use crate::language;
use crate::workspace::Reply;

/// A language the organiser may choose, by its own name (`Français`, `العربية`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LanguageChoice {
    pub lang: Lang,
    pub name: String,
}

/// The language shown and those offered, in the UN's order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Languages {
    pub shown: Lang,
    pub offered: Vec<LanguageChoice>,
}

#[tauri::command]
pub(crate) fn languages() -> Languages {
    let offered = Lang::ALL.into_iter().map(|lang| LanguageChoice { lang, name: lang.name() }).collect();
    Languages { shown: language::shown(), offered }
}

/// Shows the app in `lang` from now on, its menu too, and keeps the choice for the next start.
#[tauri::command]
pub(crate) fn choose_language(app: tauri::AppHandle, lang: Lang) -> Reply<Lang> {
    let kept = language::choose(lang);
    // The menu's words are said when it is made: it is made again (the window sets its Undo and Redo again as it
    // says itself in the new language).
    if let Ok(menu) = crate::menu::app_menu(&app) {
        let _ = app.set_menu(menu);
    }
    kept.map_err(|e| ErrorBody {
        code: "io".into(),
        message: dais_core::t!(lang, "app-language-not-kept", reason = e.to_string()),
        fields: Vec::new(),
    })?;
    Ok(lang)
}
