//! The workspace file: SQLite with WAL and `synchronous=FULL`, a schema from embedded migrations, and
//! the change log. Every write goes through [`Writer`], which stamps each changed field with an HLC and appends an
//! outbox row in the same transaction as the row itself: a crash leaves both or neither.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params, params_from_iter};
use rusqlite_migration::{M, Migrations};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hlc::{Clock, Hlc, now_millis};
use crate::record::{Record, StoredRow, Table, fields, read_row, select_sql, to_record, to_sql};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("../migrations/0001_workspace.sql")),
        M::up(include_str!("../migrations/0002_sync.sql")),
        M::up(include_str!("../migrations/0003_restored_site.sql")),
        M::up(include_str!("../migrations/0004_erasure.sql")),
        M::up(include_str!("../migrations/0005_outbox_without_row_index.sql")),
        M::up(include_str!("../migrations/0006_feed_by_table.sql")),
        M::up(include_str!("../migrations/0007_publication.sql")),
        M::up(include_str!("../migrations/0008_registration_table.sql")),
        M::up(include_str!("../migrations/0009_archived_meetings.sql")),
        M::up(include_str!("../migrations/0010_registration_mail.sql")),
        M::up(include_str!("../migrations/0011_focal_points.sql")),
        M::up(include_str!("../migrations/0012_undo.sql")),
    ])
});

/// The key in a row's `clocks` for the stamp of its creation: each field's clock is its own entry if it changed since,
/// else this one. A new row thus stores one stamp, not one per field.
pub const ALL_FIELDS: &str = "*";

/// The outbox's changes of a new row: every field, read from the row when it is sent (`Store::pending`).
const CREATED: &str = r#"{"*":true}"#;

/// The field of a change that erases its row (`Writer::erase`).
pub const ERASED: &str = "erased";

/// The outbox's changes of an erasure: `{ERASED: true}`.
const ERASURE: &str = r#"{"erased":true}"#;

pub fn field_clock(clocks: &Map<String, Value>, field: &str) -> Result<Hlc> {
    clocks
        .get(field)
        .or_else(|| clocks.get(ALL_FIELDS))
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Error::Corrupt(format!("the workspace has no clock for {field}")))
}

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
    /// How many of this store's writes changed registrations: the in-memory index of the table is made again after.
    pub(crate) registration_writes: u64,
    /// The open meeting's registrations in memory, for the table's pages (`registration_index.rs`).
    pub(crate) registration_index: std::sync::Mutex<Option<crate::registration_index::RegistrationIndex>>,
    /// Whether writes are the organiser's own edits, kept as steps to undo (`Store::undoable`).
    pub(crate) undoable: bool,
    /// Where the open meeting's registrants are, by zone, as of a stamp like the index's (`Store::registrant_zones`).
    pub(crate) registrant_zones: std::sync::Mutex<Option<crate::workspace::KeptZones>>,
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
            registration_writes: 0,
            registration_index: std::sync::Mutex::new(None),
            undoable: false,
            registrant_zones: std::sync::Mutex::new(None),
        })
    }

    fn init(mut conn: Connection) -> Result<Store> {
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
        Ok(Store {
            conn,
            clock: Clock::new(node, last),
            path: None,
            keeps_outbox: true,
            changed: BTreeSet::new(),
            data_version: None,
            registration_writes: 0,
            registration_index: std::sync::Mutex::new(None),
            undoable: false,
            registrant_zones: std::sync::Mutex::new(None),
        })
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
                            coalesce((SELECT max(mutation_id) FROM outbox), 0)),
                        (SELECT value FROM meta WHERE key = 'hlc')",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if let Some(last) = last.and_then(|s| s.parse::<Hlc>().ok()).filter(|l| *l > self.clock.last()) {
            self.clock.observe(last, now_millis());
        }
        let keeps_outbox = self.keeps_outbox;
        let (out, changed, erased) = {
            let mut writer = Writer {
                tx,
                clock: &mut self.clock,
                mutation,
                stamped: false,
                keeps_outbox,
                has_local: None,
                changed: BTreeSet::new(),
                erased: false,
                undo: self.undoable.then(Vec::new),
            };
            let out = f(&mut writer)?;
            if let Some(changes) = writer.undo.take() {
                crate::undo::keep_step(&mut writer, changes)?;
            }
            let Writer { tx, clock, mutation, stamped, changed, erased, .. } = writer;
            if stamped {
                tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?1), ('mutation', ?2)")?
                    .execute(params![clock.last().to_string(), mutation.to_string()])?;
            }
            tx.commit()?;
            (out, changed, erased)
        };
        if changed.contains("registrations") {
            self.registration_writes += 1;
        }
        self.changed.extend(changed);
        if erased {
            // The erased values are still in the WAL until it is checkpointed. Readers may hold it back (then the next
            // checkpoint, SQLite's own or this one after the next erasure, does it).
            let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        Ok(out)
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
            self.changed.extend(crate::record::TABLES.iter().map(|t| t.name));
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

    /// The stamp of a field's last change (`deleted` included).
    pub fn clock<R: Record>(&self, id: Uuid, field: &str) -> Result<Hlc> {
        let row = stored(&self.conn, &Table::of::<R>(), &id.to_string())?.ok_or_else(|| not_found::<R>(id))?;
        field_clock(&row.clocks, field)
    }
}

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

