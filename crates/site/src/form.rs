//! The registration form: `GET /events/{id}/register` shows it, `POST` records a registration and redirects to a
//! confirmation (post-redirect-get, so a reload does not submit again).
//!
//! Public input is hostile, so a submission passes, in order: a per-client rate limit (429), a body size limit (413),
//! the form encoding (415, or 400 for text that is not UTF-8), a CSRF token (403), the meeting's registration dates
//! (403 when closed), then strict validation of every field (422, the form shown again with each message next to its
//! field and the answers kept). Registrations are created by storage, which keeps one per email and meeting.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, COOKIE, RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::{DateTime, Utc};
use dais_core::{Decision, FieldError, ParticipantCategory, Registration, RegistrationSource, new_id};
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::BodyExt;
use percent_encoding::percent_decode_str;
use sha2::Sha256;

use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::AppState;
use crate::mail::Mailer;
use crate::mail::compose::{self, MeetingMail};
use crate::pages::{
    EventId, Layout, MessagePage, SiteError, instant_label, load_meeting, render, with_public_headers, with_storage,
};
use crate::public::{MeetingFacts, RegistrationState, country_name};
use crate::site_url::SiteUrl;

/// A filled-in form is well under 2 KiB; 16 KiB leaves room for long names in any script.
const BODY_LIMIT: usize = 16 * 1024;
/// What is read and thrown away of a body over the limit, and for how long, before the connection is closed: a client
/// still sending when we answer would otherwise see a reset connection instead of our 413 page.
const DRAIN_LIMIT: usize = 32 * 1024 * 1024;
const DRAIN_TIME: Duration = Duration::from_secs(10);

/// How many form posts one client may make: a burst, then one more every `refill_every`.
#[derive(Debug, Clone, Copy)]
pub struct FormRate {
    pub burst: NonZeroU32,
    pub refill_every: Duration,
}

impl Default for FormRate {
    /// Enough for a secretariat registering a delegation from one office.
    fn default() -> Self {
        FormRate { burst: NonZeroU32::new(20).expect("20 is not 0"), refill_every: Duration::from_secs(6) }
    }
}

pub fn routes(state: &AppState) -> Router<AppState> {
    let limit = RateLimit::new(state.form_rate, state.trusted_proxies.clone());
    let key = state.form_key;
    let submit = post(submit).layer(middleware::from_fn_with_state(Arc::new(limit), limit_rate));
    let form = Router::new()
        .route("/events/{id}/register", get(show).merge(submit))
        .route("/events/{id}/register/done", get(done))
        .layer(Extension(Arc::new(Csrf { key })));
    with_public_headers(form)
}

/// The form's fields in the order they are shown, which is also the order of the error summary.
const FIELDS: [&str; 7] = ["given_name", "family_name", "email", "organisation", "country", "category", "position"];

/// The answers as typed, kept to show the form again.
#[derive(Debug, Default)]
struct Answers {
    given_name: String,
    family_name: String,
    email: String,
    organisation: String,
    country: String,
    category: String,
    position: String,
    consent_to_be_listed: bool,
    /// Filled in by the browser (static/zone.js); kept only if it is a zone.
    time_zone: String,
}

impl Answers {
    fn from_fields(fields: &HashMap<String, String>) -> Answers {
        let text = |name: &str| fields.get(name).map(|v| v.trim().to_string()).unwrap_or_default();
        Answers {
            given_name: text("given_name"),
            family_name: text("family_name"),
            email: text("email"),
            organisation: text("organisation"),
            country: text("country"),
            category: text("category"),
            position: text("position"),
            consent_to_be_listed: fields.get("consent_to_be_listed").is_some_and(|v| v == "yes"),
            time_zone: text("time_zone"),
        }
    }
}

