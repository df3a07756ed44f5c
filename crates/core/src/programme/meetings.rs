//! Meetings and their side events: starting one (blank, from a template, or as the next edition of a past one),
//! editing its facts, deleting it, and exporting it whole.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;

use super::entries::{ENTRY_ORDER, EntryInput, entry_from_input, save_entry};
use crate::error::{Error, FieldError, Result};
use crate::model::*;
use crate::msg;
use crate::rules::edit::Edit;
use crate::rules::validate::{self};
use crate::rules::zone::{self, event_zone, parse_zone};
use crate::storage::{Store, Writer};

/// A meeting to start: its names and first day, and what it starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewMeeting {
    pub title: String,
    pub short_title: String,
    pub starts_on: chrono::NaiveDate,
    pub start: MeetingStart,
    /// A side event of this meeting (a workshop, a webinar, a visit), started blank.
    #[serde(default)]
    #[ts(optional)]
    pub part_of: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "from", rename_all = "snake_case")]
#[ts(export)]
pub enum MeetingStart {
    /// Nothing but the guided form's answers; every other fact of the circular is edited afterwards.
    Blank {
        kind: EventKind,
        format: EventFormat,
        zone: String,
        ends_on: chrono::NaiveDate,
        languages: Vec<String>,
        registration: RegistrationRulesInput,
    },
    /// A past meeting's facts and programme, moved to the new first day (registration dates too); no speakers,
    /// registrations or decisions, and neither its reference nor its website, which belong to it.
    Template { event_id: Uuid },
}

/// A meeting's registration rules as the organiser types them: opening and closing as wall-clock times
/// (`YYYY-MM-DDTHH:MM`) in the meeting's zone.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationRulesInput {
    pub mandatory: bool,
    pub free_of_charge: bool,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub capacity: Option<u32>,
}

impl RegistrationRulesInput {
    pub(super) fn rules(&self, tz: Tz) -> Result<RegistrationRules> {
        let mut errors = Vec::new();
        let mut at = |text: &Option<String>| match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(text) => wall_clock("registration", text, tz).map_err(|e| errors.push(e)).ok(),
        };
        let (opens_at, closes_at) = (at(&self.opens), at(&self.closes));
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        Ok(RegistrationRules {
            mandatory: self.mandatory,
            free_of_charge: self.free_of_charge,
            opens_at,
            closes_at,
            capacity: self.capacity,
        })
    }
}

/// `YYYY-MM-DDTHH:MM` (a `T` or a space between) in `tz`; the date or the time that is none said as such.
fn wall_clock(field: &str, text: &str, tz: Tz) -> std::result::Result<chrono::DateTime<chrono::Utc>, FieldError> {
    let (date, time) = text.trim().split_once(['T', ' ']).unwrap_or((text, ""));
    zone::instant(field, zone::parse_date(field, date)?, zone::parse_time(field, time)?, tz)
}

/// Everything in a workspace about one event, for export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EventExport {
    pub event: Event,
    pub side_events: Vec<Event>,
    pub entries: Vec<Entry>,
    pub speakers: Vec<Speaker>,
    pub participations: Vec<Participation>,
    pub registrations: Vec<Registration>,
    /// Its words, its entries' and its side events' in other languages.
    pub translations: Vec<Translation>,
}

impl Store {
    pub fn events(&self) -> Result<Vec<Event>> {
        self.list("1 ORDER BY parent_event_id IS NOT NULL, starts_on, title", &[])
    }

    /// The meetings of the workspace, without their side events.
    pub fn meetings(&self) -> Result<Vec<Event>> {
        self.list("parent_event_id IS NULL ORDER BY starts_on, title", &[])
    }

    pub fn side_events(&self, event_id: Uuid) -> Result<Vec<Event>> {
        self.list("parent_event_id = ?1 ORDER BY starts_on, title", &[&event_id.to_string()])
    }

    pub fn save_event(&mut self, event: &Event) -> Result<()> {
        validate::event(event)?;
        self.write(|w| w.put(event).map(drop))
    }

