//! The programme as data: an iCalendar file (RFC 5545) for calendars, an Atom feed of the published versions, the
//! programme as a document (DOCX or PDF), and the public view as JSON; also how a feed is answered and its XML
//! written, which the frab/c3voc schedule (`crate::frab`) uses too. All built from [`crate::public`], so they carry
//! nothing private.
//!
//! The iCalendar text is written here rather than with the `icalendar` crate: that crate has no way to build a
//! VTIMEZONE from the zone database, and the rest (escaping, folding, CRLF) is a few lines that the tests pin down.

use dais_core::{Lang, t};
use std::borrow::Cow;
use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use axum::extract::{Query, State};
use axum::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, Tz};
use dais_core::rules::zone::parse_zone;
use uuid::Uuid;

use dais_core::publication::document::DocumentFormat;

use crate::AppState;
use crate::public::{PublicEntry, PublicMeeting};
use crate::site_url::SiteUrl;
use crate::web::{EventId, SiteError, Visitor, ZoneQuery, load_meeting, with_public_headers, with_storage};

pub fn routes() -> Router<AppState> {
    let feeds = Router::new()
        .route("/events/{id}/programme.ics", get(icalendar))
        .route("/events/{id}/changes.atom", get(atom))
        .route("/events/{id}/programme.docx", get(|s, v, id| programme_document(s, v, id, DocumentFormat::Docx)))
        .route("/events/{id}/programme.pdf", get(|s, v, id| programme_document(s, v, id, DocumentFormat::Pdf)))
        .route("/api/v1/events/{id}/programme", get(api_programme));
    with_public_headers(feeds)
}

/// The feeds are public data without credentials: any web page may read them.
pub(crate) fn feed_response(content_type: &'static str, body: impl IntoResponse) -> Response {
    ([(CONTENT_TYPE, content_type), (ACCESS_CONTROL_ALLOW_ORIGIN, "*")], body).into_response()
}

async fn icalendar(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, visitor.lang, None).await?;
    let site = SiteUrl::of(state.public_url.as_deref(), &headers);
    let text = calendar(&meeting, &site, visitor.lang, Utc::now())?;
    Ok(feed_response("text/calendar; charset=utf-8", text))
}

