//! What both sides of sync share: the rows and pages they exchange, the meetings a token may touch, and the merge
//! itself: rows as sent checked and read, values that lost to a later edit kept as conflicts, and put back on request.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::i18n::Lang;
use crate::model::{Entry, Event, FocalPoint, Participation, Registration, Speaker, Translation};
use crate::model::{Record, Table};
use crate::storage::record::{fields, stored, to_record};
use crate::storage::{Hlc, Store, Writer, field_clock};
use crate::t;

/// Rows of one table as the site sends them, as stored: each row is its id, the table's `columns` in order, `deleted`
/// and `clocks` (JSON fields as their text). Laptops store them as they come, with no parsing on the common path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRows {
    pub entity: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Some of the rows of a `TableRows`, as a laptop applies them (a page is applied in parts; see `Adopted`).
#[derive(Debug, Clone, Copy)]
pub struct RowsPart<'a> {
    pub entity: &'a str,
    pub columns: &'a [String],
    pub rows: &'a [Vec<Value>],
}

impl TableRows {
    /// The rows in parts of at most `n`.
    pub fn parts(&self, n: usize) -> impl Iterator<Item = RowsPart<'_>> {
        self.rows.chunks(n.max(1)).map(|rows| RowsPart { entity: &self.entity, columns: &self.columns, rows })
    }
}

/// A row of a page, read for a merge.
pub(super) struct RowState {
    pub(super) fields: Vec<Value>,
    pub(super) deleted: bool,
    pub(super) clocks: Map<String, Value>,
}

/// A value that lost to another edit of the same field, kept so that nothing an organiser typed is ever lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Superseded {
    pub id: Uuid,
    pub entity: String,
    pub row_id: String,
    pub field: String,
    pub value: Value,
    pub hlc: String,
    pub author: String,
    pub winner_value: Value,
    pub winner_hlc: String,
    pub winner_author: String,
    /// The winning edit was made without knowing this value: a conflict to show, not a knowing overwrite.
    pub concurrent: bool,
    pub recorded_at: DateTime<Utc>,
}

/// A conflict as the organiser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Conflict {
    #[serde(flatten)]
    pub superseded: Superseded,
    /// What the row is: "entry “Opening”", "speaker Ms Ana Silva".
    pub subject: Subject,
    pub lost_at: DateTime<Utc>,
    pub won_at: DateTime<Utc>,
    /// The winning value still stands (no one has edited the field since).
    pub open: bool,
}

/// What a conflict's row is, as the catalogue's `conflict-subject` says it: its kind (`meeting`, `entry`, `speaker`,
/// `registration`, `focal_point`, or another table's noun) and its title or name (empty for a row since erased).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Subject {
    pub thing: String,
    pub name: String,
}

impl Subject {
    /// "entry “Opening”", in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        t!(lang, "conflict-subject", thing = self.thing.as_str(), name = self.name.as_str())
    }
}

/// The meetings an organiser's token may change and read on the site: every one, or these (a meeting's side events
/// go with it). A change to a row of another meeting is refused; a pull leaves such rows out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meetings {
    #[default]
    All,
    Only(Vec<Uuid>),
}

impl Meetings {
    /// Whether these meetings take in `meeting` (a meeting's id, not a side event's).
    pub fn allows(&self, meeting: Uuid) -> bool {
        match self {
            Meetings::All => true,
            Meetings::Only(ids) => ids.contains(&meeting),
        }
    }

    /// An SQL condition that keeps the rows `t` of `table` in these meetings (ids are UUIDs: no quoting can break).
    pub(super) fn sql(&self, table: &Table) -> String {
        let Meetings::Only(ids) = self else { return "1".into() };
        let list = ids.iter().map(|id| format!("'{id}'")).collect::<Vec<_>>().join(", ");
        if table.name == Event::TABLE {
            format!("(t.id IN ({list}) OR t.parent_event_id IN ({list}))")
        } else {
            format!("t.event_id IN (SELECT id FROM events WHERE id IN ({list}) OR parent_event_id IN ({list}))")
        }
    }
}

impl std::fmt::Display for Meetings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Meetings::All => f.write_str("every meeting"),
            Meetings::Only(ids) => {
                let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
                write!(f, "{} {}", if ids.len() == 1 { "meeting" } else { "meetings" }, ids.join(", "))
            }
        }
    }
}

