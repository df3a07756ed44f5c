//! A focal point's page (`/events/{id}/focal/{token}`): the pending requests of their administration, to approve or
//! reject. The token is the link the site mailed them (`Mailer::focal_link`): signed, for one focal point, good for
//! `focal_points.link_days`. A link that is tampered with, expired, for another meeting, or of a focal point the
//! organisers removed opens nothing; and a decision is taken only on a request of the focal point's own
//! administration. Their decisions are written like any other edit, marked with who decided, and sync to the
//! organisers. No other page shows a registrant's data.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use chrono::{DateTime, Utc};
use dais_core::registrations::DecisionInput;
use dais_core::{FocalPoint, Lang, Registration, RegistrationStatus, t};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::pages::country_in;
use crate::public::MeetingFacts;
use crate::web::{
    Layout, MessagePage, SiteError, Visitor, instant_label, load_meeting, private, render, with_public_headers,
    with_storage,
};

pub fn routes() -> Router<AppState> {
    with_public_headers(Router::new().route("/events/{id}/focal/{token}", get(show).post(decide)))
}

/// The focal point a link opens, and until when; or why it opens nothing.
enum Opened {
    Ok(FocalPoint, DateTime<Utc>),
    Expired,
    Invalid,
}

async fn open(state: &AppState, event_id: Uuid, token: &str) -> Result<Opened, SiteError> {
    let Some(mail) = state.mail.clone() else { return Ok(Opened::Invalid) };
    let Some((id, expires)) = mail.focal_token(token) else { return Ok(Opened::Invalid) };
    if expires <= Utc::now() {
        return Ok(Opened::Expired);
    }
    let focal_point = with_storage(state, move |s| s.focal_point(id)).await?;
    Ok(match focal_point {
        Some(f) if f.event_id == event_id => Opened::Ok(f, expires),
        _ => Opened::Invalid,
    })
}

/// A link that opens nothing: the same few words whatever the reason beyond expiry, and nothing of anyone's data.
fn refused(visitor: &Visitor, opened: &Opened) -> Response {
    let lang = visitor.lang;
    let (heading, message) = match opened {
        Opened::Expired => (t!(lang, "site-link-expired"), t!(lang, "site-focal-link-expired")),
        _ => (t!(lang, "site-link-invalid"), t!(lang, "site-focal-link-invalid")),
    };
    private(MessagePage::new(visitor, &heading, &message, None).respond(StatusCode::FORBIDDEN))
}

/// "Switzerland", or "Switzerland (ITU Member State administration)", in `lang`.
fn administration(f: &FocalPoint, lang: Lang) -> String {
    let country = country_in(&f.country, lang).unwrap_or(&f.country).to_string();
    match f.category {
        Some(category) => t!(lang, "site-administration", country = country, category = category.label(lang)),
        None => country,
    }
}

#[derive(Template)]
#[template(path = "focal.html")]
struct FocalPage {
    layout: Layout,
    event: MeetingFacts,
    administration: String,
    /// Whose page it is and until when it opens.
    intro: String,
    action: String,
    done: Option<String>,
    requests: Vec<RequestView>,
}

struct RequestView {
    id: Uuid,
    name: String,
    organisation: String,
    position: Option<String>,
    category: String,
    email: String,
    submitted: String,
}

impl FocalPage {
    /// `Requests from Nigeria`: the administration is named in the visitor's language, so it needs no isolation.
    fn heading(&self) -> String {
        t!(self.layout.lang, "site-focal-heading", administration = self.administration.as_str())
    }

    fn waiting(&self) -> String {
        t!(self.layout.lang, "site-focal-waiting", count = self.requests.len())
    }
}

async fn page(
    state: &AppState,
    visitor: &Visitor,
    event_id: Uuid,
    token: &str,
    focal_point: FocalPoint,
    expires: DateTime<Utc>,
    done: Option<String>,
) -> Result<Response, SiteError> {
    let event = load_meeting(state, event_id, visitor.lang, None).await?.event;
    let theirs = focal_point.clone();
    let requests = with_storage(state, move |s| s.requests_for(&theirs)).await?;
    let zone = event.zone.clone();
    let lang = visitor.lang;
    let requests = requests
        .into_iter()
        .map(|r| RequestView {
            id: r.id,
            name: r.full_name(),
            organisation: r.organisation,
            position: r.position,
            category: r.category.label(lang),
            email: r.email,
            submitted: instant_label(lang, r.submitted_at, &zone).unwrap_or_default(),
        })
        .collect();
    let administration = administration(&focal_point, lang);
    let page = FocalPage {
        layout: Layout::meeting(visitor, &t!(lang, "site-focal-requests"), &event, "register"),
        intro: t!(
            lang,
            "site-focal-intro",
            administration = administration.as_str(),
            name = focal_point.name.as_str(),
            expires = instant_label(lang, expires, &event.zone).unwrap_or_default()
        ),
        administration,
        action: visitor.link(&format!("/events/{event_id}/focal/{token}")),
        done,
        requests,
        event,
    };
    Ok(private(render(&page)))
}

async fn show(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    match open(&state, event_id, &token).await? {
        Opened::Ok(focal_point, expires) => page(&state, &visitor, event_id, &token, focal_point, expires, None).await,
        other => Ok(refused(&visitor, &other)),
    }
}

#[derive(Deserialize)]
struct Decision {
    registration: Uuid,
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn decide(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
    Form(form): Form<Decision>,
) -> Result<Response, SiteError> {
    let (focal_point, expires) = match open(&state, event_id, &token).await? {
        Opened::Ok(f, expires) => (f, expires),
        other => return Ok(refused(&visitor, &other)),
    };
    let status = match form.decision.as_str() {
        "approved" => RegistrationStatus::Approved,
        "rejected" => RegistrationStatus::Rejected,
        _ => return Err(SiteError::BadRequest(t!(visitor.lang, "site-focal-choose"))),
    };
    let reason = Some(form.reason.trim().to_string()).filter(|r| !r.is_empty());
    if status == RegistrationStatus::Rejected && reason.is_none() {
        let done = Some(t!(visitor.lang, "site-focal-reason-needed"));
        return page(&state, &visitor, event_id, &token, focal_point, expires, done).await;
    }
    // Only a pending request of their own administration.
    let (theirs, id) = (focal_point.clone(), form.registration);
    let request: Option<Registration> =
        with_storage(&state, move |s| Ok(s.requests_for(&theirs)?.into_iter().find(|r| r.id == id))).await?;
    let Some(request) = request else {
        let done = Some(t!(visitor.lang, "site-focal-not-waiting"));
        return page(&state, &visitor, event_id, &token, focal_point, expires, done).await;
    };
    // The registration's history is the organisers' record: in English, as the app shows it whatever the visitor's.
    let by = format!("{} (focal point for {})", focal_point.name, administration(&focal_point, Lang::En));
    let input = DecisionInput { ids: vec![request.id], status, reason };
    with_storage(&state, move |s| s.decide(&input, &by)).await?;
    state.wake_mail();
    // Post, redirect, get: a reload does not decide again.
    Ok(private(Redirect::to(&visitor.link(&format!("/events/{event_id}/focal/{token}"))).into_response()))
}
