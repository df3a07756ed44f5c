//! What changed between two editions, as the organisers and the public read it: the changes listed with a version,
//! and each entry's history across versions.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::edition::{Edition, ListedSpeaker};
use crate::i18n::{Lang, day_label};
use crate::model::{Entry, Event, Role, TRANSLATED_FIELDS};
use crate::rules::zone::zoned;
use crate::t;

/// How one entry's publication went, for calendars that update in place and for the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryHistory {
    /// The version in which it last changed.
    pub version: u32,
    /// iCalendar's SEQUENCE: 0 when first published, one more each version that changed it.
    pub sequence: u32,
    pub modified_at: DateTime<Utc>,
}

/// Every entry ever published in an event, and those since taken off its programme.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct History {
    pub entries: BTreeMap<Uuid, EntryHistory>,
    /// Entries once published and no longer on the programme, as they last were: calendars are told they are
    /// cancelled.
    pub cancelled: Vec<Entry>,
}

/// An entry as a change names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EntryLine {
    pub id: Uuid,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl EntryLine {
    pub(super) fn of(e: &Entry) -> EntryLine {
        EntryLine { id: e.id, title: e.title.clone(), starts_at: e.slot.starts_at, ends_at: e.slot.ends_at }
    }
}

/// One thing the public sees differently in a version than in the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Change {
    /// The first version of the event.
    First {
        entries: u32,
        speakers: u32,
    },
    /// `what`: the aspects that changed, as the catalogue's `change-aspect` keys them (a version published before
    /// the languages kept English words there, which are said as they are).
    Facts {
        what: Vec<String>,
    },
    Added {
        entry: EntryLine,
    },
    Cancelled {
        entry: EntryLine,
    },
    Moved {
        entry: EntryLine,
        from_starts_at: DateTime<Utc>,
        from_ends_at: DateTime<Utc>,
    },
    Retitled {
        entry: EntryLine,
        from: String,
    },
    Changed {
        entry: EntryLine,
        what: Vec<String>,
    },
    SpeakerAdded {
        speaker: Uuid,
        name: String,
    },
    SpeakerRemoved {
        speaker: Uuid,
        name: String,
    },
    SpeakerChanged {
        speaker: Uuid,
        name: String,
        what: Vec<String>,
    },
    /// Words of the meeting given, changed or taken away in `lang`.
    Translated {
        lang: Lang,
        what: Vec<TranslatedField>,
    },
}

/// A field of the meeting or an entry whose words in another language changed, named by its record's title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TranslatedField {
    /// The meeting or entry.
    pub record: Uuid,
    pub title: String,
    /// As the catalogue's `change-aspect` keys it: `title`, `description`...
    pub field: String,
}

/// The meeting's facts as a change names them: each field, and the aspect the catalogue's `change-aspect` says
/// (fields that the public reads as one, such as the two dates, are one aspect).
const FACTS: [(&str, &str); 20] = [
    ("title", "title"),
    ("short_title", "short_title"),
    ("kind", "kind"),
    ("format", "format"),
    ("zone", "zone"),
    ("starts_on", "dates"),
    ("ends_on", "dates"),
    ("venue", "venue"),
    ("online_link", "online_link"),
    ("languages", "languages"),
    ("description", "description"),
    ("organiser", "organiser"),
    ("audience", "audience"),
    ("registration", "registration"),
    ("eligible_categories", "eligible_categories"),
    ("contacts", "contacts"),
    ("reference", "reference"),
    ("website", "website"),
    ("parent_event_id", "part_of"),
    ("id", "id"),
];

const SPEAKER_FIELDS: [(&str, &str); 10] = [
    ("honorific", "name"),
    ("given_name", "name"),
    ("family_name", "name"),
    ("name_order", "name"),
    ("position", "position"),
    ("organisation", "organisation"),
    ("country", "country"),
    ("bio", "bio"),
    ("links", "links"),
    ("id", "id"),
];

/// The aspects in which two values (of one serde shape) differ, in `labels` order, each once.
fn differing<T: Serialize>(old: &T, new: &T, labels: &[(&str, &str)]) -> Vec<String> {
    let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for (field, label) in labels {
        if old.get(*field) != new.get(*field) && !out.iter().any(|l| l == label) {
            out.push(label.to_string());
        }
    }
    out
}