/// A row erased at its person's request (`Writer::erase`): all that is left of it anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasedRow {
    pub entity: String,
    pub row_id: String,
}

/// One page of the site's change feed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangePage {
    pub tables: Vec<TableRows>,
    pub conflicts: Vec<Superseded>,
    /// Rows erased since the cursor: every replica removes them.
    pub erased: Vec<ErasedRow>,
    /// The sequence number of the last change in the page (the cursor to continue from).
    pub last: i64,
    pub has_more: bool,
    /// The site's clock: later than every stamp in the page, so a laptop that observes it stamps its next edits
    /// after everything it has seen.
    pub clock: String,
}

/// Part of a page of the site's feed, as a laptop applies it (`Store::adopt_page`).
#[derive(Clone, Copy, Default)]
pub struct Adopted<'a> {
    pub tables: &'a [RowsPart<'a>],
    pub conflicts: &'a [Superseded],
    pub erased: &'a [ErasedRow],
}

/// What a workspace sends again to a restored site, in parts (see `Store::take_resent`).
pub struct Resent<'a> {
    /// Sent first: rows that no replica may bring back.
    pub erased: &'a [ErasedRow],
    pub tables: &'a [TableRows],
    pub conflicts: &'a [Superseded],
    /// On the last part: the last of the workspace's changes the site had acknowledged.
    pub acknowledged: Option<i64>,
}

/// A pushed change the site did not apply, because a field it changes breaks the rules the app enforces (an unknown
/// time zone, an end before the start): the app would never have saved it. The laptop drops it and takes the site's
/// value back, so that it is never stuck with a change the site refuses on every sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub mutation_id: i64,
    pub entity: String,
    pub row_id: String,
    pub fields: Vec<FieldError>,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let noun = Table::named(&self.entity).map_or(self.entity.as_str(), |t| t.noun);
        let fields: Vec<String> =
            self.fields.iter().map(|e| format!("{}: {}", e.field, e.message.say(Lang::En))).collect();
        write!(f, "change {} to {noun} {} refused: {}", self.mutation_id, self.row_id, fields.join("; "))
    }
}

