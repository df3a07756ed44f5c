//! What a meeting's public content is made of (an [`Edition`]), decided in one place for the site's pages and feeds
//! and the app's preview alike: which entries are public, which speakers are listed, and what must be right before
//! it can be published.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::i18n::Lang;
use crate::model::{Entry, Event, Participation, Speaker, SpeakerStatus, Translation};
use crate::programme::ENTRY_ORDER;
use crate::programme::Words;
use crate::rules::validate::{self};
use crate::rules::zone::event_zone;
use crate::storage::record::{get, list};
use crate::{msg, t};

/// The public content of one event at one version: what its pages and feeds are made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Edition {
    pub event: Event,
    /// For a side event: the meeting it belongs to.
    pub part_of: Option<Event>,
    pub side_events: Vec<Event>,
    /// The public entries, in programme order.
    pub entries: Vec<Entry>,
    /// The roles of listed speakers on public entries.
    pub roles: Vec<Participation>,
    pub speakers: Vec<ListedSpeaker>,
    /// The public words above in other languages; left out when there are none, so that editions published before
    /// translations keep their digest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<Translation>>", optional)]
    pub translations: Vec<Translation>,
}

/// A meeting or entry of an edition (`Edition::records`).
pub(super) struct EditionRecord<'a> {
    pub id: Uuid,
    pub meeting: Uuid,
    pub title: &'a str,
}

/// What the public may know of a speaker: no email, no notes, no status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListedSpeaker {
    pub id: Uuid,
    pub honorific: Option<String>,
    pub given_name: String,
    pub family_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub name_order: Option<crate::model::NameOrder>,
    pub position: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub bio: String,
    pub links: Vec<String>,
    /// Their photo as the app keeps it (`photo.rs`); left out when there is none, so that editions published before
    /// photos keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub photo: Option<String>,
}

impl ListedSpeaker {
    pub(super) fn of(s: &Speaker) -> ListedSpeaker {
        ListedSpeaker {
            id: s.id,
            honorific: s.honorific.clone(),
            given_name: s.given_name.clone(),
            family_name: s.family_name.clone(),
            name_order: s.name_order,
            position: s.position.clone(),
            organisation: s.organisation.clone(),
            country: s.country.clone(),
            bio: s.bio.clone(),
            links: s.links.clone(),
            photo: s.photo.clone(),
        }
    }

    /// With the honorific: `Ms Ana Ribeiro`.
    pub fn display_name(&self) -> String {
        crate::model::display_name(self.honorific.as_deref(), self.name_order, &self.given_name, &self.family_name)
    }
}

/// Why a speaker is not on the public site, which lists a speaker (and names them on the programme) once confirmed
/// and having agreed to be published. A new speaker is invited without consent: both are needed, and the organiser
/// is told which is missing wherever the speaker's absence would surprise them (the preview, the speakers' list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Unlisted {
    /// Invited, not confirmed yet.
    NotConfirmed,
    Declined,
    /// Has not agreed to be published.
    NoConsent,
}

impl Unlisted {
    /// Why, in `lang`: "not confirmed yet".
    pub fn say(self, lang: Lang) -> String {
        let because = match self {
            Unlisted::NotConfirmed => "not_confirmed",
            Unlisted::Declined => "declined",
            Unlisted::NoConsent => "no_consent",
        };
        t!(lang, "unlisted-because", because = because)
    }
}

pub fn unlisted_because(speaker: &Speaker) -> Vec<Unlisted> {
    let status = match speaker.status {
        SpeakerStatus::Confirmed => None,
        SpeakerStatus::Invited => Some(Unlisted::NotConfirmed),
        SpeakerStatus::Declined => Some(Unlisted::Declined),
    };
    status.into_iter().chain((!speaker.consent_to_publish).then_some(Unlisted::NoConsent)).collect()
}

pub fn is_listed(speaker: &Speaker) -> bool {
    unlisted_because(speaker).is_empty()
}

/// The speakers of `event_id` whom the public site leaves out, with why. `surprising`: but for those who declined
/// and hold no role, whose absence surprises no one.
pub(crate) fn unlisted_speakers(conn: &Connection, event_id: Uuid, surprising: bool) -> Result<Vec<UnlistedSpeaker>> {
    let id = event_id.to_string();
    let speakers: Vec<Speaker> = list(conn, "event_id = ?1 ORDER BY family_name, given_name", &[&id])?;
    let with_role: HashSet<Uuid> = match surprising {
        true => list::<Participation>(conn, "event_id = ?1", &[&id])?.into_iter().map(|p| p.speaker_id).collect(),
        false => HashSet::new(),
    };
    Ok(speakers
        .iter()
        .filter(|s| !surprising || s.status != SpeakerStatus::Declined || with_role.contains(&s.id))
        .filter_map(UnlistedSpeaker::of)
        .collect())
}

/// A speaker of the workspace whom the public site leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UnlistedSpeaker {
    pub speaker_id: Uuid,
    pub name: String,
    pub because: Vec<Unlisted>,
}

impl UnlistedSpeaker {
    /// Why they are left out, in `lang`: "not confirmed yet; has not agreed to be published".
    pub fn reason(&self, lang: Lang) -> String {
        let said: Vec<String> = self.because.iter().map(|u| u.say(lang)).collect();
        said.join(&t!(lang, "unlisted-separator"))
    }

