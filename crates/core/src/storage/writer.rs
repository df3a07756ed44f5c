//! A write in progress ([`Writer`]): puts, deletes, erasures and restores of records, each stamped field by field and
//! logged to the outbox in the transaction that `Store::write` commits.

use std::collections::BTreeSet;

use rusqlite::{Connection, params, params_from_iter};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::hlc::{Clock, Hlc, now_millis};
use super::journal::{Journal, RowChange};
use super::record::{
    cached_sql, field_clock, fields, fields_digest, get, insert_sql, list, new_row_clocks, not_found, row_values,
    stored, to_record, to_sql, update_sql,
};
use crate::error::{Error, Result};
use crate::model::{Record, Table};

/// Told what a write changed, inside its transaction (rows changed twice in the write appear twice, in order).
pub type Follower = fn(&mut Writer<'_>, Vec<RowChange>) -> Result<()>;

/// One write in progress: a transaction, the clock that stamps its fields, and what it changed so far.
pub struct Writer<'a> {
    pub(crate) tx: rusqlite::Transaction<'a>,
    pub(crate) clock: &'a mut Clock,
    /// The last mutation id given out, read from the file when the transaction began.
    pub(super) mutation: i64,
    stamped: bool,
    pub(super) keeps_outbox: bool,
    /// Whether the workspace has meetings not shared with the site (read once a transaction, when first needed).
    pub(super) has_local: Option<bool>,
    changed: BTreeSet<&'static str>,
    /// A row was erased: the WAL is checkpointed after the commit.
    erased: bool,
    /// Whoever follows the store's writes (`Store::followed`), and the write's changes for them.
    follower: Option<(Follower, Journal)>,
    /// Rows created one after another, logged as one entry when the write ends (`Writer::log_created`).
    pub(super) created: Option<Created>,
}

/// Rows a write is creating one after another, not yet written to the outbox (`Writer::log_created`): their table,
/// the first's mutation id, and each row's id and stamp.
pub(super) struct Created {
    pub(super) entity: &'static str,
    pub(super) first: i64,
    pub(super) count: i64,
    /// `[id, stamp]` of each row, as the entry's JSON array holds them (without its brackets).
    pub(super) rows: String,
}

/// What `Writer::finish` hands back to `Store::write` to commit.
type Finished<'a> = (rusqlite::Transaction<'a>, &'a mut Clock, i64, bool, BTreeSet<&'static str>, bool);

impl<'a> Writer<'a> {
    pub(super) fn new(
        tx: rusqlite::Transaction<'a>,
        clock: &'a mut Clock,
        mutation: i64,
        keeps_outbox: bool,
        follower: Option<(Follower, usize)>,
    ) -> Writer<'a> {
        Writer {
            tx,
            clock,
            mutation,
            stamped: false,
            keeps_outbox,
            has_local: None,
            changed: BTreeSet::new(),
            erased: false,
            follower: follower.map(|(follower, most)| (follower, Journal::new(most))),
            created: None,
        }
    }

    /// Tells the follower, if any, what the write changed (if it changed no more rows than the follower takes).
    pub(super) fn hand_journal_over(&mut self) -> Result<()> {
        let Some((follower, journal)) = self.follower.take() else { return Ok(()) };
        match journal.into_changes() {
            Some(changes) => follower(self, changes),
            None => Ok(()),
        }
    }

    pub(super) fn finish(self) -> Finished<'a> {
        (self.tx, self.clock, self.mutation, self.stamped, self.changed, self.erased)
    }
}

