//! Loading many rows at once (a first pull, an import): the synced tables' secondary indexes are set aside while the
//! rows go in and built once at the end. Updating five indexes row by row writes each of their pages again in every
//! transaction of the load; building one is a single sort. What is set aside is written in the file in the
//! transaction that drops it, so a load cut short (a killed process) is built again when the file is next opened.

use rusqlite::OptionalExtension;

use super::store::Store;
use crate::error::Result;

/// The memory an index's build may sort in (KiB), and the page cache grow to meanwhile: the keys of 100,000
/// registrations' largest index take about 8 MB, of 1,000,000 about 80.
const SORT_MEMORY_KIB: i64 = 128 * 1024;

impl Store {
    /// Sets aside the secondary indexes of the synced tables (not their keys or unique indexes, which keep the rows
    /// whole) until `build_indexes_set_aside`. Reads stay right meanwhile, only slower.
    pub fn set_indexes_aside(&mut self) -> Result<()> {
        // Neither waits for the disk: lost in a crash, the indexes are still there, or still set aside and built at
        // the next open.
        self.lightly(Store::set_aside)
    }

    fn set_aside(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        for table in crate::model::TABLES {
            // `origin = 'c'`: made by CREATE INDEX, not by a PRIMARY KEY or UNIQUE constraint.
            let indexes: Vec<(String, String)> = tx
                .prepare(
                    "SELECT l.name, m.sql FROM pragma_index_list(?1) l JOIN sqlite_schema m ON m.name = l.name
                     WHERE l.origin = 'c' AND l.\"unique\" = 0",
                )?
                .query_map([table.name], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (name, sql) in indexes {
                tx.execute("INSERT OR REPLACE INTO indexes_set_aside (name, sql) VALUES (?1, ?2)", [&name, &sql])?;
                tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Builds the indexes `set_indexes_aside` set aside (none: nothing to do).
    pub fn build_indexes_set_aside(&mut self) -> Result<()> {
        let any: Option<i64> =
            self.conn.query_row("SELECT 1 FROM indexes_set_aside LIMIT 1", [], |r| r.get(0)).optional()?;
        if any.is_none() {
            return Ok(());
        }
        self.lightly(Store::build)
    }

    /// `build_indexes_set_aside` on a handle of its own to the file at `path` (opening it builds them), so that the
    /// handle the window reads through is not held meanwhile: a write waits its turn in SQLite, a read does not wait.
    pub fn build_indexes_set_aside_at(path: &std::path::Path) -> Result<()> {
        Store::open(path).map(drop)
    }

    /// Each index in a transaction of its own: an organiser's edit meanwhile waits for one index, not all of them (on
    /// 1,000,000 registrations one takes about a second).
    fn build(&mut self) -> Result<()> {
        let indexes: Vec<(String, String)> = self
            .conn
            .prepare("SELECT name, sql FROM indexes_set_aside ORDER BY name")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        // SQLite sorts each index's keys in memory up to the page cache's size, else in runs on temporary files merged
        // after; and with helper threads when allowed. Both for the build only.
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        let helpers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let built = self
            .conn
            .pragma_update(None, "cache_size", -SORT_MEMORY_KIB)
            .and_then(|()| self.conn.pragma_update(None, "threads", helpers))
            .map_err(crate::error::Error::from)
            .and_then(|()| {
                indexes.into_iter().try_for_each(|(name, sql)| {
                    let tx = self.conn.transaction()?;
                    tx.execute_batch(&sql.replacen("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))?;
                    tx.execute("DELETE FROM indexes_set_aside WHERE name = ?1", [&name])?;
                    Ok(tx.commit()?)
                })
            });
        // Put back whatever happened; the build's own error is the one said.
        let restored = self
            .conn
            .pragma_update(None, "threads", 0)
            .and_then(|()| self.conn.pragma_update(None, "cache_size", cache));
        built?;
        Ok(restored?)
    }
}
