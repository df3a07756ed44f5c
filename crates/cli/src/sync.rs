//! The event site this workspace syncs with: `dais site`, `dais sync`, `dais share`, `dais status`, and the values
//! that lost to another organiser's edit (`dais conflicts`, `dais restore`).

use std::path::Path;

use dais_core::{Error, Store, t};
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
    out.show(&json!({ "url": url, "token": place }), || match place {
        dais_sync::settings::TokenPlace::Keychain => t!(out.lang, "cli-site-keychain", url = &url),
        dais_sync::settings::TokenPlace::File => {
            t!(out.lang, "cli-site-token-file", url = &url, file = format!("{}.token", path.display()))
        }
    })
}

pub fn sync_now(path: &Path, out: &Out) -> Result<(), Failure> {
    let report = sync(open(path)?)?;
    out.show(&report, || text::sync_report(out.lang, &report))?;
    refused(&report)
}

pub fn share(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let shared = store.share(event.id)?;
    out.show(&json!({ "event_id": event.id, "shared": shared }), || match shared {
        true => t!(out.lang, "cli-shared", meeting = &event.short_title),
        false => t!(out.lang, "cli-shared-already", meeting = &event.short_title),
    })
}

pub fn status(path: &Path, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let status = json!({ "site": store.site_url()?, "waiting": store.pending_count()? });
    out.show(&status, || text::status(out.lang, &status))
}

pub fn conflicts(path: &Path, all: bool, out: &Out) -> Result<(), Failure> {
    let conflicts: Vec<_> = open(path)?.conflicts()?.into_iter().filter(|c| all || c.open).collect();
    out.show(&conflicts, || text::conflicts(out.lang, &conflicts))
}

pub fn restore(path: &Path, id: Uuid, out: &Out) -> Result<(), Failure> {
    open(path)?.restore(id)?;
    out.show(&json!({ "restored": id }), || t!(out.lang, "cli-restored"))
}

/// One sync. Offline is not a failure of the data: the message says how many changes wait.
fn sync(store: Store) -> Result<dais_sync::SyncReport, Failure> {
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let store = std::sync::Mutex::new(store);
    match dais_sync::sync(&store, &site, &mut |_| {}) {
        Ok(report) => Ok(report),
        Err(dais_sync::SyncError::Offline { url, reason }) => {
            let waiting = store.lock().map_err(|_| Error::Corrupt("lock".into()))?.pending_count()?;
            Err(Failure::Offline { url, reason, waiting })
        }
        Err(e) => Err(e.into()),
    }
}

/// A sync that went through, but with changes the site refused: a failure for scripts (exit 8), each one named.
pub fn refused(report: &dais_sync::SyncReport) -> Result<(), Failure> {
    report.refused_error().map_or(Ok(()), |e| Err(e.into()))
}
