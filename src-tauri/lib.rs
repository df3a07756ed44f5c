//! The desktop shell: opens the workspace and exposes core operations as Tauri commands, one core call each.
//! Errors cross to the UI as `{code, message, fields}` (core's `ErrorBody`).

use std::path::PathBuf;
use std::sync::Mutex;

use dais_core::{
    Entry, EntryInput, ErrorBody, Event, Participation, Programme, Registration, Speaker, Store, seed, store, zone,
};
use tauri::State;
use uuid::Uuid;

type Reply<T> = Result<T, ErrorBody>;

struct Workspace(Mutex<Store>);

impl Workspace {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> dais_core::Result<T>) -> Reply<T> {
        let mut store = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut store).map_err(|e| e.body())
    }
}

#[tauri::command]
fn meetings(ws: State<'_, Workspace>) -> Reply<Vec<Event>> {
    ws.with(|s| s.meetings())
}

#[tauri::command]
fn side_events(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Event>> {
    ws.with(|s| s.side_events(event_id))
}

#[tauri::command]
fn save_event(ws: State<'_, Workspace>, event: Event) -> Reply<()> {
    ws.with(|s| s.save_event(&event))
}

#[tauri::command]
fn programme(ws: State<'_, Workspace>, event_id: Uuid, viewer_zone: Option<String>) -> Reply<Programme> {
    ws.with(|s| s.programme(event_id, viewer_zone.as_deref()))
}

#[tauri::command]
fn save_entry(ws: State<'_, Workspace>, input: EntryInput) -> Reply<Entry> {
    ws.with(|s| s.save_entry_input(&input))
}

#[tauri::command]
fn delete_entry(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.with(|s| s.delete_entry(id))
}

#[tauri::command]
fn speakers(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Speaker>> {
    ws.with(|s| s.speakers(event_id))
}

#[tauri::command]
fn new_speaker(event_id: Uuid) -> Speaker {
    Speaker::blank(event_id)
}

#[tauri::command]
fn save_speaker(ws: State<'_, Workspace>, speaker: Speaker) -> Reply<()> {
    ws.with(|s| s.save_speaker(&speaker))
}

#[tauri::command]
fn delete_speaker(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.with(|s| s.delete_speaker(id))
}

#[tauri::command]
fn participations(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Participation>> {
    ws.with(|s| s.participations(event_id))
}

#[tauri::command]
fn save_participation(ws: State<'_, Workspace>, participation: Participation) -> Reply<()> {
    ws.with(|s| s.save_participation(&participation))
}

#[tauri::command]
fn delete_participation(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.with(|s| s.delete_participation(id))
}

#[tauri::command]
fn registrations(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Registration>> {
    ws.with(|s| s.registrations(event_id))
}

#[tauri::command]
fn zone_names() -> Vec<&'static str> {
    zone::zone_names()
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

/// Opens the workspace; a new one starts with the demo meeting, so that there is something to look at.
fn open_workspace() -> dais_core::Result<Store> {
    let mut store = Store::open(&workspace_path()?)?;
    if store.events()?.is_empty() {
        seed::create_demo(&mut store)?;
    }
    Ok(store)
}

pub fn run() {
    let store = match open_workspace() {
        Ok(store) => store,
        Err(e) => {
            eprintln!("dais: {e}");
            std::process::exit(2);
        }
    };
    tauri::Builder::default()
        .manage(Workspace(Mutex::new(store)))
        .invoke_handler(tauri::generate_handler![
            meetings,
            side_events,
            save_event,
            programme,
            save_entry,
            delete_entry,
            speakers,
            new_speaker,
            save_speaker,
            delete_speaker,
            participations,
            save_participation,
            delete_participation,
            registrations,
            zone_names,
        ])
        .run(tauri::generate_context!())
        .expect("the app window could not be started");
}
