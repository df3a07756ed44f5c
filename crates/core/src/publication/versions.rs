//! The versions published of each meeting, as kept in the workspace and on the site: reading them, the programme's
//! publication state, and keeping the site's copies on a laptop.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::changes::{Change, History, changes};
use super::edition::{Edition, digest};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{Entry, Event, Translation};
use crate::programme::Words;
use crate::storage::Store;
use crate::storage::record::list;

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

/// A publication as the site sends it to a laptop: whole, or without the edition and history the laptop makes
/// itself (`left_out`: what they must be).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SentPublication {
    #[serde(flatten)]
    pub publication: Publication,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_out: Option<LeftOut>,
}

/// The digests of an edition and its history that the site left out of a publication it sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub edition: String,
    pub history: String,
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
pub(super) fn last_edition(conn: &Connection, event_id: Uuid) -> Result<Option<Publication>> {
    conn.prepare_cached(&format!(
        "SELECT {PUBLICATION_COLUMNS} FROM publications WHERE event_id = ?1 AND withdrawn = 0 ORDER BY seq DESC LIMIT 1"
    ))?
    .query_row([event_id.to_string()], |r| read_publication(r, true))
    .optional()?
    .transpose()
}

/// The latest publication of an event, without its content.
pub(super) struct Latest {
    pub(super) version: u32,
    pub(super) published_at: DateTime<Utc>,
    pub(super) withdrawn: bool,
}

pub(super) fn latest_state(conn: &Connection, event_id: Uuid) -> Result<Option<Latest>> {
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

pub(super) fn insert(conn: &Connection, p: &Publication) -> Result<()> {
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

pub(super) fn next_seq(conn: &Connection) -> Result<i64> {
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

    /// The meetings (not side events) whose latest publication is a version, as published (in `lang` where its words
    /// are given in it), soonest first.
    pub fn published_meetings(&self, lang: Lang) -> Result<Vec<Event>> {
        self.connection()
            .prepare_cached(
                "SELECT json_extract(edition, '$.event'), json_extract(edition, '$.translations') FROM publications p
                 WHERE seq = (SELECT max(seq) FROM publications WHERE event_id = p.event_id) AND withdrawn = 0
                   AND NOT EXISTS (SELECT 1 FROM events WHERE id = p.event_id AND deleted = 1)
                   AND json_extract(edition, '$.event.parent_event_id') IS NULL
                 ORDER BY json_extract(edition, '$.event.starts_on'), json_extract(edition, '$.event.title')",
            )?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?
            .map(|row| {
                let (event, translations) = row?;
                let mut event: Event = serde_json::from_str(&event)?;
                let translations: Vec<Translation> =
                    translations.map(|t| serde_json::from_str(&t)).transpose()?.unwrap_or_default();
                Words::of(&translations, lang).event(&mut event);
                Ok(event)
            })
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

    /// The publications after `seq` of the events `meetings` covers (their side events included), oldest first: what
    /// a laptop asks for to keep its copy. Each is whole, but for an edition among `editions` (digests of the
    /// laptop's own, which it has just published): that one and its history are left out, for the laptop to make.
    pub fn publications_after(
        &self,
        seq: i64,
        meetings: &crate::Meetings,
        editions: &[String],
    ) -> Result<Vec<SentPublication>> {
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
                let mut publication = read_publication(row, true)??;
                let left_out = match (&publication.edition, &publication.history) {
                    (Some(edition), Some(history)) if !editions.is_empty() && editions.contains(&digest(edition)?) => {
                        let left_out = LeftOut { edition: digest(edition)?, history: digest(history)? };
                        (publication.edition, publication.history) = (None, None);
                        Some(left_out)
                    }
                    _ => None,
                };
                out.push(SentPublication { publication, left_out });
            }
        }
        Ok(out)
    }

    /// The last publication this workspace has a copy of.
    pub fn last_publication_seq(&self) -> Result<i64> {
        Ok(self.connection().query_row("SELECT coalesce(max(seq), 0) FROM publications", [], |r| r.get(0))?)
    }

    /// Keeps a copy of publications the site made, making what it left out from this workspace. A site restored from
    /// a copy may give a number again to another publication: the site's row replaces the one kept. Returns the
    /// first publication whose edition or history this workspace made otherwise than the site (a colleague's edit
    /// came between): it and those after are not kept, for the site to send whole.
    pub fn keep_publications(&mut self, publications: &[SentPublication]) -> Result<Option<i64>> {
        if publications.is_empty() {
            return Ok(None);
        }
        self.write(|w| {
            w.touched("publications");
            let conn = w.connection();
            for sent in publications {
                let mut publication = sent.publication.clone();
                if let Some(left_out) = &sent.left_out {
                    let edition = Edition::read(conn, publication.event_id)?;
                    let (old, before) = match last_edition(conn, publication.event_id)? {
                        Some(p) => (p.edition, p.history.unwrap_or_default()),
                        None => (None, History::default()),
                    };
                    let p = &publication;
                    let history = before.after(old.as_ref(), &edition, &p.changes, p.version, p.published_at);
                    if digest(&edition)? != left_out.edition || digest(&history)? != left_out.history {
                        return Ok(Some(publication.seq));
                    }
                    (publication.edition, publication.history) = (Some(edition), Some(history));
                }
                insert(conn, &publication)?;
            }
            Ok(None)
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
}
