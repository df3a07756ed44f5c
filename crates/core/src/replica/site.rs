//! The event site's side of sync: its change feed, pushes merged field by field (the later stamp wins, the loser
//! kept), the pages of changes each organiser's laptop pulls, and what each client was sent.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::merge::{
    ChangePage, ErasedRow, Loss, Meetings, Refusal, Resent, Superseded, TableRows, as_json, check_row, checked_table,
    keep_superseded, read_sent_row, superseded,
};
use crate::error::{Error, FieldError, Result};
use crate::model::{Entry, Event, FocalPoint, Registration, Speaker, Translation};
use crate::model::{Record, Table};
use crate::msg;
use crate::storage::record::{insert_sql, stored, to_record, update_sql};
use crate::storage::{ALL_FIELDS, ERASED, Hlc, Mutation, Store, Writer, field_clock, now_millis};

/// Who wrote with a node's stamps, for conflicts: an organiser's name, or the site's own registration form.
const FORM_AUTHOR: &str = "registration form";

/// Each write to a synced row, and each conflict, takes the next place in the change feed. Temporary triggers:
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
        for t in crate::model::TABLES {
            sql += &feed_trigger(t.name, "INSERT");
            sql += &feed_trigger(t.name, "UPDATE");
        }
        store.conn.execute_batch(&sql)?;
        Ok(store)
    }

    /// The id of this copy of the data. A laptop whose cursor names another epoch (the site's data was replaced)
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

    /// The sequence number of the latest change in the feed (0 when empty).
    pub fn feed_end(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| r.get(0))?)
    }

    /// Applies one push in one transaction. Mutations already applied (a retry, or a response that was lost)
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
            // Its changes are named as the organiser named themselves (`name_client`), else by the token's label.
            let author: String =
                w.tx.prepare_cached("SELECT shown_as FROM clients WHERE client_id = ?1")?
                    .query_row([client_id], |r| r.get::<_, Option<String>>(0))
                    .optional()?
                    .flatten()
                    .unwrap_or_else(|| organiser.to_string());
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
                let hlc: Hlc =
                    m.hlc.parse().map_err(|e: crate::storage::MalformedHlc| Error::Rejected(e.to_string()))?;
                if hlc.node != node {
                    return Err(Error::Rejected(format!("change {} is stamped by another workspace", m.id)));
                }
                let hlc = w.clamp(hlc, max_ahead_millis);
                let mut broken = w.outside(m, meetings)?;
                if broken.is_empty() {
                    broken = w.broken_fields(m)?;
                }
                if broken.is_empty() {
                    w.apply(m, hlc, &author)?;
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

    /// The changes after sequence number `after`, at most `limit` of them. One range scan of the feed per
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
        for table in crate::model::TABLES {
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
                Meetings::All => crate::storage::record::cached_sql(table.name, "feed", || feed("1")),
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

    /// Checks what a client says it has had from the site (its changes applied up to `acknowledged`, the feed
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

    /// Records the name an organiser gave, which conflicts over their changes show from then on instead of their
    /// token's label (a client of another token's is refused, as by a push).
    pub fn name_client(&mut self, client_id: &str, organiser: &str, shown_as: &str) -> Result<()> {
        let known: Option<String> = self
            .conn
            .prepare_cached("SELECT shown_as FROM clients WHERE client_id = ?1")?
            .query_row([client_id], |r| r.get(0))
            .optional()?
            .flatten();
        if known.as_deref() == Some(shown_as) {
            return Ok(());
        }
        self.write(|w| {
            client_record(&w.tx, client_id, organiser)?;
            w.tx.prepare_cached(
                "INSERT INTO clients (client_id, last_mutation_id, name, shown_as) VALUES (?1, 0, ?2, ?3)
                 ON CONFLICT (client_id) DO UPDATE SET shown_as = excluded.shown_as",
            )?
            .execute(params![client_id, organiser, shown_as])?;
            Ok(())
        })
    }

    /// Records that the feed up to `seq` was sent to a client (see `check_history`).
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

    /// Takes back rows a client sent again after the site was restored (`SiteRestored`): its rows as it holds
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
}

impl Writer<'_> {
    /// Merges one organiser's change into its row, field by field: the later stamp wins and the loser is kept.
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
    pub(super) fn feed(&mut self, m: &Mutation) -> Result<()> {
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
                let ids: Vec<String> = match meetings {
                    Meetings::Only(ids) => ids.iter().map(Uuid::to_string).collect(),
                    Meetings::All => Vec::new(),
                };
                let kind = table.noun.replace(' ', "_");
                let message = msg!("error-token-outside", count = ids.len(), meetings = ids.join(", "), kind = kind);
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
            Event::TABLE => to_record::<Event>(&m.row_id, values).map(|e| crate::rules::validate::event(&e)),
            Entry::TABLE => {
                let entry = to_record::<Entry>(&m.row_id, values);
                // The zone only words the message; a meeting not (yet) on the site leaves it in UTC.
                let zone = match &entry {
                    Ok(e) => crate::programme::meeting_zone(self, e.event_id)?,
                    Err(_) => None,
                };
                let tz = zone.and_then(|z| z.parse().ok()).unwrap_or(chrono_tz::UTC);
                entry.map(|e| crate::rules::validate::entry_alone(&e, tz))
            }
            Speaker::TABLE => to_record::<Speaker>(&m.row_id, values).map(|s| crate::rules::validate::speaker(&s)),
            Registration::TABLE => {
                to_record::<Registration>(&m.row_id, values).map(|r| crate::rules::validate::registration(&r))
            }
            FocalPoint::TABLE => {
                to_record::<FocalPoint>(&m.row_id, values).map(|f| crate::rules::validate::focal_point(&f))
            }
            Translation::TABLE => {
                to_record::<Translation>(&m.row_id, values).map(|t| crate::rules::validate::translation(&t))
            }
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
        row: crate::storage::record::StoredRow,
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
        .map(drop)
    }

    /// Merges rows sent again after a restore (see `Store::take_resent`).
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

    /// Records that a client's mutations up to `last` are applied, and the organiser's name.
    pub(super) fn applied(&mut self, client_id: &str, last: i64, name: &str) -> Result<()> {
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
            .prepare_cached("SELECT coalesce(shown_as, name) FROM clients WHERE client_id = ?1")?
            .query_row([format!("{:016x}", hlc.node)], |r| r.get::<_, String>(0))
            .optional()?;
        Ok(name.unwrap_or_else(|| "an organiser".to_string()))
    }

    /// The stamp the site's clock gives to a change stamped `hlc` by a laptop. A laptop whose clock runs far
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
}

/// The client's record (its changes applied up to, the feed sent up to), after checking that the client id is
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
