//! What an organiser does with a workspace: the operations that the app's commands and the CLI both call.

use chrono_tz::Tz;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;

use crate::edit::Edit;
use crate::error::{Error, FieldError, Result};
use crate::model::*;
use crate::store::{Store, Writer};
use crate::validate::{self, Warning};
use crate::zone::{self, ZonedTime, day_shift, long_date, parse_zone, zoned};

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

/// One speaker's role on an entry, with the name to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RoleOnEntry {
    pub participation_id: Uuid,
    pub speaker_id: Uuid,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammeRow {
    pub entry: Entry,
    /// In the event's zone.
    pub start: ZonedTime,
    pub end: ZonedTime,
    /// In the zone the viewer picked, when one was.
    pub viewer_start: Option<ZonedTime>,
    pub viewer_end: Option<ZonedTime>,
    /// Days between the programme's day and the viewer's start and end days (e.g. 1 for Sydney's Saturday).
    pub viewer_start_day_shift: i32,
    pub viewer_end_day_shift: i32,
    /// Minutes from the programme day's midnight in the event's zone to the start and to the end (past 1440 when it
    /// ends the next day): where the timetable draws the entry, to scale.
    pub start_minute: i32,
    pub end_minute: i32,
    pub roles: Vec<RoleOnEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammeDay {
    pub date: chrono::NaiveDate,
    /// `Friday 31 October 2025`.
    pub label: String,
    /// The event zone's abbreviation that day (`CET`, then `CEST` after the change to summer time).
    pub zone_label: String,
    /// The viewer zone's, when one was asked for.
    pub viewer_zone_label: Option<String>,
    pub rows: Vec<ProgrammeRow>,
}

/// The programme by day in the event's zone, and beside it, in another zone if one was asked for.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Programme {
    pub event_id: Uuid,
    pub zone: String,
    /// The event zone's abbreviation on the first day, e.g. `CET`.
    pub zone_label: String,
    pub viewer_zone: Option<String>,
    pub viewer_zone_label: Option<String>,
    pub days: Vec<ProgrammeDay>,
    pub warnings: Vec<Warning>,
}

/// The registrants' zones counted for a meeting, and the meeting, data version and writes they were counted at.
pub(crate) type KeptZones = ((Uuid, i64, u64), Vec<validate::RegistrantZone>);

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