async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<Arc<Csrf>>,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let event = load_meeting(&state, id, None).await?.event;
    if event.registration.state != RegistrationState::Open {
        return Ok(not_open(&event).respond(StatusCode::OK));
    }
    let full = is_full(&state, id).await?;
    let now = Utc::now();
    // Keep a visitor's valid cookie, so that a form open in another tab stays good.
    let cookie = form_cookie(&headers).filter(|c| csrf.is_fresh(c, now)).unwrap_or_else(|| csrf.issue(now));
    let page = FormPage::new(&state, event, full, Answers::default(), Vec::new(), csrf.token(&cookie));
    let https = SiteUrl::of(state.public_url.as_deref(), &headers).https;
    Ok(form_response(&page, StatusCode::OK, Some((&cookie, https))))
}

/// A submission turned away before its answers were looked at, each with its status and what the visitor can do.
#[derive(Debug)]
enum Refusal {
    TooLarge,
    NotAForm,
    Garbled(&'static str),
    Forged { event_id: uuid::Uuid },
    NotOpen(Box<MeetingFacts>),
    Site(SiteError),
}

impl From<SiteError> for Refusal {
    fn from(e: SiteError) -> Self {
        Refusal::Site(e)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            Refusal::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                MessagePage::new(
                    "The form is too large",
                    "What was sent is far larger than a registration. Nothing was saved.",
                    None,
                ),
            ),
            Refusal::NotAForm => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                MessagePage::new(
                    "This is not a form",
                    "Registrations are sent from the registration form. Nothing was saved.",
                    None,
                ),
            ),
            Refusal::Garbled(why) => {
                (StatusCode::BAD_REQUEST, MessagePage::new("The form could not be read", why, None))
            }
            Refusal::Forged { event_id } => (
                StatusCode::FORBIDDEN,
                MessagePage::new(
                    "Please send the form again",
                    "This form has expired or did not come from this site, so nothing was saved. Open the form again, \
                     fill it in and send it. (Your browser must accept this site's cookie.)",
                    Some((format!("/events/{event_id}/register"), "Open the registration form".into())),
                ),
            ),
            Refusal::NotOpen(event) => (StatusCode::FORBIDDEN, not_open(&event)),
            Refusal::Site(e) => return e.into_response(),
        };
        page.respond(status)
    }
}

async fn submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<Arc<Csrf>>,
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
    let cookie = form_cookie(&headers).ok_or(Refusal::Forged { event_id: id })?;
    let token = fields.get("csrf_token").map(String::as_str).unwrap_or_default();
    if !csrf.verify(&cookie, token, now) {
        return Err(Refusal::Forged { event_id: id });
    }
    let event = load_meeting(&state, id, None).await?.event;
    if event.registration.state != RegistrationState::Open {
        return Err(Refusal::NotOpen(Box::new(event)));
    }
    let answers = Answers::from_fields(&fields);
    let registration = match registration(&answers, &event, now) {
        Ok(r) => r,
        Err(errors) => {
            let full = is_full(&state, id).await?;
            return Ok(form_again(&state, event, full, answers, errors, &csrf, &cookie));
        }
    };
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
    let mut response = Redirect::to(&format!("/events/{id}/register/done")).into_response();
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
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
    let meeting = MeetingMail { event: &event, page: mail.url(&format!("/events/{}", event.id)), entries: &[] };
    let letter = compose::confirm_address(&meeting, request, &link, mail.confirm_hours);
    let expires = now + chrono::Duration::hours(i64::from(mail.confirm_hours));
    mail.outbox
        .await_confirmation(&token, request, expires, &letter, now)
        .map_err(|e| SiteError::Internal(e.to_string()))
}

fn form_again(
    state: &AppState,
    event: MeetingFacts,
    full: bool,
    answers: Answers,
    errors: Vec<FieldError>,
    csrf: &Csrf,
    cookie: &str,
) -> Response {
    let page = FormPage::new(state, event, full, answers, errors, csrf.token(cookie));
    form_response(&page, StatusCode::UNPROCESSABLE_ENTITY, None)
}

/// The form never goes into a shared cache: it carries this visitor's CSRF token.
/// `set_cookie`: the form's cookie to set, and whether the site is served over https.
fn form_response(page: &FormPage, status: StatusCode, set_cookie: Option<(&str, bool)>) -> Response {
    let mut response = render(page);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(value) = set_cookie.and_then(|(c, https)| HeaderValue::from_str(&Csrf::cookie_header(c, https)).ok()) {
        headers.insert(SET_COOKIE, value);
    }
    response
}