impl Store {
    /// The rows erased on this replica (ids only).
    pub fn erased(&self) -> Result<Vec<ErasedRow>> {
        self.conn
            .prepare_cached("SELECT entity, row_id FROM erased ORDER BY entity, row_id")?
            .query_map([], |r| Ok(ErasedRow { entity: r.get(0)?, row_id: r.get(1)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(Into::into)
    }

    /// Every value that lost to another edit, for tests and audits.
    pub fn superseded(&self) -> Result<Vec<Superseded>> {
        superseded(&self.conn, "true", [])
    }

    /// The conflicts (values that lost to a concurrent edit), newest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut out = Vec::new();
        for s in superseded(&self.conn, "concurrent ORDER BY recorded_at DESC", [])? {
            let table = Table::named(&s.entity).ok_or_else(|| Error::Corrupt(format!("unknown table {}", s.entity)))?;
            let row = stored(&self.conn, table, &s.row_id)?;
            let open = match &row {
                Some(row) => field_clock(&row.clocks, &s.field)?.to_string() == s.winner_hlc,
                None => false,
            };
            let subject = match row {
                Some(row) => subject(table, &s.row_id, row.fields)?,
                None => Subject { thing: table.thing().to_string(), name: String::new() },
            };
            out.push(Conflict {
                lost_at: stamp_time(&s.hlc)?,
                won_at: stamp_time(&s.winner_hlc)?,
                subject,
                open,
                superseded: s,
            });
        }
        Ok(out)
    }

    /// Puts a losing value back, as a new edit of the organiser's (which syncs like any other).
    pub fn restore(&mut self, superseded_id: Uuid) -> Result<()> {
        let s = superseded(&self.conn, "id = ?1", [superseded_id.to_string()])?
            .pop()
            .ok_or_else(|| Error::NotFound { kind: "conflict", id: superseded_id.to_string() })?;
        let id = Uuid::parse_str(&s.row_id).map_err(|_| Error::Corrupt(format!("malformed row id {}", s.row_id)))?;
        self.write(|w| match s.entity.as_str() {
            Event::TABLE => w.restore_field::<Event>(id, &s.field, &s.value),
            Entry::TABLE => w.restore_field::<Entry>(id, &s.field, &s.value),
            Speaker::TABLE => w.restore_field::<Speaker>(id, &s.field, &s.value),
            Participation::TABLE => w.restore_field::<Participation>(id, &s.field, &s.value),
            Registration::TABLE => w.restore_field::<Registration>(id, &s.field, &s.value),
            FocalPoint::TABLE => w.restore_field::<FocalPoint>(id, &s.field, &s.value),
            Translation::TABLE => w.restore_field::<Translation>(id, &s.field, &s.value),
            other => Err(Error::Corrupt(format!("unknown table {other}"))),
        })
    }
}

impl Writer<'_> {
    fn restore_field<R: Record>(&mut self, id: Uuid, field: &str, value: &Value) -> Result<()> {
        let table = Table::of::<R>();
        let row = stored(&self.tx, &table, &id.to_string())?
            .ok_or_else(|| Error::NotFound { kind: R::NOUN, id: id.to_string() })?;
        if field == "deleted" && value.as_bool() == Some(true) {
            return self.delete::<R>(id).map(drop);
        }
        let mut record = fields(&to_record::<R>(&id.to_string(), row.fields)?)?;
        if field != "deleted" {
            record.insert(field.to_string(), value.clone());
        }
        record.insert("id".into(), Value::String(id.to_string()));
        let record: R = serde_json::from_value(Value::Object(record))?;
        self.put(&record).map(drop)
    }
}

/// The table a page of rows is for, if its columns are this app's.
pub(super) fn checked_table(entity: &str, columns: &[String]) -> Result<&'static Table> {
    let table = Table::named(entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {entity:?}")))?;
    if !columns.iter().map(String::as_str).eq(table.columns.iter().map(|(c, _)| *c)) {
        return Err(Error::Rejected(format!("the {} sent have other fields: update the app or the site", table.noun)));
    }
    Ok(table)
}

/// A row as sent (id, fields, deleted, clocks), read.
pub(super) fn read_sent_row<'r>(table: &Table, row: &'r [Value]) -> Result<(&'r str, RowState)> {
    let width = table.columns.len() + 3;
    if row.len() != width {
        return Err(Error::Rejected(format!("a {} with {} values instead of {width}", table.noun, row.len())));
    }
    let id = row[0].as_str().ok_or_else(|| Error::Rejected("a row without its id".into()))?;
    let fields = table
        .columns
        .iter()
        .zip(&row[1..])
        .map(|((_, kind), v)| crate::storage::record::from_sql(as_sql(v), *kind))
        .collect::<Result<Vec<_>>>()?;
    let clocks = match row[width - 1].as_str().map(serde_json::from_str) {
        Some(Ok(Value::Object(clocks))) => clocks,
        _ => return Err(Error::Rejected(format!("a {} without its clocks", table.noun))),
    };
    let deleted = row[width - 2].as_i64() == Some(1);
    Ok((id, RowState { fields, deleted, clocks }))
}

