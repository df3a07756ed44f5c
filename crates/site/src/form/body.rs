//! Reading a submitted form: its body within a size limit, and its encoding, strictly.

use std::collections::HashMap;
use std::time::Duration;

use axum::body::Body;
use axum::http::HeaderMap;
use axum::http::header::CONTENT_TYPE;
use dais_core::msg;
use http_body_util::BodyExt;
use percent_encoding::percent_decode_str;

use super::page::Refusal;

/// A filled-in form is well under 2 KiB; 16 KiB leaves room for long names in any script.
const BODY_LIMIT: usize = 16 * 1024;
/// What is read and thrown away of a body over the limit, and for how long, before the connection is closed: a client
/// still sending when we answer would otherwise see a reset connection instead of our 413 page.
const DRAIN_LIMIT: usize = 32 * 1024 * 1024;
const DRAIN_TIME: Duration = Duration::from_secs(10);

/// The body, up to [`BODY_LIMIT`]; past it, the rest is drained (within bounds) and the form refused.
pub(super) async fn read_body(mut body: Body) -> Result<Vec<u8>, Refusal> {
    let mut received = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| Refusal::Garbled(msg!("form-garbled-incomplete")))?;
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

pub(super) fn is_urlencoded(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// `application/x-www-form-urlencoded`, strictly: the body and every decoded name and value must be UTF-8 (a lossy
/// decoding would store U+FFFD in someone's name), and no field may come twice.
pub(super) fn parse_urlencoded(body: &[u8]) -> Result<HashMap<String, String>, Refusal> {
    let not_utf8 = || Refusal::Garbled(msg!("form-garbled-not-utf8"));
    let text = std::str::from_utf8(body).map_err(|_| not_utf8())?;
    let decode = |part: &str| {
        percent_decode_str(&part.replace('+', " ")).decode_utf8().map(|s| s.into_owned()).map_err(|_| not_utf8())
    };
    let mut fields = HashMap::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if fields.insert(decode(name)?, decode(value)?).is_some() {
            return Err(Refusal::Garbled(msg!("form-garbled-twice")));
        }
    }
    Ok(fields)
}
