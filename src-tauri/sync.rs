//! Sync with the event site (crates/sync), off the window's thread: one at a time, on demand (the site and
//! publication commands) and every three minutes in the background while a site is set. Each sync tells the window
//! where things stand (`sync-status`) and how far it got (`sync-progress`). Between syncs, a background thread looks
//! for writes by other programs on the workspace. When the app closes (`stop`), both end and a sync in progress gets a
//! moment to finish.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};
use uuid::Uuid;

use chrono::{DateTime, Utc};
use dais_core::{ErrorBody, FieldErrorBody, Store, t};
use dais_sync::{Progress, SyncError, SyncReport};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use ts_rs::TS;

use crate::workspace::{Reply, Workspace, internal};

/// How often the background sync runs while a site is set.
const SYNC_EVERY: Duration = Duration::from_secs(180);
/// The first background sync, shortly after start.
const FIRST_SYNC_AFTER: Duration = Duration::from_secs(2);
/// Events the window listens to.
const STATUS_EVENT: &str = "sync-status";
const PROGRESS_EVENT: &str = "sync-progress";

/// A sync error as it crosses to the UI: the sync crate's code and message; a bad address is the `url` field's.
pub(crate) fn sync_error(e: SyncError) -> ErrorBody {
    let lang = crate::language::shown();
    match e {
        SyncError::Local(e) => e.body(lang),
        SyncError::BadUrl(_) => {
            let message = e.say(lang);
            ErrorBody {
                code: e.code().to_string(),
                message: message.clone(),
                fields: vec![FieldErrorBody { field: "url".into(), message }],
            }
        }
        e => ErrorBody { code: e.code().to_string(), message: e.say(lang), fields: Vec::new() },
    }
}

/// What one sync did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SyncOutcome {
    /// Changes sent to the site.
    pub pushed: usize,
    /// Rows received from the site.
    pub pulled: usize,
    /// Values that lost to a concurrent edit, received in this sync.
    pub conflicts: usize,
    /// The site had other data: everything was reloaded.
    pub reset: bool,
    pub finished_at: DateTime<Utc>,
}

impl From<dais_sync::SyncReport> for SyncOutcome {
    fn from(r: dais_sync::SyncReport) -> Self {
        SyncOutcome {
            pushed: r.pushed,
            pulled: r.pulled,
            conflicts: r.conflicts,
            reset: r.reset,
            finished_at: Utc::now(),
        }
    }
}

/// Where the workspace stands with its event site.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// None until a site is set in the settings.
    pub site_url: Option<String>,
    /// Changes made here that the site has not acknowledged yet.
    #[ts(type = "number")]
    pub waiting: i64,
    /// Conflicts whose winning value still stands.
    pub open_conflicts: usize,
    /// Meetings kept on this computer: none of their changes is waiting for the site, nor synced.
    pub local_meetings: Vec<Uuid>,
    /// A sync is running.
    pub syncing: bool,
    /// The end of the last sync that succeeded, since the app started.
    pub last_sync: Option<DateTime<Utc>>,
    /// Why the last sync failed (`offline`, `unauthorized`, ...), until one succeeds.
    pub last_error: Option<ErrorBody>,
}

/// What the app knows of its syncs; one runs at a time.
#[derive(Default)]
pub(crate) struct Syncing {
    gate: Mutex<()>,
    info: Mutex<SyncInfo>,
    /// Wakes the background sync (a site was just set); dropped to end it.
    wake: Mutex<Option<mpsc::Sender<()>>>,
    /// The app is closing: no sync starts any more.
    stopping: AtomicBool,
}

#[derive(Default, Clone)]
pub(crate) struct SyncInfo {
    running: bool,
    last_sync: Option<DateTime<Utc>>,
    pub(crate) last_error: Option<ErrorBody>,
}

impl Syncing {
    pub(crate) fn info(&self) -> MutexGuard<'_, SyncInfo> {
        self.info.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn wake(&self) {
        if let Some(tx) = self.wake.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            let _ = tx.send(());
        }
    }

    /// The turn of one sync, unless the app is closing.
    fn begin(&self) -> Option<MutexGuard<'_, ()>> {
        let gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        (!self.stopping.load(Ordering::SeqCst)).then_some(gate)
    }

    /// The app is closing: no sync starts any more, the background threads end, and a sync in progress has up to
    /// `within` to finish. False if it was still running then.
    fn stop(&self, within: Duration) -> bool {
        self.stopping.store(true, Ordering::SeqCst);
        self.wake.lock().unwrap_or_else(|p| p.into_inner()).take();
        let deadline = Instant::now() + within;
        loop {
            match self.gate.try_lock() {
                Ok(_) | Err(TryLockError::Poisoned(_)) => return true,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                Err(TryLockError::WouldBlock) => return false,
            }
        }
    }
}

