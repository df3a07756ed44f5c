//! How often one client may post the form: a rate per client address, past which the post gets 429.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use dais_core::t;

use crate::web::{MessagePage, Visitor};

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

/// A rate per client address (governor's GCRA, a token bucket in effect): a burst of submissions, then one more every
/// few seconds. Enough for a secretariat registering a delegation from one office; a flood gets 429 with the time to
/// wait.
pub(super) struct RateLimit {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    trusted_proxies: Arc<[IpAddr]>,
}

impl RateLimit {
    /// Bounds the memory: past this many clients, those back to a full burst are forgotten.
    const MAX_CLIENTS: usize = 10_000;

    pub(super) fn new(rate: FormRate, trusted_proxies: Arc<[IpAddr]>) -> RateLimit {
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

pub(super) async fn limit_rate(State(limit): State<Arc<RateLimit>>, request: Request, next: Next) -> Response {
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
            let visitor = Visitor::current();
            let message = t!(visitor.lang, "form-too-many-detail", count = seconds);
            let heading = t!(visitor.lang, "form-too-many");
            let mut response =
                MessagePage::new(&visitor, &heading, &message, None).respond(StatusCode::TOO_MANY_REQUESTS);
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
            response
        }
    }
}