fn not_open(event: &MeetingFacts) -> MessagePage {
    let home = Some((format!("/events/{}", event.id), format!("Back to {}", event.short_title)));
    let rules = &event.registration;
    let (heading, message) = match rules.state {
        RegistrationState::NotYetOpen => (
            "Registration is not open yet",
            match rules.opens_at.and_then(|t| instant_label(t, &event.zone)) {
                Some(opens) => format!("Registration for {} opens {opens}.", event.title),
                None => format!("Registration for {} is not open yet.", event.title),
            },
        ),
        _ => (
            "Registration is closed",
            match rules.closes_at.and_then(|t| instant_label(t, &event.zone)) {
                Some(closed) => format!("Registration for {} closed {closed}.", event.title),
                None => format!("Registration for {} is closed.", event.title),
            },
        ),
    };
    let mut page = MessagePage::new(heading, &message, home);
    page.layout = Layout::meeting(heading, event, "register");
    page
}

/// The confirmation, the same for every request: it shows nothing of what was stored, and does not say whether the
/// address had registered before.
async fn done(State(state): State<AppState>, EventId(id): EventId) -> Result<Response, SiteError> {
    let event = load_meeting(&state, id, None).await?.event;
    let contact = event.contacts.iter().find_map(|c| c.email.clone());
    let write_to = contact.map(|email| format!(" To change it, write to {email}.")).unwrap_or_default();
    if state.mail.is_some() {
        let heading = "Check your mailbox";
        let message = format!(
            "We sent a message to the address you gave. Open its link within {} hours to confirm that it is yours: \
             until then your request for {} goes no further. If nothing arrives, look in your spam folder, or send \
             the form again.{write_to}",
            state.settings.registrations.confirm_hours, event.title
        );
        let back = Some((format!("/events/{id}"), format!("Back to {}", event.short_title)));
        let mut page = MessagePage::new(heading, &message, back);
        page.layout = Layout::meeting(heading, &event, "register");
        return Ok(page.respond(StatusCode::OK));
    }
    let heading = "Thank you: your registration request was received";
    let message = format!(
        "A registration for {} is pending until the focal point of your administration or organisation approves \
         it; if every place was taken, it is on the waiting list and approved if a place frees up. If this address had already registered for this meeting, the first registration stands and nothing was \
         changed.{write_to}",
        event.title
    );
    let mut page =
        MessagePage::new(heading, &message, Some((format!("/events/{id}"), format!("Back to {}", event.short_title))));
    page.layout = Layout::meeting(heading, &event, "register");
    Ok(page.respond(StatusCode::OK))
}

/// The body, up to [`BODY_LIMIT`]; past it, the rest is drained (within bounds) and the form refused.
async fn read_body(mut body: Body) -> Result<Vec<u8>, Refusal> {
    let mut received = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| Refusal::Garbled("The form did not arrive whole. Please send it again."))?;
        let Ok(data) = frame.into_data() else { continue };
        if received.len() + data.len() > BODY_LIMIT {
            let _ = tokio::time::timeout(DRAIN_TIME, drain(body, DRAIN_LIMIT)).await;
            return Err(Refusal::TooLarge);
        }
        received.extend_from_slice(&data);
    }
    Ok(received)
}

async fn drain(mut body: Body, limit: usize) {
    let mut drained = 0;
    while drained < limit {
        match body.frame().await {
            Some(Ok(frame)) => drained += frame.data_ref().map_or(0, |d| d.len()),
            _ => return,
        }
    }
}

