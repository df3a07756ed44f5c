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
use dais_core::Lang;
use dais_core::registrations::DecisionInput;
use dais_core::rules::country::country_name;
use dais_core::{FocalPoint, Registration, RegistrationStatus};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::public::MeetingFacts;
use crate::web::{
    Layout, MessagePage, SiteError, instant_label, load_meeting, private, render, with_public_headers, with_storage,
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
fn refused(opened: &Opened) -> Response {
    let (heading, message) = match opened {
        Opened::Expired => (
            "This link has expired",
            "Each mail about a new request brings a new link; or ask the meeting's organisers for one.",
        ),
        _ => ("This link is not valid", "Use the link of the latest mail the site sent you as a focal point."),
    };
    private(MessagePage::new(heading, message, None).respond(StatusCode::FORBIDDEN))
}

/// "Switzerland", or "Switzerland (ITU Member State administration)".
fn administration(f: &FocalPoint) -> String {
    let country = country_name(&f.country).unwrap_or(&f.country).to_string();
    match f.category {
        Some(category) => format!("{country} ({})", category.label(Lang::En)),
        None => country,
    }
}

#[derive(Template)]
#[template(path = "focal.html")]
struct FocalPage {
    layout: Layout,
    event: MeetingFacts,
    administration: String,
    focal_name: String,
    expires: String,
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

async fn page(
    state: &AppState,
    event_id: Uuid,
    token: &str,
    focal_point: FocalPoint,
    expires: DateTime<Utc>,
    done: Option<String>,
) -> Result<Response, SiteError> {
    let event = load_meeting(state, event_id, None).await?.event;
    let theirs = focal_point.clone();
    let requests = with_storage(state, move |s| s.requests_for(&theirs)).await?;
    let zone = event.zone.clone();
    let requests = requests
        .into_iter()
        .map(|r| RequestView {
            id: r.id,
            name: format!("{} {}", r.given_name, r.family_name),
            organisation: r.organisation,
            position: r.position,
            category: r.category.label(Lang::En),
            email: r.email,
            submitted: instant_label(r.submitted_at, &zone).unwrap_or_default(),
        })
        .collect();
    let page = FocalPage {
        layout: Layout::meeting("Requests", &event, "register"),
        administration: administration(&focal_point),
        focal_name: focal_point.name,
        expires: instant_label(expires, &event.zone).unwrap_or_default(),
        action: format!("/events/{event_id}/focal/{token}"),
        done,
        requests,
        event,
    };
    Ok(private(render(&page)))
}

async fn show(
    State(state): State<AppState>,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    match open(&state, event_id, &token).await? {
        Opened::Ok(focal_point, expires) => page(&state, event_id, &token, focal_point, expires, None).await,
        other => Ok(refused(&other)),
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
    Path((event_id, token)): Path<(Uuid, String)>,
    Form(form): Form<Decision>,
) -> Result<Response, SiteError> {
    let (focal_point, expires) = match open(&state, event_id, &token).await? {
        Opened::Ok(f, expires) => (f, expires),
        other => return Ok(refused(&other)),
    };
    let status = match form.decision.as_str() {
        "approved" => RegistrationStatus::Approved,
        "rejected" => RegistrationStatus::Rejected,
        _ => return Err(SiteError::BadRequest("Choose Approve or Reject.".into())),
    };
    let reason = Some(form.reason.trim().to_string()).filter(|r| !r.is_empty());
    if status == RegistrationStatus::Rejected && reason.is_none() {
        let done = Some("To reject a request, give the reason: the registrant is told it.".to_string());
        return page(&state, event_id, &token, focal_point, expires, done).await;
    }
    // Only a pending request of their own administration.
    let (theirs, id) = (focal_point.clone(), form.registration);
    let request: Option<Registration> =
        with_storage(&state, move |s| Ok(s.requests_for(&theirs)?.into_iter().find(|r| r.id == id))).await?;
    let Some(request) = request else {
        let done = Some(
            "That request is not waiting for your decision: it was decided already, or is not from \
                         your administration."
                .to_string(),
        );
        return page(&state, event_id, &token, focal_point, expires, done).await;
    };
    let by = format!("{} (focal point for {})", focal_point.name, administration(&focal_point));
    let input = DecisionInput { ids: vec![request.id], status, reason };
    with_storage(&state, move |s| s.decide(&input, &by)).await?;
    state.wake_mail();
    // Post, redirect, get: a reload does not decide again.
    Ok(private(Redirect::to(&format!("/events/{event_id}/focal/{token}")).into_response()))
}
