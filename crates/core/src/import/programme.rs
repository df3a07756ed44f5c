//! A programme from another system, into a meeting: Indico's timetable export (`/export/timetable/ID.json`) and event
//! export (`/export/event/ID.json?detail=contributions`), and the c3voc schedule that frab and pretalx write (XML and
//! JSON). The file is read into a [`SourceProgramme`] (its entries with their source's keys and people), then matched
//! to the meeting: each entry's id is made from its source and key, so importing the same source again finds what it
//! brought last time and changes what changed, adding nothing twice; a person becomes the meeting's speaker of the same
//! name and organisation where there is one.
//!
//! How each shape becomes a programme: an Indico session's block is a block, its contributions and breaks its items,
//! its conveners its chairs, a contribution's speakers its speakers; a contribution outside any session is a block of
//! its own, a break outside one a break. A c3voc event is a block in its room, its persons its speakers. Dais's own
//! export (`dais export`) comes back as it was: into its own meeting, the same rows.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::*;
use crate::msg;
use crate::programme::{MeetingStart, NewMeeting, RegistrationRulesInput};
use crate::rules::fold::fold;
use crate::storage::Store;

/// The systems a programme comes from, as a file tells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ProgrammeFormat {
    IndicoTimetable,
    IndicoEvent,
    /// The c3voc schedule as XML (frab, pretalx).
    ScheduleXml,
    /// The c3voc schedule as JSON (frab, pretalx).
    ScheduleJson,
    /// Dais's own export of a meeting (`dais export`).
    Dais,
}

/// A programme as its file gives it, not yet matched to a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceProgramme {
    pub format: ProgrammeFormat,
    pub title: Option<String>,
    /// The meeting a Dais export is of: brought back into it, its entries and speakers keep their ids.
    pub meeting: Option<Uuid>,
    /// The zone its times are given in (IANA), where it says: a new meeting made from it runs on that clock.
    pub zone: Option<String>,
    pub entries: Vec<SourceEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourceEntry {
    /// The entry's key in its source (Indico's `s12`, a c3voc event's guid): what a second import finds it by.
    pub key: String,
    pub kind: EntryKind,
    /// The key of the block an item belongs to.
    pub block: Option<String>,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: Option<String>,
    /// False for a draft (only Dais's own exports have them).
    pub public: bool,
    pub people: Vec<(SourcePerson, Role)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourcePerson {
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    /// The speaker whole, from a Dais export: a new speaker is made from it (position, bio, photo...).
    pub speaker: Option<Speaker>,
}

/// An entry of the preview: what it is, when, and what an import does to it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammeLine {
    pub kind: EntryKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Its fields that change (`title`, `description`, `slot`, `kind`, `block_id`, `roles`); empty for a new one.
    pub changes: Vec<String>,
}

/// What importing a programme would do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammePreview {
    /// The meeting it goes into (a new one's, made for it).
    pub event_id: Uuid,
    pub format: ProgrammeFormat,
    pub title: Option<String>,
    pub added: Vec<ProgrammeLine>,
    pub changed: Vec<ProgrammeLine>,
    pub unchanged: u32,
    /// The people new to the meeting's speakers, by name.
    pub new_speakers: Vec<String>,
    /// The people found among the meeting's speakers.
    pub known_speakers: u32,
}

impl SourceProgramme {
    /// A meeting to bring this programme into, where it goes into none yet: the title, short title and zone given,
    /// else the source's (its zone, its title's acronym for the short title); its first and last day those of its
    /// entries on that clock. Every other fact is the organiser's to give afterwards, as for a blank meeting; what
    /// is given by neither is refused at its field by `Store::create_meeting`.
    pub fn new_meeting(&self, title: Option<&str>, short_title: Option<&str>, zone: Option<&str>) -> NewMeeting {
        let title = title.map(str::to_string).or_else(|| self.title.clone()).unwrap_or_default();
        let short_title = short_title
            .map(str::to_string)
            .or_else(|| crate::import::circular::acronym(&title))
            .unwrap_or_else(|| title.clone());
        let zone = zone.map(str::to_string).or_else(|| self.zone.clone()).unwrap_or_default();
        let tz: Tz = zone.parse().unwrap_or(Tz::UTC);
        // An entry that runs past midnight takes the meeting into the next day.
        let on = |at: DateTime<Utc>| at.with_timezone(&tz).date_naive();
        let days: Vec<NaiveDate> =
            self.entries.iter().flat_map(|e| [on(e.starts_at), on(e.ends_at - chrono::Duration::seconds(1))]).collect();
        let (first, last) = (days.iter().min().copied(), days.iter().max().copied());
        let first = first.unwrap_or_else(|| Utc::now().date_naive());
        NewMeeting {
            title,
            short_title,
            starts_on: first,
            start: MeetingStart::Blank {
                kind: EventKind::Meeting,
                format: EventFormat::Hybrid,
                zone,
                ends_on: last.unwrap_or(first),
                languages: vec!["English".into()],
                registration: RegistrationRulesInput { mandatory: true, free_of_charge: true, ..Default::default() },
            },
            part_of: None,
        }
    }
}

