//! Replication between laptops and the event site (docs/architecture.md, "Sync").
//!
//! The site is the reference copy. It merges each pushed change field by field (the later stamp wins) and keeps every
//! losing value. Laptops adopt the site's rows as they come, except fields with a newer local change still waiting to
//! be pushed: those win locally until the site has decided. Each row the site touches takes a new place in its change
//! feed, so a laptop always hears the site's decision on its own pushes.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params, params_from_iter};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::hlc::{Hlc, now_millis};
use crate::model::{Entry, Event, FocalPoint, Participation, Registration, Speaker};
use crate::record::{Record, Table, fields, to_record, to_sql};
use crate::store::{
    ALL_FIELDS, ERASED, Mutation, Store, Writer, field_clock, insert_sql, row_values, stored, update_sql,
};

/// Rows of one table as the site sends them, as stored: each row is its id, the table's `columns` in order, `deleted`
/// and `clocks` (JSON fields as their text). Laptops store them as they come, with no parsing on the common path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRows {
    pub entity: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Some of the rows of a `TableRows`, as a laptop applies them (a page is applied in parts; see `Adopted`).
#[derive(Debug, Clone, Copy)]
pub struct RowsPart<'a> {
    pub entity: &'a str,
    pub columns: &'a [String],
    pub rows: &'a [Vec<Value>],
}

impl TableRows {
    /// The rows in parts of at most `n`.
    pub fn parts(&self, n: usize) -> impl Iterator<Item = RowsPart<'_>> {
        self.rows.chunks(n.max(1)).map(|rows| RowsPart { entity: &self.entity, columns: &self.columns, rows })
    }
}

/// A row of a page, read for a merge.
struct RowState {
    fields: Vec<Value>,
    deleted: bool,
    clocks: Map<String, Value>,
}

/// A value that lost to another edit of the same field, kept so that nothing an organiser typed is ever lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Superseded {
    pub id: Uuid,
    pub entity: String,
    pub row_id: String,
    pub field: String,
    pub value: Value,
    pub hlc: String,
    pub author: String,
    pub winner_value: Value,
    pub winner_hlc: String,
    pub winner_author: String,
    /// The winning edit was made without knowing this value: a conflict to show, not a knowing overwrite.
    pub concurrent: bool,
    pub recorded_at: DateTime<Utc>,
}

/// A conflict as the organiser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Conflict {
    #[serde(flatten)]
    pub superseded: Superseded,
    /// What the row is: "entry “Opening”", "speaker Ms Ana Silva".
    pub subject: String,
    pub lost_at: DateTime<Utc>,
    pub won_at: DateTime<Utc>,
    /// The winning value still stands (no one has edited the field since).
    pub open: bool,
}

/// The meetings an organiser's token may change and read on the site: every one, or these (a meeting's side events
/// go with it). A change to a row of another meeting is refused; a pull leaves such rows out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meetings {
    #[default]
    All,
    Only(Vec<Uuid>),
}

impl Meetings {
    /// Whether these meetings take in `meeting` (a meeting's id, not a side event's).
    pub fn allows(&self, meeting: Uuid) -> bool {
        match self {
            Meetings::All => true,
            Meetings::Only(ids) => ids.contains(&meeting),
        }
    }

    /// An SQL condition that keeps the rows `t` of `table` in these meetings (ids are UUIDs: no quoting can break).
    fn sql(&self, table: &Table) -> String {
        let Meetings::Only(ids) = self else { return "1".into() };
        let list = ids.iter().map(|id| format!("'{id}'")).collect::<Vec<_>>().join(", ");
        if table.name == Event::TABLE {
            format!("(t.id IN ({list}) OR t.parent_event_id IN ({list}))")
        } else {
            format!("t.event_id IN (SELECT id FROM events WHERE id IN ({list}) OR parent_event_id IN ({list}))")
        }
    }
}

impl std::fmt::Display for Meetings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Meetings::All => f.write_str("every meeting"),
            Meetings::Only(ids) => {
                let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
                write!(f, "{} {}", if ids.len() == 1 { "meeting" } else { "meetings" }, ids.join(", "))
            }
        }
    }
}

/// A row erased at its person's request (`Writer::erase`): all that is left of it anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasedRow {
    pub entity: String,
    pub row_id: String,
}

/// One page of the site's change feed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangePage {
    pub tables: Vec<TableRows>,
    pub conflicts: Vec<Superseded>,
    /// Rows erased since the cursor: every replica removes them.
    pub erased: Vec<ErasedRow>,
    /// The sequence number of the last change in the page (the cursor to continue from).
    pub last: i64,
    pub has_more: bool,
    /// The site's clock: later than every stamp in the page, so a laptop that observes it stamps its next edits
    /// after everything it has seen.
    pub clock: String,
}

/// Part of a page of the site's feed, as a laptop applies it (`Store::adopt_page`).
#[derive(Clone, Copy, Default)]
pub struct Adopted<'a> {
    pub tables: &'a [RowsPart<'a>],
    pub conflicts: &'a [Superseded],
    pub erased: &'a [ErasedRow],
}

/// What a workspace sends again to a restored site, in parts (see `Store::take_resent`).
pub struct Resent<'a> {
    /// Sent first: rows that no replica may bring back.
    pub erased: &'a [ErasedRow],
    pub tables: &'a [TableRows],
    pub conflicts: &'a [Superseded],
    /// On the last part: the last of the workspace's changes the site had acknowledged.
    pub acknowledged: Option<i64>,
}

/// A pushed change the site did not apply, because a field it changes breaks the rules the app enforces (an unknown
/// time zone, an end before the start): the app would never have saved it. The laptop drops it and takes the site's
/// value back, so that it is never stuck with a change the site refuses on every sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub mutation_id: i64,
    pub entity: String,
    pub row_id: String,
    pub fields: Vec<FieldError>,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let noun = Table::named(&self.entity).map_or(self.entity.as_str(), |t| t.noun);
        let fields: Vec<String> = self.fields.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
        write!(f, "change {} to {noun} {} refused: {}", self.mutation_id, self.row_id, fields.join("; "))
    }
}

