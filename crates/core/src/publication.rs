//! Publication: what the public sees of a meeting is a numbered version that an organiser published, never the
//! workspace as it stands. Sync shares drafts among organisers; Publish freezes the meeting's public content (an
//! [`Edition`]) as version N, with the list of what changed since N-1, and the site shows that version whole.
//!
//! This module decides what is public (one place, for the site's pages and feeds and the app's preview alike):
//! - an entry is public when the organisers marked it public and, for an item, its block is public too;
//! - a speaker is listed, and named on the programme, only once confirmed and having consented to publication;
//! - registrations, emails and private notes are never part of an edition: its types have no field for them.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::model::{Entry, Event, Participation, Role, Speaker, SpeakerStatus};
use crate::store::{Store, get, list};
use crate::validate::{self, Warning};
use crate::workspace::{ENTRY_ORDER, event_zone};
use crate::zone::zoned;

/// The public content of one event at one version: what its pages and feeds are made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Edition {
    pub event: Event,
    /// For a side event: the meeting it belongs to.
    pub part_of: Option<Event>,
    pub side_events: Vec<Event>,
    /// The public entries, in programme order.
    pub entries: Vec<Entry>,
    /// The roles of listed speakers on public entries.
    pub roles: Vec<Participation>,
    pub speakers: Vec<ListedSpeaker>,
}

/// What the public may know of a speaker: no email, no notes, no status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListedSpeaker {
    pub id: Uuid,
    pub honorific: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub position: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub bio: String,
    pub links: Vec<String>,
    /// Their photo as the app keeps it (`photo.rs`); left out when there is none, so that editions published before
    /// photos keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub photo: Option<String>,
}

impl ListedSpeaker {
    fn of(s: &Speaker) -> ListedSpeaker {
        ListedSpeaker {
            id: s.id,
            honorific: s.honorific.clone(),
            given_name: s.given_name.clone(),
            family_name: s.family_name.clone(),
            position: s.position.clone(),
            organisation: s.organisation.clone(),
            country: s.country.clone(),
            bio: s.bio.clone(),
            links: s.links.clone(),
            photo: s.photo.clone(),
        }
    }

    /// With the honorific: `Ms Ana Ribeiro`.
    pub fn display_name(&self) -> String {
        crate::model::display_name(self.honorific.as_deref(), &self.given_name, &self.family_name)
    }
}

pub fn is_listed(speaker: &Speaker) -> bool {
    speaker.status == SpeakerStatus::Confirmed && speaker.consent_to_publish
}

impl Edition {
    /// The edition of `event_id` as the workspace (or the site) holds it now.
    fn read(conn: &Connection, event_id: Uuid) -> Result<Edition> {
        let event: Event = get(conn, event_id)?;
        let part_of = event.parent_event_id.map(|id| get::<Event>(conn, id)).transpose()?;
        let id = event_id.to_string();
        let side_events = list(conn, "parent_event_id = ?1 ORDER BY starts_on, title", &[&id])?;
        let all: Vec<Entry> = list(conn, ENTRY_ORDER, &[&id])?;
        let marked: HashSet<Uuid> = all.iter().filter(|e| e.public).map(|e| e.id).collect();
        // An item of a draft block stays a draft: the block it belongs to is not published yet.
        let entries: Vec<Entry> = all
            .into_iter()
            .filter(|e| marked.contains(&e.id) && e.block_id.is_none_or(|b| marked.contains(&b)))
            .collect();
        let speakers: Vec<ListedSpeaker> =
            list::<Speaker>(conn, "event_id = ?1 ORDER BY family_name, given_name", &[&id])?
                .iter()
                .filter(|s| is_listed(s))
                .map(ListedSpeaker::of)
                .collect();
        let public: HashSet<Uuid> = entries.iter().map(|e| e.id).collect();
        let listed: HashSet<Uuid> = speakers.iter().map(|s| s.id).collect();
        let roles = list::<Participation>(conn, "event_id = ?1 ORDER BY id", &[&id])?
            .into_iter()
            .filter(|p| public.contains(&p.entry_id) && listed.contains(&p.speaker_id))
            .collect();
        Ok(Edition { event, part_of, side_events, entries, roles, speakers })
    }

