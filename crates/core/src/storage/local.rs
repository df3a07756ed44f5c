//! Meetings kept on this laptop until an organiser shares them (docs/architecture.md, "Sharing and publishing"): their
//! changes stay out of the outbox, and sharing one puts its rows in whole.

use uuid::Uuid;

use super::record::cached_sql;
use super::store::Store;
use super::writer::Writer;
use crate::error::{Error, Result};
use crate::model::Table;

/// Whether an event is kept on this laptop.
const IS_LOCAL_EVENT: &str = "SELECT EXISTS (SELECT 1 FROM local_events WHERE event_id = ?1)";

impl Store {
    /// Whether the meeting of `event_id` is shared with the event site (else its changes stay on this laptop).
    pub fn is_shared(&self, event_id: Uuid) -> Result<bool> {
        Ok(!self.conn.prepare_cached(IS_LOCAL_EVENT)?.query_row([event_id.to_string()], |r| r.get::<_, bool>(0))?)
    }

    /// The meetings kept on this laptop, not shared with the event site.
    pub fn local_meetings(&self) -> Result<Vec<Uuid>> {
        let mut stmt = self.conn.prepare_cached("SELECT event_id FROM local_events")?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter()
            .map(|id| Uuid::parse_str(id).map_err(|e| Error::Corrupt(format!("local meeting {id}: {e}"))))
            .collect()
    }

    /// Shares a meeting, kept on this laptop until now, with the event site: every row of it and of its side events
    /// goes into the outbox as new, and its later changes follow like any other. Returns whether it was local.
    pub fn share(&mut self, meeting: Uuid) -> Result<bool> {
        self.write(|w| w.share(meeting))
    }
}

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
    pub(super) fn is_local(&mut self, entity: &str, row_id: &str) -> Result<bool> {
        if !self.any_local()? {
            return Ok(false);
        }
        let table = Table::named(entity).ok_or_else(|| Error::Rejected(format!("unknown kind of row {entity:?}")))?;
        let sql = cached_sql(table.name, "is_local", || match table.name {
            "events" => IS_LOCAL_EVENT.to_string(),
            t => format!(
                "SELECT EXISTS (SELECT 1 FROM local_events WHERE event_id = (SELECT event_id FROM {t} WHERE id = ?1))"
            ),
        });
        Ok(self.tx.prepare_cached(&sql)?.query_row([row_id], |r| r.get(0))?)
    }

    /// A new event made on this laptop stays on it: a meeting until it is shared, a side event as long as its meeting.
    pub(super) fn keep_local(&mut self, event_id: &str) -> Result<()> {
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
        for table in crate::model::TABLES.iter() {
            let column = if table.name == "events" { "id" } else { "event_id" };
            for event in &events {
                let ids: Vec<String> = self
                    .tx
                    .prepare(&format!("SELECT id FROM {} WHERE {column} = ?1 AND deleted = 0", table.name))?
                    .query_map([event], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in ids {
                    let hlc = self.stamp();
                    self.log_created(table.name, &id, &hlc.to_string())?;
                }
            }
        }
        Ok(true)
    }
}
