//! The event site: the meeting's public pages, feeds and registration form, and the sync API that organisers' apps
//! talk to. Handlers are thin: the data lives behind [`storage::Storage`], the meeting's rules in `dais-core`.

pub mod storage;

use std::sync::Arc;

use axum::Router;

pub use storage::{SqliteStorage, Storage};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
}

/// The whole site.
pub fn router(state: AppState) -> Router {
    Router::new().with_state(state)
}