    /// Speakers by id with the name to show.
    pub fn names(&self) -> Vec<(Uuid, String)> {
        self.speakers.iter().map(|s| (s.id, s.display_name())).collect()
    }

    /// Why this edition may not be published: the rules an organiser's edit would have to pass, broken by edits that
    /// merged (an item left outside its block after two organisers moved each).
    fn errors(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut add = |what: &str, result: Result<()>| {
            if let Err(Error::Invalid(fields)) = result {
                out.extend(fields.into_iter().map(|f| FieldError::new("programme", format!("{what}: {}", f.message))));
            }
        };
        add(&format!("{:?}", self.event.title), validate::event(&self.event));
        let Ok(tz) = event_zone(&self.event) else { return out };
        for e in &self.entries {
            let block = e.block_id.and_then(|b| self.entries.iter().find(|x| x.id == b));
            let items: Vec<Entry> = self.entries.iter().filter(|x| x.block_id == Some(e.id)).cloned().collect();
            add(&format!("{:?}", e.title), validate::entry(e, tz, block, &items));
        }
        out
    }
}

/// How one entry's publication went, for calendars that update in place and for the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryHistory {
    /// The version in which it last changed.
    pub version: u32,
    /// iCalendar's SEQUENCE: 0 when first published, one more each version that changed it.
    pub sequence: u32,
    pub modified_at: DateTime<Utc>,
}

/// Every entry ever published in an event, and those since taken off its programme.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct History {
    pub entries: BTreeMap<Uuid, EntryHistory>,
    /// Entries once published and no longer on the programme, as they last were: calendars are told they are
    /// cancelled.
    pub cancelled: Vec<Entry>,
}

/// An entry as a change names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryLine {
    pub id: Uuid,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl EntryLine {
    fn of(e: &Entry) -> EntryLine {
        EntryLine { id: e.id, title: e.title.clone(), starts_at: e.slot.starts_at, ends_at: e.slot.ends_at }
    }
}

/// One thing the public sees differently in a version than in the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Change {
    /// The first version of the event.
    First {
        entries: u32,
        speakers: u32,
    },
    Facts {
        what: Vec<String>,
    },
    Added {
        entry: EntryLine,
    },
    Cancelled {
        entry: EntryLine,
    },
    Moved {
        entry: EntryLine,
        from_starts_at: DateTime<Utc>,
        from_ends_at: DateTime<Utc>,
    },
    Retitled {
        entry: EntryLine,
        from: String,
    },
    Changed {
        entry: EntryLine,
        what: Vec<String>,
    },
    SpeakerAdded {
        speaker: Uuid,
        name: String,
    },
    SpeakerRemoved {
        speaker: Uuid,
        name: String,
    },
    SpeakerChanged {
        speaker: Uuid,
        name: String,
        what: Vec<String>,
    },
}

/// The words of the meeting's facts as a change names them.
const FACTS: [(&str, &str); 20] = [
    ("title", "title"),
    ("short_title", "short title"),
    ("kind", "kind of meeting"),
    ("format", "format"),
    ("zone", "time zone"),
    ("starts_on", "dates"),
    ("ends_on", "dates"),
    ("venue", "venue"),
    ("online_link", "online participation"),
    ("languages", "languages"),
    ("description", "description"),
    ("organiser", "organiser"),
    ("audience", "audience"),
    ("registration", "registration"),
    ("eligible_categories", "who may register"),
    ("contacts", "contacts"),
    ("reference", "reference"),
    ("website", "website"),
    ("parent_event_id", "meeting it belongs to"),
    ("id", "id"),
];

const SPEAKER_FIELDS: [(&str, &str); 9] = [
    ("honorific", "name"),
    ("given_name", "name"),
    ("family_name", "name"),
    ("position", "position"),
    ("organisation", "organisation"),
    ("country", "country"),
    ("bio", "biography"),
    ("links", "links"),
    ("id", "id"),
];

/// The labels of the fields in which two values (of one serde shape) differ, in `labels` order, each once.
fn differing<T: Serialize>(old: &T, new: &T, labels: &[(&str, &str)]) -> Vec<String> {
    let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for (field, label) in labels {
        if old.get(*field) != new.get(*field) && !out.iter().any(|l| l == label) {
            out.push(label.to_string());
        }
    }
    out
}

