//! The programme as data: an iCalendar file (RFC 5545) for calendars, a frab/c3voc schedule for the tools that read
//! conference schedules, and the public view as JSON. All built from [`crate::public`], so they carry nothing private.
//!
//! The iCalendar text is written here rather than with the `icalendar` crate: that crate has no way to build a
//! VTIMEZONE from the zone database, and the rest (escaping, folding, CRLF) is a few lines that the tests pin down.

use std::collections::{BTreeMap, HashSet};

use axum::extract::{Query, State};
use axum::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, Tz};
use dais_core::EntryKind;
use dais_core::zone::parse_zone;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::AppState;
use crate::pages::{EventId, SiteError, load_meeting, role_label, with_public_headers};
use crate::public::{PublicDay, PublicEntry, PublicMeeting};
use crate::site_url::SiteUrl;

pub fn routes() -> Router<AppState> {
    let feeds = Router::new()
        .route("/events/{id}/programme.ics", get(icalendar))
        .route("/events/{id}/schedule.json", get(schedule))
        .route("/events/{id}/changes.atom", get(atom))
        .route("/api/v1/events/{id}/programme", get(api_programme));
    with_public_headers(feeds)
}

/// The feeds are public data without credentials: any web page may read them.
fn feed_response(content_type: &'static str, body: impl IntoResponse) -> Response {
    ([(CONTENT_TYPE, content_type), (ACCESS_CONTROL_ALLOW_ORIGIN, "*")], body).into_response()
}

async fn icalendar(
    State(state): State<AppState>,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    let text = calendar(&meeting, &SiteUrl::of(state.public_url.as_deref(), &headers), Utc::now())?;
    Ok(feed_response("text/calendar; charset=utf-8", text))
}

/// The programme as an iCalendar stream: one VEVENT per public entry, times in the event's zone with its VTIMEZONE.
fn calendar(meeting: &PublicMeeting, site: &SiteUrl, now: DateTime<Utc>) -> Result<String, SiteError> {
    let event = &meeting.event;
    let tz = event_tz(&event.zone)?;
    let entries: Vec<&PublicEntry> = meeting.programme.days.iter().flat_map(|d| &d.entries).collect();
    let mut ics = Ics::default();
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", concat!("-//Dais//dais-site ", env!("CARGO_PKG_VERSION"), "//EN"));
    ics.line("CALSCALE", "GREGORIAN");
    ics.line("METHOD", "PUBLISH");
    ics.text("X-WR-CALNAME", &event.short_title);
    ics.text("X-WR-TIMEZONE", &event.zone);
    let first = entries.iter().map(|e| e.starts_at.with_timezone(&tz).year()).chain([event.starts_on.year()]).min();
    let last = entries.iter().map(|e| e.ends_at.with_timezone(&tz).year()).chain([event.ends_on.year()]).max();
    vtimezone(&mut ics, tz, first.unwrap_or(event.starts_on.year()), last.unwrap_or(event.ends_on.year()));
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for entry in entries {
        let revision = Revision { sequence: entry.sequence, modified_at: entry.modified_at };
        vevent(&mut ics, entry.id, &stamp, revision, (entry.starts_at, entry.ends_at), tz);
        ics.text("SUMMARY", &entry.title);
        let description = entry_description(entry);
        if !description.is_empty() {
            ics.text("DESCRIPTION", &description);
        }
        if let Some(place) = &entry.place {
            ics.text("LOCATION", place);
        }
        ics.line("URL", &site.entry(event.id, entry.id));
        if let Some(block) = entry.block_id {
            ics.line("RELATED-TO;RELTYPE=PARENT", &block.to_string());
        }
        ics.line("END", "VEVENT");
    }
    // Entries published once and taken off the programme since: calendars that have them mark them cancelled.
    for entry in &meeting.cancelled {
        let revision = Revision { sequence: entry.sequence, modified_at: entry.modified_at };
        vevent(&mut ics, entry.id, &stamp, revision, (entry.starts_at, entry.ends_at), tz);
        ics.line("STATUS", "CANCELLED");
        ics.text("SUMMARY", &format!("Cancelled: {}", entry.title));
        ics.line("END", "VEVENT");
    }
    ics.line("END", "VCALENDAR");
    Ok(ics.0)
}

/// How far an entry's publication went: iCalendar's SEQUENCE and LAST-MODIFIED.
struct Revision {
    sequence: u32,
    modified_at: DateTime<Utc>,
}

/// Begins a VEVENT with what every one has: its UID, its publication and its times.
fn vevent(
    ics: &mut Ics,
    id: Uuid,
    stamp: &str,
    revision: Revision,
    (starts, ends): (DateTime<Utc>, DateTime<Utc>),
    tz: Tz,
) {
    ics.line("BEGIN", "VEVENT");
    // The entry's id alone (a UUID, as RFC 7986 advises): the same however the feed was reached, for ever.
    ics.line("UID", &id.to_string());
    ics.line("DTSTAMP", stamp);
    // Raised by each published version that changed it, so that subscribed calendars update it in place.
    ics.line("SEQUENCE", &revision.sequence.to_string());
    ics.line("LAST-MODIFIED", &revision.modified_at.format("%Y%m%dT%H%M%SZ").to_string());
    let (params, value) = ics_time(starts, tz);
    ics.line(&format!("DTSTART{params}"), &value);
    let (params, value) = ics_time(ends, tz);
    ics.line(&format!("DTEND{params}"), &value);
}