/// Reads a programme's file; `name` is the file's, for its errors.
pub fn read_programme(name: &str, bytes: &[u8]) -> Result<SourceProgramme> {
    let unreadable = |reason: Msg| Error::Unreadable { file: name.to_string(), reason };
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| unreadable(msg!("import-file-not-text")))?;
    let trimmed = text.trim_start();
    let read = if trimmed.starts_with('<') {
        schedule_xml(trimmed)
    } else if trimmed.starts_with('{') {
        let json: Value = serde_json::from_str(trimmed)
            .map_err(|e| unreadable(msg!("import-programme-json", detail = e.to_string())))?;
        if json.pointer("/schedule/conference").is_some() {
            schedule_json(&json)
        } else if json.get("event").is_some() && json.get("entries").is_some() {
            dais_export(json)
        } else {
            indico(&json)
        }
    } else {
        Err(msg!("import-programme-unknown"))
    };
    let programme = read.map_err(unreadable)?;
    if programme.entries.is_empty() {
        return Err(unreadable(msg!("import-programme-empty")));
    }
    Ok(programme)
}

type Read<T> = std::result::Result<T, Msg>;

/// Indico's exports: `{count, results}`, a timetable's results by event and day, an event's a list of events.
fn indico(json: &Value) -> Read<SourceProgramme> {
    let results = json.get("results").ok_or_else(|| msg!("import-programme-unknown"))?;
    match results {
        Value::Array(events) => {
            let event = events.first().ok_or_else(|| msg!("import-programme-empty"))?;
            indico_event(event)
        }
        Value::Object(by_event) => {
            let mut entries = Vec::new();
            for days in by_event.values() {
                for day in days.as_object().into_iter().flat_map(|d| d.values()) {
                    for (key, entry) in day.as_object().into_iter().flatten() {
                        indico_timetable_entry(key, entry, None, &mut entries)?;
                    }
                }
            }
            let zone = first_zone(json);
            Ok(SourceProgramme { format: ProgrammeFormat::IndicoTimetable, title: None, meeting: None, zone, entries })
        }
        _ => Err(msg!("import-programme-unknown")),
    }
}

fn indico_timetable_entry(key: &str, e: &Value, block: Option<&str>, out: &mut Vec<SourceEntry>) -> Read<()> {
    let text = |field: &str| e.get(field).and_then(Value::as_str).unwrap_or("").trim().to_string();
    let (starts_at, ends_at) = (indico_time(e.get("startDate"))?, indico_time(e.get("endDate"))?);
    let place =
        Some(text("room")).filter(|r| !r.is_empty()).or_else(|| Some(text("location")).filter(|l| !l.is_empty()));
    let kind = e.get("entryType").and_then(Value::as_str).unwrap_or("");
    let (kind, people) = match (kind, block) {
        ("Session", _) => (EntryKind::Block, persons(e.get("conveners"), Role::Chair)),
        ("Contribution", Some(_)) => (EntryKind::Item, persons(e.get("presenters"), Role::Speaker)),
        ("Contribution", None) => (EntryKind::Block, persons(e.get("presenters"), Role::Speaker)),
        ("Break", Some(_)) => (EntryKind::Item, Vec::new()),
        ("Break", None) => (EntryKind::Break, Vec::new()),
        (other, _) => return Err(msg!("import-programme-entry-type", kind = other)),
    };
    // A session's block may have a title of its own ("Session 2 (continued)").
    let title = Some(text("slotTitle")).filter(|t| !t.is_empty()).unwrap_or_else(|| text("title"));
    out.push(SourceEntry {
        key: key.to_string(),
        kind,
        block: block.map(str::to_string),
        title,
        description: text("description"),
        starts_at,
        ends_at,
        place,
        public: true,
        people,
    });
    if kind == EntryKind::Block
        && let Some(children) = e.get("entries").and_then(Value::as_object)
    {
        for (child_key, child) in children {
            indico_timetable_entry(child_key, child, Some(key), out)?;
        }
    }
    Ok(())
}

