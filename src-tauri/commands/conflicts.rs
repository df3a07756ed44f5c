//! Values that lost to another organiser's concurrent edit (the conflicts view), and restoring one.

use dais_core::Conflict;
use tauri::{AppHandle, Manager, State};
use uuid::Uuid;

use crate::sync::{announce, off_thread};
use crate::workspace::{Reply, Workspace};

#[tauri::command]
pub(crate) async fn conflicts(ws: State<'_, Workspace>) -> Reply<Vec<Conflict>> {
    ws.run(|s| s.conflicts()).await
}

#[tauri::command]
pub(crate) async fn restore_conflict(app: AppHandle, id: Uuid) -> Reply<()> {
    off_thread(app, move |app| {
        app.state::<Workspace>().with(|s| s.restore(id))?;
        announce(app);
        Ok(())
    })
    .await
}
