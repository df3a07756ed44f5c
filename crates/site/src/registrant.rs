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
use dais_core::{Registration, RegistrationStatus, t};
use uuid::Uuid;

use crate::AppState;
use crate::mail::Mailer;
use crate::mail::outbox::Confirmation;
use crate::web::{Layout, MessagePage, SiteError, Visitor, load_meeting, private, with_public_headers, with_storage};

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
    visitor: &Visitor,
    event_id: Uuid,
    heading: &str,
    message: &str,
    action: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, SiteError> {
    let event = load_meeting(state, event_id, visitor.lang, None).await.ok().map(|m| m.event);
    let home = event.as_ref().map(|e| {
        (visitor.link(&format!("/events/{}", e.id)), t!(visitor.lang, "site-back-to", meeting = e.short_title.as_str()))
    });
    let mut page = MessagePage::new(visitor, heading, message, home);
    page.action = action;
    if let Some(event) = &event {
        page.layout = Layout::meeting(visitor, heading, event, "register");
    }
    Ok(private(page.respond(status)))
}

/// The request a link confirms, if the link is good and for this meeting.
async fn request(
    visitor: &Visitor,
    mail: &Arc<Mailer>,
    event_id: Uuid,
    token: &str,
) -> Result<Result<Registration, (String, String)>, SiteError> {
    let lang = visitor.lang;
    let (mail, token) = (Arc::clone(mail), token.to_string());
    let found = tokio::task::spawn_blocking(move || mail.outbox.confirmation(&token, Utc::now()))
        .await
        .map_err(|e| SiteError::Internal(e.to_string()))?
        .map_err(|e| SiteError::Internal(e.to_string()))?;
    Ok(match found {
        Confirmation::Request(r) if r.event_id == event_id => Ok(*r),
        Confirmation::Expired => Err((t!(lang, "site-link-expired"), t!(lang, "site-confirm-expired"))),
        _ => Err((t!(lang, "site-link-invalid"), t!(lang, "site-confirm-invalid"))),
    })
}

async fn show_confirmation(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let mail = mailer(&state)?;
    let lang = visitor.lang;
    match request(&visitor, &mail, event_id, &token).await? {
        Ok(r) => {
            let name = r.full_name();
            let message = t!(lang, "site-confirm-ask", name = name);
            let action =
                Some((visitor.link(&format!("/events/{event_id}/confirm/{token}")), t!(lang, "site-confirm-button")));
            page(&state, &visitor, event_id, &t!(lang, "site-confirm-title"), &message, action, StatusCode::OK).await
        }
        Err((heading, message)) => page(&state, &visitor, event_id, &heading, &message, None, StatusCode::GONE).await,
    }
}

async fn confirm(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let mail = mailer(&state)?;
    let lang = visitor.lang;
    let request = match request(&visitor, &mail, event_id, &token).await? {
        Ok(r) => r,
        Err((heading, message)) => {
            return page(&state, &visitor, event_id, &heading, &message, None, StatusCode::GONE).await;
        }
    };
    // Into the meeting data first, then the link used up: a crash between leaves a link that finds the request
    // already there, never a request lost.
    let registered = with_storage(&state, move |s| s.register(request)).await?;
    let used = Arc::clone(&mail);
    let _ = tokio::task::spawn_blocking(move || used.outbox.confirmed(&token)).await;
    state.wake_mail();
    let (heading, message) = if !registered.created {
        (t!(lang, "site-confirm-registered-already"), t!(lang, "site-confirm-registered-already-detail"))
    } else if registered.registration.decision.status == RegistrationStatus::Waitlisted {
        (t!(lang, "site-confirm-waitlisted"), t!(lang, "site-confirm-waitlisted-detail"))
    } else {
        (t!(lang, "site-confirm-done"), t!(lang, "site-confirm-done-detail"))
    };
    page(&state, &visitor, event_id, &heading, &message, None, StatusCode::OK).await
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
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let lang = visitor.lang;
    let Some(r) = cancellable(&state, event_id, &token).await? else {
        return invalid_cancel(&state, &visitor, event_id).await;
    };
    if r.decision.status == RegistrationStatus::Cancelled {
        let (heading, message) = (t!(lang, "site-cancel-done"), t!(lang, "site-cancel-nothing-more"));
        return page(&state, &visitor, event_id, &heading, &message, None, StatusCode::OK).await;
    }
    let message = t!(lang, "site-cancel-ask", name = r.full_name());
    let action = Some((visitor.link(&format!("/events/{event_id}/cancel/{token}")), t!(lang, "site-cancel-button")));
    page(&state, &visitor, event_id, &t!(lang, "site-cancel-title"), &message, action, StatusCode::OK).await
}

async fn cancel(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((event_id, token)): Path<(Uuid, String)>,
) -> Result<Response, SiteError> {
    let lang = visitor.lang;
    let Some(r) = cancellable(&state, event_id, &token).await? else {
        return invalid_cancel(&state, &visitor, event_id).await;
    };
    if r.decision.status != RegistrationStatus::Cancelled {
        let input = DecisionInput { ids: vec![r.id], status: RegistrationStatus::Cancelled, reason: None };
        with_storage(&state, move |s| s.decide(&input, REGISTRANT)).await?;
        state.wake_mail();
    }
    let (heading, message) = (t!(lang, "site-cancel-done"), t!(lang, "site-cancel-done-detail"));
    page(&state, &visitor, event_id, &heading, &message, None, StatusCode::OK).await
}

async fn invalid_cancel(state: &AppState, visitor: &Visitor, event_id: Uuid) -> Result<Response, SiteError> {
    let (heading, message) = (t!(visitor.lang, "site-link-invalid"), t!(visitor.lang, "site-cancel-invalid"));
    page(state, visitor, event_id, &heading, &message, None, StatusCode::NOT_FOUND).await
}
