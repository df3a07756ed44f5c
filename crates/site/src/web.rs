//! The web plumbing that every handler of the site's pages uses: the visitor's language, errors shown as pages,
//! rendering into the site's frame, the event id and the viewer's zone from the request, loading from storage off
//! the async threads, the headers of public and of private pages, and the site's own stylesheet and script.

use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{FromRequestParts, Path, Request};
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, COOKIE, REFERRER_POLICY, SET_COOKIE, VARY};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, request::Parts};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, NaiveDate, Utc};
use dais_core::Lang;
use dais_core::i18n;
use dais_core::rules::zone::{parse_zone, zoned};
use serde::Deserialize;
use tower_http::set_header::SetResponseHeaderLayer;
use uuid::Uuid;

use crate::public::{self, MeetingFacts, PublicMeeting};
use crate::{AppState, Storage};
use dais_core::t;

/// The stylesheet and the scripts the pages and the embeds load, cached for an hour.
pub fn assets() -> Router<AppState> {
    let assets = Router::new()
        .route(
            "/static/site.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("../static/site.css")) }),
        )
        .route(
            "/static/zone.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("../static/zone.js")) }),
        )
        .route(
            "/static/embed.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("../static/embed.css")) }),
        )
        .route(
            "/static/embed-frame.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("../static/embed-frame.js")) }),
        )
        .route(
            dais_wire::embed::SCRIPT_PATH,
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("../static/embed.js")) }),
        );
    with_public_headers(assets)
}

/// What a public page may load and do: only this site's own stylesheet, script and images, and forms posted to it.
/// Who may frame it follows (`frame-ancestors`): no one, but the origins allowed to embed the form (`embed.rs`).
pub(crate) const CONTENT_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; \
                                         form-action 'self'; base-uri 'none';";

/// Headers for every public response. The pages load nothing but this site's own stylesheet and script, so the
/// content security policy can forbid everything else: an injected `<script>` would not run even if escaping failed.
/// Every page's words are in the visitor's language ([`Visitor`]), so these layers also find it for the handlers.
pub(crate) fn with_public_headers(router: Router<AppState>) -> Router<AppState> {
    public_headers(router.layer(middleware::from_fn(in_visitors_language)))
}

/// The headers of [`with_public_headers`] alone, for what is read in a language named but never keeps it in a cookie
/// (the embeds' markup: a shared cache keeps it for every reader).
pub(crate) fn public_headers(router: Router<AppState>) -> Router<AppState> {
    let headers = [
        ("content-security-policy", format!("{CONTENT_POLICY} frame-ancestors 'none'")),
        ("x-content-type-options", "nosniff".into()),
        ("referrer-policy", "same-origin".into()),
        // Short, so that a change the organisers publish shows within a minute; the form says no-store itself.
        ("cache-control", "public, max-age=60".into()),
    ];
    // Compressed for a browser that takes it (gzip): a programme of 500 entries is a fifth of its size so.
    let router = router.layer(tower_http::compression::CompressionLayer::new());
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_str(&value).expect("the headers are ASCII"),
        ))
    })
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(CONTENT_TYPE, content_type), (CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// Why a public request failed, as the visitor is told.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("not found")]
    NotFound,
    /// Said already, in the visitor's language.
    #[error("{0}")]
    BadRequest(String),
    /// The detail goes to the log, not to the visitor.
    #[error("{0}")]
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

impl SiteError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SiteError::NotFound => t!(lang, "site-error-not-found"),
            SiteError::BadRequest(message) => message.clone(),
            SiteError::Internal(_) => t!(lang, "site-error-internal"),
        }
    }
}