    /// Saves what the organiser changed in the event's form, over the event as it stands now.
    /// The registration's opening and closing may be given as wall-clock times (`YYYY-MM-DDTHH:MM`) in the meeting's
    /// zone (the new one, if the edit changes it), as the organiser types them.
    pub fn edit_event(&mut self, edit: &Edit) -> Result<Event> {
        self.write(|w| {
            let current = w.get::<Event>(edit.id)?;
            let mut edit = edit.clone();
            let zone = match edit.changes.get("zone") {
                Some(Value::String(zone)) => zone.trim().to_string(),
                _ => current.zone.clone(),
            };
            if let Some(Value::Object(rules)) = edit.changes.get_mut("registration") {
                let tz = parse_zone("zone", &zone).map_err(|e| Error::Invalid(vec![e]))?;
                for key in ["opens_at", "closes_at"] {
                    // An instant as stored (with its offset) stays as it is.
                    if let Some(Value::String(text)) = rules.get(key)
                        && chrono::DateTime::parse_from_rfc3339(text).is_err()
                    {
                        let at = wall_clock("registration", text.trim(), tz).map_err(|e| Error::Invalid(vec![e]))?;
                        rules.insert(key.into(), serde_json::to_value(at)?);
                    }
                }
            }
            let event: Event = edit.apply(&current)?;
            validate::event(&event)?;
            w.put(&event)?;
            Ok(event)
        })
    }

    /// Starts a meeting on this laptop (it stays local until shared or published): blank, with the guided form's
    /// answers, or from a past meeting.
    pub fn create_meeting(&mut self, new: &NewMeeting) -> Result<Event> {
        self.write(|w| {
            let (event, template) = match &new.start {
                MeetingStart::Blank { kind, format, zone, ends_on, languages, registration } => {
                    let event = Event {
                        id: new_id(),
                        title: new.title.trim().into(),
                        short_title: new.short_title.trim().into(),
                        kind: *kind,
                        format: *format,
                        zone: zone.trim().into(),
                        starts_on: new.starts_on,
                        ends_on: *ends_on,
                        venue: None,
                        online_link: None,
                        languages: languages.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
                        description: String::new(),
                        organiser: String::new(),
                        audience: String::new(),
                        registration: match parse_zone("zone", zone.trim()) {
                            Ok(tz) => registration.rules(tz)?,
                            Err(_) => RegistrationRules::default(), // the zone's own error is told below
                        },
                        eligible_categories: ParticipantCategory::ALL.to_vec(),
                        contacts: Vec::new(),
                        reference: None,
                        website: None,
                        parent_event_id: None,
                        archived: false,
                    };
                    (event, None)
                }
                MeetingStart::Template { event_id } => {
                    let past: Event = w.get(*event_id)?;
                    if past.parent_event_id.is_some() {
                        return Err(Error::invalid("template", msg!("error-template-is-side-event")));
                    }
                    let days = chrono::Duration::days((new.starts_on - past.starts_on).num_days());
                    let tz = event_zone(&past)?;
                    let moved = |at: Option<chrono::DateTime<chrono::Utc>>| at.map(|at| moved_by(at, days, tz));
                    let event = Event {
                        id: new_id(),
                        title: new.title.trim().into(),
                        short_title: new.short_title.trim().into(),
                        starts_on: new.starts_on,
                        ends_on: past.ends_on + days,
                        registration: RegistrationRules {
                            opens_at: moved(past.registration.opens_at),
                            closes_at: moved(past.registration.closes_at),
                            ..past.registration.clone()
                        },
                        // The new meeting gets its own letter and, once published, its own page.
                        reference: None,
                        website: None,
                        archived: false,
                        ..past.clone()
                    };
                    (event, Some((past, days)))
                }
            };
            let event = match new.part_of {
                Some(meeting) => {
                    Event { parent_event_id: Some(side_event_of(w, meeting, template.is_some())?), ..event }
                }
                None => event,
            };
            validate::event(&event)?;
            w.put(&event)?;
            if let Some((past, days)) = template {
                let mut copied = copy_programme(w, &past, &event, days)?;
                // The words given in other languages go with what they translate; the new meeting's title is its own.
                copied.insert(past.id, event.id);
                for t in w.list::<Translation>("event_id = ?1 AND text <> ''", &[&past.id.to_string()])? {
                    let Some(&record_id) = copied.get(&t.record_id) else { continue };
                    if record_id == event.id && matches!(t.field.as_str(), "title" | "short_title") {
                        continue;
                    }
                    let id = Translation::id_of(event.id, record_id, &t.field, t.lang);
                    w.put(&Translation { id, event_id: event.id, record_id, ..t })?;
                }
                // The administrations' focal points rarely change from one meeting to the next.
                for focal_point in w.list::<FocalPoint>("event_id = ?1", &[&past.id.to_string()])? {
                    w.put(&FocalPoint { id: new_id(), event_id: event.id, ..focal_point })?;
                }
            }
            Ok(event)
        })
    }

