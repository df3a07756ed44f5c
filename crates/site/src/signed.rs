//! Links that carry their own proof: a payload and an HMAC of it under the site's key (the form key's file), for one
//! purpose each, so that a link made for one thing never opens another. A link cannot be made or changed without the
//! key; the page it opens checks what it names (the registration, the focal point) still stands.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// 128 bits of the MAC: enough that no one guesses one, and a link that fits a mail line.
const MAC_BYTES: usize = 16;

#[derive(Clone)]
pub struct Signer {
    key: [u8; 32],
}

impl Signer {
    pub fn new(key: [u8; 32]) -> Signer {
        Signer { key }
    }

    fn mac(&self, purpose: &str, payload: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(payload);
        mac
    }

    /// `payload` and its proof, as text for a link.
    pub fn sign(&self, purpose: &str, payload: &[u8]) -> String {
        let mac = self.mac(purpose, payload).finalize().into_bytes();
        format!("{}.{}", hex::encode(payload), hex::encode(&mac[..MAC_BYTES]))
    }

    /// The payload of a token signed for `purpose`, if it is one (compared in constant time).
    pub fn open(&self, purpose: &str, token: &str) -> Option<Vec<u8>> {
        let (payload, mac) = token.split_once('.')?;
        let (payload, mac) = (hex::decode(payload).ok()?, hex::decode(mac).ok()?);
        if mac.len() != MAC_BYTES {
            return None;
        }
        self.mac(purpose, &payload).verify_truncated_left(&mac).ok()?;
        Some(payload)
    }
}
