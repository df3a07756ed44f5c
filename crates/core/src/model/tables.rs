//! The synced tables: each model type as a `Record` (its table, its name for messages, its columns without `id`,
//! `deleted` and `clocks`), and the list of them that the storage engine and sync walk.
//!
//! A record's fields are the top-level keys of its serde form; each field is one column and one clock. Nested values
//! (an entry's `slot`, a registration's `decision`, lists) are one field stored as JSON text, which is what makes a
//! field group change as a whole.

use uuid::Uuid;

use super::{Entry, Event, FocalPoint, Participation, Registration, Speaker, Translation};
use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    Bool,
    Json,
}

/// A synced table by name, for rows that arrive from elsewhere as field maps.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    pub noun: &'static str,
    pub columns: &'static [(&'static str, Kind)],
}

impl Table {
    pub const fn of<R: Record>() -> Table {
        Table { name: R::TABLE, noun: R::NOUN, columns: R::COLUMNS }
    }

    /// The synced table called `name` (as in the change log), if there is one.
    pub fn named(name: &str) -> Option<&'static Table> {
        TABLES.iter().find(|t| t.name == name)
    }

    /// What a row of it is, as the catalogue's selectors key it (`conflict-subject`, `undo-step`): `meeting`, `entry`,
    /// `speaker`, `role`, `registration`, `focal_point`, `translation`.
    pub fn thing(&self) -> &'static str {
        match self.name {
            "events" => "meeting",
            "entries" => "entry",
            "speakers" => "speaker",
            "participations" => "role",
            "registrations" => "registration",
            "focal_points" => "focal_point",
            "translations" => "translation",
            _ => "row",
        }
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|(c, _)| *c == name)
    }
}

/// The tables that sync: each record type and its columns (without `id`, `deleted` and `clocks`).
pub trait Record: Serialize + DeserializeOwned {
    /// The table, which is also the entity's name in the change log.
    const TABLE: &'static str;
    /// What the organiser calls one of these, for messages.
    const NOUN: &'static str;
    const COLUMNS: &'static [(&'static str, Kind)];
    fn id(&self) -> Uuid;
}

pub const TABLES: [Table; 7] = [
    Table::of::<Event>(),
    Table::of::<Entry>(),
    Table::of::<Speaker>(),
    Table::of::<Participation>(),
    Table::of::<Registration>(),
    Table::of::<FocalPoint>(),
    Table::of::<Translation>(),
];

use Kind::*;

impl Record for Event {
    const TABLE: &'static str = "events";
    const NOUN: &'static str = "event";
    const COLUMNS: &'static [(&'static str, Kind)] = &[
        ("title", Text),
        ("short_title", Text),
        ("kind", Text),
        ("format", Text),
        ("zone", Text),
        ("starts_on", Text),
        ("ends_on", Text),
        ("venue", Text),
        ("online_link", Text),
        ("languages", Json),
        ("description", Text),
        ("organiser", Text),
        ("audience", Text),
        ("registration", Json),
        ("eligible_categories", Json),
        ("contacts", Json),
        ("reference", Text),
        ("website", Text),
        ("parent_event_id", Text),
        ("archived", Bool),
    ];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for Entry {
    const TABLE: &'static str = "entries";
    const NOUN: &'static str = "entry";
    const COLUMNS: &'static [(&'static str, Kind)] = &[
        ("event_id", Text),
        ("kind", Text),
        ("block_id", Text),
        ("linked_event_id", Text),
        ("title", Text),
        ("description", Text),
        ("slot", Json),
        ("public", Bool),
    ];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for Speaker {
    const TABLE: &'static str = "speakers";
    const NOUN: &'static str = "speaker";
    const COLUMNS: &'static [(&'static str, Kind)] = &[
        ("event_id", Text),
        ("honorific", Text),
        ("given_name", Text),
        ("family_name", Text),
        ("name_order", Text),
        ("position", Text),
        ("organisation", Text),
        ("country", Text),
        ("bio", Text),
        ("photo", Text),
        ("links", Json),
        ("email", Text),
        ("status", Text),
        ("consent_to_publish", Bool),
        ("private_notes", Text),
    ];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for Participation {
    const TABLE: &'static str = "participations";
    const NOUN: &'static str = "role";
    const COLUMNS: &'static [(&'static str, Kind)] =
        &[("event_id", Text), ("entry_id", Text), ("speaker_id", Text), ("role", Text)];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for FocalPoint {
    const TABLE: &'static str = "focal_points";
    const NOUN: &'static str = "focal point";
    const COLUMNS: &'static [(&'static str, Kind)] =
        &[("event_id", Text), ("country", Text), ("category", Text), ("name", Text), ("email", Text)];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for Registration {
    const TABLE: &'static str = "registrations";
    const NOUN: &'static str = "registration";
    const COLUMNS: &'static [(&'static str, Kind)] = &[
        ("event_id", Text),
        ("given_name", Text),
        ("family_name", Text),
        ("name_order", Text),
        ("email", Text),
        ("organisation", Text),
        ("country", Text),
        ("category", Text),
        ("position", Text),
        ("source", Text),
        ("consent_to_be_listed", Bool),
        ("submitted_at", Text),
        ("decision", Json),
        ("private_notes", Text),
        ("attended", Bool),
        ("time_zone", Text),
        ("mail", Json),
        ("language", Text),
    ];
    fn id(&self) -> Uuid {
        self.id
    }
}

impl Record for Translation {
    const TABLE: &'static str = "translations";
    const NOUN: &'static str = "translation";
    const COLUMNS: &'static [(&'static str, Kind)] =
        &[("event_id", Text), ("record_id", Text), ("field", Text), ("lang", Text), ("text", Text)];
    fn id(&self) -> Uuid {
        self.id
    }
}