/// What changed from `old` (the last version published, if any) to `new`.
pub fn changes(old: Option<&Edition>, new: &Edition) -> Vec<Change> {
    let Some(old) = old else {
        return vec![Change::First { entries: new.entries.len() as u32, speakers: new.speakers.len() as u32 }];
    };
    let mut out = Vec::new();
    let mut facts = differing(&old.event, &new.event, &FACTS);
    if summaries(&old.side_events) != summaries(&new.side_events) {
        facts.push("side_events".into());
    }
    if !facts.is_empty() {
        out.push(Change::Facts { what: facts });
    }
    let before: HashMap<Uuid, &Entry> = old.entries.iter().map(|e| (e.id, e)).collect();
    let now: HashSet<Uuid> = new.entries.iter().map(|e| e.id).collect();
    for e in &new.entries {
        let Some(was) = before.get(&e.id) else {
            out.push(Change::Added { entry: EntryLine::of(e) });
            continue;
        };
        let line = EntryLine::of(e);
        if (was.slot.starts_at, was.slot.ends_at) != (e.slot.starts_at, e.slot.ends_at) {
            out.push(Change::Moved {
                entry: line.clone(),
                from_starts_at: was.slot.starts_at,
                from_ends_at: was.slot.ends_at,
            });
        }
        if was.title != e.title {
            out.push(Change::Retitled { entry: line.clone(), from: was.title.clone() });
        }
        let mut what = Vec::new();
        if was.description != e.description {
            what.push("description".into());
        }
        if was.slot.place != e.slot.place {
            what.push("place".into());
        }
        if was.kind != e.kind || was.block_id != e.block_id {
            what.push("session".into());
        }
        if roles(old, e.id) != roles(new, e.id) {
            what.push("speakers".into());
        }
        if !what.is_empty() {
            out.push(Change::Changed { entry: line, what });
        }
    }
    for e in old.entries.iter().filter(|e| !now.contains(&e.id)) {
        out.push(Change::Cancelled { entry: EntryLine::of(e) });
    }
    let speakers_before: HashMap<Uuid, &ListedSpeaker> = old.speakers.iter().map(|s| (s.id, s)).collect();
    let listed_now: HashSet<Uuid> = new.speakers.iter().map(|s| s.id).collect();
    for s in &new.speakers {
        match speakers_before.get(&s.id) {
            None => out.push(Change::SpeakerAdded { speaker: s.id, name: s.display_name() }),
            Some(was) => {
                let what = differing(*was, s, &SPEAKER_FIELDS);
                if !what.is_empty() {
                    out.push(Change::SpeakerChanged { speaker: s.id, name: s.display_name(), what });
                }
            }
        }
    }
    for s in old.speakers.iter().filter(|s| !listed_now.contains(&s.id)) {
        out.push(Change::SpeakerRemoved { speaker: s.id, name: s.display_name() });
    }
    out.extend(translated(old, new));
    out
}

/// The translations that differ, one change per language (in the UN's order), each naming its fields in the order
/// of the programme and of the form.
fn translated(old: &Edition, new: &Edition) -> Vec<Change> {
    let words = |e: &Edition| -> HashMap<(Lang, Uuid, String), String> {
        e.translations.iter().map(|t| ((t.lang, t.record_id, t.field.clone()), t.text.clone())).collect()
    };
    let (before, after) = (words(old), words(new));
    // Each record's place: in the new edition, else (taken off since) after those.
    let mut order: HashMap<Uuid, usize> = HashMap::new();
    for record in new.records().chain(old.records()) {
        let next = order.len();
        order.entry(record.id).or_insert(next);
    }
    let field_rank = |field: &str| {
        TRANSLATED_FIELDS.iter().flat_map(|(_, fields)| fields.iter()).position(|f| *f == field).unwrap_or(usize::MAX)
    };
    let mut differing: Vec<&(Lang, Uuid, String)> =
        before.keys().chain(after.keys()).filter(|k| before.get(*k) != after.get(*k)).collect();
    differing
        .sort_by_key(|(lang, record, field)| (*lang, order.get(record).copied(), field_rank(field), field.clone()));
    differing.dedup();
    let mut by_lang: BTreeMap<Lang, Vec<TranslatedField>> = BTreeMap::new();
    for (lang, record, field) in differing {
        let title = title_of(new, *record).or_else(|| title_of(old, *record)).unwrap_or_default();
        by_lang.entry(*lang).or_default().push(TranslatedField { record: *record, title, field: field.clone() });
    }
    by_lang.into_iter().map(|(lang, what)| Change::Translated { lang, what }).collect()
}

/// The original title of the meeting or entry `id` in `edition`.
fn title_of(edition: &Edition, id: Uuid) -> Option<String> {
    edition.records().find(|r| r.id == id).map(|r| r.title.to_string())
}

fn summaries(events: &[Event]) -> Vec<(Uuid, &str, chrono::NaiveDate, chrono::NaiveDate)> {
    events.iter().map(|e| (e.id, e.title.as_str(), e.starts_on, e.ends_on)).collect()
}

pub(super) fn roles(edition: &Edition, entry: Uuid) -> HashSet<(Uuid, Role)> {
    edition.roles.iter().filter(|p| p.entry_id == entry).map(|p| (p.speaker_id, p.role)).collect()
}

