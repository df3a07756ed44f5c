//! The programme as a frab/c3voc schedule, the format that conference tools read (frab, pretalx, Giggity,
//! EventFahrplan): as JSON (validated against c3voc's `schema.json` in the tests) and as XML (against its
//! `schedule.xml.xsd`), both from one [`FrabDocument`], at `/events/{id}/schedule.json` and `.xml`.

use std::collections::{BTreeMap, HashSet};
use std::io;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;
use dais_core::{EntryKind, Lang, t};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::AppState;
use crate::feeds::{event_tz, feed_response, xml_chars, xml_element};
use crate::public::{PublicDay, PublicEntry, PublicMeeting};
use crate::site_url::SiteUrl;
use crate::web::{EventId, SiteError, Visitor, load_meeting, with_public_headers};

pub fn routes() -> Router<AppState> {
    let schedules = Router::new()
        .route("/events/{id}/schedule.json", get(schedule_json))
        .route("/events/{id}/schedule.xml", get(schedule_xml));
    with_public_headers(schedules)
}

async fn schedule_json(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let document = published_schedule(&state, visitor.lang, id, &headers).await?;
    Ok(feed_response("application/json", Json(document)))
}

async fn schedule_xml(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let document = published_schedule(&state, visitor.lang, id, &headers).await?;
    let xml = document.to_xml().map_err(|e| SiteError::Internal(format!("writing the schedule XML: {e}")))?;
    Ok(feed_response("application/xml; charset=utf-8", xml))
}

async fn published_schedule(
    state: &AppState,
    lang: Lang,
    id: Uuid,
    headers: &HeaderMap,
) -> Result<FrabDocument, SiteError> {
    let meeting = load_meeting(state, id, lang, None).await?;
    frab_schedule(&meeting, &SiteUrl::of(state.public_url.as_deref(), headers), lang)
}

/// The frab/c3voc schedule (validated against c3voc's schema.json in the tests).
#[derive(Serialize)]
struct FrabDocument {
    #[serde(rename = "$schema")]
    schema: &'static str,
    generator: Generator,
    schedule: Schedule,
}

