//! Where the site keeps its meetings. SQLite by default (one file, no set-up); the trait is what a PostgreSQL backend
//! will implement when one machine is not enough.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dais_core::publication::{Publication, Published, SentPublication};
use dais_core::registrations::DecisionInput;
use dais_core::{Entry, Event, FocalPoint, Lang, MailNote, Places, Registration, Result, Store, Translation};
use dais_wire::{Cursor, PullRequest, PullResponse, PushRequest, PushResponse, ResendRequest};
use uuid::Uuid;

use crate::tokens::Grant;

/// How far ahead of the site's clock a laptop's stamp may be before it is brought back (docs/architecture.md, "Sync").
const MAX_AHEAD_MILLIS: u64 = 60_000;
/// The most rows a pull page may ask for.
const MAX_PAGE: u32 = 10_000;

/// The outcome of a registration form: the registration, and whether this submission created it (a second submission
/// with the same email for the same meeting returns the first one).
#[derive(Debug, Clone)]
pub struct Registered {
    pub registration: Registration,
    pub created: bool,
}

pub trait Storage: Send + Sync + 'static {
    /// The latest publication of an event, whole (one read: a version is seen whole or not at all).
    fn published(&self, event_id: Uuid) -> Result<Option<Publication>>;
    /// The meetings the public sees (without their side events), as published, soonest first.
    fn published_meetings(&self, lang: Lang) -> Result<Vec<Event>>;
    /// Every publication of an event, newest first, without their content.
    fn versions(&self, event_id: Uuid) -> Result<Vec<Publication>>;
    /// Publishes a meeting with its side events as the next version, if the site holds what the organiser previewed.
    fn publish(&self, organiser: &Grant, meeting: Uuid, expected: Option<&str>) -> Result<Published>;
    /// Takes a meeting off the public site until its next publication.
    fn withdraw(&self, organiser: &Grant, meeting: Uuid) -> Result<bool>;
    /// The publications after `seq` that the organiser may read, for their workspace's copy.
    fn publications_after(&self, organiser: &Grant, seq: i64, editions: &[String]) -> Result<Vec<SentPublication>>;
    /// Creates a registration from the public form, unless one with the same email exists for the meeting; past the
    /// meeting's capacity, on the waiting list.
    fn register(&self, registration: Registration) -> Result<Registered>;
    /// A meeting's capacity and the places taken, if it has a capacity.
    fn places(&self, event_id: Uuid) -> Result<Option<Places>>;
    /// The registrations written after position `after` of the change feed, with their positions (the mail follows).
    fn registrations_changed_after(&self, after: i64, limit: u32) -> Result<Vec<(i64, Registration)>>;
    /// The change feed's latest position.
    fn last_change(&self) -> Result<i64>;
    /// A meeting as the mails about it need it: its facts (its online link too) and its programme.
    fn meeting_for_mail(&self, event_id: Uuid) -> Result<(Event, Vec<Entry>)>;
    /// A meeting's facts as they stand (not as published).
    fn event(&self, event_id: Uuid) -> Result<Event>;
    /// A meeting's words in other languages, as they stand.
    fn translations(&self, event_id: Uuid) -> Result<Vec<Translation>>;
    /// A registration, unless it was deleted or erased.
    fn registration(&self, id: Uuid) -> Result<Option<Registration>>;
    /// Notes what became of the last mail about a registration (it syncs to the organisers).
    fn note_mail(&self, id: Uuid, note: MailNote) -> Result<()>;
    /// The focal point who approves `registration`'s request, if its administration has one.
    fn focal_point_for(&self, registration: &Registration) -> Result<Option<FocalPoint>>;
    /// A focal point, unless it was removed.
    fn focal_point(&self, id: Uuid) -> Result<Option<FocalPoint>>;
    /// The pending requests that `focal_point` decides on, oldest first.
    fn requests_for(&self, focal_point: &FocalPoint) -> Result<Vec<Registration>>;
    /// Erases the registrations of the meetings whose last day was before `before`; returns how many.
    fn erase_registrations_ended_before(&self, before: chrono::NaiveDate) -> Result<u32>;
    /// A decision made on the site (a registrant's cancellation, a focal point's approval), under `by`.
    fn decide(&self, input: &DecisionInput, by: &str) -> Result<Vec<Registration>>;
    /// Applies an organiser's push in one transaction (see `dais_core::Store::apply_push`).
    fn push(&self, organiser: &Grant, request: &PushRequest) -> Result<PushResponse>;
    /// The changes after the request's cursor; `SiteRestored` if the organiser's workspace has had more from the site
    /// than the site remembers (it was put back from an earlier copy).
    fn pull(&self, organiser: &Grant, request: &PullRequest) -> Result<PullResponse>;
    /// Takes back a workspace's rows after `SiteRestored` (see `dais_core::Store::take_resent`).
    fn resend(&self, organiser: &Grant, request: &ResendRequest) -> Result<()>;
    /// Puts everything written into the data's own file, when the site stops: an administrator may then copy
    /// `site.dais` alone. False when a reader held part of it back (see `dais_core::storage::checkpoint`).
    fn checkpoint(&self) -> Result<bool>;
}

