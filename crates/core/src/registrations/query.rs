//! What the organisers' table asks of a meeting's registrations (`RegistrationQuery`: searched, filtered, sorted, a
//! page of them; found by the search index in memory, `index.rs` and `page.rs`), so that 100,000 registrations cost
//! the app what a screenful does; and the counts of the summary.

use rusqlite::types::Value as Sql;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::Record;
use crate::model::{Event, ParticipantCategory, Registration, RegistrationStatus};
pub use crate::rules::country::Region;
use crate::storage::Store;

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
    /// The language shown (none: English): names, organisations and countries sort as it reads them (its collation;
    /// a country by its name in it).
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
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
            lang: None,
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

/// A text value for SQL, from anything serde writes as a string (the enums' names as stored).
fn stored_name<T: Serialize>(value: &T) -> Result<Sql> {
    match serde_json::to_value(value)? {
        serde_json::Value::String(s) => Ok(Sql::Text(s)),
        other => Err(Error::Corrupt(format!("{other} is not a name"))),
    }
}

impl Store {
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
        let by_status = RegistrationStatus::ALL
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
