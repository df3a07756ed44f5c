//! A meeting's registrations one at a time: taken by hand or from the site's form (one per email), edited, erased;
//! and the places they hold against the meeting's capacity.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::*;
use crate::msg;
use crate::rules::edit::Edit;
use crate::rules::validate::{self};
use crate::storage::{Store, Writer};

/// A registration taken by hand: the registrant's fields, and the organiser's private notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewRegistration {
    pub event_id: Uuid,
    pub given_name: String,
    pub family_name: String,
    /// How the name is written, where the registrant or the organiser chose (else by its script).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub name_order: Option<NameOrder>,
    pub email: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub category: ParticipantCategory,
    pub position: Option<String>,
    pub private_notes: String,
    /// The registrant's language, where the organiser knows it (the site's form gives it for its own).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub language: Option<Lang>,
}

/// Who put a request on the waiting list because the meeting was full, as its history says.
pub const PLACES_DECIDER: &str = "Dais (the meeting was full)";

/// A meeting's places: its capacity, and the requests holding one (pending or approved; a waiting, rejected or
/// cancelled one holds none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Places {
    pub capacity: u32,
    /// Counted up to the capacity: beyond, the meeting is full however many there are, and a form post on a meeting
    /// of 100,000 need not count them all.
    pub taken: u32,
}

impl Places {
    pub fn full(&self) -> bool {
        self.taken >= self.capacity
    }
}

impl Store {
    pub fn registrations(&self, event_id: Uuid) -> Result<Vec<Registration>> {
        self.list("event_id = ?1 ORDER BY submitted_at, family_name", &[&event_id.to_string()])
    }

    pub fn save_registration(&mut self, r: &Registration) -> Result<()> {
        validate::registration(r)?;
        self.write(|w| {
            w.get::<Event>(r.event_id)?;
            w.put(r).map(drop)
        })
    }

    /// A registration an organiser takes by hand (a phone call, a letter): source manual, pending until decided. The
    /// same email twice in one meeting is refused at its field, as the form would keep the first.
    pub fn add_registration(
        &mut self,
        new: &NewRegistration,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Registration> {
        let r = Registration {
            given_name: new.given_name.trim().into(),
            family_name: new.family_name.trim().into(),
            name_order: new.name_order,
            email: new.email.trim().into(),
            organisation: new.organisation.trim().into(),
            country: new.country.trim().to_uppercase(),
            category: new.category,
            position: new.position.as_deref().map(str::trim).filter(|p| !p.is_empty()).map(Into::into),
            private_notes: new.private_notes.trim().into(),
            language: new.language,
            ..Registration::blank(new.event_id, RegistrationSource::Manual, now)
        };
        validate::registration(&r)?;
        self.write(|w| {
            w.get::<Event>(r.event_id)?;
            refuse_second_email(w, &r)?;
            w.put(&r)?;
            Ok(r)
        })
    }

    /// Saves what the organiser changed of a registration: the registrant's fields (for a correction they asked for),
    /// the private notes and attendance. Decisions go through `decide`, which keeps their history.
    pub fn edit_registration(&mut self, edit: &Edit) -> Result<Registration> {
        const EDITABLE: [&str; 9] = [
            "given_name",
            "family_name",
            "email",
            "organisation",
            "country",
            "category",
            "position",
            "private_notes",
            "attended",
        ];
        if let Some(field) = edit.changes.keys().find(|k| !EDITABLE.contains(&k.as_str())) {
            return Err(Error::invalid(field, msg!("error-decided-elsewhere")));
        }
        self.write(|w| {
            let r: Registration = edit.apply(&w.get::<Registration>(edit.id)?)?;
            validate::registration(&r)?;
            if edit.changes.contains_key("email") {
                refuse_second_email(w, &r)?;
            }
            w.put(&r)?;
            Ok(r)
        })
    }

    /// Erases a registration at the registrant's request (`Writer::erase`): their data leaves this workspace now, and
    /// the event site and every organiser's laptop when they next sync. It cannot be undone.
    pub fn erase_registration(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| w.erase::<Registration>(id))
    }

    /// The places of a meeting with a capacity: how many there are, and how many requests hold one.
    pub fn places(&self, event_id: Uuid) -> Result<Option<Places>> {
        let event: Event = self.get(event_id)?;
        places(self.connection(), &event)
    }

    /// A registration from the public form. A second one with the same email (any case) for the same meeting does not
    /// create another: the first is returned, with `false`. Past the meeting's capacity it goes to the waiting list,
    /// decided in the same transaction as the count, so that two requests for the last place cannot both have it.
    pub fn register(&mut self, mut r: Registration) -> Result<(Registration, bool)> {
        validate::registration(&r)?;
        self.write(|w| {
            let event = w.get::<Event>(r.event_id)?;
            if let Some(first) = same_email(w, &r)? {
                return Ok((first, false));
            }
            if let Some(full) = places(w.connection(), &event)?.filter(Places::full) {
                r.decision = Decision {
                    status: RegistrationStatus::Waitlisted,
                    decided_by: Some(PLACES_DECIDER.into()),
                    decided_at: Some(r.submitted_at),
                    reason: Some(format!("all {} places were taken", full.capacity)),
                    earlier: Vec::new(),
                };
            }
            w.put(&r)?;
            Ok((r, true))
        })
    }
}

/// The first registration (but `r`) of `r`'s meeting with its email, in any case. Pinned to the email index: with
/// `deleted = 0` in the query, the status index (`event_id, deleted, …`) looks as good to the planner, and walking it
/// made a form post on a meeting of 100,000 thirty times slower. While a first pull has the indexes set aside
/// (`Store::set_indexes_aside`), the same query unpinned.
fn same_email(w: &Writer<'_>, r: &Registration) -> Result<Option<Registration>> {
    const QUERY: &str = "SELECT id FROM registrations {pin}
         WHERE event_id = ?1 AND lower(email) = lower(?2) AND id <> ?3 AND deleted = 0
         ORDER BY submitted_at LIMIT 1";
    let params = rusqlite::params![r.event_id.to_string(), r.email.trim(), r.id.to_string()];
    let find = |pin: &str| -> rusqlite::Result<Option<String>> {
        w.connection().prepare_cached(&QUERY.replace("{pin}", pin))?.query_row(params, |row| row.get(0)).optional()
    };
    let first = match find("INDEXED BY registrations_by_email") {
        Err(e) if e.to_string().contains("no such index") => find("")?,
        found => found?,
    };
    match first {
        Some(id) => {
            let id = Uuid::parse_str(&id).map_err(|_| Error::Corrupt(format!("malformed row id {id}")))?;
            Ok(Some(w.get(id)?))
        }
        None => Ok(None),
    }
}

fn refuse_second_email(w: &Writer<'_>, r: &Registration) -> Result<()> {
    match same_email(w, r)? {
        Some(first) => Err(Error::invalid(
            "email",
            msg!("error-email-registered", given = &first.given_name, family = &first.family_name),
        )),
        None => Ok(()),
    }
}

fn places(conn: &rusqlite::Connection, event: &Event) -> Result<Option<Places>> {
    let Some(capacity) = event.registration.capacity else { return Ok(None) };
    let taken = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM registrations
             WHERE event_id = ?1 AND deleted = 0 AND status IN ('pending', 'approved') LIMIT ?2)",
        )?
        .query_row(rusqlite::params![event.id.to_string(), capacity], |row| row.get(0))?;
    Ok(Some(Places { capacity, taken }))
}