/// What changed from `old` (the last version published, if any) to `new`.
pub fn changes(old: Option<&Edition>, new: &Edition) -> Vec<Change> {
    let Some(old) = old else {
        return vec![Change::First { entries: new.entries.len() as u32, speakers: new.speakers.len() as u32 }];
    };
    let mut out = Vec::new();
    let mut facts = differing(&old.event, &new.event, &FACTS);
    if summaries(&old.side_events) != summaries(&new.side_events) {
        facts.push("side events".into());
    }
    if !facts.is_empty() {
        out.push(Change::Facts { what: facts });
    }
    let before: HashMap<Uuid, &Entry> = old.entries.iter().map(|e| (e.id, e)).collect();
    let now: HashSet<Uuid> = new.entries.iter().map(|e| e.id).collect();
    for e in &new.entries {
        let Some(was) = before.get(&e.id) else {
            out.push(Change::Added { entry: EntryLine::of(e) });
            continue;
        };
        let line = EntryLine::of(e);
        if (was.slot.starts_at, was.slot.ends_at) != (e.slot.starts_at, e.slot.ends_at) {
            out.push(Change::Moved {
                entry: line.clone(),
                from_starts_at: was.slot.starts_at,
                from_ends_at: was.slot.ends_at,
            });
        }
        if was.title != e.title {
            out.push(Change::Retitled { entry: line.clone(), from: was.title.clone() });
        }
        let mut what = Vec::new();
        if was.description != e.description {
            what.push("description".to_string());
        }
        if was.slot.place != e.slot.place {
            what.push("place".into());
        }
        if was.kind != e.kind || was.block_id != e.block_id {
            what.push("session".into());
        }
        if roles(old, e.id) != roles(new, e.id) {
            what.push("speakers".into());
        }
        if !what.is_empty() {
            out.push(Change::Changed { entry: line, what });
        }
    }
    for e in old.entries.iter().filter(|e| !now.contains(&e.id)) {
        out.push(Change::Cancelled { entry: EntryLine::of(e) });
    }
    let speakers_before: HashMap<Uuid, &ListedSpeaker> = old.speakers.iter().map(|s| (s.id, s)).collect();
    let listed_now: HashSet<Uuid> = new.speakers.iter().map(|s| s.id).collect();
    for s in &new.speakers {
        match speakers_before.get(&s.id) {
            None => out.push(Change::SpeakerAdded { speaker: s.id, name: s.display_name() }),
            Some(was) => {
                let what = differing(*was, s, &SPEAKER_FIELDS);
                if !what.is_empty() {
                    out.push(Change::SpeakerChanged { speaker: s.id, name: s.display_name(), what });
                }
            }
        }
    }
    for s in old.speakers.iter().filter(|s| !listed_now.contains(&s.id)) {
        out.push(Change::SpeakerRemoved { speaker: s.id, name: s.display_name() });
    }
    out
}

fn summaries(events: &[Event]) -> Vec<(Uuid, &str, chrono::NaiveDate, chrono::NaiveDate)> {
    events.iter().map(|e| (e.id, e.title.as_str(), e.starts_on, e.ends_on)).collect()
}

fn roles(edition: &Edition, entry: Uuid) -> HashSet<(Uuid, Role)> {
    edition.roles.iter().filter(|p| p.entry_id == entry).map(|p| (p.speaker_id, p.role)).collect()
}

impl Change {
    /// The change in a sentence, with times in the event's zone: what the Changes page, the Atom feed, the app's
    /// preview and `dais preview` all say.
    pub fn describe(&self, tz: Tz) -> String {
        let when = |starts: DateTime<Utc>, ends: DateTime<Utc>| {
            let (s, e) = (zoned(starts, tz), zoned(ends, tz));
            format!("{} {}-{} {}", s.day_label, s.time, e.time, e.abbreviation)
        };
        let count = |n: u32, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
        match self {
            Change::First { entries, speakers } => {
                format!(
                    "First version: {} and {}",
                    count(*entries, "entry", "entries"),
                    count(*speakers, "speaker", "speakers")
                )
            }
            Change::Facts { what } => format!("The meeting's {} changed", what.join(", ")),
            Change::Added { entry } => format!("New: {} ({})", entry.title, when(entry.starts_at, entry.ends_at)),
            Change::Cancelled { entry } => {
                format!("Cancelled: {} (was {})", entry.title, when(entry.starts_at, entry.ends_at))
            }
            Change::Moved { entry, from_starts_at, from_ends_at } => format!(
                "Moved: {} from {} to {}",
                entry.title,
                when(*from_starts_at, *from_ends_at),
                when(entry.starts_at, entry.ends_at)
            ),
            Change::Retitled { entry, from } => format!("Retitled: {from:?} is now {:?}", entry.title),
            Change::Changed { entry, what } => format!("Changed: {} ({})", entry.title, what.join(", ")),
            Change::SpeakerAdded { name, .. } => format!("New speaker: {name}"),
            Change::SpeakerRemoved { name, .. } => format!("No longer listed: {name}"),
            Change::SpeakerChanged { name, what, .. } => format!("Speaker {name}: {} changed", what.join(", ")),
        }
    }