/// One writer (SQLite takes one at a time), and read-only handles for the public pages, each used by one request at a
/// time: with WAL, a reader sees the last commit and never waits behind a push being applied.
pub struct SqliteStorage {
    store: Mutex<Store>,
    path: PathBuf,
    /// Read handles not in use; a request takes one or opens one, and puts it back.
    readers: Mutex<Vec<Store>>,
    epoch: String,
}

impl SqliteStorage {
    pub fn open(path: &Path) -> Result<SqliteStorage> {
        let mut store = Store::open_site(path)?;
        let epoch = store.epoch()?;
        Ok(SqliteStorage { store: Mutex::new(store), path: path.to_path_buf(), readers: Mutex::default(), epoch })
    }

    /// The feed position a client's cursor names; `SiteRestored` for a cursor of another copy of the data.
    fn position(&self, cursor: Option<&str>) -> Result<Option<i64>> {
        match cursor.map(Cursor::parse) {
            None => Ok(None),
            Some(Some(cursor)) if cursor.epoch == self.epoch && cursor.seq >= 0 => Ok(Some(cursor.seq)),
            // A cursor of another copy of the data: this one replaced the data the workspace read.
            Some(Some(_)) => {
                Err(dais_core::Error::SiteRestored("its data is another copy than the one the workspace read".into()))
            }
            Some(None) => Err(dais_core::Error::Rejected("a malformed cursor".into())),
        }
    }