/// A registration taken by hand: the registrant's fields, and the organiser's private notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewRegistration {
    pub event_id: Uuid,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub category: ParticipantCategory,
    pub position: Option<String>,
    pub private_notes: String,
}

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
    fn rules(&self, tz: Tz) -> Result<RegistrationRules> {
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

/// `YYYY-MM-DDTHH:MM` (a `T` or a space between) in `tz`.
fn wall_clock(field: &str, text: &str, tz: Tz) -> std::result::Result<chrono::DateTime<chrono::Utc>, FieldError> {
    let local = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
        .map_err(|_| FieldError::new(field, format!("“{text}” is not a date and time (YYYY-MM-DD HH:MM)")))?;
    zone::instant(field, local.date(), local.time(), tz)
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
}

pub(crate) const ENTRY_ORDER: &str =
    "event_id = ?1 ORDER BY starts_at, CASE kind WHEN 'block' THEN 0 ELSE 1 END, json_extract(slot, '$.ends_at') DESC";

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
                        return Err(Error::invalid("template", "a side event is not a meeting to start from"));
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
                copy_programme(w, &past, &event, days)?;
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
                    return Err(Error::invalid(
                        "event",
                        format!(
                            "the programme's \"{}\" stands for this side event: remove that entry first",
                            entry.title
                        ),
                    ));
                }
            }
            for side in w.list::<Event>("parent_event_id = ?1", &[&id.to_string()])? {
                w.delete::<Event>(side.id)?;
            }
            w.delete::<Event>(id).map(drop)
        })
    }

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
                    return Err(Error::invalid("end", format!("“{}” must end after it starts", e.title)));
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

    pub fn speakers(&self, event_id: Uuid) -> Result<Vec<Speaker>> {
        self.list("event_id = ?1 ORDER BY family_name, given_name", &[&event_id.to_string()])
    }

    pub fn save_speaker(&mut self, speaker: &Speaker) -> Result<()> {
        validate::speaker(speaker)?;
        self.write(|w| {
            w.get::<Event>(speaker.event_id)?;
            w.put(speaker).map(drop)
        })
    }

    /// Saves what the organiser changed in a speaker's form, over the speaker as they stand now.
    pub fn edit_speaker(&mut self, edit: &Edit) -> Result<Speaker> {
        self.write(|w| {
            let speaker: Speaker = edit.apply(&w.get::<Speaker>(edit.id)?)?;
            validate::speaker(&speaker)?;
            w.get::<Event>(speaker.event_id)?;
            w.put(&speaker)?;
            Ok(speaker)
        })
    }

    /// Gives a speaker the photo in `file` (a chosen file's bytes: cropped square, resized, kept as JPEG), or takes
    /// it away (`None`).
    pub fn set_speaker_photo(&mut self, id: Uuid, file: Option<&[u8]>) -> Result<Speaker> {
        let photo = file.map(crate::photo::prepare).transpose()?;
        self.write(|w| {
            let speaker = Speaker { photo, ..w.get::<Speaker>(id)? };
            w.put(&speaker)?;
            Ok(speaker)
        })
    }

    pub fn delete_speaker(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| {
            for p in w.list::<Participation>("speaker_id = ?1", &[&id.to_string()])? {
                w.delete::<Participation>(p.id)?;
            }
            w.delete::<Speaker>(id).map(drop)
        })
    }

    pub fn participations(&self, event_id: Uuid) -> Result<Vec<Participation>> {
        self.list("event_id = ?1", &[&event_id.to_string()])
    }

    pub fn save_participation(&mut self, p: &Participation) -> Result<()> {
        self.write(|w| {
            let entry: Entry = w.get(p.entry_id)?;
            let speaker: Speaker = w.get(p.speaker_id)?;
            if entry.event_id != p.event_id || speaker.event_id != p.event_id {
                return Err(Error::invalid("speaker_id", "the speaker and the entry belong to different events"));
            }
            let same: Vec<Participation> = w.list(
                "entry_id = ?1 AND speaker_id = ?2 AND role = ?3 AND id <> ?4",
                &[
                    &p.entry_id.to_string(),
                    &p.speaker_id.to_string(),
                    &serde_json::to_value(p.role)?.as_str().unwrap_or_default(),
                    &p.id.to_string(),
                ],
            )?;
            if !same.is_empty() {
                return Err(Error::invalid(
                    "role",
                    format!("{} already has this role on {:?}", speaker.display_name(), entry.title),
                ));
            }
            w.put(p).map(drop)
        })
    }

    pub fn delete_participation(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| w.delete::<Participation>(id).map(drop))
    }

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
            id: new_id(),
            event_id: new.event_id,
            given_name: new.given_name.trim().into(),
            family_name: new.family_name.trim().into(),
            email: new.email.trim().into(),
            organisation: new.organisation.trim().into(),
            country: new.country.trim().to_uppercase(),
            category: new.category,
            position: new.position.as_deref().map(str::trim).filter(|p| !p.is_empty()).map(Into::into),
            source: RegistrationSource::Manual,
            consent_to_be_listed: false,
            submitted_at: now,
            decision: Decision::default(),
            private_notes: new.private_notes.trim().into(),
            attended: false,
            time_zone: None,
            mail: None,
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
            return Err(Error::invalid(field, "this is not changed here (a decision is made with decide)"));
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

    pub fn warnings(&self, event_id: Uuid) -> Result<Vec<Warning>> {
        let entries = self.entries(event_id)?;
        self.warnings_of(event_id, &entries, &self.participations(event_id)?, &names(&self.speakers(event_id)?))
    }

    /// Every warning of a meeting's programme, from what the caller has read of it.
    fn warnings_of(
        &self,
        event_id: Uuid,
        entries: &[Entry],
        participations: &[Participation],
        names: &[(Uuid, String)],
    ) -> Result<Vec<Warning>> {
        let mut warnings = validate::warnings(entries, participations, names);
        warnings.extend(validate::participants_night(entries, &self.registrant_zones(event_id)?));
        Ok(warnings)
    }

    /// Where the meeting's registrants are (those not rejected nor cancelled), by zone: the zone their browser gave
    /// on the site's form, else their country's main zone (the tz database's `zone.tab`, first row of the country).
    /// Kept until the registrations change: the programme is read again after every edit, and counting 100,000
    /// registrations by zone takes 40 ms.
    pub fn registrant_zones(&self, event_id: Uuid) -> Result<Vec<validate::RegistrantZone>> {
        let version: i64 = self.connection().query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let stamp = (event_id, version, self.registration_writes);
        let mut kept = self.registrant_zones.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((at, zones)) = kept.as_ref()
            && *at == stamp
        {
            return Ok(zones.clone());
        }
        let zones = self.count_registrant_zones(event_id)?;
        *kept = Some((stamp, zones.clone()));
        Ok(zones)
    }

    fn count_registrant_zones(&self, event_id: Uuid) -> Result<Vec<validate::RegistrantZone>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT country, time_zone, count(*) FROM registrations
             WHERE event_id = ?1 AND deleted = 0 AND status IN ('pending', 'approved', 'waitlisted')
             GROUP BY country, time_zone",
        )?;
        let mut rows = stmt.query([event_id.to_string()])?;
        let mut zones: Vec<validate::RegistrantZone> = Vec::new();
        while let Some(row) = rows.next()? {
            let (country, time_zone, count): (String, Option<String>, u32) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let zone = time_zone
                .and_then(|z| z.parse::<Tz>().ok())
                .or_else(|| zone::main_zone_of(&country).and_then(|z| z.parse().ok()));
            let Some(zone) = zone else { continue };
            match zones.iter_mut().find(|z| z.zone == zone) {
                Some(z) => {
                    z.registrants += count;
                    match z.countries.iter_mut().find(|(c, _)| *c == country) {
                        Some((_, n)) => *n += count,
                        None => z.countries.push((country, count)),
                    }
                }
                None => {
                    zones.push(validate::RegistrantZone { zone, countries: vec![(country, count)], registrants: count })
                }
            }
        }
        for z in &mut zones {
            z.countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        Ok(zones)
    }

    /// The programme of an event in its zone and, if `viewer_zone` is given, in that zone beside it.
    pub fn programme(&self, event_id: Uuid, viewer_zone: Option<&str>) -> Result<Programme> {
        let event: Event = self.get(event_id)?;
        let entries = self.entries(event_id)?;
        let participations = self.participations(event_id)?;
        let speakers = self.speakers(event_id)?;
        let names = names(&speakers);
        let warnings = self.warnings_of(event_id, &entries, &participations, &names)?;
        Ok(Programme { warnings, ..programme_of(&event, entries, &participations, &names, viewer_zone)? })
    }

    pub fn export(&self, event_id: Uuid) -> Result<EventExport> {
        Ok(EventExport {
            event: self.get(event_id)?,
            side_events: self.side_events(event_id)?,
            entries: self.entries(event_id)?,
            speakers: self.speakers(event_id)?,
            participations: self.participations(event_id)?,
            registrations: self.registrations(event_id)?,
        })
    }
}

