//! A laptop's side of sync: the site and cursor it follows, its outbox acknowledged, and the site's rows adopted as
//! they come, except fields with a newer local change still waiting to be pushed.

use std::collections::{BTreeSet, HashSet};

use rusqlite::{OptionalExtension, params, params_from_iter};
use serde_json::{Map, Value};

use super::merge::{
    Adopted, RowState, RowsPart, Superseded, TableRows, as_json, borrowed_sql, checked_table, keep_superseded,
    read_sent_row, superseded,
};
use crate::error::{Error, Result};
use crate::model::Table;
use crate::storage::record::{insert_sql, row_values, stored, to_sql, update_sql};
use crate::storage::{ALL_FIELDS, Hlc, Store, Writer, field_clock};

/// The fields of each row (by table and id) that changes still in the outbox set.
type Waiting = std::collections::HashMap<(String, String), HashSet<String>>;

impl Store {
    /// Up to `limit` of the conflicts this workspace holds, after id `after` (for a restored site).
    pub fn conflicts_after(&self, after: &str, limit: usize) -> Result<Vec<Superseded>> {
        superseded(&self.conn, "id > ?1 ORDER BY id LIMIT ?2", params![after, limit as i64])
    }

    /// Up to `limit` rows of `table` after id `after`, as the site's feed sends rows: what the workspace sends
    /// again to a restored site.
    pub fn rows_after(&self, table: &Table, after: &str, limit: usize) -> Result<TableRows> {
        let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
        let sql = crate::storage::record::cached_sql(table.name, "rows_after", || {
            format!(
                "SELECT id, {}, deleted, clocks FROM {} WHERE id > ?1 ORDER BY id LIMIT ?2",
                columns.join(", "),
                table.name
            )
        });
        let width = columns.len() + 3;
        let rows = self
            .conn
            .prepare_cached(&sql)?
            .query_map(params![after, limit as i64], |r| {
                (0..width).map(|i| r.get::<_, rusqlite::types::Value>(i).map(as_json)).collect()
            })?
            .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
        Ok(TableRows { entity: table.name.to_string(), columns: columns.into_iter().map(String::from).collect(), rows })
    }

    /// The address of the event site this workspace syncs with.
    pub fn site_url(&self) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = 'site_url'", [], |r| r.get(0)).optional()?)
    }

    /// Sets the event site. Another site means another feed: the cursor starts again.
    pub fn set_site_url(&mut self, url: &str) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let old: Option<String> =
            tx.query_row("SELECT value FROM meta WHERE key = 'site_url'", [], |r| r.get(0)).optional()?;
        if old.as_deref() != Some(url) {
            tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('site_url', ?1)", [url])?;
            tx.execute("DELETE FROM meta WHERE key = 'cursor'", [])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The cursor in the site's change feed.
    pub fn sync_cursor(&self) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = 'cursor'", [], |r| r.get(0)).optional()?)
    }

    /// Forgets the cursor, so that the next pull reloads everything.
    pub fn reset_cursor(&mut self) -> Result<()> {
        self.conn.execute("DELETE FROM meta WHERE key = 'cursor'", [])?;
        Ok(())
    }

    /// Applies rows of the site's feed and, with `cursor`, moves the cursor, in one transaction (without
    /// one, the cursor stays: part of a page); `durable` for the last part of a pull, which waits for the disk. An
    /// empty page with an unchanged cursor writes nothing (a sync with nothing to do costs no disk write).
    /// Returns how many of the page's conflicts are new to this workspace: a pull from the start (another site's
    /// address, a forgotten cursor) brings again those it has.
    pub fn adopt_page(&mut self, page: Adopted<'_>, cursor: Option<&str>, clock: &str, durable: bool) -> Result<usize> {
        let Adopted { tables, conflicts, erased } = page;
        let unchanged =
            tables.is_empty() && conflicts.is_empty() && erased.is_empty() && self.sync_cursor()?.as_deref() == cursor;
        if unchanged {
            return Ok(0);
        }
        let clock: Hlc = clock.parse().map_err(|e: crate::storage::MalformedHlc| Error::Rejected(e.to_string()))?;
        // Only the end of a pull (`durable`) waits for the disk: its sync of the WAL takes every earlier part with it.
        // Any part before, lost in a crash, comes again from the cursor that was kept (an organiser's edit between
        // two parts is `FULL` as ever, and makes everything before it durable too).
        let adopt = |store: &mut Store| {
            store.write(|w| {
                w.observe(clock);
                let waiting = w.waiting()?;
                for rows in tables {
                    w.adopt(*rows, waiting.as_ref())?;
                }
                let mut new_conflicts = 0;
                for c in conflicts {
                    new_conflicts += usize::from(keep_superseded(&w.tx, c)?);
                }
                for e in erased {
                    w.remove(&e.entity, &e.row_id)?;
                }
                if let Some(cursor) = cursor {
                    w.tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('cursor', ?1)")?
                        .execute([cursor])?;
                }
                Ok(new_conflicts)
            })
        };
        if durable { adopt(self) } else { self.lightly(adopt) }
    }
}