/// The published programme as a document to download (DOCX or PDF), named after the meeting.
async fn programme_document(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    format: DocumentFormat,
) -> Result<Response, SiteError> {
    // In the visitor's language (`?lang=`, their choice kept, else Accept-Language), as the pages are.
    let lang = visitor.lang;
    let (short_title, bytes) =
        with_storage(&state, move |s| crate::public::programme_document(s, id, format, lang)).await?;
    // The app's file name, in the visitor's language (RFC 6266's filename*), and its plain characters alone for a
    // client that reads only filename.
    let name = format.file_name(&short_title, lang);
    let plain: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ' ') { c } else { '_' }).collect();
    let mut disposition = format!("attachment; filename=\"{plain}\"");
    if plain != name {
        let encoded = percent_encoding::utf8_percent_encode(&name, percent_encoding::NON_ALPHANUMERIC);
        disposition.push_str(&format!("; filename*=UTF-8''{encoded}"));
    }
    let mut response = feed_response(format.media_type(), bytes);
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// The programme as an iCalendar stream: one VEVENT per public entry, times in the event's zone with its VTIMEZONE.
/// Its fixed words (role names, "Cancelled") in `lang`; the organisers' words in `lang` where they gave them in it, else
/// as they typed them.
fn calendar(meeting: &PublicMeeting, site: &SiteUrl, lang: Lang, now: DateTime<Utc>) -> Result<String, SiteError> {
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
        // RFC 5545's LANGUAGE where the organisers gave the words in the reader's language.
        let tagged = |name: &str, given: Option<Lang>| match given {
            Some(l) => format!("{name};LANGUAGE={}", l.code()),
            None => name.to_string(),
        };
        ics.text(&tagged("SUMMARY", entry.title_lang), &entry.title);
        let description = entry_description(entry, lang);
        if !description.is_empty() {
            ics.text(&tagged("DESCRIPTION", entry.description_lang), &description);
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
        ics.text("SUMMARY", &t!(lang, "site-feed-cancelled", title = entry.title.as_str()));
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

pub(crate) fn event_tz(zone: &str) -> Result<Tz, SiteError> {
    // Storage only holds events whose zone was checked when saved, so a bad one is our fault, not the visitor's.
    parse_zone("zone", zone).map_err(|e| SiteError::Internal(e.message.say(Lang::En)))
}

/// The description, then who chairs or speaks: `Chair: Ms Ana Ribeiro`.
fn entry_description(entry: &PublicEntry, lang: Lang) -> String {
    let roles =
        entry.roles.iter().map(|r| t!(lang, "site-feed-role", role = r.role.label(lang, 1), name = r.name.as_str()));
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
async fn atom(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    headers: HeaderMap,
) -> Result<Response, SiteError> {
    let lang = visitor.lang;
    let meeting = load_meeting(&state, id, lang, None).await?;
    let versions = with_storage(&state, move |s| s.versions(id)).await?;
    let site = SiteUrl::of(state.public_url.as_deref(), &headers);
    let tz = event_tz(&meeting.event.zone)?;
    let page = format!("{}/events/{id}/changes", site.base);
    let published: Vec<_> = versions.iter().filter(|v| !v.withdrawn).collect();
    let updated = published.first().map_or(meeting.published_at, |v| v.published_at);
    let stamp = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let link = |w: &mut XmlWriter, rel: &str, href: &str| {
        w.create_element("link").with_attributes([("rel", rel), ("href", href)]).write_empty().map(drop)
    };
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written: io::Result<()> = (|| {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        w.create_element("feed").with_attribute(("xmlns", "http://www.w3.org/2005/Atom")).write_inner_content(|w| {
            xml_element(w, "title", &t!(lang, "site-feed-atom-title", meeting = meeting.event.short_title.as_str()))?;
            xml_element(w, "id", &page)?;
            link(w, "alternate", &page)?;
            link(w, "self", &format!("{page}.atom"))?;
            xml_element(w, "updated", &stamp(updated))?;
            w.create_element("author").write_inner_content(|w| xml_element(w, "name", &meeting.event.organiser))?;
            for v in published {
                let lines: Vec<String> = v.changes.iter().map(|c| c.describe(lang, tz)).collect();
                let anchor = format!("{page}#version-{}", v.version);
                w.create_element("entry").write_inner_content(|w| {
                    xml_element(w, "title", &t!(lang, "site-version", version = v.version))?;
                    xml_element(w, "id", &anchor)?;
                    link(w, "alternate", &anchor)?;
                    xml_element(w, "updated", &stamp(v.published_at))?;
                    w.create_element("content")
                        .with_attribute(("type", "text"))
                        .write_text_content(BytesText::new(&xml_chars(&lines.join("\n"))))?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(())
    })();
    written.map_err(|e| SiteError::Internal(format!("writing the Atom feed: {e}")))?;
    let xml = String::from_utf8(w.into_inner()).expect("the writer writes only the UTF-8 text it is given");
    Ok(feed_response("application/atom+xml; charset=utf-8", xml))
}

pub(crate) type XmlWriter = Writer<Vec<u8>>;

/// `<name>text</name>`, escaped, without the characters XML 1.0 cannot carry.
pub(crate) fn xml_element(w: &mut XmlWriter, name: &str, text: &str) -> io::Result<()> {
    w.create_element(name).write_text_content(BytesText::new(&xml_chars(text))).map(drop)
}

/// Control characters (other than tab and line breaks) and U+FFFE/U+FFFF are not allowed in XML 1.0, even escaped; a title pasted with
/// one would make the whole feed unreadable.
pub(crate) fn xml_chars(text: &str) -> Cow<'_, str> {
    let allowed =
        |c: char| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

/// The public view as JSON, with errors as `{code, message}`.
async fn api_programme(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
    Query(query): Query<ZoneQuery>,
) -> Response {
    let zone = query.zone.filter(|z| !z.trim().is_empty());
    if let Some(Err(e)) = zone.as_deref().map(|z| parse_zone("zone", z)) {
        return api_error(&SiteError::BadRequest(e.message.say(Lang::En)));
    }
    match load_meeting(&state, id, visitor.lang, zone).await {
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
