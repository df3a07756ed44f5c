//! What the site's mail and retention read and note of registrations: the changes to write about, what became of
//! a mail, and the erasure of registrations whose meeting ended long ago.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::{MailNote, Registration};
use crate::model::{Record, Table};
use crate::storage::Store;
use crate::storage::record::{read_row, select_sql, to_record};

impl Store {
    /// Site: the registrations written after position `after` of the site's change feed, oldest change first, with
    /// the position of each (at most `limit`): what the site's mail follows. Deleted and erased ones are left out.
    pub fn registrations_changed_after(&self, after: i64, limit: u32) -> Result<Vec<(i64, Registration)>> {
        let conn = self.connection();
        let table = Table::of::<Registration>();
        // The change's position after the row's own columns (no column of the two tables shares a name).
        let select = select_sql(&table).replacen(" FROM ", ", changes.seq FROM ", 1);
        let sql = format!(
            "{select} JOIN changes ON changes.entity = '{0}' AND changes.row_id = {0}.id \
             WHERE changes.seq > ?1 AND deleted = 0 ORDER BY changes.seq LIMIT ?2",
            Registration::TABLE,
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params![after, limit])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let stored = read_row(&table, row)?;
            let id: String = row.get(0)?;
            let seq: i64 = row.get(table.columns.len() + 3)?;
            out.push((seq, to_record(&id, stored.fields)?));
        }
        Ok(out)
    }

    /// Site: notes what became of the last mail about a registration, for the organisers to see (it syncs).
    pub fn note_mail(&mut self, id: Uuid, note: MailNote) -> Result<()> {
        self.write(|w| {
            let mut registration: Registration = w.get(id)?;
            registration.mail = Some(note);
            w.put(&registration).map(drop)
        })
    }

    /// Erases the registrations of every meeting whose last day was before `before` (a retention period ended):
    /// each as `erase_registration` does, so their erasure syncs. Returns how many.
    pub fn erase_registrations_ended_before(&mut self, before: chrono::NaiveDate) -> Result<u32> {
        let ids: Vec<String> = self
            .connection()
            .prepare_cached(
                "SELECT registrations.id FROM registrations JOIN events ON events.id = registrations.event_id
                 WHERE events.ends_on < ?1",
            )?
            .query_map([before.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.is_empty() {
            return Ok(0);
        }
        self.write(|w| {
            for id in &ids {
                let id = Uuid::parse_str(id).map_err(|_| Error::Corrupt(format!("malformed row id {id}")))?;
                w.erase::<Registration>(id)?;
            }
            Ok(ids.len() as u32)
        })
    }
}
