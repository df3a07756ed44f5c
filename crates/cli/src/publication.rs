//! What the public sees of a meeting: `dais preview` of the next publication, `dais publish`, `dais unpublish`, the
//! `dais versions` published so far, and where each entry stands against them (`dais published`).

use std::path::Path;

use dais_core::t;
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
    let preview = store.preview(event.id, out.lang)?;
    out.show(&preview, || text::preview(out.lang, &preview))
}

pub fn publish(path: &Path, event: EventArg, digest: Option<String>, yes: bool, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let preview = store.preview(event.id, out.lang)?;
    if !preview.errors.is_empty() {
        return Err(Failure::Invalid(preview.errors));
    }
    if !preview.warnings.is_empty() && !yes {
        return Err(Failure::Unconfirmed(preview.warnings.iter().map(|w| w.say(out.lang)).collect()));
    }
    let url = store.site_url()?.ok_or(Failure::NoSite)?;
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let store = std::sync::Mutex::new(store);
    let (report, published) = dais_sync::publish(&store, &site, event.id, digest.as_deref(), &mut |_| {})?;
    let page = dais_sync::programme_url(&url, event.id);
    out.show(&json!({ "sync": report, "published": published, "programme": page }), || {
        let what = match published.unchanged {
            true => t!(out.lang, "cli-publish-unchanged", version = published.version, page = &page),
            false => t!(out.lang, "cli-published", version = published.version, page = &page),
        };
        format!("{}\n{what}", text::sync_report(out.lang, &report))
    })?;
    refused(&report)
}

pub fn unpublish(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let withdrawn = dais_sync::withdraw(&std::sync::Mutex::new(store), &site, event.id)?;
    out.show(&json!({ "event_id": event.id, "withdrawn": withdrawn }), || match withdrawn {
        true => t!(out.lang, "cli-withdrawn", meeting = &event.short_title),
        false => t!(out.lang, "cli-not-withdrawn", meeting = &event.short_title),
    })
}

pub fn versions(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let versions = store.versions(event.id)?;
    out.show(&versions, || text::versions(out.lang, &versions, &event))
}

pub fn published(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let publication = store.programme_publication(event.id)?;
    let programme = store.programme(event.id, None)?;
    out.show(&publication, || text::published(out.lang, &event, &programme, &publication))
}