    /// Deletes a meeting with its side events, or one side event; a shared meeting's deletion syncs, and the public
    /// site stops showing it. Its programme, speakers and registrations are left as they are, out of reach: an
    /// undelete (a concurrent edit that wins, or a restore) brings it back whole.
    pub fn delete_meeting(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| {
            let meeting: Event = w.get(id)?;
            if meeting.parent_event_id.is_some() {
                // The programme's entry that stands for it would lead nowhere.
                let standing =
                    w.list::<Entry>("linked_event_id = ?1 ORDER BY starts_at", &[&id.to_string()])?.into_iter().next();
                if let Some(entry) = standing {
                    return Err(Error::invalid("event", msg!("error-side-event-in-programme", entry = &entry.title)));
                }
            }
            for side in w.list::<Event>("parent_event_id = ?1", &[&id.to_string()])? {
                w.delete::<Event>(side.id)?;
            }
            w.delete::<Event>(id).map(drop)
        })
    }

    pub fn export(&self, event_id: Uuid) -> Result<EventExport> {
        Ok(EventExport {
            event: self.get(event_id)?,
            side_events: self.side_events(event_id)?,
            entries: self.entries(event_id)?,
            speakers: self.speakers(event_id)?,
            participations: self.participations(event_id)?,
            registrations: self.registrations(event_id)?,
            translations: self.translations(event_id)?,
        })
    }
}

/// The programme of `past` (blocks, items and breaks, as drafted; no side events, speakers or roles), `days` later
/// at the same wall-clock times, in `to`.
/// The meeting a new side event is part of: a meeting of the workspace (not itself a side event), and the side event
/// started blank.
fn side_event_of(w: &Writer<'_>, meeting: Uuid, from_template: bool) -> Result<Uuid> {
    if from_template {
        return Err(Error::invalid("template", msg!("error-side-event-starts-blank")));
    }
    let parent: Event = w.get(meeting).map_err(|_| Error::invalid("part_of", msg!("error-no-such-meeting")))?;
    if parent.parent_event_id.is_some() {
        return Err(Error::invalid("part_of", msg!("error-side-event-of-side-event")));
    }
    Ok(parent.id)
}

/// Returns the new id of each entry copied, by its old one.
fn copy_programme(
    w: &mut Writer<'_>,
    past: &Event,
    to: &Event,
    days: chrono::Duration,
) -> Result<std::collections::HashMap<Uuid, Uuid>> {
    let mut copied = std::collections::HashMap::new();
    let mut blocks = std::collections::HashMap::new();
    for entry in w.list::<Entry>(ENTRY_ORDER, &[&past.id.to_string()])? {
        if entry.kind == EntryKind::SideEvent {
            continue;
        }
        let id = new_id();
        if entry.kind == EntryKind::Block {
            blocks.insert(entry.id, id);
        }
        let mut input = EntryInput::of(&entry, past)?;
        input.id = Some(id);
        input.event_id = to.id;
        input.block_id = entry.block_id.and_then(|b| blocks.get(&b).copied());
        input.date = (zone::parse_date("date", &input.date).map_err(|e| Error::Invalid(vec![e]))? + days).to_string();
        save_entry(w, &entry_from_input(&input, to)?)?;
        copied.insert(entry.id, id);
    }
    Ok(copied)
}

/// The instant `days` later at the same wall-clock time in `tz` (not 24-hour days: a summer-time change between
/// keeps 09:00 at 09:00).
fn moved_by(at: chrono::DateTime<chrono::Utc>, days: chrono::Duration, tz: Tz) -> chrono::DateTime<chrono::Utc> {
    let local = at.with_timezone(&tz).naive_local() + days;
    zone::instant("", local.date(), local.time(), tz).unwrap_or(at + days)
}
