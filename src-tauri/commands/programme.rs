//! The programme of a meeting (the programme view and the timetable): its entries read, added, edited, moved and
//! deleted, each edit a step to undo.

use dais_core::{Edit, Entry, EntryInput, Programme, Reschedule};
use tauri::State;
use uuid::Uuid;

use crate::workspace::{Reply, Workspace};

#[tauri::command]
pub(crate) async fn programme(
    ws: State<'_, Workspace>,
    event_id: Uuid,
    viewer_zone: Option<String>,
) -> Reply<Programme> {
    ws.run(move |s| s.programme(event_id, viewer_zone.as_deref())).await
}

#[tauri::command]
pub(crate) async fn add_entry(ws: State<'_, Workspace>, input: EntryInput) -> Reply<Entry> {
    ws.edit(move |s| s.save_entry_input(&EntryInput { id: None, ..input })).await
}

/// Saves what the organiser changed in an entry's form, as `EntryInput` fields.
#[tauri::command]
pub(crate) async fn edit_entry(ws: State<'_, Workspace>, edit: Edit) -> Reply<Entry> {
    ws.edit(move |s| s.edit_entry(&edit)).await
}

/// Moves or stretches entries dragged on the timetable (a block takes its items).
#[tauri::command]
pub(crate) async fn reschedule(ws: State<'_, Workspace>, input: Reschedule) -> Reply<Vec<Entry>> {
    ws.edit(move |s| s.reschedule(&input)).await
}

#[tauri::command]
pub(crate) async fn delete_entry(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_entry(id)).await
}
