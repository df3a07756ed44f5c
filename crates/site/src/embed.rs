//! The meeting's programme, speakers and registration form inside another website's pages (docs/website.md).
//!
//! A host page loads `/embed.js` and places `<dais-programme meeting="…">` (or `dais-speakers`, `dais-registration`).
//! The script reads the part's markup from `/events/{id}/embed/{part}` and draws it in the element's shadow root, so
//! that the host's styles and the site's leave each other alone; the form is a frame of the site's own form page
//! (`?embed=1`), sized to its content, since it posts, and its protection against forgery is the site's.
//!
//! Who may embed: the settings' origins (`EmbedSettings`). The markup answers any origin when none are listed (the
//! programme and speakers are public, as the feeds are), else only those; the form may be framed by those only.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, Request, State};
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ETAG, IF_NONE_MATCH, ORIGIN,
    VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dais_wire::embed::Embed;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::AppState;
use crate::links::{is_site_path, rewrite_links};
use crate::settings::{EmbedOrigins, Settings};
use crate::site_url::SiteUrl;
use crate::web::{CONTENT_POLICY, SiteError, Visitor, ZoneQuery, public_headers};

pub fn routes() -> Router<AppState> {
    public_headers(Router::new().route("/events/{id}/embed/{part}", get(part)))
}

/// A part's markup for the script: its links made absolute (the host page's address would otherwise resolve them),
/// revalidated by its ETag on each page view and kept a minute by shared caches.
async fn part(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, part)): Path<(String, String)>,
    Query(zone): Query<ZoneQuery>,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let (Ok(id), Some(part)) = (id.parse::<Uuid>(), Embed::parse(&part)) else { return Err(SiteError::NotFound) };
    let allowed = allowed_origin(&state.settings, id, &headers);
    let html = match part {
        Embed::Programme => crate::pages::programme_part(&state, id, &visitor, zone.zone).await?,
        Embed::Speakers => crate::pages::speakers_part(&state, id, &visitor).await?,
        Embed::Registration => crate::pages::registration_part(&state, id, &visitor).await?,
    };
    let site = SiteUrl::of(state.public_url.as_deref(), &headers).base;
    let html = rewrite_links(&html, |link| is_site_path(link).then(|| format!("{site}{link}")))
        .map_err(|e| SiteError::Internal(format!("the embed's links: {e}")))?;
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(html.as_bytes())[..16]));
    let unchanged = headers.get(IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes());
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
    };
    let headers = response.headers_mut();
    headers.insert(ETAG, HeaderValue::from_str(&etag).expect("hex is ASCII"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    headers.append(VARY, HeaderValue::from_static("Origin"));
    if let Some(origin) = allowed {
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
    Ok(response)
}

/// Whom the browser may hand a part's markup to: anyone when the settings list no origin, else the origin asking if
/// it is listed.
fn allowed_origin(settings: &Settings, meeting: Uuid, headers: &HeaderMap) -> Option<HeaderValue> {
    match settings.embed.origins_for(meeting) {
        EmbedOrigins::Unlisted => Some(HeaderValue::from_static("*")),
        EmbedOrigins::Only(origins) => {
            let asking = headers.get(ORIGIN)?;
            origins.iter().any(|o| o.as_bytes() == asking.as_bytes()).then(|| asking.clone())
        }
    }
}

/// The form in another website's frame (`?embed=1`): the policy of every public page, with the origins allowed to
/// embed the meeting as the frame's ancestors, instead of none. Each of the form's pages, refusals included.
pub(crate) async fn allow_framing(State(settings): State<Arc<Settings>>, request: Request, next: Next) -> Response {
    let embedded = request.extensions().get::<Visitor>().is_some_and(|v| v.embedded);
    let meeting = request.uri().path().strip_prefix("/events/").and_then(|rest| rest.split('/').next()?.parse().ok());
    let mut response = next.run(request).await;
    if let (true, Some(meeting)) = (embedded, meeting) {
        let ancestors = match settings.embed.origins_for(meeting) {
            EmbedOrigins::Unlisted => "'none'".to_string(),
            EmbedOrigins::Only(origins) => origins.join(" "),
        };
        if let Ok(policy) = HeaderValue::from_str(&format!("{CONTENT_POLICY} frame-ancestors {ancestors}")) {
            response.headers_mut().insert(CONTENT_SECURITY_POLICY, policy);
        }
    }
    response
}