impl Writer<'_> {
    /// Takes the site's rows, except fields with a newer change of ours still waiting to be pushed. A row
    /// new to this laptop is inserted as it came; only a row it has already is read and merged.
    pub(super) fn adopt(&mut self, page: RowsPart<'_>, waiting: Option<&Waiting>) -> Result<()> {
        let table = checked_table(page.entity, page.columns)?;
        self.touched(table.name);
        let width = table.columns.len() + 3;
        // A row this laptop erased may come back from a site put back from an older copy: it stays erased (and the
        // laptop's resend erases it on the site). One look per page: most workspaces have erased nothing.
        let any_erased: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM erased WHERE entity = ?1)")?
            .query_row([table.name], |r| r.get(0))?;
        let mut insert = self.tx.prepare_cached(&insert_sql(table))?;
        let mut merge = Vec::new();
        for row in page.rows {
            if row.len() != width {
                return Err(Error::Rejected(format!("a {} with {} values instead of {width}", table.noun, row.len())));
            }
            if any_erased && self.is_erased(table.name, row[0].as_str().unwrap_or_default())? {
                continue;
            }
            if insert.execute(params_from_iter(row.iter().map(borrowed_sql)))? == 0 {
                merge.push(row);
            }
        }
        drop(insert);
        self.join_events_of(table, page.rows)?;
        for row in merge {
            let (id, state) = read_sent_row(table, row)?;
            self.merge_row(table, id, state, waiting)?;
        }
        Ok(())
    }

    /// Events that rows came from the site for are shared: their meetings, kept on this laptop until now (the demo,
    /// whose ids are fixed), take the site's rows and their changes go to the site from now on.
    fn join_events_of(&mut self, table: &Table, rows: &[Vec<Value>]) -> Result<()> {
        let local: bool =
            self.tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM local_events)")?.query_row([], |r| r.get(0))?;
        let column = if table.name == "events" { Some(0) } else { table.column("event_id").map(|i| i + 1) };
        let Some(column) = column.filter(|_| local) else { return Ok(()) };
        let events: BTreeSet<&str> = rows.iter().filter_map(|r| r.get(column)?.as_str()).collect();
        for event in events {
            self.joined(event)?;
        }
        Ok(())
    }

    fn merge_row(&mut self, table: &Table, id: &str, row: RowState, waiting: Option<&Waiting>) -> Result<()> {
        let local = stored(&self.tx, table, id)?.ok_or_else(|| Error::Corrupt("a row vanished".into()))?;
        let RowState { fields: mut values, mut deleted, mut clocks } = row;
        let key = (table.name.to_string(), id.to_string());
        if let Some(names) = waiting.and_then(|w| w.get(&key)) {
            for name in names.iter().cloned() {
                let mine = field_clock(&local.clocks, &name)?;
                if mine > field_clock(&clocks, &name)? {
                    match table.column(&name) {
                        Some(i) => values[i] = local.fields[i].clone(),
                        None => deleted = local.deleted,
                    }
                    clocks.insert(name, Value::String(mine.to_string()));
                }
            }
        }
        if values != local.fields || deleted != local.deleted || clocks != local.clocks {
            self.write_row(&update_sql(table), table, id, &values, deleted, &clocks)?;
        }
        Ok(())
    }

    /// Runs `sql` (an `insert_sql` or `update_sql`) for a row given as field values.
    pub(super) fn write_row(
        &self,
        sql: &str,
        table: &Table,
        id: &str,
        values: &[Value],
        deleted: bool,
        clocks: &Map<String, Value>,
    ) -> Result<()> {
        let values: Vec<_> = table.columns.iter().zip(values).map(|((_, kind), v)| to_sql(v, *kind)).collect();
        self.tx.prepare_cached(sql)?.execute(params_from_iter(row_values(
            id,
            &values,
            deleted,
            serde_json::to_string(clocks)?,
        )))?;
        Ok(())
    }

    /// The fields changed by mutations still in the outbox, by row; None when nothing waits (the common case). Read
    /// once per page rather than looked up per row: the outbox has no index by row, which would slow every write.
    pub(super) fn waiting(&mut self) -> Result<Option<Waiting>> {
        let mut waiting = Waiting::new();
        for (entity, row_id, changes) in self.waiting_changes()? {
            let names = waiting.entry((entity.clone(), row_id)).or_default();
            if changes.contains_key(ALL_FIELDS) {
                // A row made here: every field waits.
                let table = Table::named(&entity).ok_or_else(|| Error::Corrupt(format!("unknown table {entity}")))?;
                names.extend(table.columns.iter().map(|(c, _)| c.to_string()).chain(["deleted".to_string()]));
            } else {
                names.extend(changes.into_iter().map(|(k, _)| k));
            }
        }
        Ok((!waiting.is_empty()).then_some(waiting))
    }
}
