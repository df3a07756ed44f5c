//! Where the site keeps its meetings. SQLite by default (one file, no set-up); the trait is what a PostgreSQL backend
//! will implement when one machine is not enough.

use std::path::Path;
use std::sync::Mutex;

use dais_core::{Event, Programme, Registration, Result, Speaker, Store};
use uuid::Uuid;

/// The outcome of a registration form: the registration, and whether this submission created it (a second submission
/// with the same email for the same meeting returns the first one).
#[derive(Debug, Clone)]
pub struct Registered {
    pub registration: Registration,
    pub created: bool,
}

pub trait Storage: Send + Sync + 'static {
    /// The meetings (events without a parent), soonest first.
    fn meetings(&self) -> Result<Vec<Event>>;
    fn event(&self, id: Uuid) -> Result<Event>;
    /// Side events linked to a meeting (the webinar).
    fn side_events(&self, event_id: Uuid) -> Result<Vec<Event>>;
    /// The whole programme, drafts included: public pages keep only public entries.
    fn programme(&self, event_id: Uuid, viewer_zone: Option<&str>) -> Result<Programme>;
    /// Every speaker, private fields included: public pages keep only confirmed speakers who consented.
    fn speakers(&self, event_id: Uuid) -> Result<Vec<Speaker>>;
    /// Creates a registration from the public form, unless one with the same email exists for the meeting.
    fn register(&self, registration: Registration) -> Result<Registered>;
}

pub struct SqliteStorage {
    store: Mutex<Store>,
}

impl SqliteStorage {
    pub fn open(path: &Path) -> Result<SqliteStorage> {
        Ok(SqliteStorage { store: Mutex::new(Store::open(path)?) })
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        // A panic while holding the lock leaves SQLite consistent (the transaction rolled back), so go on.
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Storage for SqliteStorage {
    fn meetings(&self) -> Result<Vec<Event>> {
        self.store().meetings()
    }

    fn event(&self, id: Uuid) -> Result<Event> {
        self.store().get(id)
    }

    fn side_events(&self, event_id: Uuid) -> Result<Vec<Event>> {
        self.store().side_events(event_id)
    }

    fn programme(&self, event_id: Uuid, viewer_zone: Option<&str>) -> Result<Programme> {
        self.store().programme(event_id, viewer_zone)
    }

    fn speakers(&self, event_id: Uuid) -> Result<Vec<Speaker>> {
        self.store().speakers(event_id)
    }

    fn register(&self, registration: Registration) -> Result<Registered> {
        self.store().register(registration).map(|(registration, created)| Registered { registration, created })
    }
}
