//! The open workspace, as the commands and the sync hold it: the store behind a lock, run off the window's thread,
//! and the notice (`workspace-changed`) that tells the window which tables each write changed. Errors cross to the UI
//! as `{code, message, fields}` (core's `ErrorBody`).

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use dais_core::{ErrorBody, Store, t};
use serde::Serialize;
use tauri::{AppHandle, Emitter};
use ts_rs::TS;

pub(crate) type Reply<T> = Result<T, ErrorBody>;

/// The open workspace. Commands run on it off the window's thread (a Tauri command that is not `async` runs on the
/// main thread, and a sync applying a page would freeze the window); after each, the window is told which tables
/// changed, so that its views follow the workspace.
#[derive(Clone)]
pub(crate) struct Workspace {
    pub(crate) store: Arc<Mutex<Store>>,
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
    pub(crate) fn new(store: Store, app: AppHandle) -> Workspace {
        Workspace { store: Arc::new(Mutex::new(store)), app }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// Runs the organiser's edit `f` like `run`, kept as a step to undo.
    pub(crate) async fn edit<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> dais_core::Result<T> + Send + 'static,
    ) -> Reply<T> {
        self.run(move |s| s.undoable(f)).await
    }

    /// Runs `f` on this thread (for the sync's own steps); tells the window what it changed.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Store) -> dais_core::Result<T>) -> Reply<T> {
        let out = f(&mut self.lock()).map_err(|e| e.body(crate::language::shown()));
        self.announce_changes();
        out
    }

    /// Tells the window which tables were written since it was last told, if any.
    pub(crate) fn announce_changes(&self) {
        let tables = self.lock().take_changed();
        if !tables.is_empty() {
            let _ = self.app.emit(CHANGED_EVENT, WorkspaceChanged { tables });
        }
    }

    /// Runs `f` on a blocking thread, for commands: the window's thread never waits for the workspace.
    pub(crate) async fn run<T: Send + 'static>(
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

pub(crate) fn internal(message: String) -> ErrorBody {
    ErrorBody {
        code: "internal".into(),
        message: t!(crate::language::shown(), "error-app-internal", detail = message),
        fields: Vec::new(),
    }
}

/// Opens the workspace at `path`; a new one is empty, and the window welcomes the organiser.
pub(crate) fn open_workspace(path: &Path) -> dais_core::Result<Store> {
    Store::open(path)
}