    /// The entry it is about, if any.
    fn entry(&self) -> Option<&EntryLine> {
        match self {
            Change::Added { entry }
            | Change::Cancelled { entry }
            | Change::Moved { entry, .. }
            | Change::Retitled { entry, .. }
            | Change::Changed { entry, .. } => Some(entry),
            _ => None,
        }
    }
}

impl History {
    /// The history after version `version` published `new` (`old` being the last edition published before it).
    fn after(
        &self,
        old: Option<&Edition>,
        new: &Edition,
        changes: &[Change],
        version: u32,
        now: DateTime<Utc>,
    ) -> History {
        let changed: HashSet<Uuid> = changes.iter().filter_map(|c| c.entry().map(|e| e.id)).collect();
        let was_public: HashSet<Uuid> = old.map(|o| o.entries.iter().map(|e| e.id).collect()).unwrap_or_default();
        let mut entries = self.entries.clone();
        let mut touch = |id: Uuid| {
            let sequence = entries.get(&id).map_or(0, |h| h.sequence + 1);
            entries.insert(id, EntryHistory { version, sequence, modified_at: now });
        };
        for e in &new.entries {
            if !was_public.contains(&e.id) || changed.contains(&e.id) {
                touch(e.id);
            }
        }
        let public: HashSet<Uuid> = new.entries.iter().map(|e| e.id).collect();
        let mut cancelled: Vec<Entry> = self.cancelled.iter().filter(|e| !public.contains(&e.id)).cloned().collect();
        for e in old.map(|o| o.entries.as_slice()).unwrap_or_default() {
            if !public.contains(&e.id) {
                touch(e.id);
                cancelled.push(e.clone());
            }
        }
        History { entries, cancelled }
    }
}

/// One row of an event's publications: a version, or its withdrawal from the public site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Publication {
    /// The site's order of publications.
    #[ts(type = "number")]
    pub seq: i64,
    pub event_id: Uuid,
    pub version: u32,
    pub published_at: DateTime<Utc>,
    pub published_by: String,
    /// The event was taken off the public site (the next Publish puts it back).
    pub withdrawn: bool,
    pub changes: Vec<Change>,
    /// None for a withdrawal, and in lists of versions.
    pub edition: Option<Edition>,
    pub history: Option<History>,
}

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
    /// The fields that become public, by kind of thing.
    pub public_fields: Vec<PublicFields>,
    /// The programme's errors: they block publishing.
    pub errors: Vec<FieldError>,
    /// Overlaps and a speaker in two places: shown, and confirmed by the organiser.
    pub warnings: Vec<Warning>,
    /// Of the content previewed: the site publishes only if what it holds is the same.
    pub digest: String,
    pub shared: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PublicFields {
    pub what: String,
    pub fields: Vec<String>,
}

/// Where one entry stands against the public programme, for the app's programme view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum EntryPublication {
    /// Public as `version` (the last version that changed it) published it, and unchanged since.
    Published { version: u32 },
    /// Published as `version` made it, changed since: the next Publish sends the change.
    ChangedSince { version: u32 },
    /// Public, in no version yet.
    New,
    /// Marked public, but its block is a draft: it is not published without it.
    HeldBack,
}

/// Where an event's programme stands against the public site: the last version published and each entry not a draft.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammePublication {
    pub event_id: Uuid,
    /// The last version published (None before the first Publish).
    pub version: Option<u32>,
    pub entries: BTreeMap<Uuid, EntryPublication>,
}

