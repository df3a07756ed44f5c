//! Bringing data in from a file. Registrations: the window sends the chosen file's bytes once; the previews (another
//! mapping, another encoding, another sheet) and the import read it from here. A programme (Indico, a c3voc schedule,
//! a Dais export), a few hundred kilobytes, comes with each call; so does a circular (DOCX, PDF, or pasted text).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use dais_core::i18n::Msg;
use dais_core::import::circular::{CircularReading, MeetingFact, circular_text, read_circular};
use dais_core::import::programme::{ProgrammePreview, read_programme};
use dais_core::import::{
    FIRST_SCREEN_ROWS, ImportPreview, ImportProgress, ImportReport, RegistrationImport, TableFile,
};
use dais_core::msg;
use tauri::State;

use crate::language::shown;
use crate::workspace::{Reply, Workspace};

/// The file chosen to import from: its name and bytes (read again for another encoding), and as last read; and
/// whether the organiser stopped its import.
#[derive(Default)]
pub(crate) struct ChosenFile {
    file: Mutex<Option<Chosen>>,
    cancelled: Arc<AtomicBool>,
}

struct Chosen {
    name: String,
    bytes: Arc<Vec<u8>>,
    file: Arc<TableFile>,
}

fn not_chosen() -> dais_core::ErrorBody {
    refused(msg!("error-app-import-no-file"))
}

fn refused(message: Msg) -> dais_core::ErrorBody {
    dais_core::Error::invalid("file", message).body(shown())
}

/// A chosen file as the window sends it: its bytes raw (not as JSON numbers), its name in the `file-name` header
/// (percent-encoded, as a header is ASCII).
fn sent_file(request: &tauri::ipc::Request<'_>) -> Reply<(String, Vec<u8>)> {
    let bytes = super::sent_bytes(request).ok_or_else(not_chosen)?;
    let name = header_text(request, "file-name").ok_or_else(not_chosen)?;
    Ok((name, bytes))
}

/// The meeting a programme goes into, in the `event-id` header.
fn meeting_of(request: &tauri::ipc::Request<'_>) -> Reply<uuid::Uuid> {
    let id = request.headers().get("event-id").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
    id.ok_or_else(|| refused(msg!("error-app-import-no-meeting")))
}

/// What importing a programme's file into the meeting would do.
#[tauri::command]
pub(crate) async fn preview_programme_import(
    ws: State<'_, Workspace>,
    request: tauri::ipc::Request<'_>,
) -> Reply<ProgrammePreview> {
    let ((name, bytes), meeting) = (sent_file(&request)?, meeting_of(&request)?);
    ws.run(move |s| s.preview_programme_import(meeting, &read_programme(&name, &bytes)?)).await
}

/// Imports a programme's file into the meeting as one edit, one step to undo.
#[tauri::command]
pub(crate) async fn import_programme(
    ws: State<'_, Workspace>,
    request: tauri::ipc::Request<'_>,
) -> Reply<ProgrammePreview> {
    let ((name, bytes), meeting) = (sent_file(&request)?, meeting_of(&request)?);
    ws.run(move |s| {
        let source = read_programme(&name, &bytes)?;
        s.undoable_import(|s| s.import_programme(meeting, &source))
    })
    .await
}

/// A circular's facts, each with the sentence it came from (`sent_file`: a DOCX, a PDF, or text pasted as UTF-8).
#[tauri::command]
pub(crate) async fn read_meeting_circular(request: tauri::ipc::Request<'_>) -> Reply<CircularReading> {
    let (name, bytes) = sent_file(&request)?;
    off_the_window(move || circular_text(&name, &bytes).map(|text| read_circular(&text))).await
}

/// Work that needs no workspace (reading a file, fetching one), away from the window's thread.
async fn off_the_window<T: Send + 'static>(f: impl FnOnce() -> dais_core::Result<T> + Send + 'static) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| crate::workspace::internal(e.to_string()))?
        .map_err(|e| e.body(shown()))
}

/// Makes the meeting from its circular's facts as the organiser confirmed or corrected them.
#[tauri::command]
pub(crate) async fn create_meeting_from_circular(
    ws: State<'_, Workspace>,
    facts: Vec<MeetingFact>,
) -> Reply<dais_core::Event> {
    ws.run(move |s| s.create_meeting_from_circular(&facts, shown())).await
}

/// An Indico event's programme fetched by its address (an event's page or an export's), with the organiser's API
/// token for an event that is not public: the export's bytes, raw, read then as a chosen file's.
#[tauri::command]
pub(crate) async fn fetch_indico_programme(address: String, token: Option<String>) -> Reply<tauri::ipc::Response> {
    let export = off_the_window(move || dais_sync::indico::fetch_indico(&address, token.as_deref())).await?;
    Ok(tauri::ipc::Response::new(export.bytes))
}

/// The meeting a programme's file would be brought into where it goes into none yet: its title, short title, zone
/// and days, as the source gives them, for the organiser to correct.
#[tauri::command]
pub(crate) async fn propose_programme_meeting(request: tauri::ipc::Request<'_>) -> Reply<dais_core::NewMeeting> {
    let (name, bytes) = sent_file(&request)?;
    let source = read_programme(&name, &bytes).map_err(|e| e.body(shown()))?;
    Ok(source.new_meeting(None, None, None))
}

