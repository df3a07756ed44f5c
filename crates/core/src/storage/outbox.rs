//! The outbox: every local change waiting for the event site, in the order it was made, with ids that count up from
//! 1 without gaps (the site reads a gap as a lost push). A new row is logged by name and read back when sent; rows a
//! write creates one after another are logged as one entry of `outbox_created` (ids `first`, `first` + 1, ...), and
//! read as one change each. An entry one of whose changes must change alone (acknowledged, erased) is first laid out
//! as outbox rows (`lay_out_created`).

use rusqlite::params;
use serde_json::{Map, Value};

use super::hlc::Hlc;
use super::record::{ALL_FIELDS, stored};
use super::store::Store;
use super::writer::{Created, Writer};
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
        // One snapshot of both tables: another program's commit between the two reads could leave a gap.
        let snapshot = if self.conn.is_autocommit() { Some(self.conn.unchecked_transaction()?) } else { None };
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
        let mut logged = Vec::new();
        for row in rows {
            let (id, entity, row_id, hlc, changes, base) = row?;
            logged.push(Logged { id, entity, row_id, hlc, changes: serde_json::from_str(&changes)?, base });
        }
        // Merged by id with the entries of rows created together, as far as `limit` reaches.
        let last = logged.last().map(|l| l.id).filter(|_| logged.len() as i64 == limit).unwrap_or(i64::MAX);
        logged.extend(created_up_to(&self.conn, last, usize::try_from(limit).unwrap_or(usize::MAX))?);
        logged.sort_by_key(|l| l.id);
        logged.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let mut out = Vec::with_capacity(logged.len());
        for Logged { id, entity, row_id, hlc, mut changes, base } in logged {
            if changes.contains_key(ALL_FIELDS) {
                changes = self.created(&entity, &row_id)?;
            }
            out.push(Mutation { id, entity, row_id, hlc, changes, base: serde_json::from_str(&base)? });
        }
        drop(stmt);
        if let Some(snapshot) = snapshot {
            snapshot.commit()?;
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
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM outbox)
                  + (SELECT coalesce(sum(json_array_length(rows)), 0) FROM outbox_created)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The last of this workspace's changes the site has acknowledged: every change before the oldest still
    /// waiting (0 if it never synced).
    pub fn acknowledged(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce((SELECT min(id) - 1 FROM (SELECT min(mutation_id) AS id FROM outbox
                                                       UNION ALL SELECT min(first) FROM outbox_created)),
                             (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mutation'), 0)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The site acknowledged every mutation up to `last`; they no longer wait.
    pub fn acknowledge(&mut self, last: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        lay_out_created(&tx, "c.first <= ?1 AND c.first + json_array_length(c.rows) - 1 > ?1", [last])?;
        tx.prepare_cached("DELETE FROM outbox_created WHERE first <= ?1")?.execute([last])?;
        tx.prepare_cached("DELETE FROM outbox WHERE mutation_id <= ?1")?.execute([last])?;
        tx.commit()?;
        Ok(())
    }
}

/// A change waiting: its table, its row, and the fields it changed.
pub(crate) type Waiting = (String, String, Map<String, Value>);

/// An outbox change as the file keeps it, before a created row's fields are read.
struct Logged {
    id: i64,
    entity: String,
    row_id: String,
    hlc: String,
    changes: Map<String, Value>,
    base: String,
}

/// The first `most` changes of the rows created together, with ids up to `last`.
fn created_up_to(conn: &rusqlite::Connection, last: i64, most: usize) -> Result<Vec<Logged>> {
    let mut stmt =
        conn.prepare_cached("SELECT first, entity, rows FROM outbox_created WHERE first <= ?1 ORDER BY first")?;
    let mut found = stmt.query([last])?;
    let mut out = Vec::new();
    while let Some(row) = found.next()? {
        let (first, entity, rows): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
        let rows: Vec<(String, String)> = serde_json::from_str(&rows)?;
        for (n, (row_id, hlc)) in rows.into_iter().enumerate() {
            let id = first + n as i64;
            if id > last || out.len() >= most {
                return Ok(out);
            }
            let changes = [(ALL_FIELDS.to_string(), Value::Bool(true))].into_iter().collect();
            out.push(Logged { id, entity: entity.clone(), row_id, hlc, changes, base: "{}".into() });
        }
    }
    Ok(out)
}

/// Lays the entries of rows created together that `filter` picks out as one outbox row per change, for one of them
/// to change alone.
fn lay_out_created<P: rusqlite::Params + Clone>(conn: &rusqlite::Connection, filter: &str, params: P) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO outbox (mutation_id, entity, row_id, hlc, changes, base)
         SELECT c.first + j.key, c.entity, j.value ->> 0, j.value ->> 1, '{CREATED}', '{{}}'
         FROM outbox_created c, json_each(c.rows) j WHERE {filter}"
    ))?
    .execute(params.clone())?;
    conn.prepare_cached(&format!("DELETE FROM outbox_created AS c WHERE {filter}"))?.execute(params)?;
    Ok(())
}

