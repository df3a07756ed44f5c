//! The registration form: `GET /events/{id}/register` shows it, `POST` records a registration and redirects to a
//! confirmation (post-redirect-get, so a reload does not submit again).
//!
//! Public input is hostile, so a submission passes, in order: a per-client rate limit (429), a body size limit (413),
//! the form encoding (415, or 400 for text that is not UTF-8), a CSRF token (403), the meeting's registration dates
//! (403 when closed), then strict validation of every field (422, the form shown again with each message next to its
//! field and the answers kept). Registrations are created by storage, which keeps one per email and meeting.
//!
//! Here the routes and their handlers; the jobs they call on each have a module: reading the body (`body`),
//! checking the answers (`answers`), the pages shown (`page`), the CSRF key and token (`csrf`), and the rate
//! limit (`rate_limit`).

mod answers;
mod body;
mod csrf;
mod page;
mod rate_limit;

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::{DateTime, Utc};
use dais_core::{Registration, t};

use crate::AppState;
use crate::mail::Mailer;
use crate::mail::compose::{self, MeetingMail};
use crate::public::{MeetingFacts, RegistrationState};
use crate::site_url::SiteUrl;
use crate::web::{EventId, Layout, MessagePage, SiteError, Visitor, load_meeting, with_public_headers, with_storage};
use answers::{Answers, FormError, registration};
use body::{is_urlencoded, parse_urlencoded, read_body};
use csrf::{Csrf, form_cookie};
use page::{FormPage, Refusal, form_response, not_open};
use rate_limit::{RateLimit, limit_rate};

pub use csrf::load_or_create_key;
pub use rate_limit::FormRate;

pub fn routes(state: &AppState) -> Router<AppState> {
    let limit = RateLimit::new(state.form_rate, state.trusted_proxies.clone());
    let key = state.form_key;
    let submit = post(submit).layer(middleware::from_fn_with_state(Arc::new(limit), limit_rate));
    let form = Router::new()
        .route("/events/{id}/register", get(show).merge(submit))
        .route("/events/{id}/register/done", get(done))
        .layer(Extension(Arc::new(Csrf { key })))
        .layer(middleware::from_fn_with_state(Arc::clone(&state.settings), crate::embed::allow_framing));
    with_public_headers(form)
}

async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<Arc<Csrf>>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let event = load_meeting(&state, id, visitor.lang, None).await?.event;
    if event.registration.state != RegistrationState::Open {
        return Ok(not_open(&visitor, &event).respond(StatusCode::OK));
    }
    let full = is_full(&state, id).await?;
    let now = Utc::now();
    // Keep a visitor's valid cookie, so that a form open in another tab stays good.
    let cookie = form_cookie(&headers).filter(|c| csrf.is_fresh(c, now)).unwrap_or_else(|| csrf.issue(now));
    let page = FormPage::new(
        &state,
        &visitor,
        event,
        full,
        Answers::default(),
        Vec::new(),
        csrf.form_token(&cookie, &visitor),
    );
    let https = SiteUrl::of(state.public_url.as_deref(), &headers).https;
    Ok(form_response(&page, StatusCode::OK, Some((&cookie, https))))
}

async fn submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<Arc<Csrf>>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Refusal> {
    let body = read_body(body).await?;
    if !is_urlencoded(&headers) {
        return Err(Refusal::NotAForm);
    }
    let fields = parse_urlencoded(&body)?;
    let now = Utc::now();
    // In another site's frame the browser keeps no cookie of ours: the form carries its value, and only a post from
    // our own page (the frame's) is taken with it.
    let cookie = match form_cookie(&headers) {
        Some(cookie) => cookie,
        None if visitor.embedded && posted_from_this_site(&headers) => {
            fields.get("csrf_nonce").cloned().ok_or(Refusal::Forged { event_id: id })?
        }
        None => return Err(Refusal::Forged { event_id: id }),
    };
    let token = fields.get("csrf_token").map(String::as_str).unwrap_or_default();
    if !csrf.verify(&cookie, token, now) {
        return Err(Refusal::Forged { event_id: id });
    }
    let event = load_meeting(&state, id, visitor.lang, None).await?.event;
    if event.registration.state != RegistrationState::Open {
        return Err(Refusal::NotOpen(Box::new(event)));
    }
    let answers = Answers::from_fields(&fields);
    let mut registration = match registration(&answers, &event, now) {
        Ok(r) => r,
        Err(errors) => {
            let full = is_full(&state, id).await?;
            return Ok(form_again(&state, &visitor, event, full, answers, errors, &csrf, &cookie));
        }
    };
    // Its mails go in the language the registrant read the form in (the page posts it), else their browser's.
    let accepted = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok());
    registration.language = fields
        .get("lang")
        .and_then(|l| dais_core::Lang::parse(l))
        .or_else(|| accepted.and_then(dais_core::Lang::negotiate));
    // A second request for an address changes nothing, and is answered like the first: the form must not tell anyone
    // whether an address is registered.
    match state.mail.clone() {
        // With mail, the request waits for its address to be confirmed: nobody can register someone else's.
        Some(mail) => {
            let storage = Arc::clone(&state.storage);
            tokio::task::spawn_blocking(move || await_confirmation(&mail, storage.as_ref(), &registration, now))
                .await
                .map_err(|e| SiteError::Internal(e.to_string()))??;
            state.wake_mail();
        }
        None => drop(with_storage(&state, move |s| s.register(registration)).await?),
    }
    // 303 See Other: the browser fetches the confirmation with GET, so a reload does not post again.
    let mut response = Redirect::to(&visitor.form_link(&format!("/events/{id}/register/done"))).into_response();
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Whether a post came from a page of this site, as the browser says (`Sec-Fetch-Site`; an older one by the `Origin`
/// it sends with every post): a page of another site cannot make a browser say so.
fn posted_from_this_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin";
    }
    let origin = headers.get(axum::http::header::ORIGIN).and_then(|o| o.to_str().ok());
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok());
    match (origin.and_then(|o| o.split_once("://")), host) {
        (Some((_, origin_host)), Some(host)) => origin_host == host,
        _ => false,
    }
}