fn is_urlencoded(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// `application/x-www-form-urlencoded`, strictly: the body and every decoded name and value must be UTF-8 (a lossy
/// decoding would store U+FFFD in someone's name), and no field may come twice.
fn parse_urlencoded(body: &[u8]) -> Result<HashMap<String, String>, Refusal> {
    const NOT_UTF8: &str = "The form's text is not in UTF-8, the encoding browsers use. Please send it from the form.";
    let text = std::str::from_utf8(body).map_err(|_| Refusal::Garbled(NOT_UTF8))?;
    let decode = |part: &str| {
        percent_decode_str(&part.replace('+', " "))
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| Refusal::Garbled(NOT_UTF8))
    };
    let mut fields = HashMap::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if fields.insert(decode(name)?, decode(value)?).is_some() {
            return Err(Refusal::Garbled("A field of the form was sent twice. Please send it from the form."));
        }
    }
    Ok(fields)
}

/// The registration the answers make, or every problem with them, each on its field.
fn registration(answers: &Answers, event: &MeetingFacts, now: DateTime<Utc>) -> Result<Registration, Vec<FieldError>> {
    let mut errors = answer_errors(answers);
    let category = eligible_category(answers, event).map_err(|e| errors.push(e)).ok();
    let registration = Registration {
        id: new_id(),
        event_id: event.id,
        given_name: answers.given_name.clone(),
        family_name: answers.family_name.clone(),
        email: answers.email.clone(),
        organisation: answers.organisation.clone(),
        country: answers.country.clone(),
        // Only a placeholder when the category is missing, and then the registration is refused anyway.
        category: category.unwrap_or(ParticipantCategory::OtherEligibleIndividual),
        position: Some(answers.position.clone()).filter(|p| !p.is_empty()),
        source: RegistrationSource::WebsiteForm,
        consent_to_be_listed: answers.consent_to_be_listed,
        submitted_at: now,
        decision: Decision::default(),
        private_notes: String::new(),
        attended: false,
        time_zone: Some(answers.time_zone.clone()).filter(|z| z.parse::<chrono_tz::Tz>().is_ok()),
        mail: None,
    };
    // One message per field: the format rules speak only where the answer is there at all.
    let formats: Vec<FieldError> =
        format_errors(&registration).into_iter().filter(|e| !errors.iter().any(|f| f.field == e.field)).collect();
    errors.extend(formats);
    if errors.is_empty() {
        return Ok(registration);
    }
    errors.sort_by_key(|e| FIELDS.iter().position(|f| *f == e.field));
    Err(errors)
}

/// Missing, overlong or control-character answers.
fn answer_errors(answers: &Answers) -> Vec<FieldError> {
    let texts = [
        ("given_name", &answers.given_name, 100, Some("Enter your given name")),
        ("family_name", &answers.family_name, 100, Some("Enter your family name")),
        ("email", &answers.email, 254, Some("Enter your email address")),
        ("organisation", &answers.organisation, 200, Some("Enter the organisation you represent")),
        ("position", &answers.position, 200, None),
    ];
    let mut errors: Vec<FieldError> = texts
        .into_iter()
        .filter_map(|(field, value, max, missing)| Some(FieldError::new(field, text_problem(value, max, missing)?)))
        .collect();
    if answers.country.is_empty() {
        errors.push(FieldError::new("country", "Choose your country"));
    }
    errors
}

fn eligible_category(answers: &Answers, event: &MeetingFacts) -> Result<ParticipantCategory, FieldError> {
    if answers.category.is_empty() {
        return Err(FieldError::new("category", "Choose the category in which you take part"));
    }
    event
        .eligible_categories
        .iter()
        .map(|c| c.id)
        .find(|c| category_value(*c) == answers.category)
        .ok_or_else(|| FieldError::new("category", "Choose one of the categories in the list"))
}

/// The core's rules for a registration (email and country formats), and an email domain one can write to.
fn format_errors(registration: &Registration) -> Vec<FieldError> {
    let mut errors = match dais_core::validate::registration(registration) {
        Err(dais_core::Error::Invalid(errors)) => errors,
        _ => Vec::new(),
    };
    // The core accepts `name@host`; a registrant must give an address the organisers can write to from outside.
    if !errors.iter().any(|e| e.field == "email") && !has_dotted_domain(&registration.email) {
        errors.push(FieldError::new("email", "Enter an email address like name@example.org"));
    }
    errors
}

fn has_dotted_domain(email: &str) -> bool {
    email
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
}