/// The fields of each row (by table and id) that changes still in the outbox set.
type Waiting = std::collections::HashMap<(String, String), HashSet<String>>;

/// Who wrote with a node's stamps, for conflicts: an organiser's name, or the site's own registration form.
const FORM_AUTHOR: &str = "registration form";

/// Site: each write to a synced row, and each conflict, takes the next place in the change feed. Temporary triggers:
/// they exist on the site's connection only, so laptops pay nothing for a feed they do not serve.
const FEED_TRIGGERS: &str = "
    CREATE TEMP TRIGGER IF NOT EXISTS feed_superseded AFTER INSERT ON main.superseded WHEN NEW.concurrent BEGIN
        INSERT OR REPLACE INTO changes (entity, row_id) VALUES ('superseded', NEW.id);
    END;";

fn feed_trigger(table: &str, event: &str) -> String {
    format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS feed_{table}_{event} AFTER {event} ON main.{table} BEGIN
            INSERT OR REPLACE INTO changes (entity, row_id) VALUES ('{table}', NEW.id);
        END;"
    )
}

impl Store {
    /// Opens the site's copy: a workspace that also keeps the change feed.
    pub fn open_site(path: &std::path::Path) -> Result<Store> {
        let mut store = Store::open(path)?;
        store.keeps_outbox = false;
        let mut sql = FEED_TRIGGERS.to_string();
        for t in crate::record::TABLES {
            sql += &feed_trigger(t.name, "INSERT");
            sql += &feed_trigger(t.name, "UPDATE");
        }
        store.conn.execute_batch(&sql)?;
        Ok(store)
    }

