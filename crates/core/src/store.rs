//! The workspace file: SQLite with WAL, foreign keys and `synchronous=FULL`, a schema from embedded migrations, and
//! the change log. Every write goes through [`Writer`], which stamps each changed field with an HLC and appends an
//! outbox row in the same transaction as the row itself: a crash leaves both or neither.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use rusqlite_migration::{M, Migrations};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hlc::{Clock, Hlc, now_millis};
use crate::record::{Record, StoredRow, fields, read_row, select_sql, to_record, to_sql};

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(vec![M::up(include_str!("../migrations/0001_workspace.sql"))]));

pub struct Store {
    conn: Connection,
    clock: Clock,
    path: Option<PathBuf>,
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

    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        MIGRATIONS.to_latest(&mut conn)?;
        let node = match conn.query_row("SELECT value FROM meta WHERE key = 'node'", [], |r| r.get::<_, String>(0)).optional()? {
            Some(n) => u64::from_str_radix(&n, 16).map_err(|_| Error::Conflict("malformed node id".into()))?,
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
        Ok(Store { conn, clock: Clock::new(node, last), path: None })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one transaction: everything it wrote, with its change log, is committed together or not at all.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let mut writer = Writer { tx, clock: &mut self.clock, stamped: false };
        let out = f(&mut writer)?;
        let Writer { tx, clock, stamped } = writer;
        if stamped {
            tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?1)", [clock.last().to_string()])?;
        }
        tx.commit()?;
        Ok(out)
    }

    pub fn get<R: Record>(&self, id: Uuid) -> Result<R> {
        get(&self.conn, id)
    }

    /// Live (not deleted) records matching `filter`, an SQL condition over the table's columns.
    pub fn list<R: Record>(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
        list(&self.conn, filter, params)
    }

    /// Outbox rows waiting for the event site, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxRow>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT mutation_id, entity, row_id, hlc, changes FROM outbox ORDER BY mutation_id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (mutation_id, entity, row_id, hlc, changes) = row?;
            out.push(OutboxRow { mutation_id, entity, row_id, hlc, changes: serde_json::from_str(&changes)? });
        }
        Ok(out)
    }

    /// Each field's last-change stamp for one row.
    pub fn clocks<R: Record>(&self, id: Uuid) -> Result<Map<String, Value>> {
        Ok(stored::<R>(&self.conn, id)?.ok_or_else(|| not_found::<R>(id))?.clocks)
    }
}

/// One local write waiting for the event site: the fields it changed, stamped with one clock.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub mutation_id: i64,
    pub entity: String,
    pub row_id: String,
    pub hlc: String,
    pub changes: Map<String, Value>,
}

pub struct Writer<'a> {
    tx: rusqlite::Transaction<'a>,
    clock: &'a mut Clock,
    stamped: bool,
}

