//! The outbox: every local change waiting for the event site, in the order it was made, with ids that count up from
//! 1 without gaps (the site reads a gap as a lost push). A new row is logged by name and read back when sent.

use rusqlite::params;
use serde_json::{Map, Value};

use super::hlc::Hlc;
use super::record::{ALL_FIELDS, stored};
use super::store::Store;
use super::writer::Writer;
use crate::error::{Error, Result};
use crate::model::Table;

/// The outbox's changes of a new row: every field, read from the row when it is sent (`Store::pending`).
const CREATED: &str = r#"{"*":true}"#;

/// The outbox's changes of an erasure: `{ERASED: true}`.
const ERASURE: &str = r#"{"erased":true}"#;

/// The field of a change that erases its row (`Writer::erase`).
pub const ERASED: &str = "erased";

/// One local write waiting for the event site (an outbox row): the fields it changed, stamped with one clock, and
/// the stamps those fields had before (`base`), which tell the site whether the edit knew the value it replaces.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mutation {
    /// Counts up from 1 on each laptop, without gaps.
    pub id: i64,
    pub entity: String,
    pub row_id: String,
    pub hlc: String,
    pub changes: Map<String, Value>,
    #[serde(default)]
    pub base: Map<String, Value>,
}

impl Store {
    /// Every local change waiting for the event site, oldest first.
    pub fn outbox(&self) -> Result<Vec<Mutation>> {
        self.pending(i64::MAX)
    }

    /// The oldest `limit` local changes waiting for the event site.
    pub fn pending(&self, limit: i64) -> Result<Vec<Mutation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT mutation_id, entity, row_id, hlc, changes, base FROM outbox ORDER BY mutation_id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, entity, row_id, hlc, changes, base) = row?;
            let (mut changes, base): (Map<String, Value>, _) =
                (serde_json::from_str(&changes)?, serde_json::from_str(&base)?);
            if changes.contains_key(ALL_FIELDS) {
                changes = self.created(&entity, &row_id)?;
            }
            out.push(Mutation { id, entity, row_id, hlc, changes, base });
        }
        Ok(out)
    }

    /// The change that made a new row (an outbox entry `{"*": true}`): every field, as the row holds it now. A later
    /// edit of it, waiting behind, carries the same values with its later stamp, so the site ends as it would have.
    fn created(&self, entity: &str, row_id: &str) -> Result<Map<String, Value>> {
        let table = Table::named(entity).ok_or_else(|| Error::Corrupt(format!("an outbox entry for {entity:?}")))?;
        let row = stored(&self.conn, table, row_id)?
            .ok_or_else(|| Error::Corrupt(format!("the new {} {row_id} is missing", table.noun)))?;
        let mut changes: Map<String, Value> =
            table.columns.iter().map(|(c, _)| c.to_string()).zip(row.fields).collect();
        changes.insert("deleted".into(), Value::Bool(false));
        Ok(changes)
    }

    /// How many local changes wait for the event site.
    pub fn pending_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?)
    }
}

impl Writer<'_> {
    /// Logs a new row by name: its fields are read back when it is sent (`Store::pending`), since a bulk write would
    /// otherwise store every row twice.
    pub(super) fn log_created(&mut self, entity: &str, row_id: &str, hlc: Hlc) -> Result<()> {
        self.log(entity, row_id, hlc, CREATED, "{}")
    }

    /// Changes of an erased row still waiting to be sent keep their place (ids stay gap-free) but carry only the
    /// erasure.
    pub(super) fn erase_waiting(&mut self, entity: &str, row_id: &str) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE outbox SET changes = ?3, base = '{}' WHERE entity = ?1 AND row_id = ?2")?
            .execute(params![entity, row_id, ERASURE])?;
        Ok(())
    }

    pub(super) fn log_erasure(&mut self, entity: &str, row_id: &str, hlc: Hlc) -> Result<()> {
        self.log(entity, row_id, hlc, ERASURE, "{}")
    }

    /// Appends a change to the outbox: `changes` and `base` as JSON objects. A change of a meeting kept on this laptop
    /// is not logged: sharing the meeting sends its rows whole.
    pub(super) fn log(&mut self, entity: &str, row_id: &str, hlc: Hlc, changes: &str, base: &str) -> Result<()> {
        if !self.keeps_outbox || self.is_local(entity, row_id)? {
            return Ok(());
        }
        self.mutation += 1;
        self.tx
            .prepare_cached(
                "INSERT INTO outbox (mutation_id, entity, row_id, hlc, changes, base) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![self.mutation, entity, row_id, hlc.to_string(), changes, base])?;
        Ok(())
    }
}