fn text_problem(value: &str, max: usize, missing: Option<&str>) -> Option<String> {
    if value.is_empty() {
        return missing.map(str::to_string);
    }
    if value.chars().count() > max {
        return Some(format!("Shorten this to at most {max} characters"));
    }
    if value.chars().any(char::is_control) {
        return Some("Remove the control characters (such as line breaks or tabs) from this".to_string());
    }
    None
}

/// The value of a category in the form: its name in the API (`sector_member`).
fn category_value(category: ParticipantCategory) -> String {
    serde_json::to_value(category).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "register.html")]
struct FormPage {
    layout: Layout,
    event: MeetingFacts,
    /// Every place is taken: a request goes to the waiting list.
    full: bool,
    /// The privacy notice: for how long the answers are kept, whom to ask, and whether the address is confirmed.
    retention: String,
    privacy_contact: String,
    confirms_address: bool,
    answers: Answers,
    errors: Vec<FieldError>,
    csrf_token: String,
    countries: Vec<Choice>,
    categories: Vec<Choice>,
}

/// An option of a `<select>`.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

impl FormPage {
    fn new(
        state: &AppState,
        event: MeetingFacts,
        full: bool,
        answers: Answers,
        errors: Vec<FieldError>,
        csrf_token: String,
    ) -> FormPage {
        // Screen readers announce the title first: a form shown again says at once that something needs fixing.
        let title = if errors.is_empty() { "Register" } else { "Error: Register" };
        let categories = event
            .eligible_categories
            .iter()
            .map(|c| {
                let value = category_value(c.id);
                Choice { selected: value == answers.category, value, label: c.label.to_string() }
            })
            .collect();
        let countries = countries()
            .into_iter()
            .map(|(value, label)| Choice { selected: value == answers.country, value, label })
            .collect();
        FormPage {
            layout: Layout::meeting(title, &event, "register"),
            retention: match state.settings.registrations.retention_days {
                Some(days) => format!(
                    "until {days} days after the meeting's last day ({}); then it is erased, here and on the \
                     organisers' computers.",
                    dais_core::zone::long_date(event.ends_on)
                ),
                None => "until the organisers erase it, after the meeting.".to_string(),
            },
            privacy_contact: event
                .contacts
                .iter()
                .find_map(|c| c.email.clone())
                .unwrap_or_else(|| "the meeting's organisers".to_string()),
            confirms_address: state.mail.is_some(),
            event,
            full,
            answers,
            errors,
            csrf_token,
            countries,
            categories,
        }
    }

    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}

/// Every ISO 3166-1 country, by English name.
fn countries() -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = celes::Country::get_countries()
        .iter()
        .filter_map(|c| Some((c.alpha2.to_string(), country_name(c.alpha2)?)))
        .collect();
    list.sort_by(|a, b| a.1.cmp(&b.1));
    list
}

