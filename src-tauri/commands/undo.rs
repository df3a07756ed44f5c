//! Undo and Redo of the organiser's edits to a meeting (the programme, its speakers, its registrations), made here.

use dais_core::undo::{StepLabel, UndoState};
use tauri::State;
use uuid::Uuid;

use crate::workspace::{Reply, Workspace};

/// What Undo and Redo would lay back in a meeting.
#[tauri::command]
pub(crate) async fn undo_state(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<UndoState> {
    ws.run(move |s| s.undo_state(event_id)).await
}

/// Undoes the meeting's last edit made here, as a new edit that syncs; its label, or null when there is none.
#[tauri::command]
pub(crate) async fn undo(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Option<StepLabel>> {
    ws.run(move |s| s.undo(event_id)).await
}

/// Makes again the meeting's edit undone last.
#[tauri::command]
pub(crate) async fn redo(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Option<StepLabel>> {
    ws.run(move |s| s.redo(event_id)).await
}