/// The editions of a meeting and its side events, which publish together.
fn unit(conn: &Connection, meeting: Uuid) -> Result<Vec<Edition>> {
    let event: Event = get(conn, meeting)?;
    if let Some(parent) = event.parent_event_id {
        return Err(Error::Rejected(format!("{:?} is a side event: publish its meeting ({parent})", event.title)));
    }
    let mut out = vec![Edition::read(conn, meeting)?];
    for side in list::<Event>(conn, "parent_event_id = ?1 ORDER BY starts_on, title", &[&meeting.to_string()])? {
        out.push(Edition::read(conn, side.id)?);
    }
    Ok(out)
}

fn digest(editions: &[Edition]) -> Result<String> {
    let bytes = serde_json::to_vec(editions)?;
    Ok(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}

const PUBLICATION_COLUMNS: &str =
    "seq, event_id, version, published_at, published_by, withdrawn, changes, edition, history";

fn read_publication(row: &rusqlite::Row<'_>, whole: bool) -> rusqlite::Result<Result<Publication>> {
    let parse = || -> Result<Publication> {
        let json = |i: usize| -> Result<Option<String>> { Ok(row.get::<_, Option<String>>(i)?) };
        let id: String = row.get(1)?;
        let at: String = row.get(3)?;
        Ok(Publication {
            seq: row.get(0)?,
            event_id: id.parse().map_err(|_| Error::Corrupt("a publication's event id".into()))?,
            version: row.get(2)?,
            published_at: at.parse().map_err(|_| Error::Corrupt("a publication's date".into()))?,
            published_by: row.get(4)?,
            withdrawn: row.get(5)?,
            changes: serde_json::from_str(&row.get::<_, String>(6)?)?,
            edition: if whole { json(7)?.map(|j| serde_json::from_str(&j)).transpose()? } else { None },
            history: if whole { json(8)?.map(|j| serde_json::from_str(&j)).transpose()? } else { None },
        })
    };
    Ok(parse())
}

/// The latest publication of an event, whole.
fn latest(conn: &Connection, event_id: Uuid) -> Result<Option<Publication>> {
    conn.prepare_cached(&format!(
        "SELECT {PUBLICATION_COLUMNS} FROM publications WHERE event_id = ?1 ORDER BY seq DESC LIMIT 1"
    ))?
    .query_row([event_id.to_string()], |r| read_publication(r, true))
    .optional()?
    .transpose()
}

/// The last edition published of an event (also when it was since withdrawn), with its history.
fn last_edition(conn: &Connection, event_id: Uuid) -> Result<Option<Publication>> {
    conn.prepare_cached(&format!(
        "SELECT {PUBLICATION_COLUMNS} FROM publications WHERE event_id = ?1 AND withdrawn = 0 ORDER BY seq DESC LIMIT 1"
    ))?
    .query_row([event_id.to_string()], |r| read_publication(r, true))
    .optional()?
    .transpose()
}

/// The latest publication of an event, without its content.
struct Latest {
    version: u32,
    published_at: DateTime<Utc>,
    withdrawn: bool,
}

fn latest_state(conn: &Connection, event_id: Uuid) -> Result<Option<Latest>> {
    let row: Option<(u32, String, bool)> = conn
        .prepare_cached(
            "SELECT version, published_at, withdrawn FROM publications WHERE event_id = ?1 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([event_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    row.map(|(version, at, withdrawn)| {
        let published_at = at.parse().map_err(|_| Error::Corrupt("a publication's date".into()))?;
        Ok(Latest { version, published_at, withdrawn })
    })
    .transpose()
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
    fn of(conn: &Connection, edition: &Edition) -> Result<Standing> {
        let last = last_edition(conn, edition.event.id)?;
        let changes = self::changes(last.as_ref().and_then(|p| p.edition.as_ref()), edition);
        let withdrawn = last.is_some() && latest_state(conn, edition.event.id)?.is_some_and(|l| l.withdrawn);
        Ok(Standing { last, changes, withdrawn })
    }

    /// A publication now makes a version of it: its first, a changed one, or one back after a withdrawal.
    fn is_due(&self) -> bool {
        self.last.is_none() || !self.changes.is_empty() || self.withdrawn
    }
}

