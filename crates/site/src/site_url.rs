//! The site's own address, for the links in its feeds and for its cookies: the public URL it was started with
//! (`serve --public-url`, as behind a reverse proxy in production), else what the request says (a site on 127.0.0.1).

use axum::http::HeaderMap;
use axum::http::header::HOST;
use uuid::Uuid;

pub struct SiteUrl {
    /// `https://events.example.org`, without a trailing slash.
    pub base: String,
    pub https: bool,
}

impl SiteUrl {
    /// Without a configured URL, the Host header is the client's to set, so only a plain host name (and port) is
    /// taken from it; anything else becomes `localhost`, so a crafted header cannot put markup or another scheme into
    /// our feeds. A TLS-terminating proxy says `X-Forwarded-Proto: https`.
    pub fn of(public_url: Option<&str>, headers: &HeaderMap) -> SiteUrl {
        if let Some(url) = public_url {
            return SiteUrl { base: url.to_string(), https: url.starts_with("https://") };
        }
        let host = headers
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                !h.is_empty()
                    && h.len() <= 255
                    && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
            })
            .unwrap_or("localhost");
        let https = headers.get("x-forwarded-proto").is_some_and(|p| p.as_bytes().eq_ignore_ascii_case(b"https"));
        let scheme = if https { "https" } else { "http" };
        SiteUrl { base: format!("{scheme}://{host}"), https }
    }

    /// An entry on the public programme, for calendars and schedule readers.
    pub fn entry(&self, event_id: Uuid, entry_id: Uuid) -> String {
        format!("{}#entry-{entry_id}", dais_wire::programme_url(&self.base, event_id))
    }
}

/// A public URL as `serve --public-url` takes it: http(s), a host, no query or fragment; returned without a trailing
/// slash. Checked at start, so that a typo stops the site with a message instead of breaking every feed.
pub fn check_public_url(url: &str) -> Result<String, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("--public-url {url:?} is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(format!("--public-url {url:?} must be an http(s) address, such as https://events.example.org"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() || !parsed.username().is_empty() {
        return Err(format!("--public-url {url:?} must have no query, fragment or user name"));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configured_url_wins_over_the_request() {
        let mut headers = HeaderMap::new();
        headers.insert(HOST, "127.0.0.1:8080".parse().unwrap());
        let site = SiteUrl::of(Some("https://events.example.org"), &headers);
        assert_eq!((site.base.as_str(), site.https), ("https://events.example.org", true));
        let site = SiteUrl::of(None, &headers);
        assert_eq!((site.base.as_str(), site.https), ("http://127.0.0.1:8080", false));
        headers.insert(HOST, "evil.example\"><script>".parse().unwrap());
        assert_eq!(SiteUrl::of(None, &headers).base, "http://localhost");
    }

    #[test]
    fn a_public_url_is_checked_at_start() {
        assert_eq!(check_public_url("https://events.example.org/").unwrap(), "https://events.example.org");
        assert_eq!(check_public_url("https://example.org/u4ssc/").unwrap(), "https://example.org/u4ssc");
        for bad in ["events.example.org", "ftp://example.org", "https://example.org/?a=1", "https://u@example.org"] {
            assert!(check_public_url(bad).is_err(), "{bad} was taken");
        }
    }
}
