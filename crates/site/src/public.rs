//! What the public sees of a meeting: the version the organisers last published (`dais_core::publication`, which
//! decides what is public), never the data as it stands. Pages, feeds and the JSON API are all built from the types
//! here, made from a published `Edition`, which has no field for an email of a speaker or registrant, a private note
//! or a registration, so nothing built from them can leak one.

use chrono::{DateTime, NaiveDate, Utc};
use dais_core::Lang;
use dais_core::programme::{Words, programme_of};
use dais_core::publication::{Edition, History, ListedSpeaker, Publication};
pub use dais_core::rules::country::country_name;
use dais_core::rules::zone::{ZonedTime, ZonedTimes};
use dais_core::{
    Contact, EntryKind, Error, Event, EventFormat, EventKind, ParticipantCategory, Programme, ProgrammeRow,
    RegistrationRules, Result, Role,
};
use serde::Serialize;
use uuid::Uuid;

use crate::Storage;

/// Everything the public may see of one meeting (or side event): one published version.
#[derive(Debug, Clone, Serialize)]
pub struct PublicMeeting {
    /// The language of its words: the meeting's and entries' where the organisers gave them in it (the others as
    /// typed), and its labels.
    pub lang: Lang,
    /// The version shown, and when it was published.
    pub version: u32,
    pub published_at: DateTime<Utc>,
    pub event: MeetingFacts,
    /// For a side event: the meeting it belongs to.
    pub part_of: Option<EventSummary>,
    pub side_events: Vec<EventSummary>,
    pub programme: PublicProgramme,
    pub speakers: Vec<PublicSpeaker>,
    /// Entries once published and since taken off the programme: calendars are told they are cancelled.
    pub cancelled: Vec<CancelledEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CancelledEntry {
    pub id: Uuid,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub sequence: u32,
    pub modified_at: DateTime<Utc>,
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
#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: ParticipantCategory,
    pub label: String,
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
    /// The language of the title when the organisers gave it in the reader's; none: as typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_lang: Option<Lang>,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_lang: Option<Lang>,
    /// A room, or an online link.
    pub place: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// In the event's zone, and the viewer's beside it (core's, as the organisers' programme has them).
    #[serde(flatten)]
    pub times: ZonedTimes,
    pub roles: Vec<PublicRole>,
    /// iCalendar's SEQUENCE: how many published versions changed it since its first.
    pub sequence: u32,
    /// When a published version last changed it.
    pub modified_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicRole {
    pub speaker_id: Uuid,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicSpeaker {
    /// What the edition lists of them (core decides it); its fields are this view's, in JSON too.
    #[serde(flatten)]
    pub listed: ListedSpeaker,
    /// With the honorific: `Ms Ana Ribeiro`.
    pub name: String,
    pub country_name: Option<String>,
    /// Their roles on public entries.
    pub sessions: Vec<SpeakerSession>,
    /// Where this site serves their photo, when they have one (the photo itself stays out of pages and JSON).
    pub photo_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSession {
    pub entry_id: Uuid,
    pub title: String,
    pub role: Role,
    pub start: ZonedTime,
    pub end: ZonedTime,
}

/// The version of an event the public sees, its programme shown also in `viewer_zone` when given. An event never
/// published, or taken off the site, is not found.
pub fn meeting(
    storage: &dyn Storage,
    event_id: Uuid,
    lang: Lang,
    viewer_zone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<PublicMeeting> {
    let publication = storage.published(event_id)?;
    let not_found = || Error::NotFound { kind: "published event", id: event_id.to_string() };
    let Some(Publication { version, published_at, edition: Some(edition), history, withdrawn: false, .. }) =
        publication
    else {
        return Err(not_found());
    };
    of_edition(edition, history.unwrap_or_default(), version, published_at, lang, viewer_zone, now)
}

/// The published version's programme as a document (DOCX, the shape of a circular's annex), and the meeting's short
/// title for its file name. Made from the published edition only, as the pages are.
pub fn programme_document(
    storage: &dyn Storage,
    event_id: Uuid,
    format: dais_core::publication::document::DocumentFormat,
    lang: Lang,
) -> Result<(String, Vec<u8>)> {
    let not_found = || Error::NotFound { kind: "published event", id: event_id.to_string() };
    let Some(Publication { edition: Some(edition), withdrawn: false, .. }) = storage.published(event_id)? else {
        return Err(not_found());
    };
    let names = edition.names();
    let Edition { event, entries, roles, .. } = edition.in_language(lang);
    let programme = programme_of(&event, entries, &roles, &names, None)?;
    Ok((event.short_title.clone(), dais_core::publication::document::write(format, &event, &programme, lang)?))
}

fn of_edition(
    edition: Edition,
    history: History,
    version: u32,
    published_at: DateTime<Utc>,
    lang: Lang,
    viewer_zone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<PublicMeeting> {
    let names = edition.names();
    let translations = edition.translations.clone();
    let words = Words::of(&translations, lang);
    let Edition { event, part_of, side_events, entries, roles, speakers, .. } = edition.in_language(lang);
    // Said of the words as shown: given in the reader's language, and laid over words that are there.
    let in_lang = |id: Uuid, field: &str, shown: &str| words.given(id, field, shown).map(|_| lang);
    let programme =
        programme(programme_of(&event, entries, &roles, &names, viewer_zone)?, &history, published_at, lang, in_lang);
    let speakers = speakers.into_iter().map(|s| public_speaker(s, event.id, &programme)).collect();
    let cancelled = history
        .cancelled
        .iter()
        .map(|e| {
            let h = history.entries.get(&e.id);
            CancelledEntry {
                id: e.id,
                title: e.title.clone(),
                starts_at: e.slot.starts_at,
                ends_at: e.slot.ends_at,
                sequence: h.map_or(1, |h| h.sequence),
                modified_at: h.map_or(published_at, |h| h.modified_at),
            }
        })
        .collect();
    Ok(PublicMeeting {
        lang,
        version,
        published_at,
        event: facts(event, lang, now),
        part_of: part_of.as_ref().map(summary),
        side_events: side_events.iter().map(summary).collect(),
        programme,
        speakers,
        cancelled,
    })
}

/// The published meetings of the site (without their side events), soonest first.
pub fn meetings(storage: &dyn Storage, lang: Lang) -> Result<Vec<EventSummary>> {
    Ok(storage.published_meetings(lang)?.iter().map(summary).collect())
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

fn facts(event: Event, lang: Lang, now: DateTime<Utc>) -> MeetingFacts {
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
        languages: event.languages,
        description: event.description,
        organiser: event.organiser,
        audience: event.audience,
        eligible_categories: event
            .eligible_categories
            .into_iter()
            .map(|id| Category { id, label: id.label(lang) })
            .collect(),
        registration,
        contacts: event.contacts,
        reference: event.reference,
        website: event.website,
    }
}

/// The published programme by day, each entry with its publication history.
fn programme(
    programme: Programme,
    history: &History,
    published_at: DateTime<Utc>,
    lang: Lang,
    in_lang: impl Fn(Uuid, &str, &str) -> Option<Lang>,
) -> PublicProgramme {
    let days = programme
        .days
        .into_iter()
        .map(|day| PublicDay {
            date: day.date,
            label: dais_core::i18n::long_date(lang, day.date),
            entries: day.rows.into_iter().map(|r| public_entry(r, history, published_at, lang, &in_lang)).collect(),
        })
        .collect();
    PublicProgramme {
        zone: programme.zone,
        zone_label: programme.zone_label,
        viewer_zone: programme.viewer_zone,
        viewer_zone_label: programme.viewer_zone_label,
        days,
    }
}

fn public_entry(
    row: ProgrammeRow,
    history: &History,
    published_at: DateTime<Utc>,
    lang: Lang,
    in_lang: impl Fn(Uuid, &str, &str) -> Option<Lang>,
) -> PublicEntry {
    let entry = row.entry;
    let h = history.entries.get(&entry.id);
    // Each time's day in the reader's language, as the pages write it.
    let mut times = row.times;
    for t in [&mut times.start, &mut times.end]
        .into_iter()
        .chain(times.viewer_start.as_mut())
        .chain(times.viewer_end.as_mut())
    {
        t.day_label = dais_core::i18n::day_label(lang, t.date);
    }
    PublicEntry {
        sequence: h.map_or(0, |h| h.sequence),
        modified_at: h.map_or(published_at, |h| h.modified_at),
        id: entry.id,
        kind: entry.kind,
        block_id: entry.block_id,
        linked_event_id: entry.linked_event_id,
        title_lang: in_lang(entry.id, "title", &entry.title),
        title: entry.title,
        description_lang: in_lang(entry.id, "description", &entry.description),
        description: entry.description,
        place: entry.slot.place,
        starts_at: entry.slot.starts_at,
        ends_at: entry.slot.ends_at,
        times,
        roles: row
            .roles
            .into_iter()
            .map(|r| PublicRole { speaker_id: r.speaker_id, name: r.name, role: r.role })
            .collect(),
    }
}

/// The address of a speaker's photo on this site.
pub fn photo_path(event_id: Uuid, speaker_id: Uuid) -> String {
    format!("/events/{event_id}/speakers/{speaker_id}/photo.jpg")
}

/// A listed speaker's photo in the published edition, as JPEG bytes.
pub fn speaker_photo(storage: &dyn Storage, event_id: Uuid, speaker_id: Uuid) -> Result<Vec<u8>> {
    let not_found = || Error::NotFound { kind: "photo", id: speaker_id.to_string() };
    let Some(Publication { edition: Some(edition), withdrawn: false, .. }) = storage.published(event_id)? else {
        return Err(not_found());
    };
    let speaker = edition.speakers.into_iter().find(|s| s.id == speaker_id).ok_or_else(not_found)?;
    speaker.photo.as_deref().and_then(dais_core::rules::photo::jpeg_of).ok_or_else(not_found)
}

/// A listed speaker with their sessions.
fn public_speaker(mut speaker: ListedSpeaker, event_id: Uuid, programme: &PublicProgramme) -> PublicSpeaker {
    let photo_url = speaker.photo.take().map(|_| photo_path(event_id, speaker.id));
    let sessions = programme
        .days
        .iter()
        .flat_map(|d| &d.entries)
        .flat_map(|e| e.roles.iter().filter(|r| r.speaker_id == speaker.id).map(move |r| (e, r.role)))
        .map(|(e, role)| SpeakerSession {
            entry_id: e.id,
            title: e.title.clone(),
            role,
            start: e.times.start.clone(),
            end: e.times.end.clone(),
        })
        .collect();
    PublicSpeaker {
        name: speaker.display_name(),
        country_name: speaker.country.as_deref().and_then(country_name).map(str::to_string),
        listed: speaker,
        sessions,
        photo_url,
    }
}