fn insert(conn: &Connection, p: &Publication) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT OR REPLACE INTO publications ({PUBLICATION_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        p.seq,
        p.event_id.to_string(),
        p.version,
        p.published_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        p.published_by,
        p.withdrawn,
        serde_json::to_string(&p.changes)?,
        p.edition.as_ref().map(serde_json::to_string).transpose()?,
        p.history.as_ref().map(serde_json::to_string).transpose()?,
    ])?;
    Ok(())
}

fn next_seq(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM publications", [], |r| r.get(0))?)
}

impl Store {
    /// The latest publication of an event (a version, or its withdrawal), whole: what the public pages show. None
    /// once the event is deleted: an organiser's deletion takes it off the site.
    pub fn published(&self, event_id: Uuid) -> Result<Option<Publication>> {
        let deleted: Option<bool> = self
            .connection()
            .prepare_cached("SELECT deleted FROM events WHERE id = ?1")?
            .query_row([event_id.to_string()], |r| r.get(0))
            .optional()?;
        match deleted {
            Some(true) => Ok(None),
            _ => latest(self.connection(), event_id),
        }
    }

    /// The meetings (not side events) whose latest publication is a version, as published, soonest first.
    pub fn published_meetings(&self) -> Result<Vec<Event>> {
        self.connection()
            .prepare_cached(
                "SELECT json_extract(edition, '$.event') FROM publications p
                 WHERE seq = (SELECT max(seq) FROM publications WHERE event_id = p.event_id) AND withdrawn = 0
                   AND NOT EXISTS (SELECT 1 FROM events WHERE id = p.event_id AND deleted = 1)
                   AND json_extract(edition, '$.event.parent_event_id') IS NULL
                 ORDER BY json_extract(edition, '$.event.starts_on'), json_extract(edition, '$.event.title')",
            )?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|json| Ok(serde_json::from_str(&json?)?))
            .collect()
    }

    /// Every publication of an event, newest first, without their content.
    pub fn versions(&self, event_id: Uuid) -> Result<Vec<Publication>> {
        self.connection()
            .prepare_cached(&format!(
                "SELECT {PUBLICATION_COLUMNS} FROM publications WHERE event_id = ?1 ORDER BY seq DESC"
            ))?
            .query_map([event_id.to_string()], |r| read_publication(r, false))?
            .map(|r| r?)
            .collect()
    }

    /// The publications after `seq` of the events `meetings` covers (their side events included), whole, oldest
    /// first: what a laptop asks for to keep its copy.
    pub fn publications_after(&self, seq: i64, meetings: &crate::Meetings) -> Result<Vec<Publication>> {
        let mut out = Vec::new();
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT {PUBLICATION_COLUMNS},
                    (SELECT coalesce(parent_event_id, id) FROM events WHERE events.id = publications.event_id)
             FROM publications WHERE seq > ?1 ORDER BY seq"
        ))?;
        let mut rows = stmt.query([seq])?;
        while let Some(row) = rows.next()? {
            let meeting: Option<String> = row.get(9)?;
            if meeting.and_then(|m| m.parse().ok()).is_some_and(|m| meetings.allows(m)) {
                out.push(read_publication(row, true)??);
            }
        }
        Ok(out)
    }

    /// The last publication this workspace has a copy of.
    pub fn last_publication_seq(&self) -> Result<i64> {
        Ok(self.connection().query_row("SELECT coalesce(max(seq), 0) FROM publications", [], |r| r.get(0))?)
    }

    /// Keeps a copy of publications the site made. A site restored from a copy may give a number again to another
    /// publication: the site's row replaces the one kept.
    pub fn keep_publications(&mut self, publications: &[Publication]) -> Result<()> {
        if publications.is_empty() {
            return Ok(());
        }
        self.write(|w| {
            for p in publications {
                insert(w.connection(), p)?;
            }
            w.changed.insert("publications");
            Ok(())
        })
    }

    /// Which version each entry of `event_id` was last published in, and which changed since: the laptop compares
    /// its workspace with its copy of the last edition published.
    pub fn programme_publication(&self, event_id: Uuid) -> Result<ProgrammePublication> {
        let conn = self.connection();
        let now = Edition::read(conn, event_id)?;
        let last = last_edition(conn, event_id)?;
        let (old, history) = match &last {
            Some(p) => (p.edition.as_ref(), p.history.as_ref()),
            None => (None, None),
        };
        let changed: HashSet<Uuid> = match old {
            Some(old) => changes(Some(old), &now).iter().filter_map(|c| c.entry().map(|e| e.id)).collect(),
            None => HashSet::new(),
        };
        let was_public: HashSet<Uuid> = old.map(|o| o.entries.iter().map(|e| e.id).collect()).unwrap_or_default();
        let mut entries = BTreeMap::new();
        for e in &now.entries {
            let version = history.and_then(|h| h.entries.get(&e.id)).map(|h| h.version);
            let state = match version {
                Some(version) if was_public.contains(&e.id) && changed.contains(&e.id) => {
                    EntryPublication::ChangedSince { version }
                }
                Some(version) if was_public.contains(&e.id) => EntryPublication::Published { version },
                _ => EntryPublication::New,
            };
            entries.insert(e.id, state);
        }
        for e in list::<Entry>(conn, "event_id = ?1 AND public", &[&event_id.to_string()])? {
            entries.entry(e.id).or_insert(EntryPublication::HeldBack);
        }
        Ok(ProgrammePublication { event_id, version: last.map(|p| p.version), entries })
    }

    /// What publishing `meeting` would make public now, against the version the public sees.
    pub fn preview(&self, meeting: Uuid) -> Result<Preview> {
        let conn = self.connection();
        let editions = unit(conn, meeting)?;
        let current = latest_state(conn, meeting)?;
        let mut changes = Vec::new();
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        for edition in &editions {
            let tz = event_zone(&edition.event)?;
            let prefix = match edition.event.parent_event_id {
                Some(_) => format!("{}: ", edition.event.short_title),
                None => String::new(),
            };
            let standing = Standing::of(conn, edition)?;
            if standing.withdrawn {
                changes.push(format!("{prefix}Back on the public site"));
            }
            changes.extend(standing.changes.iter().map(|c| format!("{prefix}{}", c.describe(tz))));
            errors.extend(edition.errors());
            warnings.extend(validate::warnings(&edition.entries, &edition.roles, &edition.names()));
        }
        Ok(Preview {
            event_id: meeting,
            current: current.as_ref().filter(|l| !l.withdrawn).map(|l| l.version),
            next: current.map_or(1, |l| l.version + 1),
            changes,
            public_fields: public_fields(&editions[0]),
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
            w.changed.insert("publications");
            Ok(Published { event_id: meeting, version, published_at: now, unchanged: false })
        })
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
            w.changed.insert("publications");
            Ok(any)
        })
    }
}