/// An Indico event with its contributions: those of one session made a block spanning them, the others blocks alone.
fn indico_event(event: &Value) -> Read<SourceProgramme> {
    let title = event.get("title").and_then(Value::as_str).map(str::to_string);
    let mut entries = Vec::new();
    let mut sessions: BTreeMap<String, (DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
    for c in event.get("contributions").and_then(Value::as_array).into_iter().flatten() {
        // An unscheduled contribution has no times: not in the programme.
        if c.get("startDate").is_none_or(Value::is_null) {
            continue;
        }
        let text = |field: &str| c.get(field).and_then(Value::as_str).unwrap_or("").trim().to_string();
        let (starts_at, ends_at) = (indico_time(c.get("startDate"))?, indico_time(c.get("endDate"))?);
        let session = match c.get("session") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(s)) => s.get("title").and_then(Value::as_str).map(str::to_string),
            _ => None,
        }
        .filter(|s| !s.trim().is_empty());
        let block = session.as_ref().map(|s| format!("session/{s}"));
        if let Some(s) = &session {
            let span = sessions.entry(s.clone()).or_insert((starts_at, ends_at));
            *span = (span.0.min(starts_at), span.1.max(ends_at));
        }
        let id = c.get("db_id").or_else(|| c.get("id")).map(|v| v.to_string().trim_matches('"').to_string());
        // The older schema lists `speakers`; the newer one `persons`, each saying whether they speak.
        let people = match c.get("speakers") {
            Some(speakers) => persons(Some(speakers), Role::Speaker),
            None => {
                let speaking: Vec<Value> = c
                    .get("persons")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter(|p| p.get("is_speaker").and_then(Value::as_bool) == Some(true))
                    .cloned()
                    .collect();
                persons(Some(&Value::Array(speaking)), Role::Speaker)
            }
        };
        entries.push(SourceEntry {
            key: format!("contribution/{}", id.unwrap_or_else(|| text("title"))),
            kind: if block.is_some() { EntryKind::Item } else { EntryKind::Block },
            block,
            title: text("title"),
            description: text("description"),
            starts_at,
            ends_at,
            place: Some(text("room")).filter(|r| !r.is_empty()),
            public: true,
            people,
        });
    }
    for (session, (starts_at, ends_at)) in sessions {
        let key = format!("session/{session}");
        entries.push(SourceEntry {
            key,
            kind: EntryKind::Block,
            block: None,
            title: session,
            description: String::new(),
            starts_at,
            ends_at,
            place: None,
            public: true,
            people: Vec::new(),
        });
    }
    let zone = event.get("timezone").and_then(Value::as_str).map(str::to_string).or_else(|| first_zone(event));
    Ok(SourceProgramme { format: ProgrammeFormat::IndicoEvent, title, meeting: None, zone, entries })
}

/// The zone of Indico's first `{date, time, tz}`: the one the export was asked in.
fn first_zone(json: &Value) -> Option<String> {
    match json {
        Value::Object(fields) => match (fields.get("tz"), fields.get("time")) {
            (Some(Value::String(tz)), Some(_)) => Some(tz.clone()),
            _ => fields.values().find_map(first_zone),
        },
        Value::Array(values) => values.iter().find_map(first_zone),
        _ => None,
    }
}

/// Indico's `{date, time, tz}`: the time in the zone the export was asked in.
fn indico_time(value: Option<&Value>) -> Read<DateTime<Utc>> {
    let bad = || msg!("import-programme-time", value = value.map_or_else(String::new, Value::to_string));
    let v = value.ok_or_else(bad)?;
    let field = |name: &str| v.get(name).and_then(Value::as_str).ok_or_else(bad);
    let date = NaiveDate::parse_from_str(field("date")?, "%Y-%m-%d").map_err(|_| bad())?;
    let time = NaiveTime::parse_from_str(field("time")?, "%H:%M:%S").map_err(|_| bad())?;
    let zone: Tz = field("tz")?.parse().map_err(|_| bad())?;
    zone.from_local_datetime(&date.and_time(time)).earliest().map(|t| t.with_timezone(&Utc)).ok_or_else(bad)
}