/// The CSRF key in `path`, made (random, readable by its owner only) when there is none.
pub fn load_or_create_key(path: &std::path::Path) -> std::io::Result<[u8; 32]> {
    match std::fs::read(path) {
        Ok(bytes) => {
            bytes.try_into().map_err(|_| std::io::Error::other("not a key of 32 bytes; delete it to make one"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key: [u8; 32] = rand::random();
            dais_core::private_file::write(path, &key)?;
            Ok(key)
        }
        Err(e) => Err(e),
    }
}

/// CSRF protection without sessions: the form's cookie holds when it was issued and a random nonce; the form's hidden
/// field holds an HMAC of that cookie under the site's secret key. A page on another site can neither read the
/// cookie nor compute the token, and the cookie is `SameSite=Strict`, so it is not even sent from there.
struct Csrf {
    key: [u8; 32],
}

impl Csrf {
    const COOKIE: &str = "dais_form";
    /// Long enough to fill in a form slowly; a form older than this is sent again.
    const LIFETIME_SECONDS: i64 = 24 * 3600;

    fn issue(&self, now: DateTime<Utc>) -> String {
        format!("{}.{}", now.timestamp(), hex::encode(rand::random::<[u8; 16]>()))
    }

    fn mac(&self, cookie: &str) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key).expect("HMAC takes a key of any length");
        mac.update(cookie.as_bytes());
        mac
    }

    fn token(&self, cookie: &str) -> String {
        hex::encode(self.mac(cookie).finalize().into_bytes())
    }

    /// Ours in shape (`{issued}.{32 hex digits}`) and young enough; whether it is ours in fact is for the token.
    fn is_fresh(&self, cookie: &str, now: DateTime<Utc>) -> bool {
        let Some((issued, nonce)) = cookie.split_once('.') else { return false };
        let well_formed = nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_hexdigit());
        let age = issued.parse::<i64>().map(|t| now.timestamp() - t);
        well_formed && age.is_ok_and(|age| (0..=Self::LIFETIME_SECONDS).contains(&age))
    }

    /// In constant time, so that the token cannot be guessed byte by byte from response times.
    fn verify(&self, cookie: &str, token: &str, now: DateTime<Utc>) -> bool {
        let Ok(token) = hex::decode(token) else { return false };
        self.is_fresh(cookie, now) && self.mac(cookie).verify_slice(&token).is_ok()
    }

    /// `Secure` when the site is served over https: the cookie then never travels in clear.
    fn cookie_header(value: &str, https: bool) -> String {
        let secure = if https { "; Secure" } else { "" };
        format!(
            "{}={value}; Path=/events; Max-Age={}; HttpOnly; SameSite=Strict{secure}",
            Self::COOKIE,
            Self::LIFETIME_SECONDS
        )
    }
}

fn form_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == Csrf::COOKIE)
        .map(|(_, value)| value.to_string())
}

/// A rate per client address (governor's GCRA, a token bucket in effect): a burst of submissions, then one more every
/// few seconds. Enough for a secretariat registering a delegation from one office; a flood gets 429 with the time to
/// wait.
struct RateLimit {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    trusted_proxies: Arc<[IpAddr]>,
}

impl RateLimit {
    /// Bounds the memory: past this many clients, those back to a full burst are forgotten.
    const MAX_CLIENTS: usize = 10_000;

    fn new(rate: FormRate, trusted_proxies: Arc<[IpAddr]>) -> RateLimit {
        let quota = Quota::with_period(rate.refill_every.max(Duration::from_nanos(1)))
            .expect("a period above zero")
            .allow_burst(rate.burst);
        RateLimit { limiter: RateLimiter::keyed(quota), trusted_proxies }
    }

    /// Takes a submission for `client`, or says how long until one is allowed.
    fn take(&self, client: IpAddr) -> Result<(), Duration> {
        if self.limiter.len() >= Self::MAX_CLIENTS {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&client).map_err(|not_until| not_until.wait_time_from(self.limiter.clock().now()))
    }

    /// Who sent the request: the peer, or, when the peer is a trusted proxy, the nearest address in
    /// `X-Forwarded-For` that is not one of ours (the ones further left are the client's to write).
    fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusted_proxies.contains(&peer) {
            return peer;
        }
        let forwarded: Vec<IpAddr> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map_while(|a| a.trim().parse().ok())
            .collect();
        forwarded.into_iter().rev().find(|a| !self.trusted_proxies.contains(a)).unwrap_or(peer)
    }
}

/// One key per client: an IPv4 address, or an IPv6 /64 (one host's usual allocation, which it can cycle through).
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !0u128 >> 64).into()),
        },
        v4 => v4,
    }
}

async fn limit_rate(State(limit): State<Arc<RateLimit>>, request: Request, next: Next) -> Response {
    // Without the peer's address (a server started without connect info) all share one bucket: stricter, not open.
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| client_key(limit.client(c.0.ip(), request.headers())))
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    match limit.take(client) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let seconds = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
            let message = format!(
                "Too many forms were sent from your network. Nothing was saved. Please wait {seconds} seconds and send it again."
            );
            let mut response =
                MessagePage::new("Please wait a moment", &message, None).respond(StatusCode::TOO_MANY_REQUESTS);
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
            response
        }
    }
}