    /// Site: the id of this copy of the data. A laptop whose cursor names another epoch (the site's data was replaced)
    /// must reload everything.
    pub fn epoch(&mut self) -> Result<String> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let epoch = match tx.query_row("SELECT value FROM meta WHERE key = 'epoch'", [], |r| r.get(0)).optional()? {
            Some(e) => e,
            None => {
                let e = Uuid::now_v7().simple().to_string();
                tx.execute("INSERT INTO meta (key, value) VALUES ('epoch', ?1)", [&e])?;
                e
            }
        };
        tx.commit()?;
        Ok(epoch)
    }

    /// Site: the sequence number of the latest change in the feed (0 when empty).
    pub fn feed_end(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| r.get(0))?)
    }

    /// Site: applies one push in one transaction. Mutations already applied (a retry, or a response that was lost)
    /// are skipped; a gap means a push went missing, and is refused so that the laptop sends it again. Returns the
    /// last mutation applied for the client.
    ///
    /// A client id belongs to the organiser whose token first pushed under it, and every stamp must be the client's
    /// own: another token cannot make a workspace's next changes look applied, nor a change look like someone
    /// else's (the author of a value is read from its stamp).
    pub fn apply_push(
        &mut self,
        client_id: &str,
        organiser: &str,
        meetings: &Meetings,
        mutations: &[Mutation],
        max_ahead_millis: u64,
    ) -> Result<(i64, Vec<Refusal>)> {
        let node = Some(client_id)
            .filter(|id| id.len() == 16)
            .and_then(|id| u64::from_str_radix(id, 16).ok())
            .ok_or_else(|| Error::Rejected(format!("malformed client id {client_id:?}")))?;
        self.write(|w| {
            if node == w.clock.node() {
                return Err(Error::Rejected("a client cannot push as the event site itself".into()));
            }
            let (last, _) = client_record(&w.tx, client_id, organiser)?;
            let mut applied = last;
            let mut refused = Vec::new();
            for m in mutations.iter().filter(|m| m.id > last) {
                if applied == last && m.id > last + 1 {
                    return Err(Error::SiteRestored(format!(
                        "this workspace's next change is {}, but the site has applied its changes only up to {last}",
                        m.id
                    )));
                }
                if m.id != applied + 1 {
                    return Err(Error::Rejected(format!(
                        "change {} arrived before change {}; send the changes from {} again",
                        m.id,
                        applied + 1,
                        applied + 1
                    )));
                }
                let hlc: Hlc = m.hlc.parse().map_err(|e: crate::hlc::MalformedHlc| Error::Rejected(e.to_string()))?;
                if hlc.node != node {
                    return Err(Error::Rejected(format!("change {} is stamped by another workspace", m.id)));
                }
                let hlc = w.clamp(hlc, max_ahead_millis);
                let mut broken = w.outside(m, meetings)?;
                if broken.is_empty() {
                    broken = w.broken_fields(m)?;
                }
                if broken.is_empty() {
                    w.apply(m, hlc, organiser)?;
                } else {
                    // Counted as applied (ids stay gap-free), and the row goes to the feed: the laptop takes the
                    // site's value back on its next pull.
                    w.feed(m)?;
                    refused.push(Refusal {
                        mutation_id: m.id,
                        entity: m.entity.clone(),
                        row_id: m.row_id.clone(),
                        fields: broken,
                    });
                }
                applied = m.id;
            }
            w.applied(client_id, applied, organiser)?;
            Ok((applied, refused))
        })
    }

    /// Site: the changes after sequence number `after`, at most `limit` of them. One range scan of the feed per
    /// table, not one lookup per row: a first pull of a large meeting is bound by the disk, not by queries.
    pub fn changes_since(&self, after: i64, limit: usize, meetings: &Meetings) -> Result<ChangePage> {
        let (last, count): (Option<i64>, i64) = self
            .conn
            .prepare_cached(
                "SELECT max(seq), count(*) FROM (SELECT seq FROM changes WHERE seq > ?1 ORDER BY seq LIMIT ?2)",
            )?
            .query_row(params![after, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let last = last.unwrap_or(after);
        let has_more = count as usize == limit
            && self
                .conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM changes WHERE seq > ?1)")?
                .query_row([last], |r| r.get(0))?;
        let mut tables = Vec::new();
        if count == 0 {
            return Ok(ChangePage {
                tables,
                conflicts: Vec::new(),
                erased: Vec::new(),
                last,
                has_more,
                clock: self.clock.last().to_string(),
            });
        }
        // CROSS JOIN keeps SQLite on the feed's range: the other order would scan the whole table.
        for table in crate::record::TABLES {
            let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
            let feed = |scope: &str| {
                format!(
                    "SELECT t.id, {}, t.deleted, t.clocks FROM changes c CROSS JOIN {} t ON t.id = c.row_id
                     WHERE c.seq > ?1 AND c.seq <= ?2 AND c.entity = '{}' AND {scope} ORDER BY c.seq",
                    columns.iter().map(|c| format!("t.{c}")).collect::<Vec<_>>().join(", "),
                    table.name,
                    table.name
                )
            };
            let sql = match meetings {
                Meetings::All => crate::store::cached_sql(table.name, "feed", || feed("1")),
                scoped => feed(&scoped.sql(&table)).into(),
            };
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let width = columns.len() + 3;
            let rows = stmt
                .query_map(params![after, last], |r| {
                    (0..width).map(|i| r.get::<_, rusqlite::types::Value>(i).map(as_json)).collect()
                })?
                .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
            if !rows.is_empty() {
                let columns = columns.into_iter().map(String::from).collect();
                tables.push(TableRows { entity: table.name.to_string(), columns, rows });
            }
        }
        let mut conflicts = superseded(
            &self.conn,
            "id IN (SELECT row_id FROM changes WHERE seq > ?1 AND seq <= ?2 AND entity = 'superseded')",
            params![after, last],
        )?;
        if *meetings != Meetings::All {
            let mut kept = Vec::new();
            for c in conflicts {
                let table =
                    Table::named(&c.entity).ok_or_else(|| Error::Corrupt(format!("unknown table {}", c.entity)))?;
                let sql = format!(
                    "SELECT EXISTS (SELECT 1 FROM {} t WHERE t.id = ?1 AND {})",
                    table.name,
                    meetings.sql(table)
                );
                if self.conn.query_row(&sql, [&c.row_id], |r| r.get(0))? {
                    kept.push(c);
                }
            }
            conflicts = kept;
        }
        let erased = self
            .conn
            .prepare_cached(
                "SELECT e.entity, e.row_id FROM changes c CROSS JOIN erased e ON e.entity = c.entity AND e.row_id = c.row_id
                 WHERE c.seq > ?1 AND c.seq <= ?2 ORDER BY c.seq",
            )?
            .query_map(params![after, last], |r| Ok(ErasedRow { entity: r.get(0)?, row_id: r.get(1)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ChangePage { tables, conflicts, erased, last, has_more, clock: self.clock.last().to_string() })
    }

    /// Site: checks what a client says it has had from the site (its changes applied up to `acknowledged`, the feed
    /// read up to `cursor`) against what the site remembers. More than the site remembers means the site's data was
    /// put back from an earlier copy: `SiteRestored`, and the client sends its rows again. Returns the feed position
    /// the site last sent the client.
    pub fn check_history(
        &self,
        client_id: &str,
        organiser: &str,
        acknowledged: i64,
        cursor: Option<i64>,
    ) -> Result<i64> {
        let (last, pulled) = client_record(&self.conn, client_id, organiser)?;
        if acknowledged > last {
            return Err(Error::SiteRestored(format!(
                "the site has applied this workspace's changes up to {last}, the workspace sent them up to {acknowledged}"
            )));
        }
        if let Some(seq) = cursor.filter(|&seq| seq > pulled) {
            return Err(Error::SiteRestored(format!(
                "the workspace has read the site's changes up to {seq}, the site remembers sending them up to {pulled}"
            )));
        }
        Ok(pulled)
    }

    /// Site: records that the feed up to `seq` was sent to a client (see `check_history`).
    /// Not synced to the disk at once: lost in a crash of the site, the record only makes the client's next pull look
    /// like a restore, and the client sends its rows again, which changes nothing.
    pub fn sent(&mut self, client_id: &str, organiser: &str, seq: i64) -> Result<()> {
        self.lightly(|s| {
            s.conn
                .prepare_cached(
                    "INSERT INTO clients (client_id, last_mutation_id, name, pulled) VALUES (?1, 0, ?2, ?3)
                     ON CONFLICT (client_id) DO UPDATE SET pulled = max(pulled, excluded.pulled)",
                )?
                .execute(params![client_id, organiser, seq])?;
            Ok(())
        })
    }

    /// Site: takes back rows a client sent again after the site was restored (`SiteRestored`): its rows as it holds
    /// them, each field with its stamp, merged field by field (the later stamp wins; a value it replaces is kept as
    /// superseded). A row the site lacks is taken whole. With `acknowledged`, the last part: the client's changes up to
    /// there count as applied, since their outcome came with the rows.
    pub fn take_resent(
        &mut self,
        client_id: &str,
        organiser: &str,
        meetings: &Meetings,
        resent: Resent<'_>,
        max_ahead_millis: u64,
    ) -> Result<()> {
        self.write(|w| {
            let (last, _) = client_record(&w.tx, client_id, organiser)?;
            for e in resent.erased {
                w.remove(&e.entity, &e.row_id)?;
                w.feed_row(&e.entity, &e.row_id)?;
            }
            for page in resent.tables {
                w.take_rows(page, meetings, max_ahead_millis)?;
            }
            for conflict in resent.conflicts {
                if Table::named(&conflict.entity).is_none() {
                    return Err(Error::Rejected(format!("a conflict over unknown rows {:?}", conflict.entity)));
                }
                keep_superseded(&w.tx, conflict)?;
            }
            match resent.acknowledged {
                Some(acknowledged) if acknowledged > last => w.applied(client_id, acknowledged, organiser),
                _ => Ok(()),
            }
        })
    }

    /// Laptop: the last of this workspace's changes the site has acknowledged: every change before the oldest still
    /// waiting (0 if it never synced).
    pub fn acknowledged(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce((SELECT min(mutation_id) - 1 FROM outbox),
                             (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mutation'), 0)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The rows erased on this replica (ids only).
    pub fn erased(&self) -> Result<Vec<ErasedRow>> {
        self.conn
            .prepare_cached("SELECT entity, row_id FROM erased ORDER BY entity, row_id")?
            .query_map([], |r| Ok(ErasedRow { entity: r.get(0)?, row_id: r.get(1)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(Into::into)
    }

    /// Laptop: up to `limit` of the conflicts this workspace holds, after id `after` (for a restored site).
    pub fn conflicts_after(&self, after: &str, limit: usize) -> Result<Vec<Superseded>> {
        superseded(&self.conn, "id > ?1 ORDER BY id LIMIT ?2", params![after, limit as i64])
    }

    /// Laptop: up to `limit` rows of `table` after id `after`, as the site's feed sends rows: what the workspace sends
    /// again to a restored site.
    pub fn rows_after(&self, table: &Table, after: &str, limit: usize) -> Result<TableRows> {
        let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
        let sql = crate::store::cached_sql(table.name, "rows_after", || {
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

    /// Every value that lost to another edit, for tests and audits.
    pub fn superseded(&self) -> Result<Vec<Superseded>> {
        superseded(&self.conn, "true", [])
    }

    /// Laptop: the address of the event site this workspace syncs with.
    pub fn site_url(&self) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = 'site_url'", [], |r| r.get(0)).optional()?)
    }

    /// Laptop: sets the event site. Another site means another feed: the cursor starts again.
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

    /// Laptop: the cursor in the site's change feed.
    pub fn sync_cursor(&self) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = 'cursor'", [], |r| r.get(0)).optional()?)
    }

    /// Laptop: forgets the cursor, so that the next pull reloads everything.
    pub fn reset_cursor(&mut self) -> Result<()> {
        self.conn.execute("DELETE FROM meta WHERE key = 'cursor'", [])?;
        Ok(())
    }

    /// Laptop: the site acknowledged every mutation up to `last`; they no longer wait.
    pub fn acknowledge(&mut self, last: i64) -> Result<()> {
        self.conn.prepare_cached("DELETE FROM outbox WHERE mutation_id <= ?1")?.execute([last])?;
        Ok(())
    }

    /// Laptop: applies rows of the site's feed and, with `cursor`, moves the cursor, in one transaction (without
    /// one, the cursor stays: part of a page); `durable` for the last part of a pull, which waits for the disk. An
    /// empty page with an unchanged cursor writes nothing (a sync with nothing to do costs no disk write).
    pub fn adopt_page(&mut self, page: Adopted<'_>, cursor: Option<&str>, clock: &str, durable: bool) -> Result<()> {
        let Adopted { tables, conflicts, erased } = page;
        let unchanged =
            tables.is_empty() && conflicts.is_empty() && erased.is_empty() && self.sync_cursor()?.as_deref() == cursor;
        if unchanged {
            return Ok(());
        }
        let clock: Hlc = clock.parse().map_err(|e: crate::hlc::MalformedHlc| Error::Rejected(e.to_string()))?;
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
                for c in conflicts {
                    keep_superseded(&w.tx, c)?;
                }
                for e in erased {
                    w.remove(&e.entity, &e.row_id)?;
                }
                if let Some(cursor) = cursor {
                    w.tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('cursor', ?1)")?
                        .execute([cursor])?;
                }
                Ok(())
            })
        };
        if durable { adopt(self) } else { self.lightly(adopt) }
    }

    /// The conflicts (values that lost to a concurrent edit), newest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut out = Vec::new();
        for s in superseded(&self.conn, "concurrent ORDER BY recorded_at DESC", [])? {
            let table = Table::named(&s.entity).ok_or_else(|| Error::Corrupt(format!("unknown table {}", s.entity)))?;
            let row = stored(&self.conn, table, &s.row_id)?;
            let open = match &row {
                Some(row) => field_clock(&row.clocks, &s.field)?.to_string() == s.winner_hlc,
                None => false,
            };
            let subject = match row {
                Some(row) => subject(table, &s.row_id, row.fields)?,
                None => table.noun.to_string(),
            };
            out.push(Conflict {
                lost_at: stamp_time(&s.hlc)?,
                won_at: stamp_time(&s.winner_hlc)?,
                subject,
                open,
                superseded: s,
            });
        }
        Ok(out)
    }

    /// Puts a losing value back, as a new edit of the organiser's (which syncs like any other).
    pub fn restore(&mut self, superseded_id: Uuid) -> Result<()> {
        let s = superseded(&self.conn, "id = ?1", [superseded_id.to_string()])?
            .pop()
            .ok_or_else(|| Error::NotFound { kind: "conflict", id: superseded_id.to_string() })?;
        let id = Uuid::parse_str(&s.row_id).map_err(|_| Error::Corrupt(format!("malformed row id {}", s.row_id)))?;
        self.write(|w| match s.entity.as_str() {
            Event::TABLE => w.restore_field::<Event>(id, &s.field, &s.value),
            Entry::TABLE => w.restore_field::<Entry>(id, &s.field, &s.value),
            Speaker::TABLE => w.restore_field::<Speaker>(id, &s.field, &s.value),
            Participation::TABLE => w.restore_field::<Participation>(id, &s.field, &s.value),
            Registration::TABLE => w.restore_field::<Registration>(id, &s.field, &s.value),
            FocalPoint::TABLE => w.restore_field::<FocalPoint>(id, &s.field, &s.value),
            other => Err(Error::Corrupt(format!("unknown table {other}"))),
        })
    }
}

impl Writer<'_> {
    /// Site: merges one organiser's change into its row, field by field: the later stamp wins and the loser is kept.
    /// `hlc` is the change's stamp after the site's clamp; `author` names the organiser who pushed it.
    pub fn apply(&mut self, m: &Mutation, hlc: Hlc, author: &str) -> Result<()> {
        self.observe(hlc);
        let table =
            Table::named(&m.entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {:?}", m.entity)))?;
        Uuid::parse_str(&m.row_id).map_err(|_| Error::Rejected(format!("malformed row id {:?}", m.row_id)))?;
        for name in m.changes.keys() {
            if name != "deleted" && name != ERASED && table.column(name).is_none() {
                return Err(Error::Rejected(format!("a {} has no field {name:?}", table.noun)));
            }
        }
        // An erased row stays erased, whatever a laptop that had not heard of it yet sends.
        if m.changes.contains_key(ERASED) || self.is_erased(table.name, &m.row_id)? {
            self.remove(table.name, &m.row_id)?;
            return self.feed(m);
        }
        match stored(&self.tx, table, &m.row_id)? {
            None => self.apply_new(table, m, hlc)?,
            Some(row) => self.apply_to(table, m, hlc, author, row)?,
        }
        self.feed(m)
    }

    /// Whatever the outcome of a push, its row takes a new place in the feed: the pusher hears the site's decision.
    fn feed(&mut self, m: &Mutation) -> Result<()> {
        self.feed_row(&m.entity, &m.row_id)
    }

    fn feed_row(&mut self, entity: &str, row_id: &str) -> Result<()> {
        self.tx
            .prepare_cached("INSERT OR REPLACE INTO changes (entity, row_id) VALUES (?1, ?2)")?
            .execute(params![entity, row_id])?;
        Ok(())
    }

    /// The fields of a pushed change that its token may not set: the row is (or would be moved to) a meeting the token
    /// does not cover.
    fn outside(&self, m: &Mutation, meetings: &Meetings) -> Result<Vec<FieldError>> {
        let Some(table) = Table::named(&m.entity).filter(|_| *meetings != Meetings::All) else { return Ok(Vec::new()) };
        let field = if table.name == Event::TABLE { "parent_event_id" } else { "event_id" };
        let Some(i) = table.column(field) else { return Ok(Vec::new()) };
        let mut places = Vec::new();
        if let Some(row) = stored(&self.tx, table, &m.row_id)? {
            places.push(row.fields[i].clone());
        }
        places.extend(m.changes.get(field).cloned());
        if places.is_empty() {
            places.push(Value::Null);
        }
        for place in places {
            let mut fields = vec![Value::Null; table.columns.len()];
            fields[i] = place;
            if !self.covers(meetings, table, &m.row_id, &fields)? {
                let message = format!("this organiser's token may change {meetings} only, not this {}", table.noun);
                return Ok(vec![FieldError::new(field, message)]);
            }
        }
        Ok(Vec::new())
    }

    /// Whether the row `id` of `table`, with these field values, is in one of `meetings` (a side event's rows are its
    /// meeting's).
    fn covers(&self, meetings: &Meetings, table: &Table, id: &str, fields: &[Value]) -> Result<bool> {
        if *meetings == Meetings::All {
            return Ok(true);
        }
        let id_in = |i: Option<usize>| i.and_then(|i| fields[i].as_str()).and_then(|s| Uuid::parse_str(s).ok());
        let meeting = if table.name == Event::TABLE {
            id_in(table.column("parent_event_id")).or_else(|| Uuid::parse_str(id).ok())
        } else {
            match id_in(table.column("event_id")) {
                Some(event) => Some(
                    self.tx
                        .prepare_cached("SELECT coalesce(parent_event_id, id) FROM events WHERE id = ?1")?
                        .query_row([event.to_string()], |r| r.get::<_, String>(0))
                        .optional()?
                        .and_then(|m| Uuid::parse_str(&m).ok())
                        .unwrap_or(event),
                ),
                None => None,
            }
        };
        Ok(meeting.is_some_and(|m| meetings.allows(m)))
    }

    /// The fields a pushed change sets that break the rules of the row as it would then be: only the row's own rules
    /// (an entry's block or a meeting's other rows may change meanwhile, elsewhere, without anyone being wrong), and
    /// only at the fields the change sets (a rule broken by two changes merged is not this one's fault).
    fn broken_fields(&self, m: &Mutation) -> Result<Vec<FieldError>> {
        let Some(table) = Table::named(&m.entity) else { return Ok(Vec::new()) };
        if m.changes.keys().all(|k| k == "deleted") || m.changes.contains_key(ERASED) {
            return Ok(Vec::new());
        }
        let mut values = match stored(&self.tx, table, &m.row_id)? {
            Some(row) => row.fields,
            None => vec![Value::Null; table.columns.len()],
        };
        for (name, value) in &m.changes {
            if let Some(i) = table.column(name) {
                values[i] = value.clone();
            }
        }
        // A row that cannot be read at all is refused as a whole by `apply`, with the reason.
        let checked = match table.name {
            Event::TABLE => to_record::<Event>(&m.row_id, values).map(|e| crate::validate::event(&e)),
            Entry::TABLE => {
                let entry = to_record::<Entry>(&m.row_id, values);
                // The zone only words the message; a meeting not (yet) on the site leaves it in UTC.
                let zone = match &entry {
                    Ok(e) => self.event_zone(e.event_id)?,
                    Err(_) => None,
                };
                let tz = zone.and_then(|z| z.parse().ok()).unwrap_or(chrono_tz::UTC);
                entry.map(|e| crate::validate::entry_alone(&e, tz))
            }
            Speaker::TABLE => to_record::<Speaker>(&m.row_id, values).map(|s| crate::validate::speaker(&s)),
            Registration::TABLE => {
                to_record::<Registration>(&m.row_id, values).map(|r| crate::validate::registration(&r))
            }
            FocalPoint::TABLE => to_record::<FocalPoint>(&m.row_id, values).map(|f| crate::validate::focal_point(&f)),
            _ => Ok(Ok(())),
        };
        Ok(match checked {
            Ok(Err(Error::Invalid(fields))) => {
                fields.into_iter().filter(|f| m.changes.contains_key(&f.field)).collect()
            }
            _ => Vec::new(),
        })
    }

    fn apply_new(&mut self, table: &Table, m: &Mutation, hlc: Hlc) -> Result<()> {
        let values: Vec<Value> =
            table.columns.iter().map(|(c, _)| m.changes.get(*c).cloned().unwrap_or(Value::Null)).collect();
        check_row(table, &m.row_id, &values)
            .map_err(|e| Error::Rejected(format!("a new {} without its fields: {e}", table.noun)))?;
        let deleted = m.changes.get("deleted").and_then(Value::as_bool).unwrap_or(false);
        let clocks: Map<String, Value> =
            [(ALL_FIELDS.to_string(), Value::String(hlc.to_string()))].into_iter().collect();
        self.write_row(&insert_sql(table), table, &m.row_id, &values, deleted, &clocks)
    }

    fn apply_to(
        &mut self,
        table: &Table,
        m: &Mutation,
        hlc: Hlc,
        author: &str,
        row: crate::record::StoredRow,
    ) -> Result<()> {
        let (mut values, mut deleted, mut clocks) = (row.fields, row.deleted, row.clocks);
        let mut changed = false;
        for (name, incoming) in &m.changes {
            let current = match table.column(name) {
                Some(i) => values[i].clone(),
                None => Value::Bool(deleted),
            };
            let current_hlc = field_clock(&clocks, name)?;
            if hlc == current_hlc || (current == *incoming && hlc < current_hlc) {
                continue;
            }
            let current_author = self.author_of(current_hlc)?;
            if hlc > current_hlc {
                if current != *incoming {
                    let knew = m.base.get(name).and_then(Value::as_str) == Some(current_hlc.to_string().as_str());
                    let lost = Loss { value: current, hlc: current_hlc, author: &current_author };
                    let won = Loss { value: incoming.clone(), hlc, author };
                    self.keep(table, &m.row_id, name, lost, won, !knew)?;
                }
                match table.column(name) {
                    Some(i) => values[i] = incoming.clone(),
                    None => deleted = incoming.as_bool().unwrap_or(deleted),
                }
                clocks.insert(name.clone(), Value::String(hlc.to_string()));
                changed = true;
            } else {
                let lost = Loss { value: incoming.clone(), hlc, author };
                let won = Loss { value: current, hlc: current_hlc, author: &current_author };
                self.keep(table, &m.row_id, name, lost, won, true)?;
            }
        }
        if changed {
            check_row(table, &m.row_id, &values).map_err(|e| Error::Rejected(format!("a {}: {e}", table.noun)))?;
            self.write_row(&update_sql(table), table, &m.row_id, &values, deleted, &clocks)?;
        }
        Ok(())
    }

    fn keep(
        &self,
        table: &Table,
        row_id: &str,
        field: &str,
        lost: Loss<'_>,
        won: Loss<'_>,
        concurrent: bool,
    ) -> Result<()> {
        keep_superseded(
            &self.tx,
            &Superseded {
                id: Uuid::now_v7(),
                entity: table.name.to_string(),
                row_id: row_id.to_string(),
                field: field.to_string(),
                value: lost.value,
                hlc: lost.hlc.to_string(),
                author: lost.author.to_string(),
                winner_value: won.value,
                winner_hlc: won.hlc.to_string(),
                winner_author: won.author.to_string(),
                concurrent,
                recorded_at: Utc::now(),
            },
        )
    }

    /// Site: merges rows sent again after a restore (see `Store::take_resent`).
    fn take_rows(&mut self, page: &TableRows, meetings: &Meetings, max_ahead_millis: u64) -> Result<()> {
        let table = checked_table(&page.entity, &page.columns)?;
        for row in &page.rows {
            let (id, incoming) = read_sent_row(table, row)?;
            Uuid::parse_str(id).map_err(|_| Error::Rejected(format!("malformed row id {id:?}")))?;
            if self.is_erased(table.name, id)? || !self.covers(meetings, table, id, &incoming.fields)? {
                continue;
            }
            let mut clocks = Map::new();
            for (name, stamp) in &incoming.clocks {
                let hlc = stamp
                    .as_str()
                    .and_then(|s| s.parse::<Hlc>().ok())
                    .ok_or_else(|| Error::Rejected(format!("a {} with a malformed stamp for {name}", table.noun)))?;
                let hlc = self.clamp(hlc, max_ahead_millis);
                self.observe(hlc);
                clocks.insert(name.clone(), Value::String(hlc.to_string()));
            }
            field_clock(&clocks, ALL_FIELDS)
                .map_err(|_| Error::Rejected(format!("a {} without the stamp of its creation", table.noun)))?;
            check_row(table, id, &incoming.fields).map_err(|e| Error::Rejected(format!("a {}: {e}", table.noun)))?;
            let Some(local) = stored(&self.tx, table, id)? else {
                self.write_row(&insert_sql(table), table, id, &incoming.fields, incoming.deleted, &clocks)?;
                continue;
            };
            let (mut values, mut deleted, mut merged) = (local.fields.clone(), local.deleted, local.clocks.clone());
            let names = table.columns.iter().map(|(c, _)| *c).chain(["deleted"]);
            for name in names {
                let (mine, theirs) = (field_clock(&local.clocks, name)?, field_clock(&clocks, name)?);
                if theirs <= mine {
                    continue;
                }
                let (current, sent) = match table.column(name) {
                    Some(i) => (values[i].clone(), incoming.fields[i].clone()),
                    None => (Value::Bool(deleted), Value::Bool(incoming.deleted)),
                };
                if current != sent {
                    let (lost_author, won_author) = (self.author_of(mine)?, self.author_of(theirs)?);
                    let lost = Loss { value: current, hlc: mine, author: &lost_author };
                    let won = Loss { value: sent.clone(), hlc: theirs, author: &won_author };
                    // Not shown as a conflict: most often the value the site had before the copy was restored.
                    self.keep(table, id, name, lost, won, false)?;
                }
                match table.column(name) {
                    Some(i) => values[i] = sent,
                    None => deleted = incoming.deleted,
                }
                merged.insert(name.to_string(), Value::String(theirs.to_string()));
            }
            if merged != local.clocks {
                check_row(table, id, &values).map_err(|e| Error::Rejected(format!("a {}: {e}", table.noun)))?;
                self.write_row(&update_sql(table), table, id, &values, deleted, &merged)?;
            }
        }
        Ok(())
    }

    /// Site: records that a client's mutations up to `last` are applied, and the organiser's name.
    fn applied(&mut self, client_id: &str, last: i64, name: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO clients (client_id, last_mutation_id, name) VALUES (?1, ?2, ?3)
                 ON CONFLICT (client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id",
            )?
            .execute(params![client_id, last, name])?;
        Ok(())
    }

    fn author_of(&self, hlc: Hlc) -> Result<String> {
        if hlc.node == self.clock.node() {
            return Ok(FORM_AUTHOR.to_string());
        }
        let name = self
            .tx
            .prepare_cached("SELECT name FROM clients WHERE client_id = ?1")?
            .query_row([format!("{:016x}", hlc.node)], |r| r.get::<_, String>(0))
            .optional()?;
        Ok(name.unwrap_or_else(|| "an organiser".to_string()))
    }

    /// Site: the stamp the site's clock gives to a change stamped `hlc` by a laptop. A laptop whose clock runs far
    /// ahead would otherwise win every edit until the world caught up: such a stamp is brought back to the site's
    /// now (keeping its node), after every stamp the site has seen.
    pub fn clamp(&mut self, hlc: Hlc, max_ahead_millis: u64) -> Hlc {
        let now = now_millis();
        if hlc.millis <= now + max_ahead_millis {
            return hlc;
        }
        let site = self.clock.tick(now);
        self.mark_stamped();
        Hlc { node: hlc.node, ..site }
    }

    /// Laptop: takes the site's rows, except fields with a newer change of ours still waiting to be pushed. A row
    /// new to this laptop is inserted as it came; only a row it has already is read and merged.
    fn adopt(&mut self, page: RowsPart<'_>, waiting: Option<&Waiting>) -> Result<()> {
        let table = checked_table(page.entity, page.columns)?;
        self.changed.insert(table.name);
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
    fn write_row(
        &self,
        sql: &str,
        table: &Table,
        id: &str,
        values: &[Value],
        deleted: bool,
        clocks: &Map<String, Value>,
    ) -> Result<()> {
        let values: Vec<_> = table.columns.iter().zip(values).map(|((_, kind), v)| to_sql(v, *kind)).collect();
        self.tx.prepare_cached(sql)?.execute(params_from_iter(row_values(id, &values, deleted, clocks)))?;
        Ok(())
    }

    /// The fields changed by mutations still in the outbox, by row; None when nothing waits (the common case). Read
    /// once per page rather than looked up per row: the outbox has no index by row, which would slow every write.
    fn waiting(&self) -> Result<Option<Waiting>> {
        let mut stmt = self.tx.prepare_cached("SELECT entity, row_id, changes FROM outbox")?;
        let mut rows = stmt.query([])?;
        let mut waiting = Waiting::new();
        while let Some(row) = rows.next()? {
            let (entity, row_id, changes): (String, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let changes: Map<String, Value> = serde_json::from_str(&changes)?;
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

    fn restore_field<R: Record>(&mut self, id: Uuid, field: &str, value: &Value) -> Result<()> {
        let table = Table::of::<R>();
        let row = stored(&self.tx, &table, &id.to_string())?
            .ok_or_else(|| Error::NotFound { kind: R::NOUN, id: id.to_string() })?;
        if field == "deleted" && value.as_bool() == Some(true) {
            return self.delete::<R>(id).map(drop);
        }
        let mut record = fields(&to_record::<R>(&id.to_string(), row.fields)?)?;
        if field != "deleted" {
            record.insert(field.to_string(), value.clone());
        }
        record.insert("id".into(), Value::String(id.to_string()));
        let record: R = serde_json::from_value(Value::Object(record))?;
        self.put(&record).map(drop)
    }
}

/// The table a page of rows is for, if its columns are this app's.
fn checked_table(entity: &str, columns: &[String]) -> Result<&'static Table> {
    let table = Table::named(entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {entity:?}")))?;
    if !columns.iter().map(String::as_str).eq(table.columns.iter().map(|(c, _)| *c)) {
        return Err(Error::Rejected(format!("the {} sent have other fields: update the app or the site", table.noun)));
    }
    Ok(table)
}

/// A row as sent (id, fields, deleted, clocks), read.
fn read_sent_row<'r>(table: &Table, row: &'r [Value]) -> Result<(&'r str, RowState)> {
    let width = table.columns.len() + 3;
    if row.len() != width {
        return Err(Error::Rejected(format!("a {} with {} values instead of {width}", table.noun, row.len())));
    }
    let id = row[0].as_str().ok_or_else(|| Error::Rejected("a row without its id".into()))?;
    let fields = table
        .columns
        .iter()
        .zip(&row[1..])
        .map(|((_, kind), v)| crate::record::from_sql(as_sql(v), *kind))
        .collect::<Result<Vec<_>>>()?;
    let clocks = match row[width - 1].as_str().map(serde_json::from_str) {
        Some(Ok(Value::Object(clocks))) => clocks,
        _ => return Err(Error::Rejected(format!("a {} without its clocks", table.noun))),
    };
    let deleted = row[width - 2].as_i64() == Some(1);
    Ok((id, RowState { fields, deleted, clocks }))
}

/// Site: the client's record (its changes applied up to, the feed sent up to), after checking that the client id is
/// the organiser's: a client id belongs to the token that first used it.
fn client_record(conn: &rusqlite::Connection, client_id: &str, organiser: &str) -> Result<(i64, i64)> {
    let known: Option<(i64, i64, String)> = conn
        .prepare_cached("SELECT last_mutation_id, pulled, name FROM clients WHERE client_id = ?1")?
        .query_row([client_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match known {
        Some((_, _, owner)) if owner != organiser => Err(Error::Rejected(format!(
            "this workspace's changes come with {owner}'s token, not {organiser}'s: set your own token in a workspace \
             of your own"
        ))),
        Some((last, pulled, _)) => Ok((last, pulled)),
        None => Ok((0, 0)),
    }
}

/// A stored value as it travels: SQLite's types map one to one onto JSON's.
fn as_json(v: rusqlite::types::Value) -> Value {
    use rusqlite::types::Value as Sql;
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => Value::from(i),
        Sql::Real(f) => Value::from(f),
        Sql::Text(s) => Value::String(s),
        Sql::Blob(b) => Value::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// A value as it travels, as an SQL parameter, borrowed: a pull inserts rows without copying their text.
fn borrowed_sql(v: &Value) -> rusqlite::types::ToSqlOutput<'_> {
    use rusqlite::types::{ToSqlOutput, ValueRef};
    match v {
        Value::String(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        other => ToSqlOutput::Owned(as_sql(other)),
    }
}

fn as_sql(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => n.as_i64().map(Sql::Integer).unwrap_or_else(|| Sql::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

/// One side of a lost race: a value, its stamp and who wrote it.
struct Loss<'a> {
    value: Value,
    hlc: Hlc,
    author: &'a str,
}

/// Whether `values` make a valid record of the table (a pushed row cannot store what the site cannot show).
fn check_row(table: &Table, id: &str, values: &[Value]) -> Result<()> {
    let values = values.to_vec();
    match table.name {
        Event::TABLE => to_record::<Event>(id, values).map(drop),
        Entry::TABLE => to_record::<Entry>(id, values).map(drop),
        Speaker::TABLE => to_record::<Speaker>(id, values).map(drop),
        Participation::TABLE => to_record::<Participation>(id, values).map(drop),
        Registration::TABLE => to_record::<Registration>(id, values).map(drop),
        FocalPoint::TABLE => to_record::<FocalPoint>(id, values).map(drop),
        other => Err(Error::Corrupt(format!("unknown table {other}"))),
    }
}

/// What a row is, in words, for the conflicts list.
fn subject(table: &Table, id: &str, values: Vec<Value>) -> Result<String> {
    Ok(match table.name {
        Event::TABLE => format!("meeting “{}”", to_record::<Event>(id, values)?.title),
        Entry::TABLE => format!("entry “{}”", to_record::<Entry>(id, values)?.title),
        Speaker::TABLE => format!("speaker {}", to_record::<Speaker>(id, values)?.display_name()),
        Registration::TABLE => {
            let r = to_record::<Registration>(id, values)?;
            format!("registration of {} {}", r.given_name, r.family_name)
        }
        FocalPoint::TABLE => format!("focal point {}", to_record::<FocalPoint>(id, values)?.name),
        _ => table.noun.to_string(),
    })
}

fn stamp_time(hlc: &str) -> Result<DateTime<Utc>> {
    let hlc: Hlc = hlc.parse().map_err(|e: crate::hlc::MalformedHlc| Error::Corrupt(e.to_string()))?;
    DateTime::from_timestamp_millis(hlc.millis as i64).ok_or_else(|| Error::Corrupt("a stamp out of range".into()))
}

fn keep_superseded(conn: &rusqlite::Connection, s: &Superseded) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO superseded (id, entity, row_id, field, value, hlc, author, winner_value, winner_hlc,
            winner_author, concurrent, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        s.id.to_string(),
        s.entity,
        s.row_id,
        s.field,
        s.value.to_string(),
        s.hlc,
        s.author,
        s.winner_value.to_string(),
        s.winner_hlc,
        s.winner_author,
        s.concurrent,
        s.recorded_at.to_rfc3339(),
    ])?;
    Ok(())
}

fn superseded(conn: &rusqlite::Connection, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Superseded>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, entity, row_id, field, value, hlc, author, winner_value, winner_hlc, winner_author, concurrent,
            recorded_at FROM superseded WHERE {filter}"
    ))?;
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, String>(0)?,
            [r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?],
            [r.get::<_, String>(7)?, r.get(8)?, r.get(9)?],
            r.get::<_, bool>(10)?,
            r.get::<_, String>(11)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (
            id,
            [entity, row_id, field, value, hlc, author],
            [winner_value, winner_hlc, winner_author],
            concurrent,
            at,
        ) = row?;
        out.push(Superseded {
            id: Uuid::parse_str(&id).map_err(|_| Error::Corrupt("malformed conflict id".into()))?,
            entity,
            row_id,
            field,
            value: serde_json::from_str(&value)?,
            hlc,
            author,
            winner_value: serde_json::from_str(&winner_value)?,
            winner_hlc,
            winner_author,
            concurrent,
            recorded_at: DateTime::parse_from_rfc3339(&at)
                .map_err(|_| Error::Corrupt("malformed time".into()))?
                .with_timezone(&Utc),
        });
    }
    Ok(out)
}
