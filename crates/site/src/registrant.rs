//! The pages that the links of the site's mails lead to, each showing a button that does the thing (a mail scanner
//! that opens links does nothing by opening them):
//! - `/events/{id}/confirm/{token}`: the address was the registrant's; the request goes to the organisers now
//!   (placed on the waiting list if the meeting filled up meanwhile);
//! - `/events/{id}/cancel/{token}`: the registrant cancels their own registration.
//!
//! The tokens are secrets (the confirmation's random, the cancellation's signed): the pages say no more than what
//! their holder already knows, and tell others nothing.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Router, routing::post};
use chrono::Utc;
use dais_core::registrations::DecisionInput;
use dais_core::{Registration, RegistrationStatus};
use uuid::Uuid;

use crate::AppState;
use crate::mail::Mailer;
use crate::mail::outbox::Confirmation;
use crate::web::{Layout, MessagePage, SiteError, load_meeting, private, with_public_headers, with_storage};

/// Who cancelled, as the registration's history says.
pub const REGISTRANT: &str = "The registrant (by the link in their mail)";

pub fn routes() -> Router<AppState> {
    with_public_headers(
        Router::new()
            .route("/events/{id}/confirm/{token}", get(show_confirmation).merge(post(confirm)))
            .route("/events/{id}/cancel/{token}", get(show_cancel).merge(post(cancel))),
    )
}

fn mailer(state: &AppState) -> Result<Arc<Mailer>, SiteError> {
    state.mail.clone().ok_or(SiteError::NotFound)
}

async fn page(
    state: &AppState,
    event_id: Uuid,
    heading: &str,
    message: &str,
    action: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, SiteError> {
    let event = load_meeting(state, event_id, None).await.ok().map(|m| m.event);
    let home = event.as_ref().map(|e| (format!("/events/{}", e.id), format!("Back to {}", e.short_title)));
    let mut page = MessagePage::new(heading, message, home);
    page.action = action;
    if let Some(event) = &event {
        page.layout = Layout::meeting(heading, event, "register");
    }
    Ok(private(page.respond(status)))
}

/// The request a link confirms, if the link is good and for this meeting.
async fn request(
    mail: &Arc<Mailer>,
    event_id: Uuid,
    token: &str,
) -> Result<Result<Registration, (&'static str, String)>, SiteError> {
    let (mail, token) = (Arc::clone(mail), token.to_string());
    let found = tokio::task::spawn_blocking(move || mail.outbox.confirmation(&token, Utc::now()))
        .await
        .map_err(|e| SiteError::Internal(e.to_string()))?
        .map_err(|e| SiteError::Internal(e.to_string()))?;
    Ok(match found {
        Confirmation::Request(r) if r.event_id == event_id => Ok(*r),
        Confirmation::Expired => Err((
            "This link has expired",
            "The request was not confirmed in time, so nothing of it was kept. Please send the registration form \
             again."
                .to_string(),
        )),
        _ => Err((
            "This link is not valid",
            "It may have been used already: a request is confirmed once. If you have not confirmed yours, send the \
             registration form again."
                .to_string(),
        )),
    })
}

async fn show_confirmation(
    State(state): State<AppState>,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let mail = mailer(&state)?;
    match request(&mail, event_id, &token).await? {
        Ok(r) => {
            let message = format!(
                "Confirm that {} {} asks to take part, with this address: the request then goes to the organisers.",
                r.given_name, r.family_name
            );
            let action = Some((format!("/events/{event_id}/confirm/{token}"), "Confirm my request".to_string()));
            page(&state, event_id, "Confirm your request", &message, action, StatusCode::OK).await
        }
        Err((heading, message)) => page(&state, event_id, heading, &message, None, StatusCode::GONE).await,
    }
}

async fn confirm(
    State(state): State<AppState>,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let mail = mailer(&state)?;
    let request = match request(&mail, event_id, &token).await? {
        Ok(r) => r,
        Err((heading, message)) => return page(&state, event_id, heading, &message, None, StatusCode::GONE).await,
    };
    // Into the meeting data first, then the link used up: a crash between leaves a link that finds the request
    // already there, never a request lost.
    let registered = with_storage(&state, move |s| s.register(request)).await?;
    let used = Arc::clone(&mail);
    let _ = tokio::task::spawn_blocking(move || used.outbox.confirmed(&token)).await;
    state.wake_mail();
    let (heading, message) = if !registered.created {
        (
            "This address has registered already",
            "A registration with this address was made before for this meeting: it stands, and nothing was changed."
                .to_string(),
        )
    } else if registered.registration.decision.status == RegistrationStatus::Waitlisted {
        (
            "Your request is on the waiting list",
            "Every place is taken: your request is on the waiting list, and you will be told by mail if a place frees \
             up."
            .to_string(),
        )
    } else {
        (
            "Your request is confirmed",
            "It is pending until the focal point of your administration or organisation approves it: you will be \
             told the decision by mail."
                .to_string(),
        )
    };
    page(&state, event_id, heading, &message, None, StatusCode::OK).await
}

/// The registration a cancel link is for, if the link is this site's and for this meeting.
async fn cancellable(state: &AppState, event_id: Uuid, token: &str) -> Result<Option<Registration>, SiteError> {
    let mail = mailer(state)?;
    let Some(id) = mail.cancel_token_for(token) else { return Ok(None) };
    let registration = with_storage(state, move |s| s.registration(id)).await?;
    Ok(registration.filter(|r| r.event_id == event_id))
}

async fn show_cancel(
    State(state): State<AppState>,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let Some(r) = cancellable(&state, event_id, &token).await? else { return invalid_cancel(&state, event_id).await };
    if r.decision.status == RegistrationStatus::Cancelled {
        return page(&state, event_id, "Your registration is cancelled", "Nothing more to do.", None, StatusCode::OK)
            .await;
    }
    let message = format!(
        "Cancel the registration of {} {}? The organisers are told, and your place goes to someone on the waiting \
         list.",
        r.given_name, r.family_name
    );
    let action = Some((format!("/events/{event_id}/cancel/{token}"), "Cancel my registration".to_string()));
    page(&state, event_id, "Cancel your registration", &message, action, StatusCode::OK).await
}

async fn cancel(
    State(state): State<AppState>,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let Some(r) = cancellable(&state, event_id, &token).await? else { return invalid_cancel(&state, event_id).await };
    if r.decision.status != RegistrationStatus::Cancelled {
        let input = DecisionInput { ids: vec![r.id], status: RegistrationStatus::Cancelled, reason: None };
        with_storage(&state, move |s| s.decide(&input, REGISTRANT)).await?;
        state.wake_mail();
    }
    let message = "The organisers are told. If you change your mind, write to them.";
    page(&state, event_id, "Your registration is cancelled", message, None, StatusCode::OK).await
}

async fn invalid_cancel(state: &AppState, event_id: Uuid) -> Result<Response, SiteError> {
    let message = "Use the link in the last mail you got about your registration.";
    page(state, event_id, "This link is not valid", message, None, StatusCode::NOT_FOUND).await
}