impl IntoResponse for SiteError {
    fn into_response(self) -> Response {
        self.log();
        // A response is made without the request; the visitor's language is the request's task's.
        let visitor = Visitor::current();
        let heading = match self {
            SiteError::NotFound => t!(visitor.lang, "site-error-not-found-title"),
            SiteError::BadRequest(_) => t!(visitor.lang, "site-error-bad-request-title"),
            SiteError::Internal(_) => t!(visitor.lang, "site-error-internal-title"),
        };
        let page = MessagePage::new(&visitor, &heading, &self.message(visitor.lang), None);
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
    pub fn new(visitor: &Visitor, heading: &str, message: &str, next: Option<(String, String)>) -> MessagePage {
        MessagePage {
            layout: Layout::new(visitor, heading.to_string(), None),
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

/// The public view of a meeting in `lang`, with its programme also in `viewer_zone`.
pub(crate) async fn load_meeting(
    state: &AppState,
    id: Uuid,
    lang: Lang,
    viewer_zone: Option<String>,
) -> Result<PublicMeeting, SiteError> {
    with_storage(state, move |s| public::meeting(s, id, lang, viewer_zone.as_deref(), Utc::now())).await
}

/// What every page's frame needs: its title, the visitor's language and, inside a meeting, the meeting's navigation.
pub(crate) struct Layout {
    pub title: String,
    pub nav: Option<Nav>,
    pub lang: Lang,
    /// `?lang=fr` when the visitor's address named the language, so that every link of the page keeps it; else empty.
    pub q: String,
    /// The language switcher: each language, the same page in it.
    pub languages: Vec<LanguageLink>,
    /// Shown in another website's frame (`?embed=1`): the page alone, without the site's header and footer.
    pub embedded: bool,
    /// Written as a file of the static export (`export.rs`): nothing that needs the site to answer.
    pub files: Option<StaticFiles>,
}

/// What a page written as a file of the static export (`export.rs`) needs to know: it is put on the request by the
/// export alone (a request's extensions never come from the client).
#[derive(Debug, Clone)]
pub struct StaticFiles {
    /// The live site whose form the files link to; without it, the files have no form and say so.
    pub live_site: Option<String>,
}

/// A language of the switcher.
pub(crate) struct LanguageLink {
    pub code: &'static str,
    pub name: String,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

pub(crate) struct Nav {
    pub event_id: Uuid,
    pub short_title: String,
    /// `home`, `programme`, `speakers` or `register`: marked as the current page for screen readers.
    pub current: &'static str,
}

impl Layout {
    pub fn new(visitor: &Visitor, title: String, nav: Option<Nav>) -> Layout {
        let languages = Lang::ALL
            .into_iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.name(),
                dir: l.dir(),
                href: visitor.page_in(l),
                current: l == visitor.lang,
            })
            .collect();
        Layout {
            title,
            nav,
            lang: visitor.lang,
            q: visitor.q(),
            languages,
            embedded: visitor.embedded,
            files: visitor.files.clone(),
        }
    }

    pub fn meeting(visitor: &Visitor, page: &str, event: &MeetingFacts, current: &'static str) -> Layout {
        let title = t!(visitor.lang, "site-page-title", page = page, meeting = event.short_title.as_str());
        let nav = Nav { event_id: event.id, short_title: event.short_title.clone(), current };
        Layout::new(visitor, title, Some(nav))
    }

    /// Where the meeting's registration form is: this site's, or for the static export's files the live site's, or
    /// none.
    pub fn register_href(&self, event_id: &Uuid) -> Option<String> {
        let path = format!("/events/{event_id}/register{}", self.q);
        match &self.files {
            None => Some(path),
            Some(files) => files.live_site.as_ref().map(|site| format!("{site}{path}")),
        }
    }

    /// A fixed word of a template, in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::tr(self.lang, id, &[])
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }
}

/// The cookie that keeps the language a visitor chose on the switcher.
const LANGUAGE_COOKIE: &str = "dais_lang";

/// Who reads the page: their language, and whether their address named it (`?lang=`).
#[derive(Debug, Clone)]
pub(crate) struct Visitor {
    pub lang: Lang,
    /// Named in the address: every link of the page then carries it, so the address shared is read in it.
    pub named: bool,
    /// In another website's frame (`?embed=1`, the registration form's embed): the form's own links keep it.
    pub embedded: bool,
    pub files: Option<StaticFiles>,
    /// The page's path and its query without `lang`, for the switcher.
    path: String,
    query: Vec<(String, String)>,
}

tokio::task_local! {
    static VISITOR: Visitor;
}

impl Visitor {
    /// `?lang=xx` wins, then the language the visitor chose before (its cookie), then `Accept-Language`, then English.
    /// The pseudo-language is only ever named.
    fn of(uri: &axum::http::Uri, headers: &HeaderMap) -> Visitor {
        let query: Vec<(String, String)> = url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let named = query.iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::parse(v));
        let chosen = cookie(headers, LANGUAGE_COOKIE).and_then(|v| Lang::parse(&v)).filter(|l| *l != Lang::Pseudo);
        let accepted = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate);
        Visitor {
            lang: named.or(chosen).or(accepted).unwrap_or(Lang::En),
            named: named.is_some(),
            embedded: query.iter().any(|(k, v)| k == "embed" && v == "1"),
            files: None,
            path: uri.path().to_string(),
            query: query.into_iter().filter(|(k, _)| k != "lang").collect(),
        }
    }

