//! The registrations of a meeting as the organisers' table reads them: one page at a time, searched, filtered, sorted
//! and counted by SQLite (migration 0008) and the search index in memory (`index.rs`), so that 100,000 registrations
//! cost the app what a screenful does; and the counts of the summary.

use rusqlite::types::Value as Sql;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::{Event, ParticipantCategory, Registration, RegistrationStatus};
use crate::model::{Record, Table};
pub use crate::rules::country::Region;
use crate::storage::Store;
use crate::storage::record::{read_row, select_sql, to_record};

/// What the organisers' table asks for: which registrations, in which order, and which page of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationQuery {
    pub event_id: Uuid,
    /// As typed in the search box: each word must begin a word of the name, email or organisation.
    #[serde(default)]
    pub search: String,
    /// Any of these statuses (none: any status).
    #[serde(default)]
    pub statuses: Vec<RegistrationStatus>,
    #[serde(default)]
    pub categories: Vec<ParticipantCategory>,
    /// ISO 3166-1 alpha-2 codes.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Registrants from a country of any of these regions.
    #[serde(default)]
    pub regions: Vec<Region>,
    #[serde(default)]
    pub sort: RegistrationSort,
    #[serde(default)]
    pub descending: bool,
    #[serde(default)]
    pub offset: u32,
    /// At most 1,000 rows a page.
    pub limit: u32,
}

impl RegistrationQuery {
    /// The first `limit` registrations of a meeting, oldest request first.
    pub fn of(event_id: Uuid, limit: u32) -> RegistrationQuery {
        RegistrationQuery {
            event_id,
            search: String::new(),
            statuses: Vec::new(),
            categories: Vec::new(),
            countries: Vec::new(),
            regions: Vec::new(),
            sort: RegistrationSort::Submitted,
            descending: false,
            offset: 0,
            limit,
        }
    }
}

/// The columns the table sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RegistrationSort {
    #[default]
    Submitted,
    /// Family name, then given name.
    Name,
    Email,
    Organisation,
    Country,
    Category,
    Status,
}

impl RegistrationSort {
    /// The ORDER BY terms, each matching an index of migration 0008 where one is worth it.
    pub(super) fn order(self) -> &'static [&'static str] {
        match self {
            RegistrationSort::Submitted => &["submitted_at"],
            RegistrationSort::Name => &["family_name COLLATE NOCASE", "given_name COLLATE NOCASE"],
            RegistrationSort::Email => &["lower(email)"],
            RegistrationSort::Organisation => &["organisation COLLATE NOCASE"],
            RegistrationSort::Country => &["country"],
            RegistrationSort::Category => &["category"],
            RegistrationSort::Status => &["status"],
        }
    }
}

/// One page of the table, with the counts around it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RegistrationPage {
    pub rows: Vec<Registration>,
    /// The position of the first row among those matching.
    pub offset: u32,
    /// Registrations matching the search and every filter.
    pub matching: u32,
    /// Registrations of the meeting, whatever the search and filters.
    pub total: u32,
    /// Matching the search and the other filters, by status: what each status filter would show.
    pub by_status: Vec<StatusCount>,
}

