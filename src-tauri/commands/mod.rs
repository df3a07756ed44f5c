//! The Tauri commands the window calls, by name, grouped as the app's views use them. Each is one call into core on
//! the workspace (`crate::workspace`), or into the sync (`crate::sync`) for what goes to the event site.

pub(crate) mod conflicts;
pub(crate) mod documents;
pub(crate) mod import;
pub(crate) mod meetings;
pub(crate) mod programme;
pub(crate) mod publication;
pub(crate) mod registrations;
pub(crate) mod settings;
pub(crate) mod site;
pub(crate) mod speakers;
pub(crate) mod undo;
pub(crate) mod updates;
pub(crate) mod workspace_problem;

/// A file's bytes as the window sends them: raw through the IPC's custom protocol, or as a JSON array of bytes where
/// the webview posts messages instead; none if the body is neither.
pub(crate) fn sent_bytes(request: &tauri::ipc::Request<'_>) -> Option<Vec<u8>> {
    match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => Some(bytes.clone()),
        tauri::ipc::InvokeBody::Json(serde_json::Value::Array(values)) => {
            Some(values.iter().map(|v| v.as_u64().and_then(|b| u8::try_from(b).ok()).unwrap_or(0)).collect())
        }
        _ => None,
    }
}
