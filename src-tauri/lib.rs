//! The desktop shell: opens the workspace and exposes core operations as Tauri commands, one core call each.
//! Errors cross to the UI as `{code, message, fields}` (core's `ErrorBody`).
//!
//! Sync with the event site (crates/sync) runs off the UI thread: on demand (`sync_now`, `publish`) and every three
//! minutes in the background while a site is set. Each sync tells the window where things stand (`sync-status`).

mod instance;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use dais_core::participants_list::{self, ColumnChoice, ListColumn, ListFormat};
use dais_core::programme_document::DocumentFormat;
use dais_core::publication::{Preview, ProgrammePublication, Publication, Published};
use dais_core::registrations::{DecisionInput, RegistrationPage, RegistrationQuery, RegistrationSummary};
use dais_core::undo::UndoState;
use dais_core::{
    Conflict, Edit, Entry, EntryInput, ErrorBody, Event, FieldError, FocalPoint, FocalPointInput, NewMeeting,
    NewRegistration, Participation, Programme, Registration, Reschedule, Speaker, Store, seed, store, zone,
};
use dais_sync::{Progress, SyncError, SyncReport};
use serde::Serialize;
use tauri::menu::{Menu, MenuBuilder, MenuItem, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, State};
use ts_rs::TS;
use uuid::Uuid;

type Reply<T> = Result<T, ErrorBody>;

/// The open workspace. Commands run on it off the window's thread (a Tauri command that is not `async` runs on the
/// main thread, and a sync applying a page would freeze the window); after each, the window is told which tables
/// changed, so that its views follow the workspace.
#[derive(Clone)]
struct Workspace {
    store: Arc<Mutex<Store>>,
    app: AppHandle,
}

/// Sent to the window after every write, from a command, a sync page or another program on the same file.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceChanged {
    /// The tables changed, as in the change log: `events`, `entries`, `speakers`, `participations`, `registrations`;
    /// and `publications` when the workspace's copy of the site's publications changed.
    pub tables: Vec<&'static str>,
}

const CHANGED_EVENT: &str = "workspace-changed";

impl Workspace {
    fn new(store: Store, app: AppHandle) -> Workspace {
        Workspace { store: Arc::new(Mutex::new(store)), app }
    }

    fn lock(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// Runs the organiser's edit `f` like `run`, kept as a step to undo.
    async fn edit<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> dais_core::Result<T> + Send + 'static,
    ) -> Reply<T> {
        self.run(move |s| s.undoable(f)).await
    }

    /// Runs `f` on this thread (for the sync's own steps); tells the window what it changed.
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> dais_core::Result<T>) -> Reply<T> {
        let out = f(&mut self.lock()).map_err(|e| e.body());
        self.announce_changes();
        out
    }

    /// Tells the window which tables were written since it was last told, if any.
    fn announce_changes(&self) {
        let tables = self.lock().take_changed();
        if !tables.is_empty() {
            let _ = self.app.emit(CHANGED_EVENT, WorkspaceChanged { tables });
        }
    }

    /// Runs `f` on a blocking thread, for commands: the window's thread never waits for the workspace.
    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> dais_core::Result<T> + Send + 'static,
    ) -> Reply<T> {
        let ws = self.clone();
        tauri::async_runtime::spawn_blocking(move || ws.with(f)).await.map_err(|e| internal(e.to_string()))?
    }
}

