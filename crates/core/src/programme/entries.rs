//! The programme's entries (blocks, items, breaks, side events): as the organiser types them, checked against their
//! meeting and block, moved on the timetable, deleted with what hangs on them.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::model::*;
use crate::msg;
use crate::rules::edit::Edit;
use crate::rules::validate::{self};
use crate::rules::zone::{self, event_zone, parse_zone, zoned};
use crate::storage::{Store, Writer};

/// An entry as the organiser types it: a day and wall-clock times in the event's zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryInput {
    /// None for a new entry.
    pub id: Option<Uuid>,
    pub event_id: Uuid,
    pub kind: EntryKind,
    pub block_id: Option<Uuid>,
    pub linked_event_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    /// `YYYY-MM-DD`, in the event's zone.
    pub date: String,
    /// `HH:MM`, in the event's zone.
    pub start: String,
    /// `HH:MM`, in the event's zone; an end at or before the start is an error, not the next day.
    pub end: String,
    pub place: Option<String>,
    pub public: bool,
}

impl EntryInput {
    /// An existing entry as the organiser edits it: its day and times in the event's zone.
    pub fn of(entry: &Entry, event: &Event) -> Result<EntryInput> {
        let tz = event_zone(event)?;
        let (start, end) = (zoned(entry.slot.starts_at, tz), zoned(entry.slot.ends_at, tz));
        Ok(EntryInput {
            id: Some(entry.id),
            event_id: entry.event_id,
            kind: entry.kind,
            block_id: entry.block_id,
            linked_event_id: entry.linked_event_id,
            title: entry.title.clone(),
            description: entry.description.clone(),
            date: start.date.to_string(),
            start: start.time,
            end: end.time,
            place: entry.slot.place.clone(),
            public: entry.public,
        })
    }
}

/// Entries moved or stretched on the timetable (`Store::reschedule`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Reschedule {
    pub ids: Vec<Uuid>,
    /// Minutes each start moves by (negative: earlier).
    #[ts(type = "number")]
    pub start_minutes: i64,
    /// Minutes each end moves by.
    #[ts(type = "number")]
    pub end_minutes: i64,
}

pub(crate) const ENTRY_ORDER: &str =
    "event_id = ?1 ORDER BY starts_at, CASE kind WHEN 'block' THEN 0 ELSE 1 END, json_extract(slot, '$.ends_at') DESC";

impl Store {
    pub fn entries(&self, event_id: Uuid) -> Result<Vec<Entry>> {
        self.list(ENTRY_ORDER, &[&event_id.to_string()])
    }

    /// Creates or updates an entry from what the organiser typed; returns the saved entry.
    pub fn save_entry_input(&mut self, input: &EntryInput) -> Result<Entry> {
        let event: Event = self.get(input.event_id)?;
        let entry = entry_from_input(input, &event)?;
        self.save_entry(&entry)?;
        Ok(entry)
    }

    /// Saves what the organiser changed in an entry's form (an `EntryInput`'s fields), over the entry as it stands now.
    pub fn edit_entry(&mut self, edit: &Edit) -> Result<Entry> {
        self.write(|w| {
            let entry: Entry = w.get(edit.id)?;
            let event: Event = w.get(entry.event_id)?;
            let input = edit.apply(&EntryInput::of(&entry, &event)?)?;
            let event: Event = if input.event_id == event.id { event } else { w.get(input.event_id)? };
            let edited = entry_from_input(&EntryInput { id: Some(edit.id), ..input }, &event)?;
            // Only the entry's fields that the changed inputs make: reading an entry back into a form and out again
            // may tidy others (a description's spaces), which the organiser did not change.
            let made = |field: &str| {
                edit.changes.keys().any(|k| {
                    k == field || (field == "slot" && matches!(k.as_str(), "date" | "start" | "end" | "place"))
                })
            };
            let Value::Object(current) = serde_json::to_value(&entry)? else { unreachable!("a struct") };
            let Value::Object(mut fields) = serde_json::to_value(&edited)? else { unreachable!("a struct") };
            for (name, value) in current {
                if !made(&name) {
                    fields.insert(name, value);
                }
            }
            let entry: Entry = serde_json::from_value(Value::Object(fields))?;
            save_entry(w, &entry)?;
            Ok(entry)
        })
    }

    pub fn save_entry(&mut self, entry: &Entry) -> Result<()> {
        self.write(|w| save_entry(w, entry))
    }

