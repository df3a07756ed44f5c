//! Validation: errors that stop a save, each naming its field, and warnings that do not (overlaps, a speaker in two
//! places at once), shown before publishing.

use std::collections::HashMap;

use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::i18n::{Lang, Msg};
use crate::model::{
    Entry, EntryKind, Event, FocalPoint, Participation, Registration, Speaker, TRANSLATED_FIELDS, Translation,
};
use crate::rules::country::{check_country, country_name_in};
use crate::rules::zone::{parse_zone, zoned};
use crate::{msg, t};

fn errors(list: Vec<FieldError>) -> Result<()> {
    if list.is_empty() { Ok(()) } else { Err(Error::Invalid(list)) }
}

/// A field left empty, with what to give: `message` says it in the organiser's words.
fn required(out: &mut Vec<FieldError>, field: &str, value: &str, message: Msg) {
    if value.trim().is_empty() {
        out.push(FieldError::new(field, message));
    }
}

pub fn check_email(out: &mut Vec<FieldError>, field: &str, email: &str) {
    if !email_address::EmailAddress::is_valid(email.trim()) || !email.contains('.') {
        out.push(FieldError::new(field, msg!("error-not-an-email", email = email)));
    }
}

pub fn event(e: &Event) -> Result<()> {
    let mut out = Vec::new();
    required(&mut out, "title", &e.title, msg!("error-meeting-title-required"));
    required(&mut out, "short_title", &e.short_title, msg!("error-short-title-required"));
    if let Err(err) = parse_zone("zone", &e.zone) {
        out.push(err);
    }
    if e.ends_on < e.starts_on {
        out.push(FieldError::new("ends_on", msg!("error-last-day-before-first", first = e.starts_on)));
    }
    for contact in &e.contacts {
        if let Some(email) = &contact.email {
            check_email(&mut out, "contacts", email);
        }
    }
    if let (Some(opens), Some(closes)) = (e.registration.opens_at, e.registration.closes_at)
        && closes <= opens
    {
        out.push(FieldError::new("registration", msg!("error-registration-closes-before-opening")));
    }
    errors(out)
}

/// An entry's own rules, which need no other row: what the event site checks of a pushed entry.
pub fn entry_alone(e: &Entry, tz: Tz) -> Result<()> {
    errors(entry_alone_errors(e, tz))
}

fn entry_alone_errors(e: &Entry, tz: Tz) -> Vec<FieldError> {
    let mut out = Vec::new();
    required(&mut out, "title", &e.title, msg!("error-entry-title-required"));
    if e.slot.ends_at <= e.slot.starts_at {
        out.push(FieldError::new(
            "slot",
            msg!("error-ends-before-start", end = hm(e.slot.ends_at, tz), start = hm(e.slot.starts_at, tz)),
        ));
    }
    out
}

fn hm(t: chrono::DateTime<chrono::Utc>, tz: Tz) -> String {
    let z = zoned(t, tz);
    format!("{} {}", z.time, z.abbreviation)
}

/// `block` is the entry's block when it is an item; `items` are the entry's items when it is a block.
pub fn entry(e: &Entry, tz: Tz, block: Option<&Entry>, items: &[Entry]) -> Result<()> {
    let mut out = entry_alone_errors(e, tz);
    let hm = |t| hm(t, tz);
    match (e.kind, block) {
        (EntryKind::Item, None) => out.push(FieldError::new("block_id", msg!("error-item-without-block"))),
        (EntryKind::Item, Some(b)) if b.event_id != e.event_id => {
            out.push(FieldError::new("block_id", msg!("error-block-of-another-meeting", block = &b.title)))
        }
        (EntryKind::Item, Some(b)) if b.kind != EntryKind::Block => {
            out.push(FieldError::new("block_id", msg!("error-not-a-block", block = &b.title)))
        }
        (EntryKind::Item, Some(b)) if e.slot.starts_at < b.slot.starts_at || e.slot.ends_at > b.slot.ends_at => out
            .push(FieldError::new(
                "slot",
                msg!("error-outside-block", block = &b.title, start = hm(b.slot.starts_at), end = hm(b.slot.ends_at)),
            )),
        (EntryKind::Item, Some(_)) => {}
        (_, Some(_)) => out.push(FieldError::new("block_id", msg!("error-only-items-in-blocks"))),
        (_, None) => {}
    }
    let outside: Vec<&str> = items
        .iter()
        .filter(|i| i.slot.starts_at < e.slot.starts_at || i.slot.ends_at > e.slot.ends_at)
        .map(|i| i.title.as_str())
        .collect();
    if !outside.is_empty() {
        out.push(FieldError::new("slot", msg!("error-items-outside", items = outside.join(", "))));
    }
    errors(out)
}