/// How long closing the app waits for a sync in progress.
const EXIT_WAIT: Duration = Duration::from_secs(5);

/// The app is closing (its window closed): the background sync and the watch for other programs' writes end, a sync
/// in progress gets `EXIT_WAIT` to finish, and the workspace's WAL goes into its file, which alone then holds the whole
/// workspace. A sync that outlasts the wait ends with the app, which is safe: it writes each page in transactions, the
/// cursor moving with the last, so the next sync takes the page up again.
pub(crate) fn stop(app: &AppHandle) {
    if !app.state::<Syncing>().stop(EXIT_WAIT) {
        eprintln!("dais: a sync was still running at exit; the next one takes it up");
    }
    if let Some(ws) = app.try_state::<Workspace>() {
        match ws.lock().checkpoint() {
            Ok(true) => {}
            Ok(false) => eprintln!("dais: another program is reading the workspace: part of it stays in its -wal file"),
            Err(e) => eprintln!("dais: the workspace's WAL could not be put into its file: {e}"),
        }
    }
}

pub(crate) fn status_of(ws: &Workspace, syncing: &Syncing) -> Reply<SyncStatus> {
    let (site_url, waiting, open_conflicts, local_meetings) = ws.with(|s| {
        let open = s.conflicts()?.iter().filter(|c| c.open).count();
        Ok((s.site_url()?, s.pending_count()?, open, s.local_meetings()?))
    })?;
    let info = syncing.info().clone();
    Ok(SyncStatus {
        site_url,
        waiting,
        open_conflicts,
        local_meetings,
        syncing: info.running,
        last_sync: info.last_sync,
        last_error: info.last_error,
    })
}

/// Tells the window where things stand (it shows the status bar from it).
pub(crate) fn announce(app: &AppHandle) {
    if let Ok(status) = status_of(&app.state::<Workspace>(), &app.state::<Syncing>()) {
        let _ = app.emit(STATUS_EVENT, status);
    }
}

/// One sync of the workspace with its site: blocking, so run it off the UI thread. The workspace is locked only for
/// local steps: the organiser goes on editing meanwhile.
pub(crate) fn run_sync(app: &AppHandle) -> Reply<SyncOutcome> {
    with_site(app, |store, site, progress| dais_sync::sync(store, site, progress).map(|r| (r, ())))
        .map(|(report, ())| SyncOutcome::from(report))
}

/// The workspace's event site, or why there is none.
pub(crate) fn site_of(ws: &Workspace) -> Reply<dais_sync::Site> {
    dais_sync::settings::site(&ws.lock()).map_err(sync_error)?.ok_or_else(no_site)
}

/// The workspace syncs with no event site yet.
pub(crate) fn no_site() -> ErrorBody {
    ErrorBody { code: "no_site".into(), message: t!(crate::language::shown(), "error-app-no-site"), fields: Vec::new() }
}

/// Runs a sync step with the event site (one at a time), its progress sent to the window and its outcome kept for
/// the status line.
pub(crate) fn with_site<T>(
    app: &AppHandle,
    step: impl FnOnce(&Mutex<Store>, &dais_sync::Site, &mut dyn FnMut(Progress)) -> Result<(SyncReport, T), SyncError>,
) -> Reply<(SyncReport, T)> {
    let ws = app.state::<Workspace>();
    let syncing = app.state::<Syncing>();
    let Some(_one_at_a_time) = syncing.begin() else {
        let message = t!(crate::language::shown(), "error-app-closing");
        return Err(ErrorBody { code: "closing".into(), message, fields: Vec::new() });
    };
    syncing.info().running = true;
    announce(app);
    let result = site_of(&ws).and_then(|site| {
        step(&ws.store, &site, &mut |progress| {
            let _ = app.emit(PROGRESS_EVENT, progress);
            // Each page applied: the views follow at once, not at the end of a long first pull.
            ws.announce_changes();
        })
        .map_err(sync_error)
    });
    {
        let mut info = syncing.info();
        info.running = false;
        match &result {
            Ok((report, _)) => {
                info.last_sync = Some(Utc::now());
                // A change the site refused is shown until the next sync: the organiser's value did not go out.
                info.last_error = report.refused_error().map(sync_error);
            }
            Err(e) => info.last_error = Some(e.clone()),
        }
    }
    announce(app);
    result
}

