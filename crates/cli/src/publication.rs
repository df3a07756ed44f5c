//! What the public sees of a meeting: `dais preview` of the next publication, `dais publish`, `dais unpublish`, the
//! `dais versions` published so far, and where each entry stands against them (`dais published`).

use std::path::Path;

use dais_core::Error;
use serde_json::json;

use crate::args::EventArg;
use crate::failure::Failure;
use crate::out::Out;
use crate::sync::refused;
use crate::text;
use crate::workspace::{meeting, open};

pub fn preview(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let preview = store.preview(event.id)?;
    out.show(&preview, || text::preview(&preview))
}

pub fn publish(path: &Path, event: EventArg, digest: Option<String>, yes: bool, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let preview = store.preview(event.id)?;
    if !preview.errors.is_empty() {
        return Err(Error::Invalid(preview.errors).into());
    }
    if !preview.warnings.is_empty() && !yes {
        return Err(Failure::Unconfirmed(preview.warnings.iter().map(|w| w.message().to_string()).collect()));
    }
    let url = store.site_url()?.ok_or(Failure::NoSite)?;
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let store = std::sync::Mutex::new(store);
    let (report, published) = dais_sync::publish(&store, &site, event.id, digest.as_deref(), &mut |_| {})?;
    let page = dais_sync::programme_url(&url, event.id);
    out.show(&json!({ "sync": report, "published": published, "programme": page }), || {
        let what = match published.unchanged {
            true => format!("Nothing changed: version {} stays public", published.version),
            false => format!("Published version {}", published.version),
        };
        format!("{}\n{what}: {page}", text::sync_report(&report))
    })?;
    refused(&report)
}

pub fn unpublish(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let withdrawn = dais_sync::withdraw(&std::sync::Mutex::new(store), &site, event.id)?;
    out.show(&json!({ "event_id": event.id, "withdrawn": withdrawn }), || match withdrawn {
        true => format!("{} is off the public site until the next publication", event.short_title),
        false => format!("{} was not on the public site", event.short_title),
    })
}

pub fn versions(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let versions = store.versions(event.id)?;
    out.show(&versions, || text::versions(&versions, &event))
}

pub fn published(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let publication = store.programme_publication(event.id)?;
    let programme = store.programme(event.id, None)?;
    out.show(&publication, || text::published(&event, &programme, &publication))
}