impl Writer<'_> {
    pub fn get<R: Record>(&self, id: Uuid) -> Result<R> {
        get(&self.tx, id)
    }

    pub fn list<R: Record>(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
        list(&self.tx, filter, params)
    }

    fn stamp(&mut self) -> Hlc {
        self.stamped = true;
        self.clock.tick(now_millis())
    }

    /// Writes `record` as the current state of its row (new, changed or restored after a delete), and logs the
    /// fields that changed. Returns whether anything changed.
    pub fn put<R: Record>(&mut self, record: &R) -> Result<bool> {
        let id = record.id().to_string();
        let new = fields(record)?;
        let old = stored::<R>(&self.tx, record.id())?;
        let mut changes = Map::new();
        match &old {
            None => {
                for ((name, _), value) in R::COLUMNS.iter().zip(&new) {
                    changes.insert((*name).to_string(), value.clone());
                }
                changes.insert("deleted".into(), Value::Bool(false));
            }
            Some(old) => {
                for (((name, _), value), was) in R::COLUMNS.iter().zip(&new).zip(&old.fields) {
                    if value != was {
                        changes.insert((*name).to_string(), value.clone());
                    }
                }
                if old.deleted {
                    changes.insert("deleted".into(), Value::Bool(false));
                }
            }
        }
        if changes.is_empty() {
            return Ok(false);
        }
        let hlc = self.stamp();
        let mut clocks = old.map(|o| o.clocks).unwrap_or_default();
        let stamp = Value::String(hlc.to_string());
        for name in changes.keys() {
            clocks.insert(name.clone(), stamp.clone());
        }
        let values = std::iter::once(rusqlite::types::Value::Text(id.clone()))
            .chain(R::COLUMNS.iter().zip(&new).map(|((_, kind), v)| to_sql(v, *kind)))
            .chain(std::iter::once(rusqlite::types::Value::Text(Value::Object(clocks).to_string())));
        let cols: Vec<&str> = R::COLUMNS.iter().map(|(c, _)| *c).collect();
        let sql = format!(
            "INSERT INTO {t} (id, {cols}, deleted, clocks) VALUES (?1, {ps}, 0, ?{last})
             ON CONFLICT (id) DO UPDATE SET {sets}, deleted = 0, clocks = excluded.clocks",
            t = R::TABLE,
            cols = cols.join(", "),
            ps = (2..=cols.len() + 1).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "),
            last = cols.len() + 2,
            sets = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", "),
        );
        self.tx.prepare_cached(&sql)?.execute(params_from_iter(values))?;
        self.log(R::TABLE, &id, hlc, changes)?;
        Ok(true)
    }

    /// Marks a row deleted (a tombstone that syncs like any field). Returns whether it was live.
    pub fn delete<R: Record>(&mut self, id: Uuid) -> Result<bool> {
        let row = stored::<R>(&self.tx, id)?.ok_or_else(|| not_found::<R>(id))?;
        if row.deleted {
            return Ok(false);
        }
        let hlc = self.stamp();
        let mut clocks = row.clocks;
        clocks.insert("deleted".into(), Value::String(hlc.to_string()));
        self.tx
            .prepare_cached(&format!("UPDATE {} SET deleted = 1, clocks = ?2 WHERE id = ?1", R::TABLE))?
            .execute(params![id.to_string(), Value::Object(clocks).to_string()])?;
        let mut changes = Map::new();
        changes.insert("deleted".into(), Value::Bool(true));
        self.log(R::TABLE, &id.to_string(), hlc, changes)?;
        Ok(true)
    }

    fn log(&self, entity: &str, row_id: &str, hlc: Hlc, changes: Map<String, Value>) -> Result<()> {
        self.tx
            .prepare_cached("INSERT INTO outbox (entity, row_id, hlc, changes) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![entity, row_id, hlc.to_string(), Value::Object(changes).to_string()])?;
        Ok(())
    }
}

fn not_found<R: Record>(id: Uuid) -> Error {
    Error::NotFound { kind: R::NOUN, id: id.to_string() }
}

fn stored<R: Record>(conn: &Connection, id: Uuid) -> Result<Option<StoredRow>> {
    let mut stmt = conn.prepare_cached(&format!("{} WHERE id = ?1", select_sql::<R>()))?;
    let mut rows = stmt.query([id.to_string()])?;
    match rows.next()? {
        Some(row) => Ok(Some(read_row::<R>(row)?)),
        None => Ok(None),
    }
}

fn get<R: Record>(conn: &Connection, id: Uuid) -> Result<R> {
    match stored::<R>(conn, id)? {
        Some(row) if !row.deleted => to_record(&id.to_string(), row.fields),
        _ => Err(not_found::<R>(id)),
    }
}

fn list<R: Record>(conn: &Connection, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<R>> {
    let mut stmt = conn.prepare_cached(&format!("{} WHERE deleted = 0 AND {filter}", select_sql::<R>()))?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        out.push(to_record(&id, read_row::<R>(row)?.fields)?);
    }
    Ok(out)
}
