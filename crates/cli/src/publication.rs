//! What the public sees of a meeting: `dais preview` of the next publication, `dais publish`, `dais unpublish`, the
//! `dais versions` published so far, and where each entry stands against them (`dais published`); the meeting on
//! the organisation's own website (`dais embed`, `dais site-files`).

use std::path::Path;

use dais_core::t;
use dais_wire::embed::Embed;
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

pub fn embed(path: &Path, event: EventArg, part: Option<Embed>, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let site = store.site_url()?.ok_or(Failure::NoSite)?;
    let snippets: Vec<(Embed, String)> = dais_wire::embed::snippets(&site, event.id, &event.short_title, out.lang)
        .into_iter()
        .filter(|(embed, _)| part.is_none_or(|p| p == *embed))
        .collect();
    let listed: Vec<_> = snippets.iter().map(|(embed, code)| json!({ "part": embed.name(), "code": code })).collect();
    out.show(&listed, || snippets.iter().map(|(_, code)| code.as_str()).collect::<Vec<_>>().join("\n\n"))
}

pub fn site_files(path: &Path, to: &Path, public_url: Option<String>, out: &Out) -> Result<(), Failure> {
    let site = open(path)?.site_url()?;
    let failed = |reason| dais_core::Error::Write { what: "site_files", reason };
    let public_url = public_url.map(|u| dais_site::site_url::check_public_url(&u)).transpose().map_err(failed)?;
    let options = dais_site::export::Options { public_url: public_url.or(site.clone()), live_site: site };
    let written = dais_site::export::export_workspace(path, to, options).map_err(dais_core::Error::from)?;
    let folder = to.display().to_string();
    out.show(&json!({ "folder": folder, "files": written.files, "bytes": written.bytes }), || {
        t!(out.lang, "cli-site-files", files = written.files, folder = folder.as_str())
    })
}
