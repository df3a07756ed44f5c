//! The web plumbing that every handler of the site's pages uses: errors shown as pages, rendering into the site's
//! frame, the event id and the viewer's zone from the request, loading from storage off the async threads, the
//! headers of public and of private pages, and the site's own stylesheet and script.

use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{FromRequestParts, Path};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY};
use axum::http::{HeaderName, HeaderValue, StatusCode, request::Parts};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use dais_core::rules::zone::{long_date, parse_zone, zoned};
use serde::Deserialize;
use tower_http::set_header::SetResponseHeaderLayer;
use uuid::Uuid;

use crate::public::{self, MeetingFacts, PublicMeeting};
use crate::{AppState, Storage};

/// The stylesheet and the script that every page loads, cached for an hour.
pub fn assets() -> Router<AppState> {
    let assets = Router::new()
        .route(
            "/static/site.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("../static/site.css")) }),
        )
        .route(
            "/static/zone.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("../static/zone.js")) }),
        );
    with_public_headers(assets)
}

/// Headers for every public response. The pages load nothing but this site's own stylesheet and script, so the
/// content security policy can forbid everything else: an injected `<script>` would not run even if escaping failed.
pub(crate) fn with_public_headers(router: Router<AppState>) -> Router<AppState> {
    const HEADERS: [(&str, &str); 4] = [
        (
            "content-security-policy",
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        // Short, so that a change the organisers publish shows within a minute; the form says no-store itself.
        ("cache-control", "public, max-age=60"),
    ];
    HEADERS.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ))
    })
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(CONTENT_TYPE, content_type), (CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// Why a public request failed, as the visitor is told.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("There is no such page on this site.")]
    NotFound,
    #[error("{0}")]
    BadRequest(String),
    /// The detail goes to the log, not to the visitor.
    #[error("The site cannot answer just now. Please try again in a moment.")]
    Internal(String),
}

impl SiteError {
    pub fn status(&self) -> StatusCode {
        match self {
            SiteError::NotFound => StatusCode::NOT_FOUND,
            SiteError::BadRequest(_) => StatusCode::BAD_REQUEST,
            SiteError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable, for the JSON API's clients to match on.
    pub fn code(&self) -> &'static str {
        match self {
            SiteError::NotFound => "not_found",
            SiteError::BadRequest(_) => "bad_request",
            SiteError::Internal(_) => "internal",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            SiteError::NotFound => "Page not found",
            SiteError::BadRequest(_) => "This request cannot be answered",
            SiteError::Internal(_) => "Something went wrong",
        }
    }

    pub(crate) fn log(&self) {
        if let SiteError::Internal(detail) = self {
            eprintln!("dais-site: {detail}");
        }
    }
}

impl From<dais_core::Error> for SiteError {
    fn from(e: dais_core::Error) -> Self {
        match e {
            dais_core::Error::NotFound { .. } => SiteError::NotFound,
            other => SiteError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for SiteError {
    fn into_response(self) -> Response {
        self.log();
        let page = MessagePage::new(self.title(), &self.to_string(), None);
        page.respond(self.status())
    }
}

/// A page with a heading, a message and a way on: errors, and the form's refusals.
#[derive(Template)]
#[template(path = "message.html")]
pub(crate) struct MessagePage {
    pub layout: Layout,
    pub heading: String,
    pub message: String,
    /// Where to go next, and what to call it.
    pub next: Option<(String, String)>,
    /// A button that posts to an address: what a link in a mail leads to, done only once the visitor says so
    /// (a mail scanner that opens links must not confirm or cancel anything).
    pub action: Option<(String, String)>,
}

impl MessagePage {
    pub fn new(heading: &str, message: &str, next: Option<(String, String)>) -> MessagePage {
        MessagePage {
            layout: Layout { title: heading.to_string(), nav: None },
            heading: heading.to_string(),
            message: message.to_string(),
            next,
            action: None,
        }
    }

    /// Not cached: an error or a refusal is about this one request.
    pub fn respond(&self, status: StatusCode) -> Response {
        let mut response = render(self).into_response();
        *response.status_mut() = status;
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
}

/// Not cached, not indexed, and never sent on as a referrer: a page whose address holds a secret (a link from a mail).
pub(crate) fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(HeaderName::from_static("x-robots-tag"), HeaderValue::from_static("noindex, nofollow"));
    response
}

/// Renders a template, or a plain 500 when a template fails (a bug in our templates, never the visitor's doing).
pub(crate) fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            eprintln!("dais-site: a page could not be rendered: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be rendered.").into_response()
        }
    }
}

/// The event id in the path; anything that is not an id is simply a page that does not exist.
pub struct EventId(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for EventId {
    type Rejection = SiteError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state).await.map_err(|_| SiteError::NotFound)?;
        raw.parse().map(EventId).map_err(|_| SiteError::NotFound)
    }
}

/// Runs a storage call on the blocking pool: SQLite would otherwise stall the async threads that serve everyone.
pub(crate) async fn with_storage<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&dyn Storage) -> dais_core::Result<T> + Send + 'static,
) -> Result<T, SiteError> {
    let storage = Arc::clone(&state.storage);
    tokio::task::spawn_blocking(move || f(storage.as_ref()))
        .await
        .map_err(|e| SiteError::Internal(format!("a storage task failed: {e}")))?
        .map_err(SiteError::from)
}

/// The public view of a meeting, with its programme also in `viewer_zone`.
pub(crate) async fn load_meeting(
    state: &AppState,
    id: Uuid,
    viewer_zone: Option<String>,
) -> Result<PublicMeeting, SiteError> {
    with_storage(state, move |s| public::meeting(s, id, viewer_zone.as_deref(), Utc::now())).await
}

/// What every page's frame needs: its title and, inside a meeting, the meeting's navigation.
pub(crate) struct Layout {
    pub title: String,
    pub nav: Option<Nav>,
}

pub(crate) struct Nav {
    pub event_id: Uuid,
    pub short_title: String,
    /// `home`, `programme`, `speakers` or `register`: marked as the current page for screen readers.
    pub current: &'static str,
}

impl Layout {
    pub fn meeting(page: &str, event: &MeetingFacts, current: &'static str) -> Layout {
        Layout {
            title: format!("{page} - {}", event.short_title),
            nav: Some(Nav { event_id: event.id, short_title: event.short_title.clone(), current }),
        }
    }
}

/// `?zone=Asia/Tokyo`: the zone a visitor wants the programme's times in.
#[derive(Deserialize)]
pub(crate) struct ZoneQuery {
    pub zone: Option<String>,
}

/// `Friday 31 October 2025, 11:00 CET`: an instant as people at the event read it.
pub(crate) fn instant_label(instant: DateTime<Utc>, zone: &str) -> Option<String> {
    let tz = parse_zone("zone", zone).ok()?;
    let local = zoned(instant, tz);
    Some(format!("{}, {} {}", long_date(local.date), local.time, local.abbreviation))
}