/// A meeting's registrations counted every way the charts show them (`Store::registration_summary`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RegistrationSummary {
    pub total: u32,
    pub by_status: Vec<StatusCount>,
    /// Every category, in the usual order, those with none too.
    pub by_category: Vec<Count<ParticipantCategory>>,
    /// Every region, then registrants of a country in none (`None`), if any.
    pub by_region: Vec<Count<Option<Region>>>,
    /// Every country registrants come from, most first.
    pub by_country: Vec<Count<String>>,
    /// Requests per day in the meeting's zone, from the first to the last, days with none included.
    pub by_day: Vec<Count<chrono::NaiveDate>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Count<T> {
    pub of: T,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatusCount {
    pub status: RegistrationStatus,
    pub count: u32,
}

pub(super) const STATUSES: [RegistrationStatus; 5] = [
    RegistrationStatus::Pending,
    RegistrationStatus::Waitlisted,
    RegistrationStatus::Approved,
    RegistrationStatus::Rejected,
    RegistrationStatus::Cancelled,
];

/// The FTS5 query for what was typed: each word a prefix, all of them required. Words are what the index's
/// tokenizer calls words (letters and digits); the rest separates them, so nothing typed can be FTS5 syntax.
fn search_terms(typed: &str) -> Option<String> {
    let words: Vec<String> =
        typed.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"*")).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A text value for SQL, from anything serde writes as a string (the enums' names as stored).
fn stored_name<T: Serialize>(value: &T) -> Result<Sql> {
    match serde_json::to_value(value)? {
        serde_json::Value::String(s) => Ok(Sql::Text(s)),
        other => Err(Error::Corrupt(format!("{other} is not a name"))),
    }
}

/// Up to this many words found, a query starts from the search's matches (a few thousand lookups by rowid); beyond, it
/// walks the meeting's index and checks each row against them (most rows match: "f" typed first).
const FEW_MATCHES: i64 = 20_000;

/// Where a query reads from, its conditions, and their parameters (the FROM's first).
#[derive(Clone)]
struct Condition {
    from: String,
    filter: String,
    params: Vec<Sql>,
}

/// The search and every filter of `query` but its statuses (`Condition::with_statuses`), which the counts leave out.
fn condition(conn: &rusqlite::Connection, query: &RegistrationQuery) -> Result<Condition> {
    let mut from = Registration::TABLE.to_string();
    let mut filter = String::from("deleted = 0 AND event_id = ?");
    let mut params = vec![Sql::Text(query.event_id.to_string())];
    if let Some(terms) = search_terms(&query.search) {
        let found: i64 = conn
            .prepare_cached("SELECT count(*) FROM registrations_search WHERE registrations_search MATCH ?1")?
            .query_row([&terms], |r| r.get(0))?;
        let matches = "SELECT rowid FROM registrations_search WHERE registrations_search MATCH ?";
        if found <= FEW_MATCHES {
            from = format!("({matches}) AS found CROSS JOIN {from} ON {from}.rowid = found.rowid");
            params.insert(0, Sql::Text(terms));
        } else {
            filter += &format!(" AND {from}.rowid IN ({matches})");
            params.push(Sql::Text(terms));
        }
    }
    let mut condition = Condition { from, filter, params };
    condition.any_of("category", query.categories.iter().map(stored_name).collect::<Result<_>>()?);
    condition.any_of("country", query.countries.iter().map(|c| Sql::Text(c.to_ascii_uppercase())).collect());
    let in_regions = query.regions.iter().flat_map(|r| r.countries()).map(Sql::Text).collect();
    condition.any_of("country", in_regions);
    Ok(condition)
}

impl Condition {
    /// Also: `column` is one of `values` (when there are any).
    fn any_of(&mut self, column: &str, values: Vec<Sql>) {
        if !values.is_empty() {
            self.filter += &format!(" AND {column} IN ({})", vec!["?"; values.len()].join(", "));
            self.params.extend(values);
        }
    }

    fn with_statuses(mut self, statuses: &[RegistrationStatus]) -> Result<Condition> {
        self.any_of("status", statuses.iter().map(stored_name).collect::<Result<_>>()?);
        Ok(self)
    }
}

/// The ORDER BY of `query`: its column, then the id, so that equal values keep one order from page to page.
pub(crate) fn order_by(query: &RegistrationQuery) -> String {
    let direction = if query.descending { "DESC" } else { "ASC" };
    let terms: Vec<String> =
        query.sort.order().iter().chain(["id"].iter()).map(|term| format!("{term} {direction}")).collect();
    terms.join(", ")
}

/// Brings the search index up to the rows written since it last did (migration 0008): their words out, and in again
/// as they are now, in one transaction.
fn catch_up(conn: &rusqlite::Connection) -> Result<()> {
    let due: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM registrations_search_due)")?.query_row([], |r| r.get(0))?;
    if !due {
        return Ok(());
    }
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         DELETE FROM registrations_search WHERE rowid IN (SELECT row FROM registrations_search_due);
         INSERT INTO registrations_search (rowid, given_name, family_name, email, organisation)
             SELECT rowid, given_name, family_name, email, organisation FROM registrations
             WHERE rowid IN (SELECT row FROM registrations_search_due);
         DELETE FROM registrations_search_due;
         COMMIT;",
    )
    .inspect_err(|_| {
        let _ = conn.execute_batch("ROLLBACK");
    })?;
    Ok(())
}

impl Store {
    /// The ids of every registration `query` matches, in its order (its offset and limit aside): "select all".
    pub fn registration_ids(&self, query: &RegistrationQuery) -> Result<Vec<Uuid>> {
        let conn = self.connection();
        catch_up(conn)?;
        let Condition { from, filter, params } = condition(conn, query)?.with_statuses(&query.statuses)?;
        let sql = format!("SELECT id FROM {from} WHERE {filter} ORDER BY {}", order_by(query));
        conn.prepare_cached(&sql)?
            .query_map(rusqlite::params_from_iter(params), |r| r.get::<_, String>(0))?
            .map(|id| id?.parse().map_err(|_| Error::Corrupt("a registration's id".into())))
            .collect()
    }