    /// Moves or stretches entries on the timetable, all in one edit: each start by `start_minutes` and each end by
    /// `end_minutes` (the same for a move). A block moved takes its items with it. The programme's rules are checked
    /// once all have moved, so a block and its items can move together.
    pub fn reschedule(&mut self, r: &Reschedule) -> Result<Vec<Entry>> {
        let (start, end) = (chrono::Duration::minutes(r.start_minutes), chrono::Duration::minutes(r.end_minutes));
        self.write(|w| {
            let mut moved: Vec<Entry> = Vec::new();
            for id in &r.ids {
                let entry: Entry = w.get(*id)?;
                let items: Vec<Entry> = if entry.kind == EntryKind::Block && start == end {
                    w.list("block_id = ?1", &[&id.to_string()])?
                } else {
                    Vec::new()
                };
                for e in std::iter::once(entry).chain(items) {
                    if !moved.iter().any(|m| m.id == e.id) {
                        moved.push(e);
                    }
                }
            }
            for e in &mut moved {
                e.slot.starts_at += start;
                e.slot.ends_at += end;
                if e.slot.ends_at <= e.slot.starts_at {
                    return Err(Error::invalid("end", msg!("error-entry-ends-before-start", entry = &e.title)));
                }
                w.put(e)?;
            }
            for e in &moved {
                check_entry(w, e)?;
            }
            Ok(moved)
        })
    }

    /// Deletes an entry; a block takes its items with it, and every role on them goes too.
    pub fn delete_entry(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| {
            let entry: Entry = w.get(id)?;
            let items: Vec<Entry> = w.list("block_id = ?1", &[&id.to_string()])?;
            for e in std::iter::once(&entry).chain(&items) {
                for p in w.list::<Participation>("entry_id = ?1", &[&e.id.to_string()])? {
                    w.delete::<Participation>(p.id)?;
                }
                w.delete::<Entry>(e.id)?;
            }
            Ok(())
        })
    }
}

pub fn save_entry(w: &mut Writer<'_>, entry: &Entry) -> Result<()> {
    check_entry(w, entry)?;
    w.put(entry).map(drop)
}

/// The programme's rules for an entry, against its meeting, its block and its items as the write sees them.
pub(crate) fn check_entry(w: &Writer<'_>, entry: &Entry) -> Result<()> {
    let zone = meeting_zone(w, entry.event_id)?
        .ok_or_else(|| Error::NotFound { kind: "event", id: entry.event_id.to_string() })?;
    let block = match entry.block_id {
        Some(b) => Some(w.get::<Entry>(b).map_err(|_| Error::invalid("block_id", msg!("error-no-such-block")))?),
        None => None,
    };
    let items: Vec<Entry> = match entry.kind {
        EntryKind::Block => w.list("block_id = ?1", &[&entry.id.to_string()])?,
        _ => Vec::new(),
    };
    let tz = parse_zone("zone", &zone).map_err(|e| Error::Invalid(vec![e]))?;
    validate::entry(entry, tz, block.as_ref(), &items)
}

pub fn entry_from_input(input: &EntryInput, event: &Event) -> Result<Entry> {
    let tz = event_zone(event)?;
    let mut errors: Vec<FieldError> = Vec::new();
    let date = zone::parse_date("date", &input.date).map_err(|e| errors.push(e)).ok();
    let start = zone::parse_time("start", &input.start).map_err(|e| errors.push(e)).ok();
    let end = zone::parse_time("end", &input.end).map_err(|e| errors.push(e)).ok();
    let mut instant = |field, time: Option<chrono::NaiveTime>| {
        let (d, t) = (date?, time?);
        zone::instant(field, d, t, tz).map_err(|e| errors.push(e)).ok()
    };
    let (starts_at, ends_at) = (instant("start", start), instant("end", end));
    if let (Some(s), Some(e)) = (starts_at, ends_at)
        && e <= s
    {
        errors.push(FieldError::new("end", msg!("error-end-before-start")));
    }
    match (starts_at, ends_at) {
        (Some(starts_at), Some(ends_at)) if errors.is_empty() => Ok(Entry {
            id: input.id.unwrap_or_else(new_id),
            event_id: input.event_id,
            kind: input.kind,
            block_id: input.block_id,
            linked_event_id: input.linked_event_id,
            title: input.title.trim().to_string(),
            description: input.description.trim().to_string(),
            slot: Slot { starts_at, ends_at, place: input.place.clone().filter(|p| !p.trim().is_empty()) },
            public: input.public,
        }),
        _ => Err(Error::Invalid(errors)),
    }
}

/// The zone name of a live meeting, for the times in an entry's messages (reading the whole event would double the
/// cost of a bulk import).
pub(crate) fn meeting_zone(w: &Writer<'_>, event_id: Uuid) -> Result<Option<String>> {
    Ok(w.connection()
        .prepare_cached("SELECT zone FROM events WHERE id = ?1 AND deleted = 0")?
        .query_row([event_id.to_string()], |r| r.get(0))
        .optional()?)
}
