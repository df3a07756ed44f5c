//! The form's protection against cross-site requests: the site's key, kept in its data folder, and the cookie and
//! token made with it.

use axum::http::HeaderMap;
use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The CSRF key in `path`, made (random, readable by its owner only) when there is none.
pub fn load_or_create_key(path: &std::path::Path) -> std::io::Result<[u8; 32]> {
    match std::fs::read(path) {
        Ok(bytes) => {
            bytes.try_into().map_err(|_| std::io::Error::other("not a key of 32 bytes; delete it to make one"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key: [u8; 32] = rand::random();
            dais_core::storage::private_file::write(path, &key)?;
            Ok(key)
        }
        Err(e) => Err(e),
    }
}

/// CSRF protection without sessions: the form's cookie holds when it was issued and a random nonce; the form's hidden
/// field holds an HMAC of that cookie under the site's secret key. A page on another site can neither read the
/// cookie nor compute the token, and the cookie is `SameSite=Strict`, so it is not even sent from there.
pub(super) struct Csrf {
    pub(super) key: [u8; 32],
}

impl Csrf {
    const COOKIE: &str = "dais_form";
    /// Long enough to fill in a form slowly; a form older than this is sent again.
    const LIFETIME_SECONDS: i64 = 24 * 3600;

    pub(super) fn issue(&self, now: DateTime<Utc>) -> String {
        format!("{}.{}", now.timestamp(), hex::encode(rand::random::<[u8; 16]>()))
    }

    fn mac(&self, cookie: &str) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key).expect("HMAC takes a key of any length");
        mac.update(cookie.as_bytes());
        mac
    }

    pub(super) fn token(&self, cookie: &str) -> String {
        hex::encode(self.mac(cookie).finalize().into_bytes())
    }

    /// What the form carries: the token, and in another site's frame the cookie's value too (see `submit`).
    pub(super) fn form_token(&self, cookie: &str, visitor: &crate::web::Visitor) -> FormToken {
        FormToken { token: self.token(cookie), nonce: visitor.embedded.then(|| cookie.to_string()) }
    }

    /// Ours in shape (`{issued}.{32 hex digits}`) and young enough; whether it is ours in fact is for the token.
    pub(super) fn is_fresh(&self, cookie: &str, now: DateTime<Utc>) -> bool {
        let Some((issued, nonce)) = cookie.split_once('.') else { return false };
        let well_formed = nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_hexdigit());
        let age = issued.parse::<i64>().map(|t| now.timestamp() - t);
        well_formed && age.is_ok_and(|age| (0..=Self::LIFETIME_SECONDS).contains(&age))
    }

    /// In constant time, so that the token cannot be guessed byte by byte from response times.
    pub(super) fn verify(&self, cookie: &str, token: &str, now: DateTime<Utc>) -> bool {
        let Ok(token) = hex::decode(token) else { return false };
        self.is_fresh(cookie, now) && self.mac(cookie).verify_slice(&token).is_ok()
    }

    /// `Secure` when the site is served over https: the cookie then never travels in clear.
    pub(super) fn cookie_header(value: &str, https: bool) -> String {
        let secure = if https { "; Secure" } else { "" };
        format!(
            "{}={value}; Path=/events; Max-Age={}; HttpOnly; SameSite=Strict{secure}",
            Self::COOKIE,
            Self::LIFETIME_SECONDS
        )
    }
}

/// The form's hidden fields against forgery.
pub(super) struct FormToken {
    pub(super) token: String,
    pub(super) nonce: Option<String>,
}

pub(super) fn form_cookie(headers: &HeaderMap) -> Option<String> {
    crate::web::cookie(headers, Csrf::COOKIE)
}