fn lock(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn internal(message: String) -> ErrorBody {
    ErrorBody {
        code: "internal".into(),
        message: format!("the app stopped an operation unexpectedly: {message}"),
        fields: Vec::new(),
    }
}

#[tauri::command]
async fn meetings(ws: State<'_, Workspace>) -> Reply<Vec<Event>> {
    ws.run(|s| s.meetings()).await
}

#[tauri::command]
async fn side_events(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Event>> {
    ws.run(move |s| s.side_events(event_id)).await
}

/// Saves what the organiser changed in the event's form (the other fields keep what the workspace holds now).
#[tauri::command]
async fn edit_event(ws: State<'_, Workspace>, edit: Edit) -> Reply<Event> {
    ws.edit(move |s| s.edit_event(&edit)).await
}

/// Starts a meeting, blank or from a past one; it stays on this laptop until shared or published.
#[tauri::command]
async fn create_meeting(ws: State<'_, Workspace>, meeting: NewMeeting) -> Reply<Event> {
    ws.run(move |s| s.create_meeting(&meeting)).await
}

/// Adds the demo meeting (U4SSC-9), unless the workspace holds it already; its id either way.
#[tauri::command]
async fn open_demo(ws: State<'_, Workspace>) -> Reply<Uuid> {
    ws.run(seed::open_demo).await
}

/// Deletes a meeting and its side events; a shared one's deletion reaches the site and the other organisers.
#[tauri::command]
async fn delete_meeting(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.run(move |s| s.delete_meeting(id)).await
}

#[tauri::command]
async fn programme(ws: State<'_, Workspace>, event_id: Uuid, viewer_zone: Option<String>) -> Reply<Programme> {
    ws.run(move |s| s.programme(event_id, viewer_zone.as_deref())).await
}

#[tauri::command]
async fn add_entry(ws: State<'_, Workspace>, input: EntryInput) -> Reply<Entry> {
    ws.edit(move |s| s.save_entry_input(&EntryInput { id: None, ..input })).await
}

/// Saves what the organiser changed in an entry's form, as `EntryInput` fields.
#[tauri::command]
async fn edit_entry(ws: State<'_, Workspace>, edit: Edit) -> Reply<Entry> {
    ws.edit(move |s| s.edit_entry(&edit)).await
}

/// Moves or stretches entries dragged on the timetable (a block takes its items).
#[tauri::command]
async fn reschedule(ws: State<'_, Workspace>, input: Reschedule) -> Reply<Vec<Entry>> {
    ws.edit(move |s| s.reschedule(&input)).await
}

/// What Undo and Redo would lay back in a meeting.
#[tauri::command]
async fn undo_state(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<UndoState> {
    ws.run(move |s| s.undo_state(event_id)).await
}

/// Undoes the meeting's last edit made here, as a new edit that syncs; its label, or null when there is none.
#[tauri::command]
async fn undo(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Option<String>> {
    ws.run(move |s| s.undo(event_id)).await
}

/// Makes again the meeting's edit undone last.
#[tauri::command]
async fn redo(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Option<String>> {
    ws.run(move |s| s.redo(event_id)).await
}

/// The Edit menu's items that undo and redo the meeting's edits, by id; a click on either reaches the window as a
/// `menu` event (`undo` or `redo`).
const UNDO_ITEM: &str = "undo-edit";
const REDO_ITEM: &str = "redo-edit";
const MENU_EVENT: &str = "menu";

/// The app's menu: Edit, with Undo and Redo of the meeting's edits (the window sets what they say, `edit_menu`), then
/// the clipboard's items. They carry no shortcut: Ctrl+Z is the page's (`ui/src/lib/undo.ts`), which leaves a text
/// field's own undo alone. On a Mac, whose text fields take their undo from the menu, the system's Undo and Redo stay
/// above them, with the application menu.
fn app_menu(app: &AppHandle) -> tauri::Result<Menu<tauri::Wry>> {
    let undo = MenuItem::with_id(app, UNDO_ITEM, "Undo", false, None::<&str>)?;
    let redo = MenuItem::with_id(app, REDO_ITEM, "Redo", false, None::<&str>)?;
    let edit = SubmenuBuilder::new(app, "Edit");
    #[cfg(target_os = "macos")]
    let edit = edit.undo().redo().separator();
    let edit = edit.item(&undo).item(&redo).separator().cut().copy().paste().select_all().build()?;
    let menu = MenuBuilder::new(app);
    #[cfg(target_os = "macos")]
    let menu = menu.item(
        &SubmenuBuilder::new(app, app.package_info().name.clone())
            .about(None)
            .separator()
            .services()
            .separator()
            .hide()
            .hide_others()
            .separator()
            .quit()
            .build()?,
    );
    menu.item(&edit).build()
}

/// What the Edit menu's Undo and Redo say (`Undo Move item “Closing”`), and whether they can be chosen.
#[tauri::command]
fn edit_menu(app: AppHandle, undo: Option<String>, redo: Option<String>) {
    let Some(menu) = app.menu() else { return };
    for (id, verb, label) in [(UNDO_ITEM, "Undo", undo), (REDO_ITEM, "Redo", redo)] {
        if let Some(item) = menu.get(id).as_ref().and_then(|i| i.as_menuitem()) {
            let _ = item.set_text(label.as_deref().map_or_else(|| verb.to_string(), |l| format!("{verb} {l}")));
            let _ = item.set_enabled(label.is_some());
        }
    }
}

#[tauri::command]
async fn delete_entry(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_entry(id)).await
}

#[tauri::command]
async fn speakers(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Speaker>> {
    ws.run(move |s| s.speakers(event_id)).await
}

#[tauri::command]
fn new_speaker(event_id: Uuid) -> Speaker {
    Speaker::blank(event_id)
}

#[tauri::command]
async fn add_speaker(ws: State<'_, Workspace>, speaker: Speaker) -> Reply<Speaker> {
    ws.edit(move |s| s.save_speaker(&speaker).map(|()| speaker)).await
}

#[tauri::command]
async fn edit_speaker(ws: State<'_, Workspace>, edit: Edit) -> Reply<Speaker> {
    ws.edit(move |s| s.edit_speaker(&edit)).await
}

/// Gives a speaker the photo of a chosen file: its bytes come raw (not as JSON numbers), the speaker's id in the
/// `speaker-id` header. Core crops, resizes and keeps it.
#[tauri::command]
async fn set_speaker_photo(ws: State<'_, Workspace>, request: tauri::ipc::Request<'_>) -> Reply<Speaker> {
    // Raw through the IPC's custom protocol; as a JSON array of bytes where the webview posts messages instead.
    let bytes: Vec<u8> = match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => bytes.clone(),
        tauri::ipc::InvokeBody::Json(serde_json::Value::Array(values)) => {
            values.iter().map(|v| v.as_u64().and_then(|b| u8::try_from(b).ok()).unwrap_or(0)).collect()
        }
        _ => return Err(dais_core::Error::invalid("photo", "the photo's file was not sent").body()),
    };
    let id: Uuid = request
        .headers()
        .get("speaker-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| dais_core::Error::invalid("photo", "which speaker the photo is of was not sent").body())?;
    ws.edit(move |s| s.set_speaker_photo(id, Some(&bytes))).await
}

#[tauri::command]
async fn remove_speaker_photo(ws: State<'_, Workspace>, id: Uuid) -> Reply<Speaker> {
    ws.edit(move |s| s.set_speaker_photo(id, None)).await
}

/// Erases a registration at the registrant's request: gone from this laptop now, from the site and every laptop at
/// their next sync.
#[tauri::command]
async fn erase_registration(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.run(move |s| s.erase_registration(id)).await
}

#[tauri::command]
async fn delete_speaker(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_speaker(id)).await
}

#[tauri::command]
async fn participations(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Participation>> {
    ws.run(move |s| s.participations(event_id)).await
}

#[tauri::command]
async fn save_participation(ws: State<'_, Workspace>, participation: Participation) -> Reply<()> {
    ws.edit(move |s| s.save_participation(&participation)).await
}

#[tauri::command]
async fn delete_participation(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_participation(id)).await
}

/// One page of a meeting's registrations, searched, filtered and sorted by core, with the counts around it.
#[tauri::command]
async fn registration_page(ws: State<'_, Workspace>, query: RegistrationQuery) -> Reply<RegistrationPage> {
    ws.run(move |s| s.registration_page(&query)).await
}

/// The ids of every registration a query matches: "select all".
#[tauri::command]
async fn registration_ids(ws: State<'_, Workspace>, query: RegistrationQuery) -> Reply<Vec<Uuid>> {
    ws.run(move |s| s.registration_ids(&query)).await
}

/// The participants list's columns, with their labels, for the organiser's picker.
#[tauri::command]
fn list_columns() -> Vec<ColumnChoice> {
    ListColumn::choices()
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
async fn save_participants_list(
    app: AppHandle,
    ws: State<'_, Workspace>,
    query: RegistrationQuery,
    columns: Vec<ListColumn>,
    format: ListFormat,
) -> Reply<ListSaved> {
    let folder = downloads(&app)?;
    ws.run(move |s| {
        let event: Event = s.get(query.event_id)?;
        let name = participants_list::file_name(&event.short_title, chrono::Local::now().date_naive(), format);
        let failed = |e: std::io::Error| dais_core::Error::Write { what: "participants list", reason: e.to_string() };
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
async fn save_programme_document(
    app: AppHandle,
    ws: State<'_, Workspace>,
    event_id: Uuid,
    format: DocumentFormat,
) -> Reply<String> {
    let folder = downloads(&app)?;
    ws.run(move |s| {
        let event: Event = s.get(event_id)?;
        let bytes = dais_core::programme_document::write(format, &event, &s.programme(event_id, None)?)?;
        let failed = |e: std::io::Error| dais_core::Error::Write { what: "programme document", reason: e.to_string() };
        let path = free_path(&folder, &format.file_name(&event.short_title)).map_err(failed)?;
        std::fs::write(&path, bytes).map_err(failed)?;
        Ok(path.display().to_string())
    })
    .await
}

/// A meeting's registrations counted every way the charts show them.
#[tauri::command]
async fn registration_summary(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<RegistrationSummary> {
    ws.run(move |s| s.registration_summary(event_id)).await
}

#[tauri::command]
async fn registration_countries(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<String>> {
    ws.run(move |s| s.registration_countries(event_id)).await
}

/// A meeting's focal points, who approve the requests of their administration.
#[tauri::command]
async fn focal_points(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<FocalPoint>> {
    ws.run(move |s| s.focal_points(event_id)).await
}

#[tauri::command]
async fn save_focal_point(ws: State<'_, Workspace>, input: FocalPointInput) -> Reply<FocalPoint> {
    ws.edit(move |s| s.save_focal_point(&input)).await
}

#[tauri::command]
async fn delete_focal_point(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_focal_point(id)).await
}

/// A registration taken by hand: source manual, pending.
#[tauri::command]
async fn add_registration(ws: State<'_, Workspace>, registration: NewRegistration) -> Reply<Registration> {
    ws.edit(move |s| s.add_registration(&registration, chrono::Utc::now())).await
}

/// Saves what the organiser corrected of a registration (the registrant's fields, notes, attendance).
#[tauri::command]
async fn edit_registration(ws: State<'_, Workspace>, edit: Edit) -> Reply<Registration> {
    ws.edit(move |s| s.edit_registration(&edit)).await
}

/// One registration whole, with the decisions on it.
#[tauri::command]
async fn registration(ws: State<'_, Workspace>, id: Uuid) -> Reply<Registration> {
    ws.run(move |s| s.get::<Registration>(id)).await
}

/// Decides on one registration or many, as this laptop's organiser.
#[tauri::command]
async fn decide(ws: State<'_, Workspace>, input: DecisionInput) -> Reply<Vec<Registration>> {
    ws.edit(move |s| {
        let by = s.organiser()?;
        s.decide(&input, &by, chrono::Utc::now())
    })
    .await
}

#[tauri::command]
fn zone_names() -> Vec<&'static str> {
    zone::zone_names()
}

// ---- Sync with the event site ----

/// How often the background sync runs while a site is set.
const SYNC_EVERY: Duration = Duration::from_secs(180);
/// The first background sync, shortly after start.
const FIRST_SYNC_AFTER: Duration = Duration::from_secs(2);
/// Events the window listens to.
const STATUS_EVENT: &str = "sync-status";
const PROGRESS_EVENT: &str = "sync-progress";

/// A sync error as it crosses to the UI: the sync crate's code and message; a bad address is the `url` field's.
fn sync_error(e: SyncError) -> ErrorBody {
    match e {
        SyncError::Local(e) => e.body(),
        SyncError::BadUrl(_) => {
            let message = e.to_string();
            ErrorBody {
                code: e.code().to_string(),
                message: message.clone(),
                fields: vec![FieldError::new("url", message)],
            }
        }
        e => ErrorBody { code: e.code().to_string(), message: e.to_string(), fields: Vec::new() },
    }
}

/// What one sync did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SyncOutcome {
    /// Changes sent to the site.
    pub pushed: usize,
    /// Rows received from the site.
    pub pulled: usize,
    /// Values that lost to a concurrent edit, received in this sync.
    pub conflicts: usize,
    /// The site had other data: everything was reloaded.
    pub reset: bool,
    pub finished_at: DateTime<Utc>,
}

impl From<dais_sync::SyncReport> for SyncOutcome {
    fn from(r: dais_sync::SyncReport) -> Self {
        SyncOutcome {
            pushed: r.pushed,
            pulled: r.pulled,
            conflicts: r.conflicts,
            reset: r.reset,
            finished_at: Utc::now(),
        }
    }
}

/// A publication: the sync before it, the version made, and where the public programme is.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PublishOutcome {
    pub sync: SyncOutcome,
    pub published: Published,
    pub programme_url: String,
}

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

/// Where the workspace stands with its event site.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// None until a site is set in the settings.
    pub site_url: Option<String>,
    /// Changes made here that the site has not acknowledged yet.
    #[ts(type = "number")]
    pub waiting: i64,
    /// Conflicts whose winning value still stands.
    pub open_conflicts: usize,
    /// A sync is running.
    pub syncing: bool,
    /// The end of the last sync that succeeded, since the app started.
    pub last_sync: Option<DateTime<Utc>>,
    /// Why the last sync failed (`offline`, `unauthorized`, ...), until one succeeds.
    pub last_error: Option<ErrorBody>,
}

/// What the app knows of its syncs; one runs at a time.
#[derive(Default)]
struct Syncing {
    gate: Mutex<()>,
    info: Mutex<SyncInfo>,
    /// Wakes the background sync (a site was just set).
    wake: Mutex<Option<mpsc::Sender<()>>>,
}

#[derive(Default, Clone)]
struct SyncInfo {
    running: bool,
    last_sync: Option<DateTime<Utc>>,
    last_error: Option<ErrorBody>,
}

impl Syncing {
    fn info(&self) -> MutexGuard<'_, SyncInfo> {
        self.info.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn wake(&self) {
        if let Some(tx) = self.wake.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            let _ = tx.send(());
        }
    }
}

fn status_of(ws: &Workspace, syncing: &Syncing) -> Reply<SyncStatus> {
    let (site_url, waiting, open_conflicts) = ws.with(|s| {
        let open = s.conflicts()?.iter().filter(|c| c.open).count();
        Ok((s.site_url()?, s.pending_count()?, open))
    })?;
    let info = syncing.info().clone();
    Ok(SyncStatus {
        site_url,
        waiting,
        open_conflicts,
        syncing: info.running,
        last_sync: info.last_sync,
        last_error: info.last_error,
    })
}

/// Tells the window where things stand (it shows the status bar from it).
fn announce(app: &AppHandle) {
    if let Ok(status) = status_of(&app.state::<Workspace>(), &app.state::<Syncing>()) {
        let _ = app.emit(STATUS_EVENT, status);
    }
}

/// One sync of the workspace with its site: blocking, so run it off the UI thread. The workspace is locked only for
/// local steps: the organiser goes on editing meanwhile.
fn run_sync(app: &AppHandle) -> Reply<SyncOutcome> {
    with_site(app, |store, site, progress| dais_sync::sync(store, site, progress).map(|r| (r, ())))
        .map(|(report, ())| SyncOutcome::from(report))
}

/// The workspace's event site, or why there is none.
fn site_of(ws: &Workspace) -> Reply<dais_sync::Site> {
    dais_sync::settings::site(&ws.lock()).map_err(sync_error)?.ok_or_else(|| ErrorBody {
        code: "no_site".into(),
        message: "no event site is set: add its address and your organiser token in the settings".into(),
        fields: Vec::new(),
    })
}

/// Runs a sync step with the event site (one at a time), its progress sent to the window and its outcome kept for
/// the status line.
fn with_site<T>(
    app: &AppHandle,
    step: impl FnOnce(&Mutex<Store>, &dais_sync::Site, &mut dyn FnMut(Progress)) -> Result<(SyncReport, T), SyncError>,
) -> Reply<(SyncReport, T)> {
    let ws = app.state::<Workspace>();
    let syncing = app.state::<Syncing>();
    let _one_at_a_time = syncing.gate.lock().unwrap_or_else(|p| p.into_inner());
    syncing.info().running = true;
    announce(app);
    let result = site_of(&ws).and_then(|site| {
        step(&ws.store, &site, &mut |progress| {
            let _ = app.emit(PROGRESS_EVENT, progress);
            // Each page applied: the views follow at once, not at the end of a long first pull.
            ws.announce_changes();
        })
        .map_err(sync_error)
    });
    {
        let mut info = syncing.info();
        info.running = false;
        match &result {
            Ok((report, _)) => {
                info.last_sync = Some(Utc::now());
                // A change the site refused is shown until the next sync: the organiser's value did not go out.
                info.last_error = report.refused_error().map(sync_error);
            }
            Err(e) => info.last_error = Some(e.clone()),
        }
    }
    announce(app);
    result
}

/// Runs `f` on a blocking thread: commands that wait for the network, the keychain or the workspace never hold the
/// window's thread.
async fn off_thread<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppHandle) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app)).await.map_err(|e| internal(e.to_string()))?
}

#[tauri::command]
async fn sync_status(app: AppHandle) -> Reply<SyncStatus> {
    off_thread(app, |app| status_of(&app.state(), &app.state())).await
}

#[tauri::command]
async fn save_site_settings(app: AppHandle, url: String, token: String) -> Reply<SiteSaved> {
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
        fields.push(FieldError::new(
            "token",
            "the organiser token is required: the site's administrator creates one for you",
        ));
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
async fn sync_now(app: AppHandle) -> Reply<SyncOutcome> {
    off_thread(app, run_sync).await
}

/// What publishing the meeting would make public, against the version the public sees.
#[tauri::command]
async fn preview(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Preview> {
    ws.run(move |s| s.preview(event_id)).await
}

/// Publishes the meeting as its next version, if the site holds what the organiser previewed (`digest`).
#[tauri::command]
async fn publish(app: AppHandle, event_id: Uuid, digest: String) -> Reply<PublishOutcome> {
    let site = app.state::<Workspace>().run(|s| s.site_url()).await?;
    let (report, published) = off_thread(app, move |app| {
        with_site(app, |store, site, progress| dais_sync::publish(store, site, event_id, Some(&digest), progress))
    })
    .await?;
    Ok(PublishOutcome {
        sync: report.into(),
        published,
        programme_url: dais_sync::programme_url(&site.unwrap_or_default(), event_id),
    })
}

/// Takes the meeting off the public site until the next publication.
#[tauri::command]
async fn unpublish(app: AppHandle, event_id: Uuid) -> Reply<bool> {
    off_thread(app, move |app| {
        let ws = app.state::<Workspace>();
        let withdrawn = dais_sync::withdraw(&ws.store, &site_of(&ws)?, event_id).map_err(sync_error)?;
        ws.announce_changes();
        Ok(withdrawn)
    })
    .await
}

/// Shares a meeting kept on this laptop with the event site: the next sync sends it.
#[tauri::command]
async fn share_meeting(app: AppHandle, event_id: Uuid) -> Reply<bool> {
    off_thread(app, move |app| {
        let shared = app.state::<Workspace>().with(|s| s.share(event_id))?;
        announce(app);
        app.state::<Syncing>().wake();
        Ok(shared)
    })
    .await
}

/// Which version each entry of the meeting was last published in, and which changed since.
#[tauri::command]
async fn programme_publication(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<ProgrammePublication> {
    ws.run(move |s| s.programme_publication(event_id)).await
}

/// The meeting's publications this workspace knows of, newest first.
#[tauri::command]
async fn versions(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Publication>> {
    ws.run(move |s| s.versions(event_id)).await
}

#[tauri::command]
async fn conflicts(ws: State<'_, Workspace>) -> Reply<Vec<Conflict>> {
    ws.run(|s| s.conflicts()).await
}

#[tauri::command]
async fn restore_conflict(app: AppHandle, id: Uuid) -> Reply<()> {
    off_thread(app, move |app| {
        app.state::<Workspace>().with(|s| s.restore(id))?;
        announce(app);
        Ok(())
    })
    .await
}

/// Opens a page of the workspace's event site in the browser (never another address).
#[tauri::command]
fn open_site_page(ws: State<'_, Workspace>, url: String) -> Reply<()> {
    let site = ws.with(|s| s.site_url())?.unwrap_or_default();
    if !dais_sync::settings::is_page_of(&site, &url) {
        return Err(ErrorBody {
            code: "invalid".into(),
            message: format!("{url} is not a page of the event site"),
            fields: Vec::new(),
        });
    }
    open::that_detached(&url).map_err(|e| ErrorBody {
        code: "open".into(),
        message: format!("the browser could not be opened: {e}"),
        fields: Vec::new(),
    })
}

/// How often the window looks for writes by another program on the workspace (the CLI, a script).
const LOOK_FOR_WRITES_EVERY: Duration = Duration::from_secs(1);

/// Syncs every few minutes while a site is set, and at once when one is saved. Failures (offline included) only
/// change the status; nothing here can stop the app. Between syncs, writes by other programs are looked for, so
/// that the views follow them too.
fn start_background_sync(app: AppHandle) {
    let watcher = app.clone();
    let watching = std::thread::Builder::new().name("dais-writes".into()).spawn(move || {
        loop {
            std::thread::sleep(LOOK_FOR_WRITES_EVERY);
            let ws = watcher.state::<Workspace>();
            if matches!(ws.lock().notice_writes_elsewhere(), Ok(true)) {
                ws.announce_changes();
            }
        }
    });
    if let Err(e) = watching {
        eprintln!("dais: writes by other programs will not be shown until a restart: {e}");
    }
    let (tx, rx) = mpsc::channel::<()>();
    *app.state::<Syncing>().wake.lock().unwrap_or_else(|p| p.into_inner()) = Some(tx);
    let spawned = std::thread::Builder::new().name("dais-sync".into()).spawn(move || {
        let mut wait = FIRST_SYNC_AFTER;
        loop {
            if let Err(mpsc::RecvTimeoutError::Disconnected) = rx.recv_timeout(wait) {
                return;
            }
            wait = SYNC_EVERY;
            let has_site = matches!(app.state::<Workspace>().with(|s| s.site_url()), Ok(Some(_)));
            if has_site {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_sync(&app)));
            }
        }
    });
    if let Err(e) = spawned {
        eprintln!("dais: the background sync could not start: {e}");
    }
}

/// `--workspace PATH`, else `DAIS_WORKSPACE`, else the OS's app-data folder.
fn workspace_path() -> dais_core::Result<PathBuf> {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--workspace" {
            if let Some(path) = args.next() {
                return Ok(PathBuf::from(path));
            }
        } else if let Some(path) = arg.strip_prefix("--workspace=") {
            return Ok(PathBuf::from(path));
        }
    }
    store::workspace_path_from_env()
}

/// Opens the workspace at `path`; a new one is empty, and the window welcomes the organiser.
fn open_workspace(path: &Path) -> dais_core::Result<Store> {
    Store::open(path)
}

/// Why the workspace could not be opened: the window shows it, with the file, instead of the app.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceProblem {
    pub path: String,
    pub reason: String,
}