/// People as Indico and c3voc write them: `firstName`/`familyName` (Indico's timetable), `first_name`/`last_name`
/// (its older and newer schemas), or one name (`name`, `fullName`, `public_name`, or the text itself).
fn persons(value: Option<&Value>, role: Role) -> Vec<(SourcePerson, Role)> {
    let people = value.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    people.iter().filter_map(|p| Some((person(p)?, role))).collect()
}

fn person(p: &Value) -> Option<SourcePerson> {
    let text = |fields: &[&str]| {
        fields.iter().find_map(|f| p.get(*f).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()))
    };
    let organisation = text(&["affiliation", "organisation"]).map(str::to_string);
    let (given, family) = match (text(&["firstName", "first_name"]), text(&["familyName", "last_name"])) {
        (given, Some(family)) => (given.unwrap_or("").to_string(), family.to_string()),
        _ => {
            let whole = p.as_str().or_else(|| text(&["fullName", "name", "public_name"]))?;
            split_name(whole)
        }
    };
    Some(SourcePerson { given_name: given, family_name: family, organisation, speaker: None })
}

/// A name in one piece: the last word is the family name.
fn split_name(whole: &str) -> (String, String) {
    match whole.trim().rsplit_once(' ') {
        Some((given, family)) => (given.trim().to_string(), family.to_string()),
        None => (String::new(), whole.trim().to_string()),
    }
}

/// The c3voc schedule in XML: `schedule/day/room/event`, each event's `date` (with its offset) and `duration`.
fn schedule_xml(text: &str) -> Read<SourceProgramme> {
    let doc = roxmltree::Document::parse(text).map_err(|e| msg!("import-programme-xml", detail = e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().name() != "schedule" {
        return Err(msg!("import-programme-unknown"));
    }
    let child = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text()).map(str::trim).unwrap_or("").to_string()
    };
    let title = root.children().find(|c| c.has_tag_name("conference")).map(|c| child(c, "title"));
    let mut entries = Vec::new();
    for event in root.descendants().filter(|n| n.has_tag_name("event")) {
        let key = event.attribute("guid").or_else(|| event.attribute("id")).unwrap_or_default().to_string();
        let date = child(event, "date");
        let starts_at = DateTime::parse_from_rfc3339(&date)
            .map_err(|_| msg!("import-programme-time", value = date.as_str()))?
            .with_timezone(&Utc);
        let duration = child(event, "duration");
        let ends_at = starts_at + read_duration(&duration)?;
        let people = event
            .children()
            .filter(|c| c.has_tag_name("persons"))
            .flat_map(|ps| ps.children().filter(|p| p.has_tag_name("person")))
            .filter_map(|p| p.text().map(str::trim).filter(|t| !t.is_empty()))
            .map(|name| {
                let (given, family) = split_name(name);
                let person = SourcePerson { given_name: given, family_name: family, organisation: None, speaker: None };
                (person, Role::Speaker)
            })
            .collect();
        let subtitle = child(event, "subtitle");
        let description = [child(event, "abstract"), child(event, "description")]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let title = match subtitle.is_empty() {
            true => child(event, "title"),
            false => format!("{}: {subtitle}", child(event, "title")),
        };
        entries.push(SourceEntry {
            key,
            kind: EntryKind::Block,
            block: None,
            title,
            description,
            starts_at,
            ends_at,
            place: Some(child(event, "room")).filter(|r| !r.is_empty()),
            public: true,
            people,
        });
    }
    let zone = root.children().find(|c| c.has_tag_name("conference")).map(|c| child(c, "time_zone_name"));
    let zone = zone.filter(|z| !z.is_empty());
    Ok(SourceProgramme { format: ProgrammeFormat::ScheduleXml, title, meeting: None, zone, entries })
}