/// Makes a meeting for a programme's file and imports the file into it (one step to undo); the title, short title
/// and zone the organiser gave in the `title`, `short-title` and `zone` headers (percent-encoded), else the source's.
#[tauri::command]
pub(crate) async fn import_programme_as_meeting(
    ws: State<'_, Workspace>,
    request: tauri::ipc::Request<'_>,
) -> Reply<ProgrammePreview> {
    let (name, bytes) = sent_file(&request)?;
    let given = |header: &str| header_text(&request, header).filter(|v| !v.trim().is_empty());
    let (title, short_title, zone) = (given("title"), given("short-title"), given("zone"));
    ws.run(move |s| {
        let source = read_programme(&name, &bytes)?;
        s.import_programme_as_meeting(&source, title.as_deref(), short_title.as_deref(), zone.as_deref())
    })
    .await
}

/// A header's text, percent-decoded (a header is ASCII).
fn header_text(request: &tauri::ipc::Request<'_>, name: &str) -> Option<String> {
    let value = request.headers().get(name)?.to_str().ok()?;
    Some(percent_encoding::percent_decode_str(value).decode_utf8_lossy().into_owned())
}

/// Takes the file to import registrations from (`sent_file`), its first rows read at once, so that a file that is
/// not a table is refused as soon as it is chosen, and its first screen shown in milliseconds.
#[tauri::command]
pub(crate) async fn choose_import_file(chosen: State<'_, ChosenFile>, request: tauri::ipc::Request<'_>) -> Reply<()> {
    let (name, bytes) = sent_file(&request)?;
    let bytes = Arc::new(bytes);
    let file = read(&name, &bytes, None, false).await?;
    *lock(&chosen) = Some(Chosen { name, bytes, file });
    Ok(())
}

/// What importing the chosen file would do; `encoding`, a CSV's, over the one guessed; of the first rows only unless
/// `whole` (the whole file is then read, once).
#[tauri::command]
pub(crate) async fn preview_registration_import(
    ws: State<'_, Workspace>,
    chosen: State<'_, ChosenFile>,
    import: RegistrationImport,
    encoding: Option<String>,
    whole: bool,
) -> Reply<ImportPreview> {
    let file = read_as(&chosen, encoding, whole).await?;
    ws.run(move |s| s.preview_registration_import(&file, &import, chrono::Utc::now(), shown())).await
}

/// Imports the chosen file as one edit, one step to undo, telling `progress` how far it has gone; the file is let
/// go. `cancel_import` stops it, and nothing of it is written.
#[tauri::command]
pub(crate) async fn import_registrations(
    ws: State<'_, Workspace>,
    chosen: State<'_, ChosenFile>,
    import: RegistrationImport,
    encoding: Option<String>,
    progress: tauri::ipc::Channel<ImportProgress>,
) -> Reply<ImportReport> {
    let file = read_as(&chosen, encoding, true).await?;
    chosen.cancelled.store(false, Ordering::Relaxed);
    let cancelled = chosen.cancelled.clone();
    let report = ws
        .run(move |s| {
            let file = Arc::try_unwrap(file).unwrap_or_else(|shared| (*shared).clone());
            s.undoable_import(|s| {
                s.import_registrations_watched(file, &import, chrono::Utc::now(), &mut |p| {
                    let _ = progress.send(p);
                    !cancelled.load(Ordering::Relaxed)
                })
            })
        })
        .await?;
    *lock(&chosen) = None;
    Ok(report)
}

/// Stops the import under way: nothing of it is written.
#[tauri::command]
pub(crate) fn cancel_import(chosen: State<'_, ChosenFile>) {
    chosen.cancelled.store(true, Ordering::Relaxed);
}

/// Lets the chosen file go (the dialog closed).
#[tauri::command]
pub(crate) fn close_import_file(chosen: State<'_, ChosenFile>) {
    *lock(&chosen) = None;
}

/// The chosen file, read again if another encoding or the whole file is asked for.
async fn read_as(chosen: &ChosenFile, encoding: Option<String>, whole: bool) -> Reply<Arc<TableFile>> {
    let (name, bytes, file) = {
        let held = lock(chosen);
        let c = held.as_ref().ok_or_else(not_chosen)?;
        (c.name.clone(), c.bytes.clone(), c.file.clone())
    };
    let same = encoding.as_deref().is_none_or(|e| file.encoding.is_some_and(|read| read.eq_ignore_ascii_case(e)));
    if (same || file.encoding.is_none()) && (file.whole || !whole) {
        return Ok(file);
    }
    let encoding = if same { None } else { encoding };
    let read = read(&name, &bytes, encoding, whole).await?;
    if let Some(c) = lock(chosen).as_mut() {
        c.file = read.clone();
    }
    Ok(read)
}

/// A chosen file's bytes read, whole or their first screen's rows, away from the window's thread.
async fn read(name: &str, bytes: &Arc<Vec<u8>>, encoding: Option<String>, whole: bool) -> Reply<Arc<TableFile>> {
    let (name, bytes) = (name.to_string(), bytes.clone());
    let file = off_the_window(move || match whole {
        true => TableFile::from_bytes(&name, &bytes, encoding.as_deref()),
        false => TableFile::first_rows(&name, &bytes, encoding.as_deref(), FIRST_SCREEN_ROWS),
    })
    .await?;
    Ok(Arc::new(file))
}

fn lock(chosen: &ChosenFile) -> std::sync::MutexGuard<'_, Option<Chosen>> {
    chosen.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