/// The workspace that could not be opened and why, while there is one (then no `Workspace` is managed).
struct Problem(Mutex<Option<(PathBuf, String)>>);

impl Problem {
    fn lock(&self) -> MutexGuard<'_, Option<(PathBuf, String)>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[tauri::command]
fn workspace_problem(problem: State<'_, Problem>) -> Option<WorkspaceProblem> {
    let problem = problem.lock();
    problem.as_ref().map(|(path, reason)| WorkspaceProblem { path: path.display().to_string(), reason: reason.clone() })
}

/// Starts a new workspace beside the one that could not be opened, which is left as it is; returns its path.
#[tauri::command]
fn start_new_workspace(app: AppHandle, problem: State<'_, Problem>) -> Reply<String> {
    let mut problem = problem.lock();
    let Some((failed, _)) = problem.as_ref() else {
        return Err(ErrorBody { code: "invalid".into(), message: "the workspace is open".into(), fields: Vec::new() });
    };
    let path = new_workspace_beside(failed);
    let store = open_workspace(&path).map_err(|e| e.body())?;
    app.manage(Workspace::new(store, app.clone()));
    *problem = None;
    start_background_sync(app.clone());
    Ok(path.display().to_string())
}

/// `workspace-new.dais` beside `workspace.dais` (then `-new-2`, ...): a name no file has yet.
fn new_workspace_beside(failed: &Path) -> PathBuf {
    let dir = failed.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let stem = failed.file_stem().and_then(|s| s.to_str()).unwrap_or("workspace");
    (1..)
        .map(|n| dir.join(if n == 1 { format!("{stem}-new.dais") } else { format!("{stem}-new-{n}.dais") }))
        .find(|p| !p.exists())
        .expect("a free name")
}

pub fn run() {
    let path = workspace_path();
    // One window per workspace: a second start brings the first forward and ends here.
    let held = match path.as_deref().map(instance::claim) {
        Ok(Ok(instance::Claim::Elsewhere)) => {
            eprintln!("dais: this workspace is open in another window, which was brought forward");
            return;
        }
        Ok(Ok(instance::Claim::Held { _lock, listener })) => Some((_lock, listener)),
        Ok(Err(e)) => {
            eprintln!("dais: whether another window has this workspace open is unknown ({e}); opening it here");
            None
        }
        Err(_) => None,
    };
    let (_lock, listener) = held.unzip();
    let opened = path.as_ref().map_err(|e| e.to_string()).and_then(|p| open_workspace(p).map_err(|e| e.to_string()));
    let (store, problem) = match opened {
        Ok(store) => (Some(store), None),
        Err(reason) => {
            // The window explains it and offers a new workspace; the file is left as it is.
            eprintln!("dais: {reason}");
            (None, Some((path.unwrap_or_else(|_| PathBuf::from("workspace.dais")), reason)))
        }
    };
    tauri::Builder::default()
        .manage(Syncing::default())
        .manage(Problem(Mutex::new(problem)))
        .setup(move |app| {
            app.set_menu(app_menu(app.handle())?)?;
            app.on_menu_event(|app, event| {
                let action = match event.id().as_ref() {
                    UNDO_ITEM => "undo",
                    REDO_ITEM => "redo",
                    _ => return,
                };
                let _ = app.emit(MENU_EVENT, action);
            });
            if let Some(listener) = listener {
                let handle = app.handle().clone();
                instance::answer(listener, move || {
                    if let Some(window) = handle.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.show();
                        let _ = window.set_focus();
                    }
                });
            }
            if let Some(store) = store {
                app.manage(Workspace::new(store, app.handle().clone()));
                start_background_sync(app.handle().clone());
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            meetings,
            side_events,
            edit_event,
            create_meeting,
            open_demo,
            delete_meeting,
            programme,
            add_entry,
            edit_entry,
            delete_entry,
            reschedule,
            undo_state,
            undo,
            redo,
            edit_menu,
            speakers,
            new_speaker,
            add_speaker,
            edit_speaker,
            set_speaker_photo,
            remove_speaker_photo,
            delete_speaker,
            erase_registration,
            participations,
            save_participation,
            delete_participation,
            registration_page,
            registration_ids,
            registration_countries,
            registration_summary,
            focal_points,
            save_focal_point,
            delete_focal_point,
            list_columns,
            save_participants_list,
            save_programme_document,
            decide,
            add_registration,
            edit_registration,
            registration,
            zone_names,
            sync_status,
            save_site_settings,
            sync_now,
            preview,
            publish,
            unpublish,
            share_meeting,
            versions,
            programme_publication,
            conflicts,
            restore_conflict,
            open_site_page,
            workspace_problem,
            start_new_workspace,
        ])
        .run(tauri::generate_context!())
        .expect("the app window could not be started");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_errors_cross_with_their_code_and_a_bad_address_at_its_field() {
        let offline = sync_error(SyncError::Offline { url: "http://127.0.0.1:9/".into(), reason: "refused".into() });
        assert_eq!(offline.code, "offline");
        assert!(offline.message.contains("cannot be reached"), "{}", offline.message);
        assert!(offline.fields.is_empty());

        let bad = sync_error(SyncError::BadUrl("events.example.org".into()));
        assert_eq!(bad.code, "invalid");
        assert_eq!(bad.fields.len(), 1);
        assert_eq!(bad.fields[0].field, "url");

        let local = sync_error(SyncError::Local(dais_core::Error::DiskFull));
        assert_eq!(local.code, "disk_full");
        assert_eq!(sync_error(SyncError::Unauthorized).code, "unauthorized");
    }

    #[test]
    fn a_sync_report_becomes_an_outcome() {
        let report = dais_sync::SyncReport { pushed: 3, pulled: 5, conflicts: 1, reset: false, refused: Vec::new() };
        let outcome = SyncOutcome::from(report);
        assert_eq!((outcome.pushed, outcome.pulled, outcome.conflicts, outcome.reset), (3, 5, 1, false));
    }
}
