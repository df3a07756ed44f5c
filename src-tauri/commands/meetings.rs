//! The meetings of the workspace (the welcome and the event's form): list, start, edit, delete; the demo; the time
//! zones a meeting may be in.

use dais_core::rules::country::{self, Country};
use dais_core::rules::zone;
use dais_core::{Edit, Event, NewMeeting, Translation, TranslationInput, seed};
use tauri::State;
use uuid::Uuid;

use crate::workspace::{Reply, Workspace};

#[tauri::command]
pub(crate) async fn meetings(ws: State<'_, Workspace>) -> Reply<Vec<Event>> {
    ws.run(|s| s.meetings()).await
}

#[tauri::command]
pub(crate) async fn side_events(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Event>> {
    ws.run(move |s| s.side_events(event_id)).await
}

/// Saves what the organiser changed in the event's form (the other fields keep what the workspace holds now).
#[tauri::command]
pub(crate) async fn edit_event(ws: State<'_, Workspace>, edit: Edit) -> Reply<Event> {
    ws.edit(move |s| s.edit_event(&edit)).await
}

/// The meeting's words in other languages, its entries' and its side events'.
#[tauri::command]
pub(crate) async fn translations(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Translation>> {
    ws.run(move |s| s.translations(event_id)).await
}

/// Gives one field of the meeting or an entry in one language ("" takes it away).
#[tauri::command]
pub(crate) async fn translate(ws: State<'_, Workspace>, input: TranslationInput) -> Reply<Translation> {
    ws.edit(move |s| s.translate(&input)).await
}

/// Starts a meeting, blank or from a past one; it stays on this laptop until shared or published.
#[tauri::command]
pub(crate) async fn create_meeting(ws: State<'_, Workspace>, meeting: NewMeeting) -> Reply<Event> {
    ws.run(move |s| s.create_meeting(&meeting)).await
}

/// Adds the demo meeting (U4SSC-9), unless the workspace holds it already; its id either way.
#[tauri::command]
pub(crate) async fn open_demo(ws: State<'_, Workspace>) -> Reply<Uuid> {
    ws.run(seed::open_demo).await
}

/// Deletes a meeting and its side events; a shared one's deletion reaches the site and the other organisers.
#[tauri::command]
pub(crate) async fn delete_meeting(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.run(move |s| s.delete_meeting(id)).await
}

#[tauri::command]
pub(crate) fn zone_names() -> Vec<&'static str> {
    zone::zone_names()
}

/// Every country and area, named in the language shown and sorted as it reads them, with the code records keep.
#[tauri::command]
pub(crate) fn countries() -> &'static [Country] {
    country::countries(crate::language::shown())
}

/// The zones a zone field's text may mean (a city, a country, part of a name), for its suggestions.
#[tauri::command]
pub(crate) fn find_zones(text: String) -> Vec<zone::ZoneChoice> {
    zone::find_zones(&text, 8)
}