pub fn speaker(s: &Speaker) -> Result<()> {
    let mut out = Vec::new();
    required(&mut out, "family_name", &s.family_name, msg!("error-speaker-family-name-required"));
    if let Some(email) = s.email.as_deref().filter(|e| !e.is_empty()) {
        check_email(&mut out, "email", email);
    }
    if let Some(country) = s.country.as_deref().filter(|c| !c.is_empty()) {
        check_country(&mut out, "country", country);
    }
    crate::rules::photo::check(&mut out, &s.photo);
    errors(out)
}

pub fn registration(r: &Registration) -> Result<()> {
    let mut out = Vec::new();
    required(&mut out, "given_name", &r.given_name, msg!("error-given-name-required"));
    required(&mut out, "family_name", &r.family_name, msg!("error-family-name-required"));
    required(&mut out, "organisation", &r.organisation, msg!("error-organisation-required"));
    check_email(&mut out, "email", &r.email);
    check_country(&mut out, "country", &r.country);
    errors(out)
}

pub fn translation(t: &Translation) -> Result<()> {
    let mut out = Vec::new();
    if !TRANSLATED_FIELDS.iter().any(|(_, fields)| fields.contains(&t.field.as_str())) {
        out.push(FieldError::new("field", msg!("error-not-translated", field = t.field.as_str())));
    }
    if t.lang == crate::i18n::Lang::Pseudo {
        out.push(FieldError::new("lang", msg!("error-translation-language")));
    }
    // One row per field and language: another id would be a second translation that no reader could choose between.
    // Said at its record, which the id must be made from.
    if t.id != Translation::id_of(t.event_id, t.record_id, &t.field, t.lang) {
        out.push(FieldError::new("record_id", msg!("error-translation-id")));
    }
    errors(out)
}

pub fn focal_point(f: &FocalPoint) -> Result<()> {
    let mut out = Vec::new();
    required(&mut out, "name", &f.name, msg!("error-name-required"));
    check_email(&mut out, "email", &f.email);
    check_country(&mut out, "country", &f.country);
    errors(out)
}

/// What an organiser should check before publishing, with what it is about: the app, the CLI and the preview say it
/// in their reader's language from the catalogue's `warning-*` messages (`Warning::say` here, `warningText` in the UI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[ts(export)]
pub enum Warning {
    /// Two entries at the same level (two blocks, or two items of one block) overlap.
    Overlap { first: Uuid, second: Uuid, first_title: String, second_title: String },
    /// A speaker has roles on two entries that overlap.
    SpeakerDoubleBooked {
        speaker: Uuid,
        name: String,
        first: Uuid,
        second: Uuid,
        first_title: String,
        second_title: String,
    },
    /// An item outside its block: each of two edits merged by sync was valid, together they are not.
    OutsideBlock { item: Uuid, block: Uuid, item_title: String, block_title: String },
    /// A block or side event falls in the night (22:00-07:00) where some registrants are: its times there, and the
    /// countries (codes) they registered from, most first.
    ParticipantsNight {
        entry: Uuid,
        title: String,
        zone: String,
        start: String,
        end: String,
        abbreviation: String,
        registrants: u32,
        countries: Vec<String>,
    },
}

impl Warning {
    /// The warning in a sentence, in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Warning::Overlap { first_title, second_title, .. } => {
                t!(lang, "warning-overlap", first = first_title, second = second_title)
            }
            Warning::SpeakerDoubleBooked { name, first_title, second_title, .. } => {
                t!(lang, "warning-double-booked", name = name, first = first_title, second = second_title)
            }
            Warning::OutsideBlock { item_title, block_title, .. } => {
                t!(lang, "warning-outside-block", item = item_title, block = block_title)
            }
            Warning::ParticipantsNight { title, start, end, abbreviation, registrants, countries, .. } => {
                let names: Vec<&str> = countries.iter().map(|c| country_name_in(c, lang.code()).unwrap_or(c)).collect();
                t!(
                    lang,
                    "warning-night",
                    title = title,
                    start = start,
                    end = end,
                    zone = abbreviation,
                    registrants = *registrants,
                    countries = names.join(&t!(lang, "list-separator"))
                )
            }
        }
    }
}

