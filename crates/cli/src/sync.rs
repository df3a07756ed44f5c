//! The event site this workspace syncs with: `dais site`, `dais sync`, `dais share`, `dais status`, and the values
//! that lost to another organiser's edit (`dais conflicts`, `dais restore`).

use std::path::Path;

use dais_core::{Error, Store};
use serde_json::json;
use uuid::Uuid;

use crate::args::EventArg;
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::{meeting, open};

pub fn site(path: &Path, url: String, token: String, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let place = dais_sync::settings::save(&mut store, &url, &token)?;
    let kept = match place {
        dais_sync::settings::TokenPlace::Keychain => "the OS keychain".to_string(),
        dais_sync::settings::TokenPlace::File => format!("{}.token (no keychain here)", path.display()),
    };
    out.show(&json!({ "url": url, "token": place }), || format!("Site {url}; the token is kept in {kept}"))
}

pub fn sync_now(path: &Path, out: &Out) -> Result<(), Failure> {
    let report = sync(open(path)?)?;
    out.show(&report, || text::sync_report(&report))?;
    refused(&report)
}

pub fn share(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let shared = store.share(event.id)?;
    out.show(&json!({ "event_id": event.id, "shared": shared }), || match shared {
        true => format!("Shared {}: it goes to the event site at the next sync", event.short_title),
        false => format!("{} is shared already", event.short_title),
    })
}

pub fn status(path: &Path, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let status = json!({ "site": store.site_url()?, "waiting": store.pending_count()? });
    out.show(&status, || text::status(&status))
}

pub fn conflicts(path: &Path, all: bool, out: &Out) -> Result<(), Failure> {
    let conflicts: Vec<_> = open(path)?.conflicts()?.into_iter().filter(|c| all || c.open).collect();
    out.show(&conflicts, || text::conflicts(&conflicts))
}

pub fn restore(path: &Path, id: Uuid, out: &Out) -> Result<(), Failure> {
    open(path)?.restore(id)?;
    out.show(&json!({ "restored": id }), || "Restored; it reaches the others at the next sync".into())
}

/// One sync. Offline is not a failure of the data: the message says how many changes wait.
fn sync(store: Store) -> Result<dais_sync::SyncReport, Failure> {
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let store = std::sync::Mutex::new(store);
    match dais_sync::sync(&store, &site, &mut |_| {}) {
        Ok(report) => Ok(report),
        Err(dais_sync::SyncError::Offline { url, reason }) => {
            let waiting = store.lock().map_err(|_| Error::Corrupt("lock".into()))?.pending_count()?;
            Err(Failure::Sync(dais_sync::SyncError::Offline {
                url,
                reason: format!("{reason}; {waiting} changes waiting"),
            }))
        }
        Err(e) => Err(e.into()),
    }
}

/// A sync that went through, but with changes the site refused: a failure for scripts (exit 8), each one named.
pub fn refused(report: &dais_sync::SyncReport) -> Result<(), Failure> {
    report.refused_error().map_or(Ok(()), |e| Err(e.into()))
}
