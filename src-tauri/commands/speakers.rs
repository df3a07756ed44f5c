//! A meeting's speakers (the speakers view and the entry's people): speakers with their photos, and their
//! participations (who chairs or speaks in which entry), each edit a step to undo.

use dais_core::publication::UnlistedSpeaker;
use dais_core::{Edit, Participation, Speaker, msg};
use tauri::State;
use uuid::Uuid;

use crate::language::shown;
use crate::workspace::{Reply, Workspace};

#[tauri::command]
pub(crate) async fn speakers(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Speaker>> {
    ws.run(move |s| s.speakers(event_id)).await
}

/// The speakers the public site leaves out, and why.
#[tauri::command]
pub(crate) async fn unlisted_speakers(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<UnlistedSpeaker>> {
    ws.run(move |s| s.unlisted_speakers(event_id)).await
}

#[tauri::command]
pub(crate) fn new_speaker(event_id: Uuid) -> Speaker {
    Speaker::blank(event_id)
}

#[tauri::command]
pub(crate) async fn add_speaker(ws: State<'_, Workspace>, speaker: Speaker) -> Reply<Speaker> {
    ws.edit(move |s| s.save_speaker(&speaker).map(|()| speaker)).await
}

#[tauri::command]
pub(crate) async fn edit_speaker(ws: State<'_, Workspace>, edit: Edit) -> Reply<Speaker> {
    ws.edit(move |s| s.edit_speaker(&edit)).await
}

/// Gives a speaker the photo of a chosen file: its bytes come raw (not as JSON numbers), the speaker's id in the
/// `speaker-id` header. Core crops, resizes and keeps it.
#[tauri::command]
pub(crate) async fn set_speaker_photo(ws: State<'_, Workspace>, request: tauri::ipc::Request<'_>) -> Reply<Speaker> {
    let Some(bytes) = super::sent_bytes(&request) else {
        return Err(dais_core::Error::invalid("photo", msg!("error-app-photo-not-sent")).body(shown()));
    };
    let id: Uuid =
        request.headers().get("speaker-id").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).ok_or_else(
            || dais_core::Error::invalid("photo", msg!("error-app-photo-speaker-not-sent")).body(shown()),
        )?;
    ws.edit(move |s| s.set_speaker_photo(id, Some(&bytes))).await
}

#[tauri::command]
pub(crate) async fn remove_speaker_photo(ws: State<'_, Workspace>, id: Uuid) -> Reply<Speaker> {
    ws.edit(move |s| s.set_speaker_photo(id, None)).await
}

#[tauri::command]
pub(crate) async fn delete_speaker(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_speaker(id)).await
}

#[tauri::command]
pub(crate) async fn participations(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Participation>> {
    ws.run(move |s| s.participations(event_id)).await
}

#[tauri::command]
pub(crate) async fn save_participation(ws: State<'_, Workspace>, participation: Participation) -> Reply<()> {
    ws.edit(move |s| s.save_participation(&participation)).await
}

#[tauri::command]
pub(crate) async fn delete_participation(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_participation(id)).await
}
