//! How model types map to SQLite rows and to the change log.
//!
//! A record's fields are the top-level keys of its serde form; each field is one column and one clock. Nested values
//! (an entry's `slot`, a registration's `decision`, lists) are one field stored as JSON text, which is what makes a
//! field group change as a whole.

use rusqlite::types::Value as Sql;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::{Entry, Event, FocalPoint, Participation, Registration, Speaker};

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

    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|(c, _)| *c == name)
    }
}

pub const TABLES: [Table; 6] = [
    Table::of::<Event>(),
    Table::of::<Entry>(),
    Table::of::<Speaker>(),
    Table::of::<Participation>(),
    Table::of::<Registration>(),
    Table::of::<FocalPoint>(),
];

/// The tables that sync: each record type and its columns (without `id`, `deleted` and `clocks`).
pub trait Record: Serialize + DeserializeOwned {
    /// The table, which is also the entity's name in the change log.
    const TABLE: &'static str;
    /// What the organiser calls one of these, for messages.
    const NOUN: &'static str;
    const COLUMNS: &'static [(&'static str, Kind)];
    fn id(&self) -> Uuid;
}

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
    ];
    fn id(&self) -> Uuid {
        self.id
    }
}

/// The record's fields by name, without its id.
pub fn fields<R: Record>(record: &R) -> Result<Map<String, Value>> {
    let Value::Object(mut map) = serde_json::to_value(record)? else { unreachable!("records serialize to objects") };
    map.remove("id");
    Ok(map)
}

pub fn to_sql(value: &Value, kind: Kind) -> Sql {
    match (value, kind) {
        (Value::Null, _) => Sql::Null,
        (Value::Bool(b), _) => Sql::Integer(i64::from(*b)),
        (Value::Number(n), _) => n.as_i64().map(Sql::Integer).unwrap_or_else(|| Sql::Real(n.as_f64().unwrap_or(0.0))),
        (Value::String(s), Kind::Text) => Sql::Text(s.clone()),
        (v, _) => Sql::Text(v.to_string()),
    }
}

pub fn from_sql(value: Sql, kind: Kind) -> Result<Value> {
    Ok(match (value, kind) {
        (Sql::Null, _) => Value::Null,
        (Sql::Integer(i), Kind::Bool) => Value::Bool(i != 0),
        (Sql::Integer(i), _) => Value::from(i),
        (Sql::Real(f), _) => Value::from(f),
        (Sql::Text(s), Kind::Json) => serde_json::from_str(&s)?,
        (Sql::Text(s), _) => Value::String(s),
        (Sql::Blob(_), _) => return Err(Error::Corrupt("unexpected binary value".into())),
    })
}

/// `SELECT id, <columns>, deleted, clocks FROM <table>`, the shape `read_row` reads.
pub fn select_sql(t: &Table) -> String {
    let cols: Vec<&str> = t.columns.iter().map(|(c, _)| *c).collect();
    format!("SELECT id, {}, deleted, clocks FROM {}", cols.join(", "), t.name)
}

/// A row as read by `select_sql`: the record's fields, whether it is deleted, and its clocks.
pub struct StoredRow {
    pub fields: Vec<Value>,
    pub deleted: bool,
    pub clocks: Map<String, Value>,
}

pub fn read_row(t: &Table, row: &rusqlite::Row<'_>) -> Result<StoredRow> {
    let n = t.columns.len();
    let mut fields = Vec::with_capacity(n);
    for (i, (_, kind)) in t.columns.iter().enumerate() {
        fields.push(from_sql(row.get::<_, Sql>(i + 1)?, *kind)?);
    }
    let deleted: bool = row.get(n + 1)?;
    let clocks: String = row.get(n + 2)?;
    let Value::Object(clocks) = serde_json::from_str(&clocks)? else {
        return Err(Error::Corrupt("malformed clocks".into()));
    };
    Ok(StoredRow { fields, deleted, clocks })
}

pub fn to_record<R: Record>(id: &str, fields: Vec<Value>) -> Result<R> {
    let mut map = Map::with_capacity(fields.len() + 1);
    map.insert("id".into(), Value::String(id.to_string()));
    for ((name, _), value) in R::COLUMNS.iter().zip(fields) {
        map.insert((*name).to_string(), value);
    }
    Ok(serde_json::from_value(Value::Object(map))?)
}