    /// Runs `f` on a read handle.
    fn read<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let idle = self.readers.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let reader = match idle {
            Some(reader) => reader,
            None => Store::open_reader(&self.path)?,
        };
        let out = f(&reader);
        self.readers.lock().unwrap_or_else(|e| e.into_inner()).push(reader);
        out
    }

    /// A site without meetings gets the demo, published as its first version.
    pub fn create_demo_if_empty(&self) -> Result<()> {
        let mut store = self.store();
        if store.meetings()?.is_empty() {
            let id = dais_core::seed::create_demo(&mut store)?;
            store.publish(id, "the demo", None, chrono::Utc::now())?;
        }
        Ok(())
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        // A panic while holding the lock leaves SQLite consistent (the transaction rolled back), so go on.
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A record that may be gone: `None` then.
fn found<T>(read: Result<T>) -> Result<Option<T>> {
    match read {
        Ok(r) => Ok(Some(r)),
        Err(dais_core::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A token limited to some meetings publishes only those.
fn covers(organiser: &Grant, meeting: Uuid) -> Result<()> {
    if organiser.meetings.allows(meeting) {
        return Ok(());
    }
    Err(dais_core::Error::Rejected(format!("this token may not publish the meeting {meeting}")))
}

impl Storage for SqliteStorage {
    fn published(&self, event_id: Uuid) -> Result<Option<Publication>> {
        self.read(|s| s.published(event_id))
    }

    fn published_meetings(&self, lang: Lang) -> Result<Vec<Event>> {
        self.read(|s| s.published_meetings(lang))
    }

    fn versions(&self, event_id: Uuid) -> Result<Vec<Publication>> {
        self.read(|s| s.versions(event_id))
    }

    fn publish(&self, organiser: &Grant, meeting: Uuid, expected: Option<&str>) -> Result<Published> {
        covers(organiser, meeting)?;
        self.store().publish(meeting, organiser.name(), expected, chrono::Utc::now())
    }

    fn withdraw(&self, organiser: &Grant, meeting: Uuid) -> Result<bool> {
        covers(organiser, meeting)?;
        self.store().withdraw(meeting, organiser.name(), chrono::Utc::now())
    }

    fn publications_after(&self, organiser: &Grant, seq: i64, editions: &[String]) -> Result<Vec<SentPublication>> {
        self.read(|s| s.publications_after(seq, &organiser.meetings, editions))
    }

    fn register(&self, registration: Registration) -> Result<Registered> {
        self.store().register(registration).map(|(registration, created)| Registered { registration, created })
    }

    fn places(&self, event_id: Uuid) -> Result<Option<Places>> {
        self.read(|s| s.places(event_id))
    }

    fn registrations_changed_after(&self, after: i64, limit: u32) -> Result<Vec<(i64, Registration)>> {
        self.read(|s| s.registrations_changed_after(after, limit))
    }

    fn last_change(&self) -> Result<i64> {
        self.read(Store::feed_end)
    }

    fn meeting_for_mail(&self, event_id: Uuid) -> Result<(Event, Vec<Entry>)> {
        self.read(|s| Ok((s.get(event_id)?, s.entries(event_id)?)))
    }

    fn event(&self, event_id: Uuid) -> Result<Event> {
        self.read(|s| s.get(event_id))
    }

    fn translations(&self, event_id: Uuid) -> Result<Vec<Translation>> {
        self.read(|s| s.translations(event_id))
    }

    fn registration(&self, id: Uuid) -> Result<Option<Registration>> {
        found(self.read(|s| s.get::<Registration>(id)))
    }

    fn focal_point_for(&self, registration: &Registration) -> Result<Option<FocalPoint>> {
        self.read(|s| s.focal_point_for(registration))
    }

    fn focal_point(&self, id: Uuid) -> Result<Option<FocalPoint>> {
        found(self.read(|s| s.get::<FocalPoint>(id)))
    }

    fn requests_for(&self, focal_point: &FocalPoint) -> Result<Vec<Registration>> {
        self.read(|s| {
            let pending = s.list::<Registration>(
                "event_id = ?1 AND country = ?2 AND status = 'pending' ORDER BY submitted_at",
                &[&focal_point.event_id.to_string(), &focal_point.country],
            )?;
            let mut theirs = Vec::new();
            for r in pending {
                if s.focal_point_for(&r)?.is_some_and(|f| f.id == focal_point.id) {
                    theirs.push(r);
                }
            }
            Ok(theirs)
        })
    }

    fn note_mail(&self, id: Uuid, note: MailNote) -> Result<()> {
        self.store().note_mail(id, note)
    }

    fn erase_registrations_ended_before(&self, before: chrono::NaiveDate) -> Result<u32> {
        self.store().erase_registrations_ended_before(before)
    }

    fn decide(&self, input: &DecisionInput, by: &str) -> Result<Vec<Registration>> {
        self.store().decide(input, by, chrono::Utc::now())
    }

    fn push(&self, organiser: &Grant, request: &PushRequest) -> Result<PushResponse> {
        let Grant { organiser, meetings, shown_as } = organiser;
        let read = self.position(request.cursor.as_deref())?;
        let mut store = self.store();
        if read.is_some() {
            store.check_history(&request.client_id, organiser, 0, read)?;
        }
        if let Some(name) = shown_as {
            store.name_client(&request.client_id, organiser, name)?;
        }
        let (last, refused) =
            store.apply_push(&request.client_id, organiser, meetings, &request.mutations, MAX_AHEAD_MILLIS)?;
        Ok(PushResponse { last_mutation_id: last, refused })
    }

    fn pull(&self, organiser: &Grant, request: &PullRequest) -> Result<PullResponse> {
        let Grant { organiser, meetings, .. } = organiser;
        let after = self.position(request.cursor.as_deref())?;
        let mut store = self.store();
        let sent = store.check_history(&request.client_id, organiser, request.acknowledged, after)?;
        let page = store.changes_since(after.unwrap_or(0), request.limit.clamp(1, MAX_PAGE) as usize, meetings)?;
        if page.last > sent {
            store.sent(&request.client_id, organiser, page.last)?;
        }
        Ok(PullResponse {
            tables: page.tables,
            conflicts: page.conflicts,
            erased: page.erased,
            cursor: Cursor { epoch: &self.epoch, seq: page.last }.to_string(),
            has_more: page.has_more,
            clock: page.clock,
        })
    }

    fn resend(&self, organiser: &Grant, request: &ResendRequest) -> Result<()> {
        let Grant { organiser, meetings, shown_as } = organiser;
        if let Some(name) = shown_as {
            self.store().name_client(&request.client_id, organiser, name)?;
        }
        let resent = dais_core::replica::Resent {
            erased: &request.erased,
            tables: &request.tables,
            conflicts: &request.conflicts,
            acknowledged: request.acknowledged,
        };
        self.store().take_resent(&request.client_id, organiser, meetings, resent, MAX_AHEAD_MILLIS)
    }

    fn checkpoint(&self) -> Result<bool> {
        // The idle read handles close first: the last handle to close, the writer, then removes the WAL too.
        self.readers.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.store().checkpoint()
    }
}
