//! What of a meeting goes to the event site and the public (the publish dialog and the programme's marks): sharing
//! it, the preview, publishing and withdrawing, and which version each entry was published in.

use dais_core::publication::{Preview, ProgrammePublication, Publication, Published};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;
use uuid::Uuid;

use crate::sync::{SyncOutcome, Syncing, announce, no_site, off_thread, site_of, sync_error, with_site};
use crate::workspace::{Reply, Workspace};

/// A publication: the sync before it, the version made, and where the public programme is.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PublishOutcome {
    pub sync: SyncOutcome,
    pub published: Published,
    pub programme_url: String,
}

/// What publishing the meeting would make public, against the version the public sees.
#[tauri::command]
pub(crate) async fn preview(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Preview> {
    ws.run(move |s| s.preview(event_id, crate::language::shown())).await
}

/// Publishes the meeting as its next version, if the site holds what the organiser previewed (`digest`).
#[tauri::command]
pub(crate) async fn publish(app: AppHandle, event_id: Uuid, digest: String) -> Reply<PublishOutcome> {
    let site = app.state::<Workspace>().run(|s| s.site_url()).await?;
    let (report, published) = off_thread(app, move |app| {
        with_site(app, |store, site, progress| dais_sync::publish(store, site, event_id, Some(&digest), progress))
    })
    .await?;
    Ok(PublishOutcome {
        sync: report.into(),
        published,
        programme_url: dais_sync::programme_url(&site.unwrap_or_default(), event_id),
    })
}

/// Takes the meeting off the public site until the next publication.
#[tauri::command]
pub(crate) async fn unpublish(app: AppHandle, event_id: Uuid) -> Reply<bool> {
    off_thread(app, move |app| {
        let ws = app.state::<Workspace>();
        let withdrawn = dais_sync::withdraw(&ws.store, &site_of(&ws)?, event_id).map_err(sync_error)?;
        ws.announce_changes();
        Ok(withdrawn)
    })
    .await
}

/// Shares a meeting kept on this laptop with the event site: the next sync sends it.
#[tauri::command]
pub(crate) async fn share_meeting(app: AppHandle, event_id: Uuid) -> Reply<bool> {
    off_thread(app, move |app| {
        let shared = app.state::<Workspace>().with(|s| s.share(event_id))?;
        announce(app);
        app.state::<Syncing>().wake();
        Ok(shared)
    })
    .await
}

/// Which version each entry of the meeting was last published in, and which changed since.
#[tauri::command]
pub(crate) async fn programme_publication(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<ProgrammePublication> {
    ws.run(move |s| s.programme_publication(event_id)).await
}

/// The meeting's publications this workspace knows of, newest first.
#[tauri::command]
pub(crate) async fn versions(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<Publication>> {
    ws.run(move |s| s.versions(event_id)).await
}

/// A part of the meeting another website can show, and the HTML that shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EmbedSnippet {
    /// `programme`, `speakers` or `registration`.
    pub part: String,
    pub code: String,
}

/// The snippets that show the meeting inside a page of the organisation's website (`dais embed`).
#[tauri::command]
pub(crate) async fn embed_snippets(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<EmbedSnippet>> {
    let lang = crate::language::shown();
    let (event, site) = ws.run(move |s| Ok((s.get::<dais_core::Event>(event_id)?, s.site_url()?))).await?;
    let site = site.ok_or_else(no_site)?;
    Ok(dais_wire::embed::snippets(&site, event_id, &event.short_title, lang)
        .into_iter()
        .map(|(part, code)| EmbedSnippet { part: part.name().into(), code })
        .collect())
}
