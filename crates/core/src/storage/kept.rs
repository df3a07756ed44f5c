//! What features keep in memory beside the file (the registrations' search index, the registrants' zones), each made
//! again once the table it was made from may have changed: by this store's own writes, or by another program's
//! commit to the same file (SQLite's `data_version`). Kept by type: the engine knows none of them. A small value
//! worth having at once after a start is kept in the file too (`kept_in_file`), with the count of commits to its table
//! (`table_writes`) it was made at.

use std::any::TypeId;

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::store::Store;
use crate::error::Result;

/// A kept value, with what it was made of and when: its key (a meeting's id, say), SQLite's `data_version` and this
/// store's count of writes to its table.
struct Entry<K, T> {
    key: K,
    version: (i64, u64),
    value: T,
}

impl Store {
    /// Runs `read` on the `T` kept for `key`, made by `make` if none is kept or the one kept was made for another key
    /// or before `table` last changed.
    pub(crate) fn with_kept<K, T, R>(
        &self,
        table: &'static str,
        key: K,
        make: impl FnOnce(&Connection) -> Result<T>,
        read: impl FnOnce(&mut T) -> Result<R>,
    ) -> Result<R>
    where
        K: PartialEq + Send + 'static,
        T: Send + 'static,
    {
        let data_version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let version = (data_version, self.writes.get(table).copied().unwrap_or(0));
        let mut kept = self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let id = TypeId::of::<T>();
        let fresh = kept
            .get(&id)
            .and_then(|b| b.downcast_ref::<Entry<K, T>>())
            .is_some_and(|e| e.key == key && e.version == version);
        if !fresh {
            kept.insert(id, Box::new(Entry { value: make(&self.conn)?, key, version }));
        }
        let entry = kept.get_mut(&id).and_then(|b| b.downcast_mut::<Entry<K, T>>()).expect("kept just above");
        read(&mut entry.value)
    }

    /// The value kept in the file for `kind` and `key`, made by `make` when there is none or `table` was written since
    /// it was. Keeping it is best left undone when the file cannot be written now (another program's write, a
    /// read-only handle): it is made again next time.
    pub(crate) fn kept_in_file<T: Serialize + DeserializeOwned>(
        &self,
        table: &str,
        kind: &str,
        key: &str,
        make: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let writes: i64 = self
            .conn
            .prepare_cached("SELECT coalesce((SELECT writes FROM table_writes WHERE name = ?1), 0)")?
            .query_row([table], |r| r.get(0))?;
        let kept: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM kept WHERE kind = ?1 AND key = ?2 AND writes = ?3")?
            .query_row(rusqlite::params![kind, key, writes], |r| r.get(0))
            .optional()?;
        if let Some(value) = kept.and_then(|v| serde_json::from_str(&v).ok()) {
            return Ok(value);
        }
        let value = make(&self.conn)?;
        let _ = self
            .conn
            .prepare_cached("INSERT OR REPLACE INTO kept (kind, key, writes, value) VALUES (?1, ?2, ?3, ?4)")
            .and_then(|mut s| {
                s.execute(rusqlite::params![kind, key, writes, serde_json::to_string(&value).unwrap_or_default()])
            });
        Ok(value)
    }
}
