//! What the public may see of a meeting. This is the ONE place that decides it: pages, feeds and the JSON API are all
//! built from the types here, and these types have no field for an email of a speaker or registrant, a private note
//! or a registration, so nothing built from them can leak one.
//!
//! The rules:
//! - an entry is public when the organisers marked it public and, for an item, its block is public too;
//! - a speaker is listed, and named on the programme, only once confirmed and having consented to publication;
//! - registrations are never shown at all.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use dais_core::zone::ZonedTime;
use dais_core::{
    Contact, Entry, EntryKind, Event, EventFormat, EventKind, ParticipantCategory, Programme, ProgrammeRow,
    RegistrationRules, Result, Role, Speaker, SpeakerStatus,
};
use serde::Serialize;
use uuid::Uuid;

use crate::Storage;

/// Everything the public may see of one meeting (or side event).
#[derive(Debug, Clone, Serialize)]
pub struct PublicMeeting {
    pub event: MeetingFacts,
    /// For a side event: the meeting it belongs to.
    pub part_of: Option<EventSummary>,
    pub side_events: Vec<EventSummary>,
    pub programme: PublicProgramme,
    pub speakers: Vec<PublicSpeaker>,
}

/// The facts of the invitation letter.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingFacts {
    pub id: Uuid,
    pub title: String,
    pub short_title: String,
    pub kind: EventKind,
    pub format: EventFormat,
    /// IANA zone, e.g. `Europe/Zurich`.
    pub zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub venue: Option<String>,
    /// Remote-participation details, which ITU letters put on the event site.
    pub online_link: Option<String>,
    pub languages: Vec<String>,
    pub description: String,
    pub organiser: String,
    /// Who may take part, as the letter puts it.
    pub audience: String,
    pub eligible_categories: Vec<Category>,
    pub registration: PublicRegistration,
    /// The secretariat's contacts, which the letter publishes.
    pub contacts: Vec<Contact>,
    /// e.g. "TSB Circular 81, 15 October 2025".
    pub reference: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventSummary {
    pub id: Uuid,
    pub title: String,
    pub short_title: String,
    pub kind: EventKind,
    pub format: EventFormat,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// A participant category with the words of the letter.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Category {
    pub id: ParticipantCategory,
    pub label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicRegistration {
    pub mandatory: bool,
    pub free_of_charge: bool,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub capacity: Option<u32>,
    /// At the time the view was made.
    pub state: RegistrationState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationState {
    NotYetOpen,
    Open,
    Closed,
}

impl RegistrationState {
    pub fn at(rules: &RegistrationRules, now: DateTime<Utc>) -> RegistrationState {
        match (rules.opens_at, rules.closes_at) {
            (Some(opens), _) if now < opens => RegistrationState::NotYetOpen,
            (_, Some(closes)) if now >= closes => RegistrationState::Closed,
            _ => RegistrationState::Open,
        }
    }
}

/// The published programme, by day, in the event's zone and, when asked, in the viewer's zone beside it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicProgramme {
    pub zone: String,
    /// e.g. `CET`.
    pub zone_label: String,
    pub viewer_zone: Option<String>,
    pub viewer_zone_label: Option<String>,
    pub days: Vec<PublicDay>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicDay {
    pub date: NaiveDate,
    /// `Friday 31 October 2025`.
    pub label: String,
    pub entries: Vec<PublicEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicEntry {
    pub id: Uuid,
    pub kind: EntryKind,
    pub block_id: Option<Uuid>,
    /// For a side event: the event it stands for.
    pub linked_event_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    /// A room, or an online link.
    pub place: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// In the event's zone.
    pub start: ZonedTime,
    pub end: ZonedTime,
    /// In the viewer's zone, when one was asked for.
    pub viewer_start: Option<ZonedTime>,
    pub viewer_end: Option<ZonedTime>,
    /// Days between the programme's day and the viewer's (1 when it is already tomorrow there).
    pub viewer_start_day_shift: i32,
    pub viewer_end_day_shift: i32,
    pub roles: Vec<PublicRole>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicRole {
    pub speaker_id: Uuid,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicSpeaker {
    pub id: Uuid,
    /// With the honorific: `Ms Ana Ribeiro`.
    pub name: String,
    pub honorific: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub position: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub bio: String,
    pub links: Vec<String>,
    /// Their roles on public entries.
    pub sessions: Vec<SpeakerSession>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSession {
    pub entry_id: Uuid,
    pub title: String,
    pub role: Role,
    pub start: ZonedTime,
    pub end: ZonedTime,
}

/// The public view of an event, its programme shown also in `viewer_zone` when given.
pub fn meeting(
    storage: &dyn Storage,
    event_id: Uuid,
    viewer_zone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<PublicMeeting> {
    let event = storage.event(event_id)?;
    let part_of = event.parent_event_id.map(|id| storage.event(id)).transpose()?.map(|e| summary(&e));
    let side_events = storage.side_events(event_id)?.iter().map(summary).collect();
    let speakers: Vec<Speaker> = storage.speakers(event_id)?.into_iter().filter(is_listed).collect();
    let listed: HashSet<Uuid> = speakers.iter().map(|s| s.id).collect();
    let programme = programme(storage.programme(event_id, viewer_zone)?, &listed);
    let speakers = speakers.into_iter().map(|s| public_speaker(s, &programme)).collect();
    Ok(PublicMeeting { event: facts(event, now), part_of, side_events, programme, speakers })
}

/// The meetings of the site (without their side events), soonest first.
pub fn meetings(storage: &dyn Storage) -> Result<Vec<EventSummary>> {
    Ok(storage.meetings()?.iter().map(summary).collect())
}

fn is_listed(speaker: &Speaker) -> bool {
    speaker.status == SpeakerStatus::Confirmed && speaker.consent_to_publish
}

fn summary(event: &Event) -> EventSummary {
    EventSummary {
        id: event.id,
        title: event.title.clone(),
        short_title: event.short_title.clone(),
        kind: event.kind,
        format: event.format,
        starts_on: event.starts_on,
        ends_on: event.ends_on,
    }
}

fn facts(event: Event, now: DateTime<Utc>) -> MeetingFacts {
    let rules = &event.registration;
    let registration = PublicRegistration {
        mandatory: rules.mandatory,
        free_of_charge: rules.free_of_charge,
        opens_at: rules.opens_at,
        closes_at: rules.closes_at,
        capacity: rules.capacity,
        state: RegistrationState::at(rules, now),
    };
    MeetingFacts {
        id: event.id,
        title: event.title,
        short_title: event.short_title,
        kind: event.kind,
        format: event.format,
        zone: event.zone,
        starts_on: event.starts_on,
        ends_on: event.ends_on,
        venue: event.venue,
        online_link: event.online_link,
        languages: event.languages,
        description: event.description,
        organiser: event.organiser,
        audience: event.audience,
        eligible_categories: event
            .eligible_categories
            .into_iter()
            .map(|id| Category { id, label: id.label() })
            .collect(),
        registration,
        contacts: event.contacts,
        reference: event.reference,
        website: event.website,
    }
}

/// Keeps the public entries, naming only listed speakers on them.
fn programme(programme: Programme, listed: &HashSet<Uuid>) -> PublicProgramme {
    let marked: HashSet<Uuid> =
        programme.days.iter().flat_map(|d| &d.rows).filter(|r| r.entry.public).map(|r| r.entry.id).collect();
    // An item of a draft block stays a draft: the block it belongs to is not published yet.
    let is_public = |e: &Entry| marked.contains(&e.id) && e.block_id.is_none_or(|b| marked.contains(&b));
    let days = programme
        .days
        .into_iter()
        .map(|day| PublicDay {
            date: day.date,
            label: day.label,
            entries: day.rows.into_iter().filter(|r| is_public(&r.entry)).map(|r| public_entry(r, listed)).collect(),
        })
        .filter(|day| !day.entries.is_empty())
        .collect();
    PublicProgramme {
        zone: programme.zone,
        zone_label: programme.zone_label,
        viewer_zone: programme.viewer_zone,
        viewer_zone_label: programme.viewer_zone_label,
        days,
    }
}

fn public_entry(row: ProgrammeRow, listed: &HashSet<Uuid>) -> PublicEntry {
    let entry = row.entry;
    PublicEntry {
        id: entry.id,
        kind: entry.kind,
        block_id: entry.block_id,
        linked_event_id: entry.linked_event_id,
        title: entry.title,
        description: entry.description,
        place: entry.slot.place,
        starts_at: entry.slot.starts_at,
        ends_at: entry.slot.ends_at,
        start: row.start,
        end: row.end,
        viewer_start: row.viewer_start,
        viewer_end: row.viewer_end,
        viewer_start_day_shift: row.viewer_start_day_shift,
        viewer_end_day_shift: row.viewer_end_day_shift,
        roles: row
            .roles
            .into_iter()
            .filter(|r| listed.contains(&r.speaker_id))
            .map(|r| PublicRole { speaker_id: r.speaker_id, name: r.name, role: r.role })
            .collect(),
    }
}

/// A listed speaker, without their email or the organisers' notes.
fn public_speaker(speaker: Speaker, programme: &PublicProgramme) -> PublicSpeaker {
    let sessions = programme
        .days
        .iter()
        .flat_map(|d| &d.entries)
        .flat_map(|e| e.roles.iter().filter(|r| r.speaker_id == speaker.id).map(move |r| (e, r.role)))
        .map(|(e, role)| SpeakerSession {
            entry_id: e.id,
            title: e.title.clone(),
            role,
            start: e.start.clone(),
            end: e.end.clone(),
        })
        .collect();
    PublicSpeaker {
        id: speaker.id,
        name: speaker.display_name(),
        country_name: speaker.country.as_deref().and_then(country_name),
        honorific: speaker.honorific,
        given_name: speaker.given_name,
        family_name: speaker.family_name,
        position: speaker.position,
        organisation: speaker.organisation,
        country: speaker.country,
        bio: speaker.bio,
        links: speaker.links,
        sessions,
    }
}

/// A country's English name for an ISO 3166-1 alpha-2 code, as people look it up: "Netherlands", not "The
/// Netherlands", so that lists sort where people expect, and "Republic of Korea", not "Republic Of Korea".
pub fn country_name(code: &str) -> Option<String> {
    let name = dais_core::validate::country_name(code)?;
    let name = name.strip_prefix("The ").unwrap_or(&name);
    Some(name.replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the "))
}
