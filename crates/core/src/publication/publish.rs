//! Publishing: the preview of what a new version would change and make public, publishing it as version N (its
//! editions and their digest), and withdrawing a meeting from the public site.

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::changes::{self, Change, History};
use super::edition::{Edition, UnlistedSpeaker, digest, unlisted_speakers as unlisted_speakers_of};
use super::versions::{Publication, insert, last_edition, latest_state, next_seq};
use crate::error::{Error, FieldError, FieldErrorBody, Result};
use crate::i18n::Lang;
use crate::model::Event;
use crate::rules::validate::{self, Warning};
use crate::rules::zone::event_zone;
use crate::storage::Store;
use crate::storage::record::{get, list};
use crate::{msg, t};

/// What the site answers a Publish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Published {
    pub event_id: Uuid,
    pub version: u32,
    pub published_at: DateTime<Utc>,
    /// Nothing had changed since the version the public sees: no version was made.
    pub unchanged: bool,
}

/// What the next Publish of a meeting would make public, as the app's preview and `dais preview` show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Preview {
    pub event_id: Uuid,
    /// The version the public sees now, if any (None before the first Publish, or once withdrawn).
    pub current: Option<u32>,
    pub next: u32,
    /// Each change in a sentence, side events' prefixed with their short title.
    pub changes: Vec<String>,
    /// What becomes public, by kind of thing, in the organiser's words: what the site's pages, feeds and documents
    /// show.
    pub public_fields: Vec<EditionFields>,
    /// What the site receives but keeps for its own work (the online link, which only approved participants get
    /// by mail; how things link together), by kind of thing.
    pub kept_by_site: Vec<EditionFields>,
    /// Speakers the public site leaves out, and why (side events' prefixed with their short title).
    pub unlisted_speakers: Vec<UnlistedSpeaker>,
    /// The programme's errors, said in the organiser's language: they block publishing.
    pub errors: Vec<FieldErrorBody>,
    /// Overlaps and a speaker in two places: shown, and confirmed by the organiser.
    pub warnings: Vec<Warning>,
    /// Of the content previewed: the site publishes only if what it holds is the same.
    pub digest: String,
    pub shared: bool,
}

/// Some fields of one kind of thing in an edition (the meeting, its entries, ...), in the organiser's words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EditionFields {
    pub what: String,
    pub fields: Vec<String>,
}

/// The editions of a meeting and its side events, which publish together.
fn unit(conn: &Connection, meeting: Uuid) -> Result<Vec<Edition>> {
    let event: Event = get(conn, meeting)?;
    if let Some(parent) = event.parent_event_id {
        let meeting: Event = get(conn, parent)?;
        let title = event.short_title.as_str();
        return Err(Error::invalid(
            "event",
            msg!("error-publish-side-event", title = title, meeting = meeting.short_title),
        ));
    }
    let mut out = vec![Edition::read(conn, meeting)?];
    for side in list::<Event>(conn, "parent_event_id = ?1 ORDER BY starts_on, title", &[&meeting.to_string()])? {
        out.push(Edition::read(conn, side.id)?);
    }
    Ok(out)
}

/// Where one event of a meeting stands against what the public saw of it last: what the preview shows and what
/// decides whether a publication makes a version of it.
struct Standing {
    /// The last edition published (also when withdrawn since), whole.
    last: Option<Publication>,
    changes: Vec<Change>,
    /// Taken off the public site: the next publication puts it back.
    withdrawn: bool,
}

impl Standing {
    pub(super) fn of(conn: &Connection, edition: &Edition) -> Result<Standing> {
        let last = last_edition(conn, edition.event.id)?;
        let changes = changes::changes(last.as_ref().and_then(|p| p.edition.as_ref()), edition);
        let withdrawn = last.is_some() && latest_state(conn, edition.event.id)?.is_some_and(|l| l.withdrawn);
        Ok(Standing { last, changes, withdrawn })
    }

    /// A publication now makes a version of it: its first, a changed one, or one back after a withdrawal.
    fn is_due(&self) -> bool {
        self.last.is_none() || !self.changes.is_empty() || self.withdrawn
    }
}

impl Store {
    /// The speakers of `event` whom the public site leaves out, and why: for the speakers' list.
    pub fn unlisted_speakers(&self, event: Uuid) -> Result<Vec<UnlistedSpeaker>> {
        unlisted_speakers_of(self.connection(), event, false)
    }

