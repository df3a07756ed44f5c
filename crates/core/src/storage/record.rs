//! How records map to SQLite rows: values to and from SQL, a row as stored (fields, tombstone, clocks), and the
//! statements the engine reads and writes rows with. Which records and tables there are is the model's
//! (`model/tables.rs`).

use rusqlite::Connection;
use rusqlite::types::Value as Sql;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::hlc::Hlc;
use crate::error::{Error, Result};
use crate::model::{Kind, Record, Table};

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

impl StoredRow {
    /// A field's value, as a record's serde form has it (`deleted` too).
    pub fn value(&self, table: &Table, field: &str) -> Value {
        match table.column(field) {
            Some(i) => self.fields[i].clone(),
            None if field == "deleted" => Value::Bool(self.deleted),
            None => Value::Null,
        }
    }
}

pub fn read_row(t: &Table, row: &rusqlite::Row<'_>) -> Result<StoredRow> {
    let n = t.columns.len();
    let fields = read_fields(t, row)?;
    let deleted: bool = row.get(n + 1)?;
    let clocks: String = row.get(n + 2)?;
    let Value::Object(clocks) = serde_json::from_str(&clocks)? else {
        return Err(Error::Corrupt("malformed clocks".into()));
    };
    Ok(StoredRow { fields, deleted, clocks })
}

/// The fields of a row read with `select_sql`, without its stamps: what a record is made of.
pub fn read_fields(t: &Table, row: &rusqlite::Row<'_>) -> Result<Vec<Value>> {
    t.columns.iter().enumerate().map(|(i, (_, kind))| from_sql(row.get::<_, Sql>(i + 1)?, *kind)).collect()
}

pub fn to_record<R: Record>(id: &str, fields: Vec<Value>) -> Result<R> {
    let mut map = Map::with_capacity(fields.len() + 1);
    map.insert("id".into(), Value::String(id.to_string()));
    for ((name, _), value) in R::COLUMNS.iter().zip(fields) {
        map.insert((*name).to_string(), value);
    }
    Ok(serde_json::from_value(Value::Object(map))?)
}

thread_local! {
    /// Statement texts by table and purpose, built once per thread.
    static SQL: std::cell::RefCell<std::collections::HashMap<(&'static str, &'static str), std::rc::Rc<str>>> =
        Default::default();
}

pub(crate) fn cached_sql(
    table: &'static str,
    purpose: &'static str,
    build: impl FnOnce() -> String,
) -> std::rc::Rc<str> {
    SQL.with(|cache| cache.borrow_mut().entry((table, purpose)).or_insert_with(|| build().into()).clone())
}

/// Parameters of `insert_sql` and `update_sql`: id, the columns, deleted, clocks (as JSON).
pub(crate) fn row_values<'v>(
    id: &str,
    columns: &'v [rusqlite::types::Value],
    deleted: bool,
    clocks: String,
) -> impl Iterator<Item = rusqlite::types::ToSqlOutput<'v>> + 'v {
    use rusqlite::types::{ToSqlOutput, Value as Sql};
    std::iter::once(ToSqlOutput::Owned(Sql::Text(id.to_string())))
        .chain(columns.iter().map(|v| ToSqlOutput::Borrowed(v.into())))
        .chain([ToSqlOutput::Owned(Sql::Integer(i64::from(deleted))), ToSqlOutput::Owned(Sql::Text(clocks))])
}

/// The clocks of a new row, `{"*": stamp}`, as JSON: written as text, since a bulk write makes one per row.
pub(crate) fn new_row_clocks(stamp: &str) -> String {
    [r#"{""#, ALL_FIELDS, r#"":""#, stamp, r#""}"#].concat()
}

pub(crate) fn insert_sql(t: &Table) -> std::rc::Rc<str> {
    cached_sql(t.name, "insert", || {
        let n = t.columns.len();
        format!(
            "INSERT INTO {} (id, {}, deleted, clocks) VALUES ({}) ON CONFLICT (id) DO NOTHING",
            t.name,
            t.columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", "),
            (1..=n + 3).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "),
        )
    })
}

pub(crate) fn update_sql(t: &Table) -> std::rc::Rc<str> {
    cached_sql(t.name, "update", || {
        let n = t.columns.len();
        format!(
            "UPDATE {} SET {}, deleted = ?{}, clocks = ?{} WHERE id = ?1",
            t.name,
            t.columns.iter().enumerate().map(|(i, (c, _))| format!("{c} = ?{}", i + 2)).collect::<Vec<_>>().join(", "),
            n + 2,
            n + 3,
        )
    })
}

pub(crate) fn stored(conn: &Connection, t: &Table, id: &str) -> Result<Option<StoredRow>> {
    let sql = cached_sql(t.name, "by_id", || format!("{} WHERE id = ?1", select_sql(t)));
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(row) => Ok(Some(read_row(t, row)?)),
        None => Ok(None),
    }
}

pub(crate) fn not_found(table: &Table, id: &str) -> Error {
    Error::NotFound { kind: table.noun, id: id.to_string() }
}

pub(crate) fn get<R: Record>(conn: &Connection, id: Uuid) -> Result<R> {
    match stored(conn, &Table::of::<R>(), &id.to_string())? {
        Some(row) if !row.deleted => to_record(&id.to_string(), row.fields),
        _ => Err(not_found(&Table::of::<R>(), &id.to_string())),
    }
}

pub(crate) fn list<R: Record>(conn: &Connection, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
    let table = Table::of::<R>();
    let mut stmt = conn.prepare_cached(&format!("{} WHERE deleted = 0 AND {filter}", select_sql(&table)))?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        out.push(to_record(&id, read_row(&table, row)?.fields)?);
    }
    Ok(out)
}

/// The key in a row's `clocks` for the stamp of its creation: each field's clock is its own entry if it changed since,
/// else this one. A new row thus stores one stamp, not one per field.
pub const ALL_FIELDS: &str = "*";

/// The key in an undo step's "after" of a row it made, for the digest of the row's fields as it made them
/// ([`fields_digest`]): no column is named so.
pub const FIELDS_DIGEST: &str = "#fields";

/// A digest of a row's fields, in its table's order of columns: what tells, without a copy of the row, whether it
/// still holds what a write put in it.
pub fn fields_digest<'v>(fields: impl Iterator<Item = &'v Value>) -> String {
    use base64::Engine;
    use sha2::Digest;
    /// The JSON of each value written straight into the hash: no string made per field.
    struct Hashing(sha2::Sha256);
    impl std::io::Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut hash = Hashing(sha2::Sha256::new());
    for field in fields {
        serde_json::to_writer(&mut hash, field).expect("a JSON value is written to a hash");
        hash.0.update([0x1f]);
    }
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(hash.0.finalize())
}

/// The stamp of a field's last change, from a row's clocks.
pub fn field_clock(clocks: &Map<String, Value>, field: &str) -> Result<Hlc> {
    clocks
        .get(field)
        .or_else(|| clocks.get(ALL_FIELDS))
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Error::Corrupt(format!("the workspace has no clock for {field}")))
}