    /// Every registration `query` matches, in its order (its offset and limit aside), handed to `each` one at a time
    /// as one statement reads them: what an export of 100,000 walks without holding them. Stops at the first error
    /// `each` returns. Returns how many were handed over.
    pub fn each_registration(
        &self,
        query: &RegistrationQuery,
        mut each: impl FnMut(Registration) -> Result<()>,
    ) -> Result<u64> {
        let conn = self.connection();
        catch_up(conn)?;
        let table = Table::of::<Registration>();
        let Condition { from, filter, params } = condition(conn, query)?.with_statuses(&query.statuses)?;
        let select = select_sql(&table).replacen(&format!(" FROM {}", table.name), &format!(" FROM {from}"), 1);
        let sql = format!("{select} WHERE {filter} ORDER BY {}", order_by(query));
        let mut stmt = conn.prepare(&sql)?;
        let mut found = stmt.query(rusqlite::params_from_iter(params))?;
        let mut count = 0;
        while let Some(row) = found.next()? {
            let id: String = row.get(0)?;
            each(to_record(&id, read_row(&table, row)?.fields)?)?;
            count += 1;
        }
        Ok(count)
    }

    /// A meeting's registrations counted by status, category, region, country and day of request (in its zone).
    pub fn registration_summary(&self, event_id: Uuid) -> Result<RegistrationSummary> {
        let conn = self.connection();
        let event: Event = self.get(event_id)?;
        let tz = crate::rules::zone::event_zone(&event)?;
        let grouped = |column: &str| -> Result<Vec<(String, u32)>> {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {column}, count(*) FROM {} WHERE deleted = 0 AND event_id = ?1 GROUP BY 1",
                    Registration::TABLE
                ))?
                .query_map([event_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?)
        };
        let count_of = |counted: &[(String, u32)], value: &Sql| {
            counted.iter().find(|(v, _)| matches!(value, Sql::Text(t) if t == v)).map_or(0, |(_, n)| *n)
        };
        let statuses = grouped("status")?;
        let by_status = STATUSES
            .into_iter()
            .map(|status| Ok(StatusCount { count: count_of(&statuses, &stored_name(&status)?), status }))
            .collect::<Result<Vec<_>>>()?;
        let categories = grouped("category")?;
        let by_category = ParticipantCategory::ALL
            .into_iter()
            .map(|of| Ok(Count { count: count_of(&categories, &stored_name(&of)?), of }))
            .collect::<Result<Vec<_>>>()?;
        let mut by_country: Vec<Count<String>> =
            grouped("country")?.into_iter().map(|(of, count)| Count { of, count }).collect();
        by_country.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.of.cmp(&b.of)));
        let mut regions: std::collections::BTreeMap<Option<Region>, u32> =
            Region::ALL.into_iter().map(|r| (Some(r), 0)).collect();
        for c in &by_country {
            *regions.entry(Region::of(&c.of)).or_default() += c.count;
        }
        let mut by_region: Vec<Count<Option<Region>>> = regions
            .into_iter()
            .filter(|(of, count)| of.is_some() || *count > 0)
            .map(|(of, count)| Count { of, count })
            .collect();
        // The regions first, then "elsewhere".
        by_region.sort_by_key(|c| c.of.is_none());
        // By the minute in UTC, then each minute's day in the meeting's zone (a zone may be 45 minutes off UTC).
        let mut days: std::collections::BTreeMap<chrono::NaiveDate, u32> = Default::default();
        for (minute, count) in grouped("substr(submitted_at, 1, 16)")? {
            let at = chrono::NaiveDateTime::parse_from_str(&minute, "%Y-%m-%dT%H:%M")
                .map_err(|e| Error::Corrupt(format!("a registration's time {minute}: {e}")))?;
            *days.entry(at.and_utc().with_timezone(&tz).date_naive()).or_default() += count;
        }
        let by_day = match (days.keys().next().copied(), days.keys().next_back().copied()) {
            (Some(first), Some(last)) => first
                .iter_days()
                .take_while(|d| *d <= last)
                .map(|of| Count { count: days.get(&of).copied().unwrap_or(0), of })
                .collect(),
            _ => Vec::new(),
        };
        let total = by_status.iter().map(|c| c.count).sum();
        Ok(RegistrationSummary { total, by_status, by_category, by_region, by_country, by_day })
    }

    /// The countries a meeting's registrants come from (ISO codes, sorted): the country filter's choices.
    pub fn registration_countries(&self, event_id: Uuid) -> Result<Vec<String>> {
        Ok(self
            .connection()
            .prepare_cached(&format!(
                "SELECT DISTINCT country FROM {} WHERE deleted = 0 AND event_id = ?1 ORDER BY country",
                Registration::TABLE
            ))?
            .query_map([event_id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
