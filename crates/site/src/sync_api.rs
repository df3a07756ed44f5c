//! The sync API that organisers' apps call: push and pull, publish and withdraw, each authenticated by an organiser
//! token.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use dais_wire::{
    MAX_PUSH, PROTOCOL, PUBLICATIONS_PATH, PUBLISH_PATH, PULL_PATH, PUSH_PATH, PublicationsRequest,
    PublicationsResponse, PublishRequest, PullRequest, PushRequest, RESEND_PATH, ResendRequest, WITHDRAW_PATH,
    WireError, WithdrawRequest,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::tokens::Grant;

/// A day offline is a few thousand mutations; this leaves room without letting one request eat the memory.
const MAX_SYNC_BODY: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(PUSH_PATH, post(push))
        .route(PULL_PATH, post(pull))
        .route(RESEND_PATH, post(resend))
        .route(PUBLISH_PATH, post(publish))
        .route(WITHDRAW_PATH, post(withdraw))
        .route(PUBLICATIONS_PATH, post(publications))
        .layer(DefaultBodyLimit::max(MAX_SYNC_BODY))
}

/// The organiser whose token came with the request, and the meetings it covers.
pub struct Organiser(pub Grant);

impl FromRequestParts<AppState> for Organiser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .unwrap_or_default()
            .to_string();
        let shown_as = match parts.headers.get(dais_wire::ORGANISER_HEADER) {
            Some(value) => Some(
                dais_wire::organiser_from_header(value.as_bytes())
                    .map_err(|reason| failure(StatusCode::BAD_REQUEST, "rejected", reason).into_response())?,
            ),
            None => None,
        };
        let tokens = state.tokens.clone();
        let grant = tokio::task::spawn_blocking(move || tokens.grant(&token)).await;
        match grant {
            Ok(Ok(Some(grant))) => Ok(Organiser(Grant { shown_as, ..grant })),
            Ok(Ok(None)) => Err(unauthorized()),
            _ => Err(failure(StatusCode::INTERNAL_SERVER_ERROR, "site", "the token store failed").into_response()),
        }
    }
}

/// 401 and nothing else: a caller without a valid token learns nothing about the site.
fn unauthorized() -> Response {
    (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))]).into_response()
}

/// An error of the sync API, as `{code, message}` with its status.
pub struct Failure {
    status: StatusCode,
    body: WireError,
}

fn failure(status: StatusCode, code: &str, message: impl Into<String>) -> Failure {
    Failure { status, body: WireError { code: code.into(), message: message.into() } }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.status, axum::Json(self.body)).into_response()
    }
}

async fn push(State(state): State<AppState>, Organiser(grant): Organiser, body: Bytes) -> Result<Response, Failure> {
    let request: PushRequest = parse(&body)?;
    within_bounds("a push", "changes", request.mutations.len())?;
    let pushed = on_storage(&state, move |storage| storage.push(&grant, &request)).await;
    // An organiser's decision is mail for the registrant.
    state.wake_mail();
    pushed
}

async fn pull(State(state): State<AppState>, Organiser(grant): Organiser, body: Bytes) -> Result<Response, Failure> {
    let request: PullRequest = parse(&body)?;
    on_storage(&state, move |storage| storage.pull(&grant, &request)).await
}

async fn resend(State(state): State<AppState>, Organiser(grant): Organiser, body: Bytes) -> Result<Response, Failure> {
    let request: ResendRequest = parse(&body)?;
    let rows =
        request.tables.iter().map(|t| t.rows.len()).sum::<usize>() + request.conflicts.len() + request.erased.len();
    within_bounds("a resend", "rows", rows)?;
    on_storage(&state, move |storage| storage.resend(&grant, &request).map(|()| serde_json::json!({}))).await
}

async fn publish(State(state): State<AppState>, Organiser(grant): Organiser, body: Bytes) -> Result<Response, Failure> {
    let request: PublishRequest = parse(&body)?;
    on_storage(&state, move |storage| storage.publish(&grant, request.event_id, request.digest.as_deref())).await
}

async fn withdraw(
    State(state): State<AppState>,
    Organiser(grant): Organiser,
    body: Bytes,
) -> Result<Response, Failure> {
    let request: WithdrawRequest = parse(&body)?;
    on_storage(&state, move |storage| {
        storage.withdraw(&grant, request.event_id).map(|withdrawn| serde_json::json!({ "withdrawn": withdrawn }))
    })
    .await
}

async fn publications(
    State(state): State<AppState>,
    Organiser(grant): Organiser,
    body: Bytes,
) -> Result<Response, Failure> {
    let request: PublicationsRequest = parse(&body)?;
    on_storage(&state, move |storage| {
        storage
            .publications_after(&grant, request.after, &request.editions)
            .map(|publications| PublicationsResponse { publications })
    })
    .await
}

/// A push or a resend is one transaction, which must stay short for the readers behind it: `MAX_PUSH` items at most.
fn within_bounds(what: &str, items: &str, count: usize) -> Result<(), Failure> {
    if count <= MAX_PUSH {
        return Ok(());
    }
    Err(failure(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
        format!("{what} carries at most {MAX_PUSH} {items}; this one has {count}"),
    ))
}

/// Reads a request, checking the protocol version first so that an old app gets a clear message, not a parse error.
fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, Failure> {
    #[derive(Deserialize)]
    struct Version {
        protocol: u32,
    }
    let bad = |e: serde_json::Error| failure(StatusCode::BAD_REQUEST, "malformed", format!("malformed request: {e}"));
    let version: Version = serde_json::from_slice(body).map_err(bad)?;
    if version.protocol != PROTOCOL {
        let update = if version.protocol > PROTOCOL { "the event site" } else { "the app" };
        return Err(failure(
            StatusCode::CONFLICT,
            "protocol_mismatch",
            format!(
                "the app speaks sync protocol {} and this site speaks {PROTOCOL}: update {update}",
                version.protocol
            ),
        ));
    }
    serde_json::from_slice(body).map_err(bad)
}

/// Runs a storage call on the blocking pool (SQLite would stall the async threads) and answers with its outcome.
async fn on_storage<T: serde::Serialize + Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&dyn crate::Storage) -> dais_core::Result<T> + Send + 'static,
) -> Result<Response, Failure> {
    let storage = state.storage.clone();
    match tokio::task::spawn_blocking(move || f(storage.as_ref())).await {
        Ok(Ok(value)) => Ok(axum::Json(value).into_response()),
        Ok(Err(e)) => {
            let status = match e {
                dais_core::Error::Rejected(_) | dais_core::Error::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
                dais_core::Error::DiskFull => StatusCode::INSUFFICIENT_STORAGE,
                dais_core::Error::SiteRestored(_) | dais_core::Error::ChangedSincePreview => StatusCode::CONFLICT,
                dais_core::Error::NotFound { .. } => StatusCode::NOT_FOUND,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            Err(failure(status, e.code(), e.to_string()))
        }
        Err(_) => {
            Err(failure(StatusCode::INTERNAL_SERVER_ERROR, "site", "the site failed while syncing; nothing was lost"))
        }
    }
}