/// The c3voc schedule in JSON: `schedule.conference.days[].rooms{room: [event]}`.
fn schedule_json(json: &Value) -> Read<SourceProgramme> {
    let conference = &json["schedule"]["conference"];
    let title = conference.get("title").and_then(Value::as_str).map(str::to_string);
    let mut entries = Vec::new();
    for day in conference.get("days").and_then(Value::as_array).into_iter().flatten() {
        for (room, events) in day.get("rooms").and_then(Value::as_object).into_iter().flatten() {
            for e in events.as_array().into_iter().flatten() {
                let text = |field: &str| e.get(field).and_then(Value::as_str).unwrap_or("").trim().to_string();
                let date = text("date");
                let starts_at = DateTime::parse_from_rfc3339(&date)
                    .map_err(|_| msg!("import-programme-time", value = date.as_str()))?
                    .with_timezone(&Utc);
                let ends_at = starts_at + read_duration(&text("duration"))?;
                let key = Some(text("guid"))
                    .filter(|g| !g.is_empty())
                    .unwrap_or_else(|| e.get("id").map(Value::to_string).unwrap_or_default());
                let description =
                    [text("abstract"), text("description")].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>();
                entries.push(SourceEntry {
                    key,
                    kind: EntryKind::Block,
                    block: None,
                    title: text("title"),
                    description: description.join("\n\n"),
                    starts_at,
                    ends_at,
                    place: Some(room.clone()),
                    public: true,
                    people: persons(e.get("persons"), Role::Speaker),
                });
            }
        }
    }
    let zone = conference.get("time_zone_name").and_then(Value::as_str).map(str::to_string);
    Ok(SourceProgramme { format: ProgrammeFormat::ScheduleJson, title, meeting: None, zone, entries })
}

/// Dais's own export (`Store::export`): its entries as drafted, each role with its speaker whole. Side events stay
/// with the meeting they belong to: they are not brought into another.
fn dais_export(json: Value) -> Read<SourceProgramme> {
    let export: crate::programme::EventExport =
        serde_json::from_value(json).map_err(|e| msg!("import-programme-json", detail = e.to_string()))?;
    let speakers: HashMap<Uuid, &Speaker> = export.speakers.iter().map(|s| (s.id, s)).collect();
    let entries = export
        .entries
        .iter()
        .filter(|e| e.kind != EntryKind::SideEvent)
        .map(|e| SourceEntry {
            key: e.id.to_string(),
            kind: e.kind,
            block: e.block_id.map(|b| b.to_string()),
            title: e.title.clone(),
            description: e.description.clone(),
            starts_at: e.slot.starts_at,
            ends_at: e.slot.ends_at,
            place: e.slot.place.clone(),
            public: e.public,
            people: export
                .participations
                .iter()
                .filter(|p| p.entry_id == e.id)
                .filter_map(|p| {
                    let s = speakers.get(&p.speaker_id)?;
                    let person = SourcePerson {
                        given_name: s.given_name.clone(),
                        family_name: s.family_name.clone(),
                        organisation: s.organisation.clone(),
                        speaker: Some((*s).clone()),
                    };
                    Some((person, p.role))
                })
                .collect(),
        })
        .collect();
    Ok(SourceProgramme {
        format: ProgrammeFormat::Dais,
        title: Some(export.event.title.clone()),
        meeting: Some(export.event.id),
        zone: Some(export.event.zone.clone()),
        entries,
    })
}

/// A c3voc duration: `H:MM` or `HH:MM:SS`.
fn read_duration(text: &str) -> Read<chrono::Duration> {
    let bad = || msg!("import-programme-duration", value = text);
    let parts: Vec<i64> = text.split(':').map(|p| p.trim().parse().map_err(|_| bad())).collect::<Read<_>>()?;
    match parts.as_slice() {
        [h, m] => Ok(chrono::Duration::minutes(h * 60 + m)),
        [h, m, s] => Ok(chrono::Duration::seconds(h * 3600 + m * 60 + s)),
        _ => Err(bad()),
    }
}

/// What the meeting will hold of a source: its entries, speakers and roles with their ids.
struct Plan {
    entries: Vec<(Entry, Option<Entry>)>,
    speakers: Vec<Speaker>,
    known_speakers: u32,
    roles: Vec<Participation>,
}

/// The id of a role an import gives: made from its entry, speaker and role, so that a second import finds it.
fn role_id(entry: Uuid, speaker: Uuid, role: Role) -> Uuid {
    Uuid::new_v5(&entry, format!("{speaker}/{}", role.key()).as_bytes())
}

/// Whether an import gave the role (else the organiser did, by hand).
fn from_source(p: &Participation) -> bool {
    p.id == role_id(p.entry_id, p.speaker_id, p.role)
}