/// Whether the meeting's places are all taken: a request sent now goes to the waiting list, and the form says so.
async fn is_full(state: &AppState, id: uuid::Uuid) -> Result<bool, SiteError> {
    Ok(with_storage(state, move |s| s.places(id)).await?.is_some_and(|p| p.full()))
}

/// Keeps the request until its address is confirmed, and queues the mail with the link that confirms it.
fn await_confirmation(
    mail: &Mailer,
    storage: &dyn crate::Storage,
    request: &Registration,
    now: DateTime<Utc>,
) -> Result<(), SiteError> {
    let token = hex::encode(rand::random::<[u8; 32]>());
    let link = mail.url(&format!("/events/{}/confirm/{token}", request.event_id));
    // The confirmation gives no times: the programme is not read for it.
    let event = storage.event(request.event_id)?;
    let translations = storage.translations(request.event_id)?;
    let page = mail.url(&format!("/events/{}", event.id));
    let meeting = MeetingMail { event: &event, page, entries: &[], translations: &translations };
    let letter = compose::confirm_address(&meeting, request, &link, mail.confirm_hours);
    let expires = now + chrono::Duration::hours(i64::from(mail.confirm_hours));
    mail.outbox
        .await_confirmation(&token, request, expires, &letter, now)
        .map_err(|e| SiteError::Internal(e.to_string()))
}

#[allow(clippy::too_many_arguments)]
fn form_again(
    state: &AppState,
    visitor: &Visitor,
    event: MeetingFacts,
    full: bool,
    answers: Answers,
    errors: Vec<FormError>,
    csrf: &Csrf,
    cookie: &str,
) -> Response {
    let page = FormPage::new(state, visitor, event, full, answers, errors, csrf.form_token(cookie, visitor));
    form_response(&page, StatusCode::UNPROCESSABLE_ENTITY, None)
}

/// The confirmation, the same for every request: it shows nothing of what was stored, and does not say whether the
/// address had registered before.
async fn done(State(state): State<AppState>, visitor: Visitor, EventId(id): EventId) -> Result<Response, SiteError> {
    let lang = visitor.lang;
    let event = load_meeting(&state, id, visitor.lang, None).await?.event;
    let contact = event.contacts.iter().find_map(|c| c.email.clone());
    let title = event.title.as_str();
    let hours = state.settings.registrations.confirm_hours;
    let (heading, mut message) = match state.mail.is_some() {
        true => (t!(lang, "form-check-mailbox"), t!(lang, "form-check-mailbox-detail", hours = hours, meeting = title)),
        false => (t!(lang, "form-received"), t!(lang, "form-received-detail", meeting = title)),
    };
    if let Some(email) = contact {
        message = format!("{message} {}", t!(lang, "form-write-to", contact = email));
    }
    // In another site's frame, the reader is already on the meeting's page there.
    let back = (!visitor.embedded).then(|| {
        (visitor.link(&format!("/events/{id}")), t!(lang, "site-back-to", meeting = event.short_title.as_str()))
    });
    let mut page = MessagePage::new(&visitor, &heading, &message, back);
    page.layout = Layout::meeting(&visitor, &heading, &event, "register");
    Ok(page.respond(StatusCode::OK))
}
