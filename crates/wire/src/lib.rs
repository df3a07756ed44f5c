//! The sync protocol's wire types (docs/architecture.md, "Sync"): what an organiser's app and the event site send each
//! other. A crate of its own so that the site links these and not the app's client (its keychain and HTTP client).

pub mod embed;

use dais_core::publication::SentPublication;
use dais_core::{ErasedRow, Mutation, Refusal, Superseded, TableRows};
use serde::{Deserialize, Serialize};

/// The protocol's version. The site refuses another with `protocol_mismatch`, telling which one to update. 3: sync
/// no longer publishes; Publish is its own request. 4: a registration may be waitlisted, and its decision carries a
/// reason and the decisions before it (an older app would drop them when it writes a decision). 5: a meeting may be
/// archived (an older app would not know the field it pulls). 6: a registration carries the registrant's time zone
/// and the site's last mail about it. 7: a registration carries the language its registrant read the form in (an
/// older app would refuse the field it pulls).
pub const PROTOCOL: u32 = 7;
pub const PUSH_PATH: &str = "/api/sync/v1/push";
/// The most mutations one push may carry: the site refuses more (a push is one transaction, which must stay short
/// for the readers waiting behind it); clients send a day offline in several.
pub const MAX_PUSH: usize = 1_000;
pub const PULL_PATH: &str = "/api/sync/v1/pull";
/// Where a workspace sends its rows again when the site answers `site_restored`.
pub const RESEND_PATH: &str = "/api/sync/v1/resend";

/// Where an organiser publishes a meeting (`PublishRequest`, answered with a `dais_core::publication::Published`).
pub const PUBLISH_PATH: &str = "/api/sync/v1/publish";
/// Where an organiser takes a meeting off the public site (`WithdrawRequest`).
pub const WITHDRAW_PATH: &str = "/api/sync/v1/withdraw";
/// Where a workspace fetches the publications it lacks (`PublicationsRequest`, `PublicationsResponse`).
pub const PUBLICATIONS_PATH: &str = "/api/sync/v1/publications";

/// The header that names the organiser (`Store::organiser_name`, percent-encoded UTF-8) with each request, where one
/// was set: the site shows that name, not the token's label, wherever it says who did something.
pub const ORGANISER_HEADER: &str = "dais-organiser";
/// An organiser's name as the header carries it.
pub fn organiser_header(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The name a header carries, or why it is not one: not UTF-8, or not a name as core's `organiser_name` takes it.
pub fn organiser_from_header(value: &[u8]) -> Result<String, String> {
    let name = percent_encoding::percent_decode(value)
        .decode_utf8()
        .map_err(|_| "the organiser's name is not UTF-8".to_string())?;
    dais_core::registrations::organiser_name(&name)
        .map(str::to_string)
        .map_err(|e| format!("the organiser's name: {}", e.message.say(dais_core::Lang::En)))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublishRequest {
    pub protocol: u32,
    /// A meeting: its side events publish with it.
    pub event_id: uuid::Uuid,
    /// The digest of the organiser's preview: the site publishes only the content previewed.
    pub digest: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WithdrawRequest {
    pub protocol: u32,
    pub event_id: uuid::Uuid,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublicationsRequest {
    pub protocol: u32,
    /// The last publication the workspace has (`seq`), 0 for none.
    pub after: i64,
    /// Digests of editions the workspace has (those it just published): the site leaves them out.
    #[serde(default)]
    pub editions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublicationsResponse {
    /// Oldest first.
    pub publications: Vec<SentPublication>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PushRequest {
    pub protocol: u32,
    /// The workspace's replica id.
    pub client_id: String,
    /// Oldest first, without gaps.
    pub mutations: Vec<Mutation>,
    /// How far the workspace has read the site's feed (a pull's cursor), if at all: a site that never gave it was
    /// restored from an earlier copy, and answers `site_restored` before taking changes to rows it may have lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PushResponse {
    /// Every mutation up to this one is applied: the client can drop them from its outbox.
    pub last_mutation_id: i64,
    /// The mutations among them that were not applied, because a field they set breaks the app's own rules (the
    /// site's values of those rows come back with the next pull).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<Refusal>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PullRequest {
    pub protocol: u32,
    pub client_id: String,
    /// None for a first pull.
    pub cursor: Option<String>,
    pub limit: u32,
    /// The last of the client's changes the site acknowledged: a site that remembers fewer was restored from an
    /// earlier copy, and answers `site_restored`.
    pub acknowledged: i64,
}

/// Part of a workspace's rows, sent again to a site that lost them (it answered `site_restored`), in parts of at
/// most `MAX_PUSH` rows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResendRequest {
    pub protocol: u32,
    pub client_id: String,
    /// Rows the workspace erased, which the site must not keep (on the first part).
    #[serde(default)]
    pub erased: Vec<ErasedRow>,
    /// Each row with its fields' stamps, as the workspace holds it.
    pub tables: Vec<TableRows>,
    /// The conflicts the workspace holds (values that lost to a concurrent edit), which the site may have lost too.
    #[serde(default)]
    pub conflicts: Vec<Superseded>,
    /// On the last part only: the last change the site had acknowledged, from which pushes go on.
    pub acknowledged: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PullResponse {
    /// The changed rows, by table, as stored.
    pub tables: Vec<TableRows>,
    /// Values that lost to a concurrent edit.
    pub conflicts: Vec<Superseded>,
    /// Rows erased at their person's request: the laptop removes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erased: Vec<ErasedRow>,
    pub cursor: String,
    pub has_more: bool,
    /// The site's clock, later than every stamp in the page.
    pub clock: String,
}

/// A position in a site's change feed: the site's epoch (the id of its data) and a sequence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor<'a> {
    pub epoch: &'a str,
    pub seq: i64,
}

impl<'a> Cursor<'a> {
    pub fn parse(text: &'a str) -> Option<Cursor<'a>> {
        let (epoch, seq) = text.split_once('.')?;
        Some(Cursor { epoch, seq: seq.parse().ok()? })
    }
}

impl std::fmt::Display for Cursor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.epoch, self.seq)
    }
}

/// The public programme of meeting `event_id` on the site whose address is `site`: where the app and `dais publish`
/// send organisers, and what the site's feeds link to.
pub fn programme_url(site: &str, event_id: uuid::Uuid) -> String {
    format!("{}/events/{event_id}/programme", site.trim_end_matches('/'))
}

/// How the site reports an error: `{code, message}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireError {
    pub code: String,
    pub message: String,
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_in_any_script_crosses_the_header_as_it_was_typed() {
        for name in ["Alice Martin, TSB", "王小明", "محمد عبد الله", "Zoë Ñúñez"] {
            assert_eq!(super::organiser_from_header(super::organiser_header(name).as_bytes()), Ok(name.to_string()));
        }
        assert!(super::organiser_from_header(b"%0Aevil").is_err());
        assert!(super::organiser_from_header(b"%FF").is_err());
        assert!(super::organiser_from_header(b"  ").is_err());
    }
}