#[derive(Serialize)]
struct Generator {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Schedule {
    /// The published version it shows (`3`): a new one each time the organisers publish.
    version: String,
    base_url: String,
    conference: Conference,
}

#[derive(Serialize)]
struct Conference {
    acronym: String,
    title: String,
    description: String,
    start: NaiveDate,
    end: NaiveDate,
    #[serde(rename = "daysCount")]
    days_count: i64,
    timeslot_duration: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_zone_name: Option<String>,
    url: String,
    rooms: Vec<Room>,
    days: Vec<Day>,
}

#[derive(Serialize)]
struct Room {
    name: String,
    guid: Uuid,
}

#[derive(Serialize)]
struct Day {
    index: i64,
    date: NaiveDate,
    day_start: String,
    day_end: String,
    rooms: BTreeMap<String, Vec<Talk>>,
}

/// An "event" in frab's words: one session in one room.
#[derive(Serialize)]
struct Talk {
    /// frab's integer id, required by the schema; derived from the entry's id so that it stays the same.
    id: u32,
    guid: Uuid,
    date: String,
    start: String,
    duration: String,
    room: String,
    slug: String,
    url: String,
    title: String,
    subtitle: String,
    /// The block an item belongs to.
    track: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
    language: Option<&'static str>,
    #[serde(rename = "abstract")]
    summary: String,
    description: Option<String>,
    persons: Vec<Person>,
    /// Entries have no links of their own yet; the schema requires the list.
    links: Vec<serde_json::Value>,
}

/// pretalx's form of a person (`name`, not frab's deprecated `public_name`).
#[derive(Serialize)]
struct Person {
    guid: Uuid,
    name: String,
}

impl FrabDocument {
    /// frab's XML form: the same data, with the day's rooms as elements and ids as attributes.
    fn to_xml(&self) -> io::Result<String> {
        let schedule = &self.schedule;
        let conference = &schedule.conference;
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        w.create_element("schedule").write_inner_content(|w| {
            w.create_element("generator")
                .with_attributes([("name", self.generator.name), ("version", self.generator.version)])
                .write_empty()?;
            xml_element(w, "version", &schedule.version)?;
            w.create_element("conference").write_inner_content(|w| {
                xml_element(w, "acronym", &conference.acronym)?;
                xml_element(w, "title", &conference.title)?;
                xml_element(w, "start", &conference.start.to_string())?;
                xml_element(w, "end", &conference.end.to_string())?;
                xml_element(w, "days", &conference.days_count.to_string())?;
                xml_element(w, "timeslot_duration", conference.timeslot_duration)?;
                xml_element(w, "base_url", &schedule.base_url)?;
                xml_element(w, "url", &conference.url)?;
                if let Some(zone) = &conference.time_zone_name {
                    xml_element(w, "time_zone_name", zone)?;
                }
                Ok(())
            })?;
            for day in &conference.days {
                let (index, date) = (day.index.to_string(), day.date.to_string());
                w.create_element("day")
                    .with_attributes([
                        ("index", index.as_str()),
                        ("date", date.as_str()),
                        ("start", day.day_start.as_str()),
                        ("end", day.day_end.as_str()),
                    ])
                    .write_inner_content(|w| {
                        for (name, talks) in &day.rooms {
                            let guid = conference.rooms.iter().find(|r| &r.name == name).map(|r| r.guid.to_string());
                            let mut room = w.create_element("room").with_attribute(("name", name.as_str()));
                            if let Some(guid) = &guid {
                                room = room.with_attribute(("guid", guid.as_str()));
                            }
                            room.write_inner_content(|w| talks.iter().try_for_each(|talk| talk.write_xml(w)))?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
        Ok(String::from_utf8(w.into_inner()).expect("the writer writes only the UTF-8 text it is given"))
    }
}

impl Talk {
    fn write_xml(&self, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
        let (id, guid) = (self.id.to_string(), self.guid.to_string());
        w.create_element("event").with_attributes([("id", id.as_str()), ("guid", guid.as_str())]).write_inner_content(
            |w| {
                xml_element(w, "room", &self.room)?;
                xml_element(w, "title", &self.title)?;
                xml_element(w, "subtitle", &self.subtitle)?;
                xml_element(w, "type", self.kind)?;
                xml_element(w, "date", &self.date)?;
                xml_element(w, "start", &self.start)?;
                xml_element(w, "duration", &self.duration)?;
                xml_element(w, "abstract", &self.summary)?;
                xml_element(w, "slug", &self.slug)?;
                // Required by the schema even when empty.
                xml_element(w, "track", self.track.as_deref().unwrap_or_default())?;
                if let Some(language) = self.language {
                    xml_element(w, "language", language)?;
                }
                xml_element(w, "url", &self.url)?;
                w.create_element("persons").write_inner_content(|w| {
                    for person in &self.persons {
                        let guid = person.guid.to_string();
                        w.create_element("person")
                            .with_attribute(("guid", guid.as_str()))
                            .write_text_content(BytesText::new(&xml_chars(&person.name)))?;
                    }
                    Ok(())
                })?;
                w.create_element("links").write_empty()?;
                Ok(())
            },
        )?;
        Ok(())
    }
}

/// Its one fixed word (the room of entries without a place) in `lang`.
fn frab_schedule(meeting: &PublicMeeting, site: &SiteUrl, lang: Lang) -> Result<FrabDocument, SiteError> {
    let event = &meeting.event;
    let frab = Frab::new(meeting, site, lang)?;
    let mut days: Vec<Day> = meeting.programme.days.iter().filter_map(|d| frab.day(d)).collect();
    if days.is_empty() {
        // frab's readers want at least one day: an empty programme is the meeting's first day with nothing in it.
        let midnight = frab.midnight(event.starts_on);
        days.push(Day {
            index: 1,
            date: event.starts_on,
            day_start: midnight.clone(),
            day_end: midnight,
            rooms: BTreeMap::new(),
        });
    }
    // Numbered from 1 in order, also when a side event comes before the meeting's first day.
    for (day, index) in days.iter_mut().zip(1..) {
        day.index = index;
    }
    let mut rooms: Vec<&String> = Vec::new();
    for name in days.iter().flat_map(|d| d.rooms.keys()) {
        if !rooms.contains(&name) {
            rooms.push(name);
        }
    }
    let rooms = rooms.into_iter().map(|name| Room { guid: room_guid(event.id, name), name: name.clone() }).collect();
    let conference = Conference {
        title: event.title.clone(),
        description: event.description.clone(),
        start: event.starts_on,
        end: event.ends_on,
        days_count: (event.ends_on - event.starts_on).num_days() + 1,
        timeslot_duration: "00:05",
        time_zone_name: Some(event.zone.clone()).filter(|z| frab_zone_name(z)),
        url: format!("{}/events/{}", site.base, event.id),
        rooms,
        days,
        acronym: frab.acronym,
    };
    Ok(FrabDocument {
        schema: "https://c3voc.de/schedule/schema.json",
        generator: Generator { name: "dais-site", version: env!("CARGO_PKG_VERSION") },
        schedule: Schedule { version: meeting.version.to_string(), base_url: format!("{}/", site.base), conference },
    })
}

/// What the sessions of one schedule share.
struct Frab<'a> {
    meeting: &'a PublicMeeting,
    site: &'a SiteUrl,
    tz: Tz,
    acronym: String,
    /// For entries without a place of their own.
    default_room: String,
    language: Option<&'static str>,
    blocks_with_items: HashSet<Uuid>,
}

impl<'a> Frab<'a> {
    fn new(meeting: &'a PublicMeeting, site: &'a SiteUrl, lang: Lang) -> Result<Frab<'a>, SiteError> {
        let event = &meeting.event;
        let entries = || meeting.programme.days.iter().flat_map(|d| &d.entries);
        Ok(Frab {
            meeting,
            site,
            tz: event_tz(&event.zone)?,
            acronym: acronym(&event.short_title, event.id),
            default_room: event
                .venue
                .clone()
                .or_else(|| entries().find_map(|e| e.place.clone()))
                .unwrap_or_else(|| t!(lang, "site-feed-main-room")),
            language: match event.languages.as_slice() {
                [only] => language_code(only),
                _ => None,
            },
            blocks_with_items: entries().filter_map(|e| e.block_id).collect(),
        })
    }

    /// Breaks are not sessions; a block that lists its items is shown through them, with its title as their track.
    fn is_session(&self, e: &PublicEntry) -> bool {
        match e.kind {
            EntryKind::Break => false,
            EntryKind::Block => !self.blocks_with_items.contains(&e.id),
            EntryKind::Item | EntryKind::SideEvent => true,
        }
    }

    fn day(&self, day: &PublicDay) -> Option<Day> {
        let first = day.entries.iter().map(|e| e.starts_at).min()?;
        let last = day.entries.iter().map(|e| e.ends_at).max()?;
        let mut rooms: BTreeMap<String, Vec<Talk>> = BTreeMap::new();
        for talk in day.entries.iter().filter(|e| self.is_session(e)).map(|e| self.talk(e)) {
            rooms.entry(talk.room.clone()).or_default().push(talk);
        }
        Some(Day {
            index: 0, // numbered by `frab_schedule`
            date: day.date,
            day_start: first.with_timezone(&self.tz).to_rfc3339(),
            day_end: last.with_timezone(&self.tz).to_rfc3339(),
            rooms,
        })
    }

    fn midnight(&self, date: NaiveDate) -> String {
        let start = date.and_hms_opt(0, 0, 0).expect("midnight exists on every date");
        // Where the clocks skip midnight, the UTC midnight of that date is near enough for an empty day.
        self.tz.from_local_datetime(&start).earliest().unwrap_or_else(|| self.tz.from_utc_datetime(&start)).to_rfc3339()
    }

    fn talk(&self, e: &PublicEntry) -> Talk {
        let id = small_id(e.id);
        let start = e.starts_at.with_timezone(&self.tz);
        let minutes = (e.ends_at - e.starts_at).num_minutes();
        let block_title = |block: Uuid| {
            self.meeting.programme.days.iter().flat_map(|d| &d.entries).find(|b| b.id == block).map(|b| b.title.clone())
        };
        Talk {
            id,
            guid: e.id,
            date: start.to_rfc3339(),
            start: start.format("%H:%M").to_string(),
            duration: format!("{:02}:{:02}", minutes / 60, minutes % 60),
            room: e.place.clone().unwrap_or_else(|| self.default_room.clone()),
            slug: talk_slug(&self.acronym, id, &e.title),
            url: self.site.entry(self.meeting.event.id, e.id),
            title: e.title.clone(),
            subtitle: String::new(),
            track: e.block_id.and_then(block_title),
            kind: if e.kind == EntryKind::SideEvent { "side event" } else { "meeting" },
            // Its title's language when the organisers gave it in the reader's, else the meeting's one language.
            language: e.title_lang.map(Lang::code).or(self.language),
            summary: e.description.clone(),
            description: None,
            persons: persons(e),
            links: Vec::new(),
        }
    }
}

/// Each listed speaker once, whatever their roles on the entry.
fn persons(e: &PublicEntry) -> Vec<Person> {
    let mut seen = HashSet::new();
    e.roles
        .iter()
        .filter(|r| seen.insert(r.speaker_id))
        .map(|r| Person { guid: r.speaker_id, name: r.name.clone() })
        .collect()
}

/// The schema wants `[a-z0-9_-][a-z0-9_]{3,}`: "U4SSC-9" becomes `u4ssc_9`; one too short gets the event's id.
fn acronym(short_title: &str, event_id: Uuid) -> String {
    let slug = slug(short_title, '_');
    if slug.len() >= 4 {
        return slug;
    }
    let id = event_id.simple().to_string();
    if slug.is_empty() { format!("event_{}", &id[..8]) } else { format!("{slug}_{}", &id[..8]) }
}

/// `u4ssc_9-1234-opening-and-welcome`: the schema wants `[a-z0-9_-]+[a-z0-9]`.
fn talk_slug(acronym: &str, id: u32, title: &str) -> String {
    let mut title = slug(title, '-');
    title.truncate(60);
    let title = title.trim_end_matches('-');
    if title.is_empty() { format!("{acronym}-{id}") } else { format!("{acronym}-{id}-{title}") }
}

/// Lower-case ASCII letters and digits, runs of anything else as one `separator`.
fn slug(text: &str, separator: char) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with(separator) {
            out.push(separator);
        }
    }
    out.trim_end_matches(separator).to_string()
}

/// A stable positive 31-bit number for an id, for frab's deprecated but required integer ids.
fn small_id(id: Uuid) -> u32 {
    let digest = Sha256::digest(id.as_bytes());
    (u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) & 0x7fff_ffff).max(1)
}

/// A room's guid, the same on every fetch: a name-based (v8) UUID within the event.
fn room_guid(event_id: Uuid, name: &str) -> Uuid {
    let digest = Sha256::new().chain_update(event_id.as_bytes()).chain_update(name.as_bytes()).finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// The schema's pattern for zone names is `^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$`; zones it refuses (`Etc/GMT+1`) are
/// left out, as the field is optional.
fn frab_zone_name(zone: &str) -> bool {
    let word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_some_and(|c| c.is_ascii_lowercase())
    };
    let mut parts = zone.splitn(2, '/');
    let named = matches!((parts.next(), parts.next()), (Some(area), Some(place)) if word(place)
        && area.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && area.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && area.len() > 1);
    named || zone.ends_with("UTC")
}

/// ISO 639-1 for the six UN languages, as the letters name them.
fn language_code(language: &str) -> Option<&'static str> {
    match language.trim().to_ascii_lowercase().as_str() {
        "english" => Some("en"),
        "french" => Some("fr"),
        "spanish" => Some("es"),
        "russian" => Some("ru"),
        "arabic" => Some("ar"),
        "chinese" => Some("zh"),
        _ => None,
    }
}