/// A person as matched against the meeting's speakers: name and organisation, case and accents aside.
fn person_key(given: &str, family: &str, organisation: Option<&str>) -> String {
    format!("{}|{}|{}", fold(given.trim()), fold(family.trim()), fold(organisation.unwrap_or("").trim()))
}

impl Store {
    fn plan_programme(&self, event_id: Uuid, source: &SourceProgramme) -> Result<Plan> {
        let system = match source.format {
            ProgrammeFormat::IndicoTimetable | ProgrammeFormat::IndicoEvent => "indico",
            ProgrammeFormat::ScheduleXml | ProgrammeFormat::ScheduleJson => "c3voc",
            ProgrammeFormat::Dais => "dais",
        };
        // A Dais export brought back into its own meeting is the same rows; into another, rows of their own.
        let home = source.meeting == Some(event_id);
        let id_of = |key: &str| match key.parse::<Uuid>() {
            Ok(id) if home => id,
            _ => Uuid::new_v5(&event_id, format!("{system}/entry/{key}").as_bytes()),
        };
        let existing: HashMap<Uuid, Entry> =
            self.list::<Entry>("event_id = ?1", &[&event_id.to_string()])?.into_iter().map(|e| (e.id, e)).collect();
        let mut speakers_by_key: HashMap<String, Speaker> = self
            .speakers(event_id)?
            .into_iter()
            .map(|s| (person_key(&s.given_name, &s.family_name, s.organisation.as_deref()), s))
            .collect();
        // A role the meeting has already keeps its row, whatever made it.
        let existing_roles: HashMap<(Uuid, Uuid, Role), Uuid> =
            self.participations(event_id)?.into_iter().map(|p| ((p.entry_id, p.speaker_id, p.role), p.id)).collect();
        let mut plan = Plan { entries: Vec::new(), speakers: Vec::new(), known_speakers: 0, roles: Vec::new() };
        for e in &source.entries {
            let entry = Entry {
                id: id_of(&e.key),
                event_id,
                kind: e.kind,
                block_id: e.block.as_deref().map(id_of),
                linked_event_id: None,
                title: e.title.clone(),
                description: e.description.clone(),
                slot: Slot { starts_at: e.starts_at, ends_at: e.ends_at, place: e.place.clone() },
                public: e.public,
            };
            for (p, role) in &e.people {
                let key = person_key(&p.given_name, &p.family_name, p.organisation.as_deref());
                let speaker = match speakers_by_key.get(&key) {
                    Some(s) => s.clone(),
                    None => {
                        let id = match &p.speaker {
                            Some(whole) if home => whole.id,
                            _ => Uuid::new_v5(&event_id, format!("{system}/person/{key}").as_bytes()),
                        };
                        let speaker = match &p.speaker {
                            Some(whole) => Speaker { id, event_id, ..whole.clone() },
                            None => Speaker {
                                id,
                                given_name: p.given_name.clone(),
                                family_name: p.family_name.clone(),
                                organisation: p.organisation.clone(),
                                status: SpeakerStatus::Confirmed,
                                ..Speaker::blank(event_id)
                            },
                        };
                        plan.speakers.push(speaker.clone());
                        speakers_by_key.insert(key, speaker.clone());
                        speaker
                    }
                };
                let id = existing_roles
                    .get(&(entry.id, speaker.id, *role))
                    .copied()
                    .unwrap_or_else(|| role_id(entry.id, speaker.id, *role));
                plan.roles.push(Participation {
                    id,
                    event_id,
                    entry_id: entry.id,
                    speaker_id: speaker.id,
                    role: *role,
                });
            }
            let before = existing.get(&entry.id).cloned();
            plan.entries.push((entry, before));
        }
        let new: std::collections::HashSet<Uuid> = plan.speakers.iter().map(|s| s.id).collect();
        plan.known_speakers = plan
            .roles
            .iter()
            .filter(|r| !new.contains(&r.speaker_id))
            .map(|r| r.speaker_id)
            .collect::<std::collections::HashSet<_>>()
            .len() as u32;
        Ok(plan)
    }