    pub fn of(speaker: &Speaker) -> Option<UnlistedSpeaker> {
        let because = unlisted_because(speaker);
        (!because.is_empty()).then(|| UnlistedSpeaker { speaker_id: speaker.id, name: speaker.display_name(), because })
    }
}

impl Edition {
    /// The edition of `event_id` as the workspace (or the site) holds it now.
    pub(super) fn read(conn: &Connection, event_id: Uuid) -> Result<Edition> {
        let event: Event = get(conn, event_id)?;
        let part_of = event.parent_event_id.map(|id| get::<Event>(conn, id)).transpose()?;
        let id = event_id.to_string();
        let side_events = list(conn, "parent_event_id = ?1 ORDER BY starts_on, title", &[&id])?;
        let all: Vec<Entry> = list(conn, ENTRY_ORDER, &[&id])?;
        let marked: HashSet<Uuid> = all.iter().filter(|e| e.public).map(|e| e.id).collect();
        // An item of a draft block stays a draft: the block it belongs to is not published yet.
        let entries: Vec<Entry> = all
            .into_iter()
            .filter(|e| marked.contains(&e.id) && e.block_id.is_none_or(|b| marked.contains(&b)))
            .collect();
        let speakers: Vec<ListedSpeaker> =
            list::<Speaker>(conn, "event_id = ?1 ORDER BY family_name, given_name", &[&id])?
                .iter()
                .filter(|s| is_listed(s))
                .map(ListedSpeaker::of)
                .collect();
        let public: HashSet<Uuid> = entries.iter().map(|e| e.id).collect();
        let listed: HashSet<Uuid> = speakers.iter().map(|s| s.id).collect();
        let roles = list::<Participation>(conn, "event_id = ?1 ORDER BY id", &[&id])?
            .into_iter()
            .filter(|p| public.contains(&p.entry_id) && listed.contains(&p.speaker_id))
            .collect();
        let mut edition = Edition { event, part_of, side_events, entries, roles, speakers, translations: Vec::new() };
        // Only the words of what is public: a draft entry's translated title stays as private as its title. And each
        // translation also names the meeting its record belongs to, as its row's meeting: a row that names another
        // (pushed by an organiser whose token covers only that one) is not this meeting's to publish.
        let owner: HashMap<Uuid, Uuid> = edition.records().map(|r| (r.id, r.meeting)).collect();
        let ids: Vec<String> = owner.keys().map(Uuid::to_string).collect();
        edition.translations = list::<Translation>(
            conn,
            "text <> '' AND record_id IN (SELECT value FROM json_each(?1)) ORDER BY record_id, field, lang",
            &[&serde_json::to_string(&ids)?],
        )?;
        edition.translations.retain(|t| owner.get(&t.record_id) == Some(&t.event_id));
        Ok(edition)
    }

    /// The meetings and entries it holds, in its order (the meeting, the one it is part of, its side events, its
    /// entries), each with the meeting it belongs to and its title as typed: what its words in other languages are of.
    pub(super) fn records(&self) -> impl Iterator<Item = EditionRecord<'_>> {
        let events = std::iter::once(&self.event).chain(&self.part_of).chain(&self.side_events);
        events
            .map(|e| EditionRecord { id: e.id, meeting: e.id, title: &e.title })
            .chain(self.entries.iter().map(|e| EditionRecord { id: e.id, meeting: e.event_id, title: &e.title }))
    }

    /// The edition as a reader of `lang` sees it: the meeting's and entries' words in `lang` where the organisers gave
    /// them, else as typed.
    pub fn in_language(mut self, lang: Lang) -> Edition {
        let words = Words::of(&self.translations, lang);
        words.event(&mut self.event);
        self.part_of.iter_mut().chain(&mut self.side_events).for_each(|e| words.event(e));
        self.entries.iter_mut().for_each(|e| words.entry(e));
        self
    }

    /// Speakers by id with the name to show.
    pub fn names(&self) -> Vec<(Uuid, String)> {
        self.speakers.iter().map(|s| (s.id, s.display_name())).collect()
    }

    /// Why this edition may not be published: the rules an organiser's edit would have to pass, broken by edits that
    /// merged (an item left outside its block after two organisers moved each).
    pub(super) fn errors(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut add = |what: &str, result: Result<()>| {
            if let Err(Error::Invalid(fields)) = result {
                out.extend(
                    fields
                        .into_iter()
                        .map(|f| FieldError::new("programme", msg!("error-in", what = what, problem = f.message))),
                );
            }
        };
        add(&format!("{:?}", self.event.title), validate::event(&self.event));
        let Ok(tz) = event_zone(&self.event) else { return out };
        for e in &self.entries {
            let block = e.block_id.and_then(|b| self.entries.iter().find(|x| x.id == b));
            let items: Vec<Entry> = self.entries.iter().filter(|x| x.block_id == Some(e.id)).cloned().collect();
            add(&format!("{:?}", e.title), validate::entry(e, tz, block, &items));
        }
        out
    }
}

/// The SHA-256 of a value's JSON, in hex: what says two copies of an edition (or a meeting's) are the same.
pub(super) fn digest<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let bytes = serde_json::to_vec(value)?;
    Ok(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}