impl Change {
    /// The change in a sentence in `lang`, with times in the event's zone: what the Changes page, the Atom feed, the
    /// app's preview and `dais preview` all say.
    pub fn describe(&self, lang: Lang, tz: Tz) -> String {
        let when = |starts: DateTime<Utc>, ends: DateTime<Utc>| {
            let (s, e) = (zoned(starts, tz), zoned(ends, tz));
            t!(lang, "change-when", day = day_label(lang, s.date), start = s.time, end = e.time, zone = e.abbreviation)
        };
        let aspects = |what: &[String]| {
            let said: Vec<String> = what.iter().map(|a| t!(lang, "change-aspect", aspect = a.as_str())).collect();
            said.join(&t!(lang, "list-separator"))
        };
        let title = |entry: &EntryLine| entry.title.clone();
        match self {
            Change::First { entries, speakers } => {
                t!(lang, "change-first", entries = *entries, speakers = *speakers)
            }
            Change::Facts { what } => t!(lang, "change-facts", what = aspects(what)),
            Change::Added { entry } => {
                t!(lang, "change-added", title = title(entry), when = when(entry.starts_at, entry.ends_at))
            }
            Change::Cancelled { entry } => {
                t!(lang, "change-cancelled", title = title(entry), when = when(entry.starts_at, entry.ends_at))
            }
            Change::Moved { entry, from_starts_at, from_ends_at } => t!(
                lang,
                "change-moved",
                title = title(entry),
                from = when(*from_starts_at, *from_ends_at),
                when = when(entry.starts_at, entry.ends_at)
            ),
            Change::Retitled { entry, from } => t!(lang, "change-retitled", from = from.as_str(), title = title(entry)),
            Change::Changed { entry, what } => t!(lang, "change-changed", title = title(entry), what = aspects(what)),
            Change::SpeakerAdded { name, .. } => t!(lang, "change-speaker-added", name = name.as_str()),
            Change::SpeakerRemoved { name, .. } => t!(lang, "change-speaker-removed", name = name.as_str()),
            Change::SpeakerChanged { name, what, .. } => {
                t!(lang, "change-speaker-changed", name = name.as_str(), what = aspects(what))
            }
            Change::Translated { lang: words, what } => {
                let said: Vec<String> = what
                    .iter()
                    .map(|f| {
                        let aspect = t!(lang, "change-aspect", aspect = f.field.as_str());
                        t!(lang, "change-translated-field", aspect = aspect, title = f.title.as_str())
                    })
                    .collect();
                t!(
                    lang,
                    "change-translated",
                    language = words.name_in(lang),
                    what = said.join(&t!(lang, "list-separator"))
                )
            }
        }
    }

    /// The entry it is about, if any.
    pub(super) fn entry(&self) -> Option<&EntryLine> {
        match self {
            Change::Added { entry }
            | Change::Cancelled { entry }
            | Change::Moved { entry, .. }
            | Change::Retitled { entry, .. }
            | Change::Changed { entry, .. } => Some(entry),
            _ => None,
        }
    }
}

impl History {
    /// The history after version `version` published `new` (`old` being the last edition published before it).
    pub(super) fn after(
        &self,
        old: Option<&Edition>,
        new: &Edition,
        changes: &[Change],
        version: u32,
        now: DateTime<Utc>,
    ) -> History {
        // An entry whose words changed in a language changed for the calendars of that language's readers.
        let translated = changes.iter().flat_map(|c| match c {
            Change::Translated { what, .. } => what.iter().map(|f| f.record).collect(),
            _ => Vec::new(),
        });
        let changed: HashSet<Uuid> = changes.iter().filter_map(|c| c.entry().map(|e| e.id)).chain(translated).collect();
        let was_public: HashSet<Uuid> = old.map(|o| o.entries.iter().map(|e| e.id).collect()).unwrap_or_default();
        let mut entries = self.entries.clone();
        let mut touch = |id: Uuid| {
            let sequence = entries.get(&id).map_or(0, |h| h.sequence + 1);
            entries.insert(id, EntryHistory { version, sequence, modified_at: now });
        };
        for e in &new.entries {
            if !was_public.contains(&e.id) || changed.contains(&e.id) {
                touch(e.id);
            }
        }
        let public: HashSet<Uuid> = new.entries.iter().map(|e| e.id).collect();
        let mut cancelled: Vec<Entry> = self.cancelled.iter().filter(|e| !public.contains(&e.id)).cloned().collect();
        for e in old.map(|o| o.entries.as_slice()).unwrap_or_default() {
            if !public.contains(&e.id) {
                touch(e.id);
                cancelled.push(e.clone());
            }
        }
        History { entries, cancelled }
    }
}
