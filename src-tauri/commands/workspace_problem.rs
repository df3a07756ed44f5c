//! A workspace that could not be opened (the window's problem view, shown instead of the app): why, and a new
//! workspace beside it, the file being left as it is.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use dais_core::{ErrorBody, t};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use crate::sync::start_background_sync;
use crate::workspace::{Reply, Workspace, open_workspace};

/// Why the workspace could not be opened: the window shows it, with the file, instead of the app.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceProblem {
    pub path: String,
    pub reason: String,
}

/// The workspace that could not be opened and why, while there is one (then no `Workspace` is managed).
pub(crate) struct Problem(pub(crate) Mutex<Option<(PathBuf, String)>>);

impl Problem {
    fn lock(&self) -> MutexGuard<'_, Option<(PathBuf, String)>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[tauri::command]
pub(crate) fn workspace_problem(problem: State<'_, Problem>) -> Option<WorkspaceProblem> {
    let problem = problem.lock();
    problem.as_ref().map(|(path, reason)| WorkspaceProblem { path: path.display().to_string(), reason: reason.clone() })
}

/// Starts a new workspace beside the one that could not be opened, which is left as it is; returns its path.
#[tauri::command]
pub(crate) fn start_new_workspace(app: AppHandle, problem: State<'_, Problem>) -> Reply<String> {
    let mut problem = problem.lock();
    let Some((failed, _)) = problem.as_ref() else {
        let message = t!(crate::language::shown(), "error-app-workspace-open");
        return Err(ErrorBody { code: "invalid".into(), message, fields: Vec::new() });
    };
    let path = new_workspace_beside(failed);
    let store = open_workspace(&path).map_err(|e| e.body(crate::language::shown()))?;
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
