//! One page of a meeting's registrations for the organisers' table, found in the search index kept in memory
//! (`index.rs`) and read from SQLite by rowid.

use super::index::RegistrationIndex;
use super::query::{RegistrationPage, RegistrationQuery, STATUSES, StatusCount};
use crate::error::{Error, FieldError, Result};
use crate::model::{Record, Registration, Table};
use crate::storage::Store;
use crate::storage::record::{read_row, select_sql, to_record};

/// The most rows one page may have: a screenful is about 30.
const MAX_PAGE: u32 = 1_000;

impl Store {
    /// One page of a meeting's registrations for the organisers' table.
    pub fn registration_page(&self, query: &RegistrationQuery) -> Result<RegistrationPage> {
        if query.limit == 0 || query.limit > MAX_PAGE {
            return Err(Error::Invalid(vec![FieldError::new(
                "limit",
                format!("a page has 1 to {MAX_PAGE} rows, not {}", query.limit),
            )]));
        }
        let conn = self.connection();
        let found = self.with_kept(
            Registration::TABLE,
            query.event_id,
            |conn| RegistrationIndex::build(conn, query.event_id),
            |index| index.find(conn, query),
        )?;
        let table = Table::of::<Registration>();
        let mut read = conn.prepare_cached(&format!("{} WHERE rowid = ?1", select_sql(&table)))?;
        let mut rows = Vec::with_capacity(found.rowids.len());
        for rowid in found.rowids {
            let mut row = read.query([rowid])?;
            if let Some(row) = row.next()? {
                let id: String = row.get(0)?;
                rows.push(to_record(&id, read_row(&table, row)?.fields)?);
            }
        }
        let by_status = STATUSES
            .into_iter()
            .map(|status| StatusCount { status, count: found.by_status.get(&status).copied().unwrap_or(0) })
            .collect();
        let (matching, total) = (found.matching, found.total);
        Ok(RegistrationPage { rows, offset: query.offset, matching, total, by_status })
    }
}
