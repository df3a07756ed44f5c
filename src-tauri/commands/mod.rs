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
pub(crate) mod workspace_problem;