/// Runs `f` on a blocking thread: commands that wait for the network, the keychain or the workspace never hold the
/// window's thread.
pub(crate) async fn off_thread<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppHandle) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app)).await.map_err(|e| internal(e.to_string()))?
}

/// How often the window looks for writes by another program on the workspace (the CLI, a script).
const LOOK_FOR_WRITES_EVERY: Duration = Duration::from_secs(1);

/// Syncs every few minutes while a site is set, and at once when one is saved. Failures (offline included) only
/// change the status; nothing here can stop the app. Between syncs, writes by other programs are looked for, so
/// that the views follow them too.
pub(crate) fn start_background_sync(app: AppHandle) {
    let watcher = app.clone();
    let watching = std::thread::Builder::new().name("dais-writes".into()).spawn(move || {
        loop {
            std::thread::sleep(LOOK_FOR_WRITES_EVERY);
            if watcher.state::<Syncing>().stopping.load(Ordering::SeqCst) {
                return;
            }
            let ws = watcher.state::<Workspace>();
            if matches!(ws.lock().notice_writes_elsewhere(), Ok(true)) {
                ws.announce_changes();
            }
        }
    });
    if let Err(e) = watching {
        eprintln!("dais: writes by other programs will not be shown until a restart: {e}");
    }
    let (tx, rx) = mpsc::channel::<()>();
    *app.state::<Syncing>().wake.lock().unwrap_or_else(|p| p.into_inner()) = Some(tx);
    let spawned = std::thread::Builder::new().name("dais-sync".into()).spawn(move || {
        let mut wait = FIRST_SYNC_AFTER;
        loop {
            // Disconnected: the app is closing (`Syncing::stop`).
            if let Err(mpsc::RecvTimeoutError::Disconnected) = rx.recv_timeout(wait) {
                return;
            }
            wait = SYNC_EVERY;
            let has_site = matches!(app.state::<Workspace>().with(|s| s.site_url()), Ok(Some(_)));
            if has_site {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_sync(&app)));
            }
        }
    });
    if let Err(e) = spawned {
        eprintln!("dais: the background sync could not start: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_errors_cross_with_their_code_and_a_bad_address_at_its_field() {
        let offline = sync_error(SyncError::Offline { url: "http://127.0.0.1:9/".into(), reason: "refused".into() });
        assert_eq!(offline.code, "offline");
        assert!(offline.message.contains("cannot be reached"), "{}", offline.message);
        assert!(offline.fields.is_empty());

        let bad = sync_error(SyncError::BadUrl("events.example.org".into()));
        assert_eq!(bad.code, "invalid");
        assert_eq!(bad.fields.len(), 1);
        assert_eq!(bad.fields[0].field, "url");

        let local = sync_error(SyncError::Local(dais_core::Error::DiskFull));
        assert_eq!(local.code, "disk_full");
        assert_eq!(sync_error(SyncError::Unauthorized).code, "unauthorized");
    }

    #[test]
    fn closing_waits_for_the_sync_in_progress_no_longer_than_told_and_starts_none_after() {
        let syncing = std::sync::Arc::new(Syncing::default());
        let (tx, background) = mpsc::channel();
        *syncing.wake.lock().unwrap() = Some(tx);
        let (began, started) = mpsc::channel();
        let running = std::sync::Arc::clone(&syncing);
        let sync = std::thread::spawn(move || {
            let _turn = running.begin().unwrap();
            began.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(300));
        });
        started.recv().unwrap();
        let closing = Instant::now();
        assert!(syncing.stop(Duration::from_secs(30)));
        assert!(closing.elapsed() >= Duration::from_millis(200), "waited for the sync");
        assert_eq!(background.recv_timeout(Duration::ZERO), Err(mpsc::RecvTimeoutError::Disconnected));
        assert!(syncing.begin().is_none(), "no sync starts once the app is closing");
        sync.join().unwrap();

        let stuck = Syncing::default();
        let _turn = stuck.begin().unwrap();
        let closing = Instant::now();
        assert!(!stuck.stop(Duration::from_millis(100)));
        assert!(closing.elapsed() < Duration::from_secs(5), "the app closes anyway");
    }

    #[test]
    fn a_sync_report_becomes_an_outcome() {
        let report = dais_sync::SyncReport { pushed: 3, pulled: 5, conflicts: 1, reset: false, refused: Vec::new() };
        let outcome = SyncOutcome::from(report);
        assert_eq!((outcome.pushed, outcome.pulled, outcome.conflicts, outcome.reset), (3, 5, 1, false));
    }
}
