//! The workspace's event site (the settings and the sync panel): its address and the organiser token, where the sync
//! stands, a sync now, and opening the site's pages in the browser.

use dais_core::{ErrorBody, FieldErrorBody, t};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use crate::language::shown;
use crate::sync::{SyncOutcome, SyncStatus, Syncing, announce, off_thread, run_sync, status_of, sync_error};
use crate::workspace::{Reply, Workspace};

/// Where the organiser token was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TokenPlace {
    /// The OS keychain.
    Keychain,
    /// `<workspace>.token`, readable by its owner only (no keychain on this computer).
    File,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SiteSaved {
    pub site_url: String,
    pub token_place: TokenPlace,
    /// The token file, when the token went there.
    pub token_file: Option<String>,
}

#[tauri::command]
pub(crate) async fn sync_status(app: AppHandle) -> Reply<SyncStatus> {
    off_thread(app, |app| status_of(&app.state(), &app.state())).await
}

/// The name this organiser is known by, if one was set (`dais organiser`): their decisions, and on the event site
/// their changes, conflicts and publications.
#[tauri::command]
pub(crate) async fn organiser_name(ws: State<'_, Workspace>) -> Reply<Option<String>> {
    ws.run(|s| s.organiser_name()).await
}

#[tauri::command]
pub(crate) async fn save_organiser_name(ws: State<'_, Workspace>, name: String) -> Reply<Option<String>> {
    ws.run(move |s| {
        s.set_organiser(&name)?;
        s.organiser_name()
    })
    .await
}

#[tauri::command]
pub(crate) async fn save_site_settings(app: AppHandle, url: String, token: String) -> Reply<SiteSaved> {
    off_thread(app, move |app| save_site(app, &url, &token)).await
}

fn save_site(app: &AppHandle, url: &str, token: &str) -> Reply<SiteSaved> {
    let (ws, syncing) = (app.state::<Workspace>(), app.state::<Syncing>());
    let (url, token) = (url.trim(), token.trim());
    // Both fields are checked before either is saved, so that the form shows every mistake at once.
    let mut fields = Vec::new();
    if let Err(e) = dais_sync::site_url(url) {
        fields.extend(sync_error(e).fields);
    }
    if token.is_empty() {
        fields.push(FieldErrorBody { field: "token".into(), message: t!(shown(), "error-app-token-required") });
    }
    if let Some(first) = fields.first() {
        return Err(ErrorBody { code: "invalid".into(), message: first.message.clone(), fields });
    }
    let place = {
        let mut store = ws.lock();
        dais_sync::settings::save(&mut store, url, token).map_err(sync_error)?
    };
    let token_file = (place == dais_sync::settings::TokenPlace::File)
        .then(|| ws.lock().path().map(|p| dais_sync::settings::token_file(p).display().to_string()))
        .flatten();
    let token_place = match place {
        dais_sync::settings::TokenPlace::Keychain => TokenPlace::Keychain,
        dais_sync::settings::TokenPlace::File => TokenPlace::File,
    };
    syncing.info().last_error = None;
    announce(app);
    syncing.wake();
    Ok(SiteSaved { site_url: url.to_string(), token_place, token_file })
}

#[tauri::command]
pub(crate) async fn sync_now(app: AppHandle) -> Reply<SyncOutcome> {
    off_thread(app, run_sync).await
}

/// Opens a page of the workspace's event site in the browser (never another address).
#[tauri::command]
pub(crate) fn open_site_page(ws: State<'_, Workspace>, url: String) -> Reply<()> {
    let site = ws.with(|s| s.site_url())?.unwrap_or_default();
    if !dais_sync::settings::is_page_of(&site, &url) {
        return Err(ErrorBody {
            code: "invalid".into(),
            message: t!(shown(), "error-app-not-a-site-page", url = url),
            fields: Vec::new(),
        });
    }
    open::that_detached(&url).map_err(|e| ErrorBody {
        code: "open".into(),
        message: t!(shown(), "error-app-browser", detail = e.to_string()),
        fields: Vec::new(),
    })
}