    /// What publishing `meeting` would make public now, against the version the public sees; its errors said in
    /// `lang`.
    pub fn preview(&self, meeting: Uuid, lang: Lang) -> Result<Preview> {
        let conn = self.connection();
        let editions = unit(conn, meeting)?;
        let current = latest_state(conn, meeting)?;
        let mut changes = Vec::new();
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut unlisted_speakers = Vec::new();
        for edition in &editions {
            let tz = event_zone(&edition.event)?;
            let prefix = match edition.event.parent_event_id {
                Some(_) => format!("{}: ", edition.event.short_title),
                None => String::new(),
            };
            let standing = Standing::of(conn, edition)?;
            if standing.withdrawn {
                changes.push(format!("{prefix}{}", t!(lang, "change-back")));
            }
            changes.extend(standing.changes.iter().map(|c| format!("{prefix}{}", c.describe(lang, tz))));
            errors.extend(edition.errors().iter().map(|e| e.body(lang)));
            warnings.extend(validate::warnings(&edition.entries, &edition.roles, &edition.names()));
            unlisted_speakers.extend(
                unlisted_speakers_of(conn, edition.event.id, true)?
                    .into_iter()
                    .map(|s| UnlistedSpeaker { name: format!("{prefix}{}", s.name), ..s }),
            );
        }
        Ok(Preview {
            event_id: meeting,
            current: current.as_ref().filter(|l| !l.withdrawn).map(|l| l.version),
            next: current.map_or(1, |l| l.version + 1),
            changes,
            public_fields: edition_fields(&editions[0], Reach::Public, lang),
            kept_by_site: edition_fields(&editions[0], Reach::Kept, lang),
            unlisted_speakers,
            errors,
            warnings,
            digest: digest(&editions)?,
            shared: self.is_shared(meeting)?,
        })
    }

    /// Site: publishes `meeting` and its side events as one version, if what it holds is what the organiser
    /// previewed (`expected`, a preview's digest). Readers see the previous version or this one whole: each event's
    /// public pages read one row.
    pub fn publish(
        &mut self,
        meeting: Uuid,
        by: &str,
        expected: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Published> {
        // The time as kept (milliseconds), so that what it stamps reads the same on every copy.
        let now = now.trunc_subsecs(3);
        self.write(|w| {
            let conn = w.connection();
            let editions = unit(conn, meeting)?;
            if let Some(expected) = expected
                && expected != digest(&editions)?
            {
                return Err(Error::ChangedSincePreview);
            }
            let errors: Vec<FieldError> = editions.iter().flat_map(Edition::errors).collect();
            if !errors.is_empty() {
                return Err(Error::Invalid(errors));
            }
            let standings = editions.iter().map(|e| Standing::of(conn, e)).collect::<Result<Vec<_>>>()?;
            let current = latest_state(conn, meeting)?;
            if let Some(current) = &current
                && !standings.iter().any(Standing::is_due)
            {
                return Ok(Published {
                    event_id: meeting,
                    version: current.version,
                    published_at: current.published_at,
                    unchanged: true,
                });
            }
            let version = current.map_or(1, |l| l.version + 1);
            for (n, (edition, standing)) in editions.into_iter().zip(standings).enumerate() {
                // The meeting's own row (the first) marks the version, even when only a side event changed.
                if n > 0 && !standing.is_due() {
                    continue;
                }
                let Standing { last, changes, .. } = standing;
                let (old, before) = match last {
                    Some(p) => (p.edition, p.history.unwrap_or_default()),
                    None => (None, History::default()),
                };
                let history = before.after(old.as_ref(), &edition, &changes, version, now);
                let row = Publication {
                    seq: next_seq(conn)?,
                    event_id: edition.event.id,
                    version,
                    published_at: now,
                    published_by: by.to_string(),
                    withdrawn: false,
                    changes,
                    edition: Some(edition),
                    history: Some(history),
                };
                insert(conn, &row)?;
            }
            w.touched("publications");
            Ok(Published { event_id: meeting, version, published_at: now, unchanged: false })
        })
    }

    /// The digests of the editions of `meeting` and its side events as this workspace has them: after a publish, the
    /// site leaves out of what it sends back those it published the same.
    pub fn edition_digests(&self, meeting: Uuid) -> Result<Vec<String>> {
        unit(self.connection(), meeting)?.iter().map(digest).collect()
    }

    /// Site: takes a meeting and its side events off the public site until the next Publish.
    pub fn withdraw(&mut self, meeting: Uuid, by: &str, now: DateTime<Utc>) -> Result<bool> {
        self.write(|w| {
            let conn = w.connection();
            let mut any = false;
            let mut ids = vec![meeting];
            ids.extend(list::<Event>(conn, "parent_event_id = ?1", &[&meeting.to_string()])?.iter().map(|e| e.id));
            for id in ids {
                let Some(current) = latest_state(conn, id)?.filter(|l| !l.withdrawn) else { continue };
                let row = Publication {
                    seq: next_seq(conn)?,
                    event_id: id,
                    version: current.version,
                    published_at: now,
                    published_by: by.to_string(),
                    withdrawn: true,
                    changes: Vec::new(),
                    edition: None,
                    history: None,
                };
                insert(conn, &row)?;
                any = true;
            }
            w.touched("publications");
            Ok(any)
        })
    }
}

/// Where a field of an edition goes once published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// On the site's pages, feeds and documents.
    Public,
    /// Received by the site for its own work, never shown.
    Kept,
}