/// The programme of `event` made of `entries` (in programme order) and the roles on them, named from `names` (speakers
/// by id; a role whose speaker is not there is left out), in the event's zone and, if `viewer_zone` is given, in that zone
/// beside it. Without warnings: the caller knows whether its entries are the organisers' or the published ones.
pub fn programme_of(
    event: &Event,
    entries: Vec<Entry>,
    participations: &[Participation],
    names: &[(Uuid, String)],
    viewer_zone: Option<&str>,
) -> Result<Programme> {
    let tz = event_zone(event)?;
    let viewer = viewer_zone
        .filter(|z| !z.is_empty())
        .map(|z| parse_zone("viewer_zone", z))
        .transpose()
        .map_err(|e| Error::Invalid(vec![e]))?;
    let first_instant = entries.first().map(|e| e.slot.starts_at);
    let label_at = |tz: Tz| {
        let at = first_instant.unwrap_or_else(|| {
            zone::instant("date", event.starts_on, chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default(), tz)
                .unwrap_or_default()
        });
        zoned(at, tz).abbreviation
    };
    let mut days: Vec<ProgrammeDay> = Vec::new();
    for entry in entries {
        let start = zoned(entry.slot.starts_at, tz);
        let end = zoned(entry.slot.ends_at, tz);
        let (viewer_start, viewer_end) =
            viewer.map(|v| (zoned(entry.slot.starts_at, v), zoned(entry.slot.ends_at, v))).unzip();
        let shift = |v: &Option<ZonedTime>| v.as_ref().map(|v| day_shift(start.date, v.date)).unwrap_or(0);
        let (viewer_start_day_shift, viewer_end_day_shift) = (shift(&viewer_start), shift(&viewer_end));
        let roles = participations
            .iter()
            .filter(|p| p.entry_id == entry.id)
            .filter_map(|p| {
                let (_, name) = names.iter().find(|(id, _)| *id == p.speaker_id)?;
                let name = name.clone();
                Some(RoleOnEntry { participation_id: p.id, speaker_id: p.speaker_id, name, role: p.role })
            })
            .collect();
        let midnight = zone::instant("date", start.date, chrono::NaiveTime::MIN, tz).unwrap_or(entry.slot.starts_at);
        let minute = |at: chrono::DateTime<chrono::Utc>| (at - midnight).num_minutes() as i32;
        let row = ProgrammeRow {
            start_minute: minute(entry.slot.starts_at),
            end_minute: minute(entry.slot.ends_at),
            entry,
            start,
            end,
            viewer_start,
            viewer_end,
            viewer_start_day_shift,
            viewer_end_day_shift,
            roles,
        };
        match days.last_mut() {
            Some(day) if day.date == row.start.date => day.rows.push(row),
            _ => days.push(ProgrammeDay {
                date: row.start.date,
                label: long_date(row.start.date),
                zone_label: row.start.abbreviation.clone(),
                viewer_zone_label: row.viewer_start.as_ref().map(|v| v.abbreviation.clone()),
                rows: vec![row],
            }),
        }
    }
    Ok(Programme {
        event_id: event.id,
        zone: event.zone.clone(),
        zone_label: label_at(tz),
        viewer_zone: viewer.map(|v| v.name().to_string()),
        viewer_zone_label: viewer.map(label_at),
        days,
        warnings: Vec::new(),
    })
}