impl Writer<'_> {
    pub fn get<R: Record>(&self, id: Uuid) -> Result<R> {
        get(&self.tx, id)
    }

    pub fn list<R: Record>(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
        list(&self.tx, filter, params)
    }

    /// The transaction, for statements of a caller's own (benchmarks, sync).
    pub fn connection(&self) -> &Connection {
        &self.tx
    }

    /// Moves this replica's clock past a stamp seen from elsewhere.
    pub(crate) fn observe(&mut self, seen: Hlc) {
        self.clock.observe(seen, now_millis());
        self.stamped = true;
    }

    /// Marks a table of a feature's own (not synced: `undo_steps`, `publications`) as changed by this write.
    pub(crate) fn touched(&mut self, table: &'static str) {
        self.changed.insert(table);
    }

    pub(crate) fn mark_stamped(&mut self) {
        self.stamped = true;
    }

    pub(super) fn stamp(&mut self) -> Hlc {
        self.stamped = true;
        self.clock.tick(now_millis())
    }

    /// Writes `record` as the current state of its row (new, changed or restored after a delete), and logs the
    /// fields that changed. Returns whether anything changed.
    pub fn put<R: Record>(&mut self, record: &R) -> Result<bool> {
        self.put_fields(&Table::of::<R>(), &record.id().to_string(), fields(record)?)
    }

    /// `put` for a row given by its table and fields (serde names), as undo lays a step back.
    pub(crate) fn put_fields(&mut self, table: &Table, id: &str, mut changes: Map<String, Value>) -> Result<bool> {
        let new: Vec<rusqlite::types::Value> = table
            .columns
            .iter()
            .map(|(name, kind)| to_sql(changes.get(*name).unwrap_or(&Value::Null), *kind))
            .collect();
        // New rows are the common case of a bulk write: try the insert first, read the old row only if there is one.
        let hlc = self.stamp();
        self.changed.insert(table.name);
        let stamp = hlc.to_string();
        let inserted = self.tx.prepare_cached(&insert_sql(table))?.execute(params_from_iter(row_values(
            id,
            &new,
            false,
            new_row_clocks(&stamp),
        )))?;
        if inserted == 1 {
            if table.name == "events" && self.keeps_outbox {
                self.keep_local(id)?;
            }
            // The outbox names the new row rather than copying it (`pending` reads it back): a bulk write would
            // otherwise store every row twice.
            self.log_created(table.name, id, &stamp)?;
            if let Some((_, journal)) = &mut self.follower {
                journal.keep(|| {
                    let made = table.columns.iter().map(|(name, _)| changes.get(*name).unwrap_or(&Value::Null));
                    RowChange::created(table.name, id, fields_digest(made))
                });
            }
            return Ok(true);
        }
        changes.insert("deleted".into(), Value::Bool(false));

        let old = stored(&self.tx, table, id)?.ok_or_else(|| not_found(table, id))?;
        changes.retain(|name, value| match table.column(name) {
            Some(i) => old.fields[i] != *value,
            None => old.deleted, // `deleted`: a put restores a deleted row
        });
        if changes.is_empty() {
            return Ok(false);
        }
        if let Some((_, journal)) = &mut self.follower {
            journal.keep(|| RowChange::updated(table, id, &old, &changes));
        }
        let mut clocks = old.clocks;
        let mut base = Map::new();
        for name in changes.keys() {
            base.insert(name.clone(), Value::String(field_clock(&clocks, name)?.to_string()));
            clocks.insert(name.clone(), Value::String(stamp.clone()));
        }
        let clocks = serde_json::to_string(&clocks)?;
        self.tx.prepare_cached(&update_sql(table))?.execute(params_from_iter(row_values(id, &new, false, clocks)))?;
        self.log(table.name, id, hlc, &Value::Object(changes).to_string(), &Value::Object(base).to_string())?;
        Ok(true)
    }

    /// Marks a row deleted (a tombstone that syncs like any field). Returns whether it was live.
    pub fn delete<R: Record>(&mut self, id: Uuid) -> Result<bool> {
        self.delete_row(&Table::of::<R>(), &id.to_string())
    }

    /// `delete` for a row given by its table, as undo lays a step back.
    pub(crate) fn delete_row(&mut self, table: &Table, id: &str) -> Result<bool> {
        let row = stored(&self.tx, table, id)?.ok_or_else(|| not_found(table, id))?;
        if row.deleted {
            return Ok(false);
        }
        let hlc = self.stamp();
        self.changed.insert(table.name);
        if let Some((_, journal)) = &mut self.follower {
            journal.keep(|| RowChange::deleted(table.name, id));
        }
        let mut clocks = row.clocks;
        let mut base = Map::new();
        base.insert("deleted".into(), Value::String(field_clock(&clocks, "deleted")?.to_string()));
        clocks.insert("deleted".into(), Value::String(hlc.to_string()));
        self.tx
            .prepare_cached(&cached_sql(table.name, "delete", || {
                format!("UPDATE {} SET deleted = 1, clocks = ?2 WHERE id = ?1", table.name)
            }))?
            .execute(params![id, Value::Object(clocks).to_string()])?;
        let mut changes = Map::new();
        changes.insert("deleted".into(), Value::Bool(true));
        self.log(table.name, id, hlc, &Value::Object(changes).to_string(), &Value::Object(base).to_string())?;
        Ok(true)
    }

    /// Erases a row at the request of the person it is about: the row, every kept earlier value of it, and whatever
    /// of it waits to be sent are removed from the file, and only its id stays (in `erased`); the erasure syncs, and
    /// every replica does the same. Unlike `delete`, nothing can bring it back.
    pub fn erase<R: Record>(&mut self, id: Uuid) -> Result<()> {
        let row_id = id.to_string();
        stored(&self.tx, &Table::of::<R>(), &row_id)?.ok_or_else(|| not_found(&Table::of::<R>(), &id.to_string()))?;
        // Logged while the row is there to say which meeting it belongs to (one kept on this laptop logs nothing).
        let hlc = self.stamp();
        self.log_erasure(R::TABLE, &row_id, hlc)?;
        self.remove(R::TABLE, &row_id)
    }

    /// Removes every trace of a row but its id (see `erase`). Changes of it still waiting to be sent keep their place
    /// (ids stay gap-free) but carry only the erasure.
    pub(crate) fn remove(&mut self, entity: &str, row_id: &str) -> Result<()> {
        let table = Table::named(entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {entity:?}")))?;
        self.tx
            .prepare_cached(&cached_sql(table.name, "erase", || format!("DELETE FROM {} WHERE id = ?1", table.name)))?
            .execute([row_id])?;
        self.tx
            .prepare_cached("DELETE FROM superseded WHERE entity = ?1 AND row_id = ?2")?
            .execute([entity, row_id])?;
        self.erase_waiting(entity, row_id)?;
        self.tx
            .prepare_cached("INSERT OR IGNORE INTO erased (entity, row_id) VALUES (?1, ?2)")?
            .execute([entity, row_id])?;
        self.changed.insert(table.name);
        self.erased = true;
        Ok(())
    }

    /// Whether a row was erased: nothing may bring it back.
    pub(crate) fn is_erased(&self, entity: &str, row_id: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM erased WHERE entity = ?1 AND row_id = ?2)")?
            .query_row([entity, row_id], |r| r.get(0))?)
    }

    /// Brings a deleted row back as it was (its tombstone is a field like any other). Returns whether it was deleted.
    pub fn undelete<R: Record>(&mut self, id: Uuid) -> Result<bool> {
        let row = stored(&self.tx, &Table::of::<R>(), &id.to_string())?
            .ok_or_else(|| not_found(&Table::of::<R>(), &id.to_string()))?;
        if !row.deleted {
            return Ok(false);
        }
        self.put(&to_record::<R>(&id.to_string(), row.fields)?)
    }
}