/// Each field of an edition's parts (its serde name) and where it goes; the catalogue's `preview-field` says it in the
/// organiser's words.
const MEETING_FIELDS: &[(&str, Reach)] = &[
    ("title", Reach::Public),
    ("short_title", Reach::Public),
    ("kind", Reach::Public),
    ("format", Reach::Public),
    ("zone", Reach::Public),
    ("starts_on", Reach::Public),
    ("ends_on", Reach::Public),
    ("venue", Reach::Public),
    ("languages", Reach::Public),
    ("description", Reach::Public),
    ("organiser", Reach::Public),
    ("audience", Reach::Public),
    ("registration", Reach::Public),
    ("eligible_categories", Reach::Public),
    ("contacts", Reach::Public),
    ("reference", Reach::Public),
    ("website", Reach::Public),
    ("parent_event_id", Reach::Public),
    ("online_link", Reach::Kept),
    ("archived", Reach::Kept),
];
const ENTRY_FIELDS: &[(&str, Reach)] = &[
    ("title", Reach::Public),
    ("description", Reach::Public),
    ("slot", Reach::Public),
    ("kind", Reach::Public),
    ("block_id", Reach::Public),
    ("linked_event_id", Reach::Public),
    ("event_id", Reach::Kept),
    ("public", Reach::Kept),
];
const SPEAKER_FIELDS: &[(&str, Reach)] = &[
    ("honorific", Reach::Public),
    ("given_name", Reach::Public),
    ("family_name", Reach::Public),
    ("name_order", Reach::Public),
    ("position", Reach::Public),
    ("organisation", Reach::Public),
    ("country", Reach::Public),
    ("bio", Reach::Public),
    ("links", Reach::Public),
    ("photo", Reach::Public),
];
const ROLE_FIELDS: &[(&str, Reach)] =
    &[("speaker_id", Reach::Public), ("role", Reach::Public), ("entry_id", Reach::Public), ("event_id", Reach::Kept)];

/// The fields of `edition` that go where `reach` says, in `lang`, read from what the edition is made of: nothing else
/// can leave, and a field without words here is listed as public under its own name. A kind of thing the edition has
/// none of shows no fields.
fn edition_fields(edition: &Edition, reach: Reach, lang: Lang) -> Vec<EditionFields> {
    let named = |part: &str, value: Option<serde_json::Value>, fields: &[(&str, Reach)]| -> EditionFields {
        let Some(serde_json::Value::Object(map)) = value else {
            return EditionFields { what: t!(lang, "preview-part", part = part), fields: Vec::new() };
        };
        // In the order the organiser reads them, then any field without words, under its own name.
        let said = fields
            .iter()
            .filter(|(name, r)| *r == reach && map.contains_key(*name))
            .map(|(name, _)| t!(lang, "preview-field", part = part, field = *name));
        let unsaid = map
            .keys()
            .filter(|k| *k != "id" && !fields.iter().any(|(name, _)| name == k))
            .filter(|_| reach == Reach::Public)
            .map(|k| k.replace('_', " "));
        EditionFields { what: t!(lang, "preview-part", part = part), fields: said.chain(unsaid).collect() }
    };
    let first = |value: Option<serde_json::Result<serde_json::Value>>| value.and_then(|v| v.ok());
    vec![
        named("meeting", serde_json::to_value(&edition.event).ok(), MEETING_FIELDS),
        named("entry", first(edition.entries.first().map(serde_json::to_value)), ENTRY_FIELDS),
        named("speaker", first(edition.speakers.first().map(serde_json::to_value)), SPEAKER_FIELDS),
        named("role", first(edition.roles.first().map(serde_json::to_value)), ROLE_FIELDS),
    ]
}
