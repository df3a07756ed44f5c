//! A meeting's registrations as a query finds them in the search index kept in memory (`index.rs`), read from SQLite
//! by rowid: one page for the organisers' table, and every one for "select all" and the participants list, by the
//! same rules of search.

use super::index::RegistrationIndex;
use super::query::{RegistrationPage, RegistrationQuery, StatusCount};
use crate::error::{Error, Result};
use crate::model::RegistrationStatus;
use crate::msg;
use uuid::Uuid;

use crate::model::{Record, Registration, Table};
use crate::storage::Store;
use crate::storage::record::{read_fields, select_sql, to_record};

/// The most rows one page may have: a screenful is about 30.
const MAX_PAGE: u32 = 1_000;

impl Store {
    /// One page of a meeting's registrations for the organisers' table.
    pub fn registration_page(&self, query: &RegistrationQuery) -> Result<RegistrationPage> {
        if query.limit == 0 || query.limit > MAX_PAGE {
            return Err(Error::invalid("limit", msg!("error-page-size", most = MAX_PAGE, asked = query.limit)));
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
                rows.push(to_record(&id, read_fields(&table, row)?)?);
            }
        }
        let by_status = RegistrationStatus::ALL
            .into_iter()
            .map(|status| StatusCount { status, count: found.by_status[status as usize] })
            .collect();
        let (matching, total) = (found.matching, found.total);
        Ok(RegistrationPage { rows, offset: query.offset, matching, total, by_status })
    }
}

impl Store {
    /// The ids of every registration `query` matches, in its order (its offset and limit aside): "select all".
    pub fn registration_ids(&self, query: &RegistrationQuery) -> Result<Vec<Uuid>> {
        let mut ids = Vec::new();
        let select = format!("SELECT id FROM {}", Registration::TABLE);
        self.each_matching(query, &select, |row| {
            let id: String = row.get(0)?;
            ids.push(id.parse().map_err(|_| Error::Corrupt("a registration's id".into()))?);
            Ok(())
        })?;
        Ok(ids)
    }

    /// Every registration `query` matches, in its order (its offset and limit aside), handed to `each` one at a time
    /// as they are read: what an export of 100,000 walks without holding them. Stops at the first error `each`
    /// returns. Returns how many were handed over.
    pub fn each_registration(
        &self,
        query: &RegistrationQuery,
        mut each: impl FnMut(Registration) -> Result<()>,
    ) -> Result<u64> {
        let table = Table::of::<Registration>();
        self.each_matching(query, &select_sql(&table), |row| {
            let id: String = row.get(0)?;
            each(to_record(&id, read_fields(&table, row)?)?)
        })
    }

    /// Reads with `select` (a SELECT of the registrations' table) every registration `query` matches, found in the search index kept in memory (the table's
    /// own: one rule of search for the table, "select all" and exports), by rowid in the query's order.
    fn each_matching(
        &self,
        query: &RegistrationQuery,
        select: &str,
        mut each: impl FnMut(&rusqlite::Row) -> Result<()>,
    ) -> Result<u64> {
        let conn = self.connection();
        let every = RegistrationQuery { offset: 0, limit: u32::MAX, ..query.clone() };
        let found = self.with_kept(
            Registration::TABLE,
            query.event_id,
            |conn| RegistrationIndex::build(conn, query.event_id),
            |index| index.find(conn, &every),
        )?;
        let mut read = conn.prepare_cached(&format!("{select} WHERE rowid = ?1"))?;
        let mut count = 0;
        for rowid in found.rowids {
            let mut rows = read.query([rowid])?;
            if let Some(row) = rows.next()? {
                each(row)?;
                count += 1;
            }
        }
        Ok(count)
    }
}