fn event_tz(zone: &str) -> Result<Tz, SiteError> {
    // Storage only holds events whose zone was checked when saved, so a bad one is our fault, not the visitor's.
    parse_zone("zone", zone).map_err(|e| SiteError::Internal(e.message))
}

/// The description, then who chairs or speaks: `Chair: Ms Ana Ribeiro`.
fn entry_description(entry: &PublicEntry) -> String {
    let roles = entry.roles.iter().map(|r| format!("{}: {}", role_label(r.role, 1), r.name));
    std::iter::once(entry.description.clone()).filter(|d| !d.is_empty()).chain(roles).collect::<Vec<_>>().join("\n")
}

/// `;TZID=Europe/Zurich` and `20251031T110000`. A wall-clock time that happens twice (clocks going back) means the
/// first of the two in iCalendar, so the second one is written in UTC instead.
fn ics_time(instant: DateTime<Utc>, tz: Tz) -> (String, String) {
    let local = instant.with_timezone(&tz).naive_local();
    match tz.from_local_datetime(&local) {
        LocalResult::Ambiguous(first, _) if first.with_timezone(&Utc) != instant => {
            (String::new(), instant.format("%Y%m%dT%H%M%SZ").to_string())
        }
        _ => (format!(";TZID={}", tz.name()), local.format("%Y%m%dT%H%M%S").to_string()),
    }
}

/// iCalendar content lines: CRLF line ends, folded so that no line is longer than 75 octets (RFC 5545 §3.1).
#[derive(Default)]
struct Ics(String);

impl Ics {
    /// `value` is already in its type's form (a date, a URI); text goes through [`Ics::text`].
    fn line(&mut self, name: &str, value: &str) {
        const LIMIT: usize = 75;
        let mut width = 0;
        for c in name.chars().chain([':']).chain(value.chars()) {
            // Fold between characters, never inside one: a continuation line starts with a space, which counts.
            if width + c.len_utf8() > LIMIT {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += c.len_utf8();
        }
        self.0.push_str("\r\n");
    }

    fn text(&mut self, name: &str, text: &str) {
        self.line(name, &escape_text(text));
    }
}

/// TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped; other control characters, which
/// the format forbids, dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// How a zone keeps its clocks over a stretch of time: the offset, its name, and whether it is summer time.
#[derive(Debug, Clone, PartialEq)]
struct Observance {
    offset_seconds: i32,
    name: String,
    daylight: bool,
}

impl Observance {
    fn at(tz: Tz, instant: DateTime<Utc>) -> Observance {
        let local = instant.with_timezone(&tz);
        Observance {
            offset_seconds: local.offset().fix().local_minus_utc(),
            name: local.format("%Z").to_string(),
            daylight: !local.offset().dst_offset().is_zero(),
        }
    }
}

/// The VTIMEZONE of `tz` for the years `first..=last`, from the zone database: the observance in force at the start,
/// then one STANDARD or DAYLIGHT component per change of the clocks, each with its exact onset.
fn vtimezone(ics: &mut Ics, tz: Tz, first: i32, last: i32) {
    let jan_first = |year| NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default().and_time(Default::default());
    // A day either side: every wall-clock time of those years is covered, whatever the zone's offset.
    let from = jan_first(first).and_utc() - Duration::days(1);
    let until = jan_first(last + 1).and_utc() + Duration::days(1);
    let initial = Observance::at(tz, from);
    ics.line("BEGIN", "VTIMEZONE");
    ics.line("TZID", tz.name());
    observance(ics, from, &initial, &initial);
    let mut before = initial;
    for (onset, after) in clock_changes(tz, from, until) {
        observance(ics, onset, &before, &after);
        before = after;
    }
    ics.line("END", "VTIMEZONE");
}

fn observance(ics: &mut Ics, onset: DateTime<Utc>, before: &Observance, after: &Observance) {
    let component = if after.daylight { "DAYLIGHT" } else { "STANDARD" };
    ics.line("BEGIN", component);
    // The onset as the clocks read it just before the change (RFC 5545 §3.6.5).
    let local_onset = onset.naive_utc() + Duration::seconds(before.offset_seconds.into());
    ics.line("DTSTART", &local_onset.format("%Y%m%dT%H%M%S").to_string());
    ics.line("TZOFFSETFROM", &utc_offset(before.offset_seconds));
    ics.line("TZOFFSETTO", &utc_offset(after.offset_seconds));
    ics.text("TZNAME", &after.name);
    ics.line("END", component);
}

/// `+0100`, `-0430`, or `+003448` for the odd historical offset with seconds.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    match s % 60 {
        0 => format!("{sign}{:02}{:02}", s / 3600, s / 60 % 60),
        secs => format!("{sign}{:02}{:02}{secs:02}", s / 3600, s / 60 % 60),
    }
}

