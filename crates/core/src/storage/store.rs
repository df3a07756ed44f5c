//! An open workspace file ([`Store`]): opening it (schema, pragmas, this replica's node), writes in one transaction
//! each (`Store::write`), reads of records, and what changed since the views last looked.

use std::any::{Any, TypeId};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;

use super::hlc::{Clock, Hlc, now_millis};
use super::migrations::{MIGRATIONS, SCHEMA_VERSION};
use super::record::{field_clock, get, list, not_found, stored};
use super::writer::{Follower, Writer};
use crate::error::{Error, Result};
use crate::model::{Record, Table};

/// An open workspace (or the site's database): one SQLite connection, this replica's clock, and what its writes
/// changed for the views and caches that follow it.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) clock: Clock,
    path: Option<PathBuf>,
    /// Whether writes wait in the outbox for an event site: a laptop's do, the site's own (form registrations) are
    /// already where they belong.
    pub(crate) keeps_outbox: bool,
    /// The tables written since `take_changed` was last called, for views that follow the workspace.
    pub(crate) changed: BTreeSet<&'static str>,
    /// SQLite's `data_version` when last looked at: it moves when another connection commits.
    data_version: Option<i64>,
    /// How many of this store's commits changed each table: what features keep in memory is made again after.
    pub(super) writes: HashMap<&'static str, u64>,
    /// What features keep in memory beside the file, by type (`kept.rs`).
    pub(super) kept: Mutex<HashMap<TypeId, Box<dyn Any + Send>>>,
    /// Who follows this store's writes, and the most rows a write may change for them to be told (`Store::followed`).
    pub(super) follower: Option<(Follower, usize)>,
}

/// Where workspaces live when no path is given: the OS's app-data folder (e.g. `~/.local/share/dais` on Linux).
pub fn default_workspace_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Dais", "Dais").ok_or_else(|| Error::Workspace {
        path: "(app data folder)".into(),
        reason: "this system has no home folder; set DAIS_WORKSPACE".into(),
    })?;
    Ok(dirs.data_dir().join("workspace.dais"))
}

/// The workspace named by `DAIS_WORKSPACE`, else the default one.
pub fn workspace_path_from_env() -> Result<PathBuf> {
    match std::env::var_os("DAIS_WORKSPACE") {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => default_workspace_path(),
    }
}

/// Moves every commit from `conn`'s write-ahead log into its database file and empties the log. False when another
/// connection's read kept part of it there (after the busy timeout): nothing is lost then, the file and its `-wal`
/// hold the data together until the next checkpoint.
/// Before anything is written to a database: one whose schema (`user_version`, as rusqlite_migration and the
/// workspace's migrations count their steps) is newer than `known` was written by a newer Dais, and is refused as it
/// is, never migrated down or damaged. The workspace's, and each of the site's files.
pub fn refuse_newer(conn: &Connection, known: u32) -> Result<()> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > known {
        return Err(Error::NewerSchema { found, known });
    }
    Ok(())
}

pub fn checkpoint(conn: &Connection) -> rusqlite::Result<bool> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(busy == 0)
}