fn overlaps(a: &Entry, b: &Entry) -> bool {
    a.slot.starts_at < b.slot.ends_at && b.slot.starts_at < a.slot.ends_at
}

/// One contains the other: an item and its own block.
fn nested(a: &Entry, b: &Entry) -> bool {
    a.block_id == Some(b.id) || b.block_id == Some(a.id)
}

/// `entries` sorted by start; `speakers` by id with the name to show.
pub fn warnings(entries: &[Entry], participations: &[Participation], speakers: &[(Uuid, String)]) -> Vec<Warning> {
    let mut out = Vec::new();
    for (i, a) in entries.iter().enumerate() {
        for b in entries[i + 1..].iter().take_while(|b| b.slot.starts_at < a.slot.ends_at) {
            if a.block_id == b.block_id && overlaps(a, b) {
                out.push(Warning::Overlap {
                    first: a.id,
                    second: b.id,
                    first_title: a.title.clone(),
                    second_title: b.title.clone(),
                });
            }
        }
    }
    let by_id: HashMap<Uuid, &Entry> = entries.iter().map(|e| (e.id, e)).collect();
    for item in entries.iter().filter(|e| e.kind == EntryKind::Item) {
        if let Some(block) = item.block_id.and_then(|b| by_id.get(&b))
            && (item.slot.starts_at < block.slot.starts_at || item.slot.ends_at > block.slot.ends_at)
        {
            out.push(Warning::OutsideBlock {
                item: item.id,
                block: block.id,
                item_title: item.title.clone(),
                block_title: block.title.clone(),
            });
        }
    }
    let mut roles: HashMap<Uuid, Vec<&Entry>> = HashMap::new();
    for p in participations {
        if let Some(e) = by_id.get(&p.entry_id) {
            roles.entry(p.speaker_id).or_default().push(e);
        }
    }
    for (speaker, name) in speakers {
        let Some(on) = roles.get(speaker) else { continue };
        for (i, a) in on.iter().enumerate() {
            for b in &on[i + 1..] {
                if a.id != b.id && overlaps(a, b) && !nested(a, b) {
                    out.push(Warning::SpeakerDoubleBooked {
                        speaker: *speaker,
                        name: name.clone(),
                        first: a.id,
                        second: b.id,
                        first_title: a.title.clone(),
                        second_title: b.title.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Registrants counted by the zone they are in: the zone, the countries they registered from with how many from each
/// (most first), how many in all. Kept in the file as JSON (`Store::registrant_zones`).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct RegistrantZone {
    pub zone: Tz,
    pub countries: Vec<(String, u32)>,
    pub registrants: u32,
}

/// Whether a local time is in the night, when nobody should be asked to follow a session: 22:00 to 07:00.
fn at_night(t: chrono::NaiveTime) -> bool {
    use chrono::Timelike;
    t.hour() >= 22 || t.hour() < 7
}

/// The blocks and side events that fall, in part, in the night where registrants are: "“U4SSC meeting” is
/// 23:00–01:00 JST for the 12 registrants in Japan". Items are within their block's warning, breaks need nobody.
pub fn participants_night(entries: &[Entry], zones: &[RegistrantZone]) -> Vec<Warning> {
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| matches!(e.kind, EntryKind::Block | EntryKind::SideEvent)) {
        for z in zones {
            // Every half hour of the entry and its last minute, as the clock reads where the registrants are.
            let last = e.slot.ends_at - chrono::Duration::minutes(1);
            let mut at = e.slot.starts_at;
            let mut night = false;
            while at <= last && !night {
                night = at_night(at.with_timezone(&z.zone).time());
                at += chrono::Duration::minutes(30);
            }
            night = night || at_night(last.with_timezone(&z.zone).time());
            if !night {
                continue;
            }
            let (start, end) = (zoned(e.slot.starts_at, z.zone), zoned(e.slot.ends_at, z.zone));
            out.push(Warning::ParticipantsNight {
                entry: e.id,
                title: e.title.clone(),
                zone: z.zone.name().to_string(),
                start: start.time,
                end: end.time,
                abbreviation: start.abbreviation,
                registrants: z.registrants,
                countries: z.countries.iter().map(|(c, _)| c.clone()).collect(),
            });
        }
    }
    out
}