impl Writer<'_> {
    /// Logs a new row by name: its fields are read back when it is sent (`Store::pending`), since a bulk write would
    /// otherwise store every row twice. Rows created one after another are kept together until the write ends
    /// (`write_created`), and logged as one entry.
    pub(super) fn log_created(&mut self, entity: &'static str, row_id: &str, stamp: &str) -> Result<()> {
        if !self.keeps_outbox || self.is_local(entity, row_id)? {
            return Ok(());
        }
        self.mutation += 1;
        let goes_on = self.created.as_ref().is_some_and(|c| c.entity == entity && c.first + c.count == self.mutation);
        if !goes_on {
            self.write_created()?;
            self.created = Some(Created { entity, first: self.mutation, count: 0, rows: String::new() });
        }
        let created = self.created.as_mut().expect("made above");
        if created.count > 0 {
            created.rows.push(',');
        }
        // A row's id (a UUID) and its stamp are JSON strings as they are, quoted: written so, not serialised.
        let plain = |text: &str| text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if plain(row_id) && plain(stamp) {
            for part in [r#"[""#, row_id, r#"",""#, stamp, r#""]"#] {
                created.rows.push_str(part);
            }
        } else {
            created.rows.push_str(&serde_json::to_string(&(row_id, stamp))?);
        }
        created.count += 1;
        Ok(())
    }

    /// Every change waiting, in no order (`{"*": true}`: a new row's).
    pub(crate) fn waiting_changes(&mut self) -> Result<Vec<Waiting>> {
        self.write_created()?;
        let mut out = Vec::new();
        let mut stmt = self.tx.prepare_cached("SELECT entity, row_id, changes FROM outbox")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            out.push((row.get(0)?, row.get(1)?, serde_json::from_str(&row.get::<_, String>(2)?)?));
        }
        drop(rows);
        out.extend(created_up_to(&self.tx, i64::MAX, usize::MAX)?.into_iter().map(|l| (l.entity, l.row_id, l.changes)));
        Ok(out)
    }

    /// Writes the rows created together so far to the outbox, as one entry.
    pub(super) fn write_created(&mut self) -> Result<()> {
        let Some(Created { entity, first, rows, .. }) = self.created.take() else { return Ok(()) };
        self.tx
            .prepare_cached("INSERT INTO outbox_created (first, entity, rows) VALUES (?1, ?2, ?3)")?
            .execute(params![first, entity, format!("[{rows}]")])?;
        Ok(())
    }

    /// Changes of an erased row still waiting to be sent keep their place (ids stay gap-free) but carry only the
    /// erasure.
    pub(super) fn erase_waiting(&mut self, entity: &str, row_id: &str) -> Result<()> {
        self.write_created()?;
        lay_out_created(
            &self.tx,
            "c.entity = ?1 AND EXISTS (SELECT 1 FROM json_each(c.rows) WHERE value ->> 0 = ?2)",
            params![entity, row_id],
        )?;
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