impl Store {
    pub fn open(path: &Path) -> Result<Store> {
        let fail = |reason: String| Error::Workspace { path: path.display().to_string(), reason };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
        }
        let conn = Connection::open(path).map_err(|e| fail(e.to_string()))?;
        let mut store = Store::init(conn).map_err(|e| match e {
            Error::Database(e) => fail(e.to_string()),
            e => e,
        })?;
        store.path = Some(path.to_path_buf());
        Ok(store)
    }

    /// A read-only handle on a file another handle has opened with `open` (its schema is current): a site serves its
    /// pages from these, so that no reader waits behind a write.
    pub fn open_reader(path: &Path) -> Result<Store> {
        let fail = |e: rusqlite::Error| Error::Workspace { path: path.display().to_string(), reason: e.to_string() };
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(fail)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let node: String = conn.query_row("SELECT value FROM meta WHERE key = 'node'", [], |r| r.get(0))?;
        let node = parse_node(&node)?;
        Ok(Store {
            conn,
            clock: Clock::new(node, None),
            path: Some(path.to_path_buf()),
            keeps_outbox: false,
            changed: BTreeSet::new(),
            data_version: None,
            writes: Default::default(),
            kept: Default::default(),
            follower: None,
        })
    }

    fn init(mut conn: Connection) -> Result<Store> {
        refuse_newer(&conn, SCHEMA_VERSION)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // No foreign keys: rows sync field by field and page by page, so an entry can arrive before its meeting, and a
        // role can be added on one laptop while its entry is deleted on another. References are checked by validation
        // when an organiser edits, never by the database when replicas converge.
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Deleted content is overwritten, not left in free space: an erased registrant's data must leave the file.
        conn.pragma_update(None, "secure_delete", "ON")?;
        MIGRATIONS.to_latest(&mut conn)?;
        let node = match conn
            .query_row("SELECT value FROM meta WHERE key = 'node'", [], |r| r.get::<_, String>(0))
            .optional()?
        {
            Some(n) => parse_node(&n)?,
            None => {
                let n: u64 = rand::random();
                conn.execute("INSERT INTO meta (key, value) VALUES ('node', ?1)", [format!("{n:016x}")])?;
                n
            }
        };
        let last = conn
            .query_row("SELECT value FROM meta WHERE key = 'hlc'", [], |r| r.get::<_, String>(0))
            .optional()?
            .and_then(|s| s.parse::<Hlc>().ok());
        let mut store = Store {
            conn,
            clock: Clock::new(node, last),
            path: None,
            keeps_outbox: true,
            changed: BTreeSet::new(),
            data_version: None,
            writes: Default::default(),
            kept: Default::default(),
            follower: None,
        };
        // A load of many rows cut short left its indexes set aside (`bulk.rs`).
        store.build_indexes_set_aside()?;
        Ok(store)
    }

    /// This replica's id in the sync protocol: its clock's node, in hex.
    pub fn replica_id(&self) -> String {
        format!("{:016x}", self.clock.node())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one transaction: everything it wrote, with its change log, is committed together or not at all.
    ///
    /// Several processes may write one workspace (the app and the CLI, say). The transaction takes the write lock
    /// before it reads anything (a deferred one that turns into a write fails with SQLITE_BUSY at once instead of
    /// waiting its turn), and the last mutation id and clock stamp are read from the file inside it: ids stay unique
    /// and gap-free, since the site skips an id it has seen and reads a gap as a lost push, and a failed write, rolled
    /// back, hands out nothing.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (mutation, last): (i64, Option<String>) = tx
            .prepare_cached(
                "SELECT max(coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mutation'), 0),
                            coalesce((SELECT max(mutation_id) FROM outbox), 0),
                            coalesce((SELECT max(first + json_array_length(rows) - 1) FROM outbox_created), 0)),
                        (SELECT value FROM meta WHERE key = 'hlc')",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if let Some(last) = last.and_then(|s| s.parse::<Hlc>().ok()).filter(|l| *l > self.clock.last()) {
            self.clock.observe(last, now_millis());
        }
        let (out, changed, erased) = {
            let mut writer = Writer::new(tx, &mut self.clock, mutation, self.keeps_outbox, self.follower);
            let out = f(&mut writer)?;
            writer.hand_journal_over()?;
            writer.write_created()?;
            let (tx, clock, mutation, stamped, changed, erased) = writer.finish();
            if stamped {
                tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?1), ('mutation', ?2)")?
                    .execute(params![clock.last().to_string(), mutation.to_string()])?;
            }
            for table in &changed {
                count_write(&tx, table)?;
            }
            tx.commit()?;
            (out, changed, erased)
        };
        for table in &changed {
            *self.writes.entry(table).or_default() += 1;
        }
        self.changed.extend(changed);
        if erased {
            // The erased values are still in the WAL until it is checkpointed. Readers may hold it back (then the next
            // checkpoint, SQLite's own or this one after the next erasure, does it).
            let _ = checkpoint(&self.conn);
        }
        Ok(out)
    }

    /// Moves every commit from the write-ahead log into the file, so that the file alone holds the whole data (a copy
    /// of it alone is complete): for a program that stops. See [`checkpoint`].
    pub fn checkpoint(&self) -> Result<bool> {
        Ok(checkpoint(&self.conn)?)
    }

    /// Runs `f` with commits that do not wait for the disk (`synchronous = NORMAL`): for writes that may be lost in a
    /// crash without harm. The next `FULL` commit syncs the WAL, and with it every earlier commit.
    pub(crate) fn lightly<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let out = f(self);
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        out
    }

    /// Whether another program (the CLI, another app) committed to the file since the last call; if it did, every
    /// table counts as changed (the publications kept too: `dais publish` writes them).
    pub fn notice_writes_elsewhere(&mut self) -> Result<bool> {
        let version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let elsewhere = self.data_version.replace(version).is_some_and(|seen| seen != version);
        if elsewhere {
            self.changed.extend(crate::model::TABLES.iter().map(|t| t.name));
            self.changed.insert("publications");
        }
        Ok(elsewhere)
    }

    /// The tables that committed writes changed since the last call (names as in the change log), and forgets them.
    pub fn take_changed(&mut self) -> Vec<&'static str> {
        std::mem::take(&mut self.changed).into_iter().collect()
    }

    pub fn get<R: Record>(&self, id: Uuid) -> Result<R> {
        get(&self.conn, id)
    }

    /// Live (not deleted) records matching `filter`, an SQL condition over the table's columns.
    pub fn list<R: Record>(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
        list(&self.conn, filter, params)
    }

    /// Runs `f`, telling `follower` what each of its writes changed (inside the write, before its commit), as long as
    /// a write changes at most `most` rows: undo keeps the organiser's edits as steps so.
    pub fn followed<T>(
        &mut self,
        follower: Follower,
        most: usize,
        f: impl FnOnce(&mut Store) -> Result<T>,
    ) -> Result<T> {
        self.follower = Some((follower, most));
        let out = f(self);
        self.follower = None;
        out
    }

    /// Marks a table of a feature's own (not synced: `undo_steps`, `publications`) as changed, for the views that
    /// follow the workspace.
    pub(crate) fn touched(&mut self, table: &'static str) {
        self.changed.insert(table);
    }

    /// The stamp of a field's last change (`deleted` included).
    pub fn clock<R: Record>(&self, id: Uuid, field: &str) -> Result<Hlc> {
        let row = stored(&self.conn, &Table::of::<R>(), &id.to_string())?
            .ok_or_else(|| not_found(&Table::of::<R>(), &id.to_string()))?;
        field_clock(&row.clocks, field)
    }
}

/// A workspace's node id, as kept in `meta` (hex).
fn parse_node(text: &str) -> Result<u64> {
    u64::from_str_radix(text, 16).map_err(|_| Error::Corrupt("malformed node id".into()))
}

/// Counts a commit that changed `table`, in the file: what tells a value kept across starts (`kept.rs`) that its table
/// changed since it was made, whichever program wrote.
fn count_write(tx: &Connection, table: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO table_writes (name, writes) VALUES (?1, 1) ON CONFLICT (name) DO UPDATE SET writes = writes + 1",
    )?
    .execute([table])?;
    Ok(())
}