    /// The visitor of the request being answered; English outside one.
    pub fn current() -> Visitor {
        VISITOR.try_with(Visitor::clone).unwrap_or_else(|_| Visitor {
            lang: Lang::En,
            named: false,
            embedded: false,
            files: None,
            path: "/".into(),
            query: Vec::new(),
        })
    }

    /// `?lang=fr` when the address named the language, else nothing: what each internal link of the page ends with.
    pub fn q(&self) -> String {
        if self.named { format!("?lang={}", self.lang.code()) } else { String::new() }
    }

    /// `path` as this page links to it (`/events/…?lang=fr`).
    pub fn link(&self, path: &str) -> String {
        format!("{path}{}", self.q())
    }

    /// `path` as the form links to it: in a frame, the next page of the form stays in the frame.
    pub fn form_link(&self, path: &str) -> String {
        match (self.embedded, self.named) {
            (false, _) => self.link(path),
            (true, true) => format!("{path}?lang={}&embed=1", self.lang.code()),
            (true, false) => format!("{path}?embed=1"),
        }
    }

    /// This page in `lang`, its other parameters (a time zone) kept.
    fn page_in(&self, lang: Lang) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(self.query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        query.append_pair("lang", lang.code());
        format!("{}?{}", self.path, query.finish())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Visitor>().cloned().unwrap_or_else(|| Visitor::of(&parts.uri, &parts.headers)))
    }
}

/// The value of the request's cookie `name` (the language chosen, the form's CSRF token).
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

/// Finds the visitor's language for the handlers (and for the pages made without the request: errors, refusals),
/// keeps the language they named in a cookie, and tells caches that the page depends on the headers it was read from.
async fn in_visitors_language(mut request: Request, next: Next) -> Response {
    let mut visitor = Visitor::of(request.uri(), request.headers());
    visitor.files = request.extensions().get::<StaticFiles>().cloned();
    request.extensions_mut().insert(visitor.clone());
    let keep = (visitor.named && visitor.lang != Lang::Pseudo).then_some(visitor.lang);
    let mut response = VISITOR.scope(visitor, next.run(request)).await;
    let headers = response.headers_mut();
    headers.append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if let Some(lang) = keep {
        let cookie = format!("{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(SET_COOKIE, value);
            // A page that sets a cookie is this visitor's: no shared cache keeps it.
            if !headers.contains_key(CACHE_CONTROL) {
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=60"));
            }
        }
    }
    response
}

/// A date written by CLDR in `lang`. In the pseudo-language it is marked as a message is: a date is the site's
/// words too, and the pseudo-language's crawl then tells one written for the visitor from one written in English
/// whatever the language.
pub(crate) fn said(lang: Lang, text: String) -> String {
    if lang == Lang::Pseudo && !text.starts_with('⟦') { i18n::pseudo(&text) } else { text }
}

/// `Friday, 31 October 2025`, in the visitor's language.
pub(crate) fn long_date(lang: Lang, date: NaiveDate) -> String {
    said(lang, i18n::long_date(lang, date))
}

/// An event's days, in the visitor's language.
pub(crate) fn date_range(lang: Lang, starts_on: NaiveDate, ends_on: NaiveDate) -> String {
    said(lang, i18n::date_range(lang, starts_on, ends_on))
}

/// `?zone=Asia/Tokyo`: the zone a visitor wants the programme's times in.
#[derive(Deserialize)]
pub(crate) struct ZoneQuery {
    pub zone: Option<String>,
}

/// `Friday 31 October 2025, 11:00 CET`: an instant as people at the event read it, in the visitor's language.
pub(crate) fn instant_label(lang: Lang, instant: DateTime<Utc>, zone: &str) -> Option<String> {
    let tz = parse_zone("zone", zone).ok()?;
    let local = zoned(instant, tz);
    let date = i18n::long_date(lang, local.date);
    Some(t!(lang, "site-instant", date = date, time = local.time, zone = local.abbreviation))
}