/// The fields of `edition` that become public, read from what it is made of: nothing else can leave. A kind of thing
/// the edition has none of shows no fields.
fn public_fields(edition: &Edition) -> Vec<PublicFields> {
    fn keys(value: Option<serde_json::Value>) -> Vec<String> {
        let Some(serde_json::Value::Object(map)) = value else { return Vec::new() };
        map.keys()
            .filter(|k| *k != "id")
            .map(|k| if k == "slot" { "start, end, place".into() } else { k.replace('_', " ") })
            .collect()
    }
    let first = |value: Option<serde_json::Result<serde_json::Value>>| keys(value.and_then(|v| v.ok()));
    vec![
        PublicFields { what: "The meeting".into(), fields: keys(serde_json::to_value(&edition.event).ok()) },
        PublicFields {
            what: "Each public entry".into(),
            fields: first(edition.entries.first().map(serde_json::to_value)),
        },
        PublicFields {
            what: "Each confirmed speaker who consented".into(),
            fields: first(edition.speakers.first().map(serde_json::to_value)),
        },
        PublicFields {
            what: "Their roles on public entries".into(),
            fields: first(edition.roles.first().map(serde_json::to_value)),
        },
    ]
}

impl Store {
    /// Whether the meeting of `event_id` is shared with the event site (else its changes stay on this laptop).
    pub fn is_shared(&self, event_id: Uuid) -> Result<bool> {
        Ok(!self
            .connection()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM local_events WHERE event_id = ?1)")?
            .query_row([event_id.to_string()], |r| r.get::<_, bool>(0))?)
    }

    /// Shares a meeting, kept on this laptop until now, with the event site: every row of it and of its side events
    /// goes into the outbox as new, and its later changes follow like any other. Returns whether it was local.
    pub fn share(&mut self, meeting: Uuid) -> Result<bool> {
        self.write(|w| w.share(meeting))
    }
}
