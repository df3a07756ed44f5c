//! Files the organiser saves from the app, in the Downloads folder: the participants list (the registrations view's
//! export), the programme as a DOCX or PDF document, and the public site as files.

use std::path::{Path, PathBuf};

use dais_core::Event;
use dais_core::publication::document::DocumentFormat;
use dais_core::registrations::RegistrationQuery;
use dais_core::registrations::participants_list::{self, ColumnChoice, ListColumn, ListFormat};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;
use uuid::Uuid;

use crate::workspace::{Reply, Workspace, internal};

/// The participants list's columns, with their labels, for the organiser's picker.
#[tauri::command]
pub(crate) fn list_columns() -> Vec<ColumnChoice> {
    ListColumn::choices(crate::language::shown())
}

/// Where a participants list was saved, and how many rows it holds.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListSaved {
    pub path: String,
    pub rows: u32,
}

/// Saves the participants list (the registrations `query` finds, every one, with `columns`) in the Downloads folder,
/// under a name no file there has yet.
#[tauri::command]
pub(crate) async fn save_participants_list(
    app: AppHandle,
    ws: State<'_, Workspace>,
    query: RegistrationQuery,
    columns: Vec<ListColumn>,
    format: ListFormat,
) -> Reply<ListSaved> {
    let folder = downloads(&app)?;
    ws.run(move |s| {
        let event: Event = s.get(query.event_id)?;
        let lang = query.lang.unwrap_or_else(crate::language::shown);
        let name = participants_list::file_name(&event.short_title, chrono::Local::now().date_naive(), format, lang);
        let failed = |e: std::io::Error| dais_core::Error::Write { what: "participants_list", reason: e.to_string() };
        let path = free_path(&folder, &name).map_err(failed)?;
        let file = std::fs::File::create(&path).map_err(failed)?;
        let written = s.participants_list(&query, &columns, format, std::io::BufWriter::new(file));
        if written.is_err() {
            let _ = std::fs::remove_file(&path);
        }
        Ok(ListSaved { path: path.display().to_string(), rows: u32::try_from(written?).unwrap_or(u32::MAX) })
    })
    .await
}

/// The folder files are saved in: Downloads, or home where there is none.
fn downloads(app: &AppHandle) -> Reply<PathBuf> {
    app.path().download_dir().or_else(|_| app.path().home_dir()).map_err(|e| internal(e.to_string()))
}

/// `name` in `folder` (made if missing), or `2 name`, `3 name`…: a name no file there has yet.
fn free_path(folder: &Path, name: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(folder)?;
    Ok((1..)
        .map(|n| if n == 1 { folder.join(name) } else { folder.join(format!("{n} {name}")) })
        .find(|p| !p.exists())
        .expect("a free name"))
}

/// Saves the programme being prepared (every entry, drafts too, in the meeting's zone) as a DOCX or PDF document in
/// the Downloads folder; its path.
#[tauri::command]
pub(crate) async fn save_programme_document(
    app: AppHandle,
    ws: State<'_, Workspace>,
    event_id: Uuid,
    format: DocumentFormat,
) -> Reply<String> {
    let folder = downloads(&app)?;
    let lang = crate::language::shown();
    ws.run(move |s| {
        let (event, programme) = s.programme_in(event_id, lang)?;
        let bytes = dais_core::publication::document::write(format, &event, &programme, lang)?;
        let failed = |e: std::io::Error| dais_core::Error::Write { what: "programme_document", reason: e.to_string() };
        let path = free_path(&folder, &format.file_name(&event.short_title, lang)).map_err(failed)?;
        std::fs::write(&path, bytes).map_err(failed)?;
        Ok(path.display().to_string())
    })
    .await
}

/// Where the public site's files were saved, and how many.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SiteFilesSaved {
    pub path: String,
    pub files: u32,
}

/// Saves the public site as the workspace has it from its event site (every published meeting, in every language) as
/// a folder in Downloads that any web server serves as it is (`dais site-files`); named after `event_id`'s meeting.
#[tauri::command]
pub(crate) async fn save_site_files(app: AppHandle, ws: State<'_, Workspace>, event_id: Uuid) -> Reply<SiteFilesSaved> {
    let folder = downloads(&app)?;
    let lang = crate::language::shown();
    let (workspace, event, site) = ws
        .run(move |s| {
            let path = s.path().map(Path::to_path_buf).ok_or_else(|| dais_core::Error::Write {
                what: "site_files",
                reason: "the workspace is not a file".into(),
            })?;
            Ok((path, s.get::<Event>(event_id)?, s.site_url()?))
        })
        .await?;
    // Off the workspace's lock: the export reads a copy of the file while the organiser goes on editing.
    tauri::async_runtime::spawn_blocking(move || {
        let name = dais_core::t!(lang, "site-files-folder", meeting = event.short_title.as_str());
        let failed = |e: std::io::Error| dais_core::Error::Write { what: "site_files", reason: e.to_string() };
        let path = free_path(&folder, &name).map_err(failed)?;
        let options = dais_site::export::Options { public_url: site.clone(), live_site: site };
        let written = dais_site::export::export_workspace(&workspace, &path, options)?;
        Ok(SiteFilesSaved { path: path.display().to_string(), files: u32::try_from(written.files).unwrap_or(u32::MAX) })
    })
    .await
    .map_err(|e| internal(e.to_string()))?
    .map_err(|e: dais_core::Error| e.body(lang))
}