pub struct Writer<'a> {
    pub(crate) tx: rusqlite::Transaction<'a>,
    pub(crate) clock: &'a mut Clock,
    /// The last mutation id given out, read from the file when the transaction began.
    mutation: i64,
    stamped: bool,
    keeps_outbox: bool,
    /// Whether the workspace has meetings not shared with the site (read once a transaction, when first needed).
    has_local: Option<bool>,
    pub(crate) changed: BTreeSet<&'static str>,
    /// A row was erased: the WAL is checkpointed after the commit.
    erased: bool,
    /// The changes of an organiser's edit, kept as one step to undo; `None` for other writes (sync, undo itself).
    pub(crate) undo: Option<Vec<crate::undo::FieldChanges>>,
}

impl Writer<'_> {
    pub fn get<R: Record>(&self, id: Uuid) -> Result<R> {
        get(&self.tx, id)
    }

    pub fn list<R: Record>(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
        list(&self.tx, filter, params)
    }

    /// The zone name of a live meeting, for the times in an entry's messages (reading the whole event would double
    /// the cost of a bulk import).
    pub fn event_zone(&self, event_id: Uuid) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT zone FROM events WHERE id = ?1 AND deleted = 0")?
            .query_row([event_id.to_string()], |r| r.get(0))
            .optional()?)
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

    pub(crate) fn mark_stamped(&mut self) {
        self.stamped = true;
    }

    fn stamp(&mut self) -> Hlc {
        self.stamped = true;
        self.clock.tick(now_millis())
    }

    /// Writes `record` as the current state of its row (new, changed or restored after a delete), and logs the
    /// fields that changed. Returns whether anything changed.
    pub fn put<R: Record>(&mut self, record: &R) -> Result<bool> {
        let id = record.id().to_string();
        let mut changes = fields(record)?;
        let new: Vec<rusqlite::types::Value> =
            R::COLUMNS.iter().map(|(name, kind)| to_sql(changes.get(*name).unwrap_or(&Value::Null), *kind)).collect();
        changes.insert("deleted".into(), Value::Bool(false));
        // New rows are the common case of a bulk write: try the insert first, read the old row only if there is one.
        let hlc = self.stamp();
        self.changed.insert(R::TABLE);
        let stamp = Value::String(hlc.to_string());
        let clocks: Map<String, Value> = [(ALL_FIELDS.to_string(), stamp.clone())].into_iter().collect();
        let table = Table::of::<R>();
        let inserted = self
            .tx
            .prepare_cached(&insert_sql(&table))?
            .execute(params_from_iter(row_values(&id, &new, false, &clocks)))?;
        if inserted == 1 {
            if R::TABLE == "events" && self.keeps_outbox {
                self.keep_local(&id)?;
            }
            // The outbox names the new row rather than copying it (`pending` reads it back): a bulk write would
            // otherwise store every row twice.
            self.log(R::TABLE, &id, hlc, CREATED, "{}")?;
            if self.undo.is_some() {
                self.journal(crate::undo::FieldChanges::created(R::TABLE, &id, changes));
            }
            return Ok(true);
        }

        let old = stored(&self.tx, &table, &id)?.ok_or_else(|| not_found::<R>(record.id()))?;
        changes.retain(|name, value| match R::COLUMNS.iter().position(|(c, _)| c == name) {
            Some(i) => old.fields[i] != *value,
            None => old.deleted, // `deleted`: a put restores a deleted row
        });
        if changes.is_empty() {
            return Ok(false);
        }
        if self.undo.is_some() {
            self.journal(crate::undo::FieldChanges::updated(R::TABLE, &id, &old, &changes));
        }
        let mut clocks = old.clocks;
        let mut base = Map::new();
        for name in changes.keys() {
            base.insert(name.clone(), Value::String(field_clock(&clocks, name)?.to_string()));
            clocks.insert(name.clone(), stamp.clone());
        }
        self.tx
            .prepare_cached(&update_sql(&table))?
            .execute(params_from_iter(row_values(&id, &new, false, &clocks)))?;
        self.log(R::TABLE, &id, hlc, &Value::Object(changes).to_string(), &Value::Object(base).to_string())?;
        Ok(true)
    }

    /// Marks a row deleted (a tombstone that syncs like any field). Returns whether it was live.
    pub fn delete<R: Record>(&mut self, id: Uuid) -> Result<bool> {
        let row = stored(&self.tx, &Table::of::<R>(), &id.to_string())?.ok_or_else(|| not_found::<R>(id))?;
        if row.deleted {
            return Ok(false);
        }
        let hlc = self.stamp();
        self.changed.insert(R::TABLE);
        if self.undo.is_some() {
            self.journal(crate::undo::FieldChanges::deleted(R::TABLE, &id.to_string()));
        }
        let mut clocks = row.clocks;
        let mut base = Map::new();
        base.insert("deleted".into(), Value::String(field_clock(&clocks, "deleted")?.to_string()));
        clocks.insert("deleted".into(), Value::String(hlc.to_string()));
        self.tx
            .prepare_cached(&cached_sql(R::TABLE, "delete", || {
                format!("UPDATE {} SET deleted = 1, clocks = ?2 WHERE id = ?1", R::TABLE)
            }))?
            .execute(params![id.to_string(), Value::Object(clocks).to_string()])?;
        let mut changes = Map::new();
        changes.insert("deleted".into(), Value::Bool(true));
        self.log(
            R::TABLE,
            &id.to_string(),
            hlc,
            &Value::Object(changes).to_string(),
            &Value::Object(base).to_string(),
        )?;
        Ok(true)
    }

    /// Erases a row at the request of the person it is about: the row, every kept earlier value of it, and whatever
    /// of it waits to be sent are removed from the file, and only its id stays (in `erased`); the erasure syncs, and
    /// every replica does the same. Unlike `delete`, nothing can bring it back.
    pub fn erase<R: Record>(&mut self, id: Uuid) -> Result<()> {
        let row_id = id.to_string();
        stored(&self.tx, &Table::of::<R>(), &row_id)?.ok_or_else(|| not_found::<R>(id))?;
        // Logged while the row is there to say which meeting it belongs to (one kept on this laptop logs nothing).
        let hlc = self.stamp();
        self.log(R::TABLE, &row_id, hlc, ERASURE, "{}")?;
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
        self.tx
            .prepare_cached("UPDATE outbox SET changes = ?3, base = '{}' WHERE entity = ?1 AND row_id = ?2")?
            .execute(params![entity, row_id, ERASURE])?;
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
        let row = stored(&self.tx, &Table::of::<R>(), &id.to_string())?.ok_or_else(|| not_found::<R>(id))?;
        if !row.deleted {
            return Ok(false);
        }
        self.put(&to_record::<R>(&id.to_string(), row.fields)?)
    }

    /// Keeps a change for the edit's step to undo. An edit of very many rows (a decision on a whole meeting of
    /// registrations) is not kept: its step would take tens of megabytes, and undoing it is deciding again.
    fn journal(&mut self, change: crate::undo::FieldChanges) {
        match &mut self.undo {
            Some(changes) if changes.len() >= crate::undo::MOST_ROWS => self.undo = None,
            Some(changes) => changes.push(change),
            None => {}
        }
    }

    /// Appends a change to the outbox: `changes` and `base` as JSON objects. A change of a meeting kept on this laptop
    /// is not logged: sharing the meeting sends its rows whole.
    fn log(&mut self, entity: &str, row_id: &str, hlc: Hlc, changes: &str, base: &str) -> Result<()> {
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

/// Meetings kept on this laptop until an organiser shares them (docs/architecture.md, "Sharing and publishing").
impl Writer<'_> {
    fn any_local(&mut self) -> Result<bool> {
        if let Some(any) = self.has_local {
            return Ok(any);
        }
        let any = self.tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM local_events)")?.query_row([], |r| r.get(0))?;
        self.has_local = Some(any);
        Ok(any)
    }

    /// Whether the row belongs to an event kept on this laptop.
    fn is_local(&mut self, entity: &str, row_id: &str) -> Result<bool> {
        if !self.any_local()? {
            return Ok(false);
        }
        let table = Table::named(entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {entity:?}")))?;
        let sql = cached_sql(table.name, "is_local", || match table.name {
            "events" => "SELECT EXISTS (SELECT 1 FROM local_events WHERE event_id = ?1)".to_string(),
            t => format!(
                "SELECT EXISTS (SELECT 1 FROM local_events WHERE event_id = (SELECT event_id FROM {t} WHERE id = ?1))"
            ),
        });
        Ok(self.tx.prepare_cached(&sql)?.query_row([row_id], |r| r.get(0))?)
    }

    /// A new event made on this laptop stays on it: a meeting until it is shared, a side event as long as its meeting.
    fn keep_local(&mut self, event_id: &str) -> Result<()> {
        let parent: Option<String> = self
            .tx
            .prepare_cached("SELECT parent_event_id FROM events WHERE id = ?1")?
            .query_row([event_id], |r| r.get(0))?;
        if let Some(parent) = parent
            && !self.is_local("events", &parent)?
        {
            return Ok(());
        }
        self.tx.prepare_cached("INSERT OR IGNORE INTO local_events (event_id) VALUES (?1)")?.execute([event_id])?;
        self.has_local = Some(true);
        Ok(())
    }

    /// The event of `event_id` came from the site: it, its meeting and its side events are shared.
    pub(crate) fn joined(&mut self, event_id: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "DELETE FROM local_events WHERE event_id = ?1
                    OR event_id IN (SELECT id FROM events WHERE parent_event_id = ?1)
                    OR event_id = (SELECT parent_event_id FROM events WHERE id = ?1)",
            )?
            .execute([event_id])?;
        self.has_local = None;
        Ok(())
    }

    /// Shares a meeting kept on this laptop: every live row of it and of its side events goes into the outbox as new.
    /// Returns whether it was local.
    pub fn share(&mut self, meeting: Uuid) -> Result<bool> {
        let meeting = meeting.to_string();
        let events: Vec<String> = self
            .tx
            .prepare_cached(
                "SELECT event_id FROM local_events
                 WHERE event_id = ?1 OR event_id IN (SELECT id FROM events WHERE parent_event_id = ?1)",
            )?
            .query_map([&meeting], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if events.is_empty() {
            return Ok(false);
        }
        self.joined(&meeting)?;
        for table in crate::record::TABLES.iter() {
            let column = if table.name == "events" { "id" } else { "event_id" };
            for event in &events {
                let ids: Vec<String> = self
                    .tx
                    .prepare(&format!("SELECT id FROM {} WHERE {column} = ?1 AND deleted = 0", table.name))?
                    .query_map([event], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in ids {
                    let hlc = self.stamp();
                    self.log(table.name, &id, hlc, CREATED, "{}")?;
                }
            }
        }
        Ok(true)
    }
}

/// A workspace's node id, as kept in `meta` (hex).
fn parse_node(text: &str) -> Result<u64> {
    u64::from_str_radix(text, 16).map_err(|_| Error::Corrupt("malformed node id".into()))
}

fn not_found<R: Record>(id: Uuid) -> Error {
    Error::NotFound { kind: R::NOUN, id: id.to_string() }
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

/// Parameters of `insert_sql` and `update_sql`: id, the columns, deleted, clocks.
pub(crate) fn row_values<'v>(
    id: &str,
    columns: &'v [rusqlite::types::Value],
    deleted: bool,
    clocks: &Map<String, Value>,
) -> impl Iterator<Item = rusqlite::types::ToSqlOutput<'v>> + 'v {
    use rusqlite::types::{ToSqlOutput, Value as Sql};
    std::iter::once(ToSqlOutput::Owned(Sql::Text(id.to_string())))
        .chain(columns.iter().map(|v| ToSqlOutput::Borrowed(v.into())))
        .chain([
            ToSqlOutput::Owned(Sql::Integer(i64::from(deleted))),
            ToSqlOutput::Owned(Sql::Text(serde_json::to_string(clocks).unwrap_or_default())),
        ])
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

pub(crate) fn get<R: Record>(conn: &Connection, id: Uuid) -> Result<R> {
    match stored(conn, &Table::of::<R>(), &id.to_string())? {
        Some(row) if !row.deleted => to_record(&id.to_string(), row.fields),
        _ => Err(not_found::<R>(id)),
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
