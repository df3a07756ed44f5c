//! Updates of Dais itself (`crate::updates`): the window's offer, its Settings, and the organiser's word to install.

use dais_core::Error;
use tauri::AppHandle;

use crate::language::shown;
use crate::updates::{self, UpdateOffer, UpdateSettings};
use crate::workspace::Reply;

fn said(e: Error) -> dais_core::ErrorBody {
    e.body(shown())
}

#[tauri::command]
pub(crate) fn update_settings(app: AppHandle) -> UpdateSettings {
    updates::settings(&app)
}

#[tauri::command]
pub(crate) fn choose_update_checks(app: AppHandle, checking: bool) -> Reply<UpdateSettings> {
    updates::choose(&app, checking).map_err(said)
}

/// The version found by the checks so far, if any.
#[tauri::command]
pub(crate) fn update_offer(app: AppHandle) -> Option<UpdateOffer> {
    updates::offered(&app)
}

/// Checks now (Settings' button), whatever the time of the last check.
#[tauri::command]
pub(crate) async fn check_for_update(app: AppHandle) -> Reply<Option<UpdateOffer>> {
    updates::check(&app).await.map_err(said)
}

/// Installs the offered version and starts the app again; returns only if that failed.
#[tauri::command]
pub(crate) async fn install_update(app: AppHandle) -> Reply<()> {
    updates::install(&app).await.map_err(said)
}