/// Speakers by id with the name to show.
fn names(speakers: &[Speaker]) -> Vec<(Uuid, String)> {
    speakers.iter().map(|s| (s.id, s.display_name())).collect()
}

pub(crate) fn event_zone(event: &Event) -> Result<Tz> {
    parse_zone("zone", &event.zone).map_err(|e| Error::Invalid(vec![e]))
}

/// The first registration (but `r`) of `r`'s meeting with its email, in any case. Pinned to the email index: with
/// `deleted = 0` in the query, the status index (`event_id, deleted, …`) looks as good to the planner, and walking it
/// made a form post on a meeting of 100,000 thirty times slower.
fn same_email(w: &Writer<'_>, r: &Registration) -> Result<Option<Registration>> {
    let first: Option<String> = w
        .connection()
        .prepare_cached(
            "SELECT id FROM registrations INDEXED BY registrations_by_email
             WHERE event_id = ?1 AND lower(email) = lower(?2) AND id <> ?3 AND deleted = 0
             ORDER BY submitted_at LIMIT 1",
        )?
        .query_row(rusqlite::params![r.event_id.to_string(), r.email.trim(), r.id.to_string()], |row| row.get(0))
        .optional()?;
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
            format!("{} {} is registered with this address already", first.given_name, first.family_name),
        )),
        None => Ok(()),
    }
}

/// The programme of `past` (blocks, items and breaks, as drafted; no side events, speakers or roles), `days` later
/// at the same wall-clock times, in `to`.
/// The meeting a new side event is part of: a meeting of the workspace (not itself a side event), and the side event
/// started blank.
fn side_event_of(w: &Writer<'_>, meeting: Uuid, from_template: bool) -> Result<Uuid> {
    if from_template {
        return Err(Error::invalid("template", "a side event starts blank"));
    }
    let parent: Event = w
        .get(meeting)
        .map_err(|_| Error::invalid("part_of", "the meeting it would be part of is not in the workspace"))?;
    if parent.parent_event_id.is_some() {
        return Err(Error::invalid("part_of", "a side event is part of a meeting, not of another side event"));
    }
    Ok(parent.id)
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

fn copy_programme(w: &mut Writer<'_>, past: &Event, to: &Event, days: chrono::Duration) -> Result<()> {
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
    }
    Ok(())
}

/// The instant `days` later at the same wall-clock time in `tz` (not 24-hour days: a summer-time change between
/// keeps 09:00 at 09:00).
fn moved_by(at: chrono::DateTime<chrono::Utc>, days: chrono::Duration, tz: Tz) -> chrono::DateTime<chrono::Utc> {
    let local = at.with_timezone(&tz).naive_local() + days;
    zone::instant("", local.date(), local.time(), tz).unwrap_or(at + days)
}

pub fn save_entry(w: &mut Writer<'_>, entry: &Entry) -> Result<()> {
    check_entry(w, entry)?;
    w.put(entry).map(drop)
}

/// The programme's rules for an entry, against its meeting, its block and its items as the write sees them.
pub(crate) fn check_entry(w: &Writer<'_>, entry: &Entry) -> Result<()> {
    let zone = w
        .event_zone(entry.event_id)?
        .ok_or_else(|| Error::NotFound { kind: "event", id: entry.event_id.to_string() })?;
    let block = match entry.block_id {
        Some(b) => Some(w.get::<Entry>(b).map_err(|_| Error::invalid("block_id", "the block does not exist"))?),
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
        errors.push(FieldError::new("end", "the end must be after the start"));
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