/// The instants in `from..until` at which the zone's clocks change, with how they read after. chrono-tz does not
/// list its transitions, so the stretch is sampled twice a day (no zone changes its clocks twice within 12 hours) and
/// each change found is narrowed down to the second.
fn clock_changes(tz: Tz, from: DateTime<Utc>, until: DateTime<Utc>) -> Vec<(DateTime<Utc>, Observance)> {
    const STEP: Duration = Duration::hours(12);
    let mut changes = Vec::new();
    let (mut at, mut current) = (from, Observance::at(tz, from));
    while at < until {
        let next = at + STEP;
        let observed = Observance::at(tz, next);
        if observed != current {
            let (mut before, mut after) = (at, next);
            while after - before > Duration::seconds(1) {
                let middle = before + (after - before) / 2;
                if Observance::at(tz, middle) == current { before = middle } else { after = middle }
            }
            changes.push((after, observed.clone()));
            current = observed;
        }
        at = next;
    }
    changes
}

/// The versions published, newest first, as an Atom feed (RFC 4287) for participants who follow the meeting.
async fn atom(State(state): State<AppState>, EventId(id): EventId, headers: HeaderMap) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    let versions = crate::pages::with_storage(&state, move |s| s.versions(id)).await?;
    let site = SiteUrl::of(state.public_url.as_deref(), &headers);
    let tz = event_tz(&meeting.event.zone)?;
    let page = format!("{}/events/{id}/changes", site.base);
    let published: Vec<_> = versions.iter().filter(|v| !v.withdrawn).collect();
    let updated = published.first().map_or(meeting.published_at, |v| v.published_at);
    let mut xml =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    xml += &format!("  <title>{} programme: changes</title>\n", xml_text(&meeting.event.short_title));
    xml += &format!("  <id>{}</id>\n", xml_text(&page));
    xml += &format!("  <link rel=\"alternate\" href=\"{}\"/>\n", xml_text(&page));
    xml += &format!("  <link rel=\"self\" href=\"{}.atom\"/>\n", xml_text(&page));
    xml += &format!("  <updated>{}</updated>\n", updated.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    xml += &format!("  <author><name>{}</name></author>\n", xml_text(&meeting.event.organiser));
    for v in published {
        let lines: Vec<String> = v.changes.iter().map(|c| c.describe(tz)).collect();
        let anchor = format!("{page}#version-{}", v.version);
        xml += "  <entry>\n";
        xml += &format!("    <title>Version {}</title>\n", v.version);
        xml += &format!("    <id>{}</id>\n", xml_text(&anchor));
        xml += &format!("    <link rel=\"alternate\" href=\"{}\"/>\n", xml_text(&anchor));
        xml +=
            &format!("    <updated>{}</updated>\n", v.published_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        xml += &format!("    <content type=\"text\">{}</content>\n", xml_text(&lines.join("\n")));
        xml += "  </entry>\n";
    }
    xml += "</feed>\n";
    Ok(feed_response("application/atom+xml; charset=utf-8", xml))
}

/// Text for an XML element or attribute value.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

async fn schedule(
    State(state): State<AppState>,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    let document = frab_schedule(&meeting, &SiteUrl::of(state.public_url.as_deref(), &headers))?;
    Ok(feed_response("application/json", Json(document)))
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

fn frab_schedule(meeting: &PublicMeeting, site: &SiteUrl) -> Result<FrabDocument, SiteError> {
    let event = &meeting.event;
    let frab = Frab::new(meeting, site)?;
    let days: Vec<Day> = meeting.programme.days.iter().filter_map(|d| frab.day(d)).collect();
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
    fn new(meeting: &'a PublicMeeting, site: &'a SiteUrl) -> Result<Frab<'a>, SiteError> {
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
                .unwrap_or_else(|| "Main room".to_string()),
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
            index: (day.date - self.meeting.event.starts_on).num_days() + 1,
            date: day.date,
            day_start: first.with_timezone(&self.tz).to_rfc3339(),
            day_end: last.with_timezone(&self.tz).to_rfc3339(),
            rooms,
        })
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
            language: self.language,
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

#[derive(Deserialize)]
struct ZoneQuery {
    zone: Option<String>,
}

/// The public view as JSON, with errors as `{code, message}`.
async fn api_programme(
    State(state): State<AppState>,
    EventId(id): EventId,
    Query(query): Query<ZoneQuery>,
) -> Response {
    let zone = query.zone.filter(|z| !z.trim().is_empty());
    if let Some(Err(e)) = zone.as_deref().map(|z| parse_zone("zone", z)) {
        return api_error(&SiteError::BadRequest(e.message));
    }
    match load_meeting(&state, id, zone).await {
        Ok(meeting) => feed_response("application/json", Json(meeting)),
        Err(e) => api_error(&e),
    }
}

fn api_error(error: &SiteError) -> Response {
    error.log();
    let body = serde_json::json!({ "code": error.code(), "message": error.to_string() });
    let mut response = (error.status(), Json(body)).into_response();
    response.headers_mut().insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}