/// A stored value as it travels: SQLite's types map one to one onto JSON's.
pub(super) fn as_json(v: rusqlite::types::Value) -> Value {
    use rusqlite::types::Value as Sql;
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => Value::from(i),
        Sql::Real(f) => Value::from(f),
        Sql::Text(s) => Value::String(s),
        Sql::Blob(b) => Value::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// A value as it travels, as an SQL parameter, borrowed: a pull inserts rows without copying their text.
pub(super) fn borrowed_sql(v: &Value) -> rusqlite::types::ToSqlOutput<'_> {
    use rusqlite::types::{ToSqlOutput, ValueRef};
    match v {
        Value::String(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        other => ToSqlOutput::Owned(as_sql(other)),
    }
}

fn as_sql(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => n.as_i64().map(Sql::Integer).unwrap_or_else(|| Sql::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

/// One side of a lost race: a value, its stamp and who wrote it.
pub(super) struct Loss<'a> {
    pub(super) value: Value,
    pub(super) hlc: Hlc,
    pub(super) author: &'a str,
}

/// Whether `values` make a valid record of the table (a pushed row cannot store what the site cannot show).
pub(super) fn check_row(table: &Table, id: &str, values: &[Value]) -> Result<()> {
    let values = values.to_vec();
    match table.name {
        Event::TABLE => to_record::<Event>(id, values).map(drop),
        Entry::TABLE => to_record::<Entry>(id, values).map(drop),
        Speaker::TABLE => to_record::<Speaker>(id, values).map(drop),
        Participation::TABLE => to_record::<Participation>(id, values).map(drop),
        Registration::TABLE => to_record::<Registration>(id, values).map(drop),
        FocalPoint::TABLE => to_record::<FocalPoint>(id, values).map(drop),
        Translation::TABLE => to_record::<Translation>(id, values).map(drop),
        other => Err(Error::Corrupt(format!("unknown table {other}"))),
    }
}

/// What a row is, for the conflicts list.
fn subject(table: &Table, id: &str, values: Vec<Value>) -> Result<Subject> {
    let name = match table.name {
        Event::TABLE => to_record::<Event>(id, values)?.title,
        Entry::TABLE => to_record::<Entry>(id, values)?.title,
        Speaker::TABLE => to_record::<Speaker>(id, values)?.display_name(),
        Registration::TABLE => to_record::<Registration>(id, values)?.full_name(),
        FocalPoint::TABLE => to_record::<FocalPoint>(id, values)?.name,
        Translation::TABLE => to_record::<Translation>(id, values)?.text,
        _ => String::new(),
    };
    Ok(Subject { thing: table.thing().to_string(), name })
}

fn stamp_time(hlc: &str) -> Result<DateTime<Utc>> {
    let hlc: Hlc = hlc.parse().map_err(|e: crate::storage::MalformedHlc| Error::Corrupt(e.to_string()))?;
    DateTime::from_timestamp_millis(hlc.millis as i64).ok_or_else(|| Error::Corrupt("a stamp out of range".into()))
}

/// Keeps a value that lost; returns whether it is new here (a conflict comes again after a pull from the start). One
/// of an erased row is not kept, whoever sends it (a laptop's resend to a restored site, a page of the feed):
/// nothing of an erased row may stay.
pub(super) fn keep_superseded(conn: &rusqlite::Connection, s: &Superseded) -> Result<bool> {
    let kept = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO superseded (id, entity, row_id, field, value, hlc, author, winner_value, winner_hlc,
            winner_author, concurrent, recorded_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12
            WHERE NOT EXISTS (SELECT 1 FROM erased WHERE entity = ?2 AND row_id = ?3)",
        )?
        .execute(params![
            s.id.to_string(),
            s.entity,
            s.row_id,
            s.field,
            s.value.to_string(),
            s.hlc,
            s.author,
            s.winner_value.to_string(),
            s.winner_hlc,
            s.winner_author,
            s.concurrent,
            s.recorded_at.to_rfc3339(),
        ])?;
    Ok(kept == 1)
}

pub(super) fn superseded(
    conn: &rusqlite::Connection,
    filter: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<Superseded>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, entity, row_id, field, value, hlc, author, winner_value, winner_hlc, winner_author, concurrent,
            recorded_at FROM superseded WHERE {filter}"
    ))?;
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, String>(0)?,
            [r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?],
            [r.get::<_, String>(7)?, r.get(8)?, r.get(9)?],
            r.get::<_, bool>(10)?,
            r.get::<_, String>(11)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (
            id,
            [entity, row_id, field, value, hlc, author],
            [winner_value, winner_hlc, winner_author],
            concurrent,
            at,
        ) = row?;
        out.push(Superseded {
            id: Uuid::parse_str(&id).map_err(|_| Error::Corrupt("malformed conflict id".into()))?,
            entity,
            row_id,
            field,
            value: serde_json::from_str(&value)?,
            hlc,
            author,
            winner_value: serde_json::from_str(&winner_value)?,
            winner_hlc,
            winner_author,
            concurrent,
            recorded_at: DateTime::parse_from_rfc3339(&at)
                .map_err(|_| Error::Corrupt("malformed time".into()))?
                .with_timezone(&Utc),
        });
    }
    Ok(out)
}