    /// What importing `source` into the meeting would do: nothing is written.
    pub fn preview_programme_import(&self, event_id: Uuid, source: &SourceProgramme) -> Result<ProgrammePreview> {
        self.get::<Event>(event_id)?;
        let plan = self.plan_programme(event_id, source)?;
        let roles_of = |entry: Uuid| {
            let mut roles: Vec<(Uuid, Role)> =
                plan.roles.iter().filter(|r| r.entry_id == entry).map(|r| (r.speaker_id, r.role)).collect();
            roles.sort_by_key(|(s, r)| (*s, r.key()));
            roles
        };
        let mut preview = ProgrammePreview {
            event_id,
            format: source.format,
            title: source.title.clone(),
            added: Vec::new(),
            changed: Vec::new(),
            unchanged: 0,
            new_speakers: plan.speakers.iter().map(Speaker::display_name).collect(),
            known_speakers: plan.known_speakers,
        };
        for (entry, before) in &plan.entries {
            let line = |changes: Vec<String>| ProgrammeLine {
                kind: entry.kind,
                title: entry.title.clone(),
                starts_at: entry.slot.starts_at,
                ends_at: entry.slot.ends_at,
                changes,
            };
            match before {
                None => preview.added.push(line(Vec::new())),
                Some(before) => {
                    let mut changes: Vec<String> = [
                        ("kind", before.kind != entry.kind),
                        ("block_id", before.block_id != entry.block_id),
                        ("title", before.title != entry.title),
                        ("description", before.description != entry.description),
                        ("slot", before.slot != entry.slot),
                    ]
                    .into_iter()
                    .filter(|(_, differs)| *differs)
                    .map(|(field, _)| field.to_string())
                    .collect();
                    let stored = self.list::<Participation>("entry_id = ?1", &[&entry.id.to_string()])?;
                    let planned = roles_of(entry.id);
                    let dropped = stored.iter().any(|p| from_source(p) && !planned.contains(&(p.speaker_id, p.role)));
                    let added = planned.iter().any(|(s, r)| !stored.iter().any(|p| p.speaker_id == *s && p.role == *r));
                    if dropped || added {
                        changes.push("roles".into());
                    }
                    match changes.is_empty() {
                        true => preview.unchanged += 1,
                        false => preview.changed.push(line(changes)),
                    }
                }
            }
        }
        let order = |l: &ProgrammeLine| (l.starts_at, l.kind != EntryKind::Block, l.title.clone());
        preview.added.sort_by_key(order);
        preview.changed.sort_by_key(order);
        Ok(preview)
    }

    /// Makes a meeting for `source` (`SourceProgramme::new_meeting`, the title, short title and zone given over the
    /// source's) and imports the programme into it: the import is the step to undo, the meeting stays, as any new
    /// meeting does.
    pub fn import_programme_as_meeting(
        &mut self,
        source: &SourceProgramme,
        title: Option<&str>,
        short_title: Option<&str>,
        zone: Option<&str>,
    ) -> Result<ProgrammePreview> {
        let meeting = self.create_meeting(&source.new_meeting(title, short_title, zone))?;
        self.undoable_import(|s| s.import_programme(meeting.id, source))
    }

    /// Imports `source` into the meeting as one write: its entries added or changed (an entry the organiser keeps
    /// of the same source is changed, never copied), new speakers added, each entry's roles as the source gives them.
    /// The programme's rules hold after the whole import, as after any edit.
    pub fn import_programme(&mut self, event_id: Uuid, source: &SourceProgramme) -> Result<ProgrammePreview> {
        let preview = self.preview_programme_import(event_id, source)?;
        let plan = self.plan_programme(event_id, source)?;
        self.write(|w| {
            w.get::<Event>(event_id)?;
            for s in &plan.speakers {
                crate::rules::validate::speaker(s)?;
                w.put(s)?;
            }
            // Blocks before their items, so that an item finds its block.
            let mut entries: Vec<&Entry> = plan.entries.iter().map(|(e, _)| e).collect();
            entries.sort_by_key(|e| e.kind == EntryKind::Item);
            for e in &entries {
                w.put(*e)?;
            }
            let imported: std::collections::HashSet<Uuid> = entries.iter().map(|e| e.id).collect();
            for entry in &imported {
                for p in w.list::<Participation>("entry_id = ?1", &[&entry.to_string()])? {
                    // A role the source gave and gives no more goes; one the organiser gave by hand stays.
                    if from_source(&p) && !plan.roles.iter().any(|r| r.id == p.id) {
                        w.delete::<Participation>(p.id)?;
                    }
                }
            }
            for r in &plan.roles {
                w.put(r)?;
            }
            for e in &entries {
                crate::programme::check_entry(w, e)?;
            }
            Ok(())
        })?;
        Ok(preview)
    }
}
