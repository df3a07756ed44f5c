//! The open meeting's registrations in memory, for the organisers' table, "select all" and the participants list:
//! each keystroke of a search finds its page and counts among 100,000 rows in a few milliseconds, where SQLite's
//! full-text index took 50-90 ms for the first letters (every row matches "p"). SQLite still holds the rows: the index keeps, per registration, its rowid, the
//! words searched (`rules::fold`: lower case, no diacritics, Arabic's letter forms brought together) and the fields
//! filtered on, plus the table's sort orders as SQLite sorts them (read from it once each). The page's rows are then
//! read by rowid. A typed word is found at a word's beginning; one in a script written without spaces (Chinese,
//! Japanese) anywhere, and a name in such a script is also kept written whole, family name first (王小明).
//!
//! It is kept until the registrations change (`Store::with_kept`).

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use uuid::Uuid;

use super::query::{RegistrationQuery, RegistrationSort};
use crate::error::Result;
use crate::i18n::{Lang, sort_key};
use crate::model::Record;
use crate::model::name::sort_name;
use crate::model::{ParticipantCategory, RegistrationStatus};
use crate::rules::country::country_name_in;
use crate::rules::fold::{each_word, fold, unspaced, words};

pub(crate) struct RegistrationIndex {
    event_id: Uuid,
    rows: Vec<Row>,
    /// Per sort (and language, for a sort by words), the rows in ascending order, ties by id; descending is the same
    /// read backwards.
    orders: HashMap<(u8, Lang), Vec<u32>>,
}

struct Row {
    rowid: i64,
    /// " word word ...": each folded word after a space, so that a prefix is a substring after a space.
    words: Box<str>,
    status: RegistrationStatus,
    category: ParticipantCategory,
    country: Box<str>,
}

/// A page found in the index: the rowids of its rows, in order, and the counts around it.
pub(crate) struct Found {
    pub rowids: Vec<i64>,
    pub matching: u32,
    pub by_status: HashMap<RegistrationStatus, u32>,
    pub total: u32,
}

/// What a row's words must hold for a typed word: the word after a space (its beginning), or for a word of a script
/// written without spaces, the word anywhere.
fn needle(typed: String) -> String {
    if typed.chars().any(unspaced) { typed } else { format!(" {typed}") }
}

impl RegistrationIndex {
    pub fn build(conn: &Connection, event_id: Uuid) -> Result<RegistrationIndex> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT rowid, given_name, family_name, email, organisation, status, category, country FROM {}
             WHERE deleted = 0 AND event_id = ?1",
            crate::model::Registration::TABLE
        ))?;
        let mut found = stmt.query([event_id.to_string()])?;
        let mut rows = Vec::new();
        while let Some(r) = found.next()? {
            // Read in place, not copied: the index reads 400,000 fields.
            let field = |column: usize| -> Result<&str> {
                r.get_ref(column)?.as_str().map_err(|e| crate::error::Error::Corrupt(format!("a registration: {e}")))
            };
            let mut text = String::new();
            for column in 1..=4 {
                each_word(field(column)?, |word| {
                    text.push(' ');
                    text.push_str(word);
                });
            }
            let (given, family) = (field(1)?, field(2)?);
            if given.chars().chain(family.chars()).any(unspaced) {
                text.push(' ');
                text.extend(fold(&format!("{family}{given}")).chars().filter(|c| !c.is_whitespace()));
            }
            let named = |column: usize| -> Result<serde_json::Value> { Ok(serde_json::Value::String(r.get(column)?)) };
            rows.push(Row {
                rowid: r.get(0)?,
                words: text.into(),
                status: serde_json::from_value(named(5)?)?,
                category: serde_json::from_value(named(6)?)?,
                country: r.get::<_, String>(7)?.into(),
            });
        }
        Ok(RegistrationIndex { event_id, rows, orders: HashMap::new() })
    }

    /// The key of a sort's order: a sort by words (names, organisations, countries' names) is in the language shown,
    /// as its collation orders them; any other is the same in every language.
    fn order_key(sort: RegistrationSort, lang: Lang) -> (u8, Lang) {
        match sort {
            RegistrationSort::Name | RegistrationSort::Organisation | RegistrationSort::Country => (sort as u8, lang),
            _ => (sort as u8, Lang::En),
        }
    }

    /// Makes `sort`'s ascending order in `lang`, the first time it is asked for.
    fn ensure_order(&mut self, conn: &Connection, sort: RegistrationSort, lang: Lang) -> Result<()> {
        let key = Self::order_key(sort, lang);
        if !self.orders.contains_key(&key) {
            let at: HashMap<i64, u32> = self.rows.iter().enumerate().map(|(i, r)| (r.rowid, i as u32)).collect();
            let order = match sort {
                RegistrationSort::Name | RegistrationSort::Organisation | RegistrationSort::Country => {
                    self.collated_order(conn, sort, lang, &at)?
                }
                _ => self.stored_order(conn, sort, &at)?,
            };
            self.orders.insert(key, order);
        }
        Ok(())
    }

    /// A sort by words, by the language's collation: a name by its family name then its given name, a country by its
    /// name in the language. Made in Rust from sort keys, since SQLite knows no language's order.
    fn collated_order(
        &self,
        conn: &Connection,
        sort: RegistrationSort,
        lang: Lang,
        at: &HashMap<i64, u32>,
    ) -> Result<Vec<u32>> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT rowid, id, given_name, family_name, organisation, country FROM {}
             WHERE deleted = 0 AND event_id = ?1",
            crate::model::Registration::TABLE
        ))?;
        let mut found = stmt.query([self.event_id.to_string()])?;
        let mut keyed: Vec<(Vec<u8>, String, u32)> = Vec::with_capacity(self.rows.len());
        while let Some(r) = found.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else { continue };
            let text = |column: usize| -> Result<String> { Ok(r.get::<_, String>(column)?) };
            let words = match sort {
                RegistrationSort::Name => sort_name(&text(2)?, &text(3)?),
                RegistrationSort::Organisation => text(4)?,
                _ => {
                    let code = text(5)?;
                    country_name_in(&code, lang.code()).map_or(code, str::to_string)
                }
            };
            keyed.push((sort_key(lang, &words), text(1)?, i));
        }
        keyed.sort_unstable();
        Ok(keyed.into_iter().map(|(_, _, i)| i).collect())
    }

    /// Any other sort, as SQLite orders it (ties by id).
    fn stored_order(&self, conn: &Connection, sort: RegistrationSort, at: &HashMap<i64, u32>) -> Result<Vec<u32>> {
        let query = RegistrationQuery { sort, descending: false, ..RegistrationQuery::of(self.event_id, 1) };
        let sql = format!(
            "SELECT rowid FROM {} WHERE deleted = 0 AND event_id = ?1 ORDER BY {}",
            crate::model::Registration::TABLE,
            super::query::order_by(&query)
        );
        Ok(conn
            .prepare_cached(&sql)?
            .query_map([self.event_id.to_string()], |r| r.get::<_, i64>(0))?
            .filter_map(|rowid| rowid.map(|rowid| at.get(&rowid).copied()).transpose())
            .collect::<rusqlite::Result<Vec<u32>>>()?)
    }

    /// The page `query` asks for: its search and filters over every row, its statuses, sort, offset and limit.
    pub fn find(&mut self, conn: &Connection, query: &RegistrationQuery) -> Result<Found> {
        let terms: Vec<String> = words(&query.search).map(needle).collect();
        let countries: HashSet<String> = query.countries.iter().map(|c| c.to_ascii_uppercase()).collect();
        let regions: HashSet<String> = query.regions.iter().flat_map(|r| r.countries()).collect();
        let total = self.rows.len() as u32;
        let lang = query.lang.unwrap_or(Lang::En);
        self.ensure_order(conn, query.sort, lang)?;
        let (order, rows) = (&self.orders[&Self::order_key(query.sort, lang)], &self.rows);
        // First every row, in the order they sit in memory: which are shown, and the counts.
        let mut by_status: HashMap<RegistrationStatus, u32> = HashMap::new();
        let mut listed = vec![false; rows.len()];
        let mut matching = 0;
        for (row, listed) in rows.iter().zip(listed.iter_mut()) {
            let shown = terms.iter().all(|t| row.words.contains(t.as_str()))
                && (query.categories.is_empty() || query.categories.contains(&row.category))
                && (countries.is_empty() || countries.contains(&*row.country))
                && (regions.is_empty() || regions.contains(&*row.country));
            if shown {
                *by_status.entry(row.status).or_default() += 1;
                if query.statuses.is_empty() || query.statuses.contains(&row.status) {
                    *listed = true;
                    matching += 1;
                }
            }
        }
        // Then the page, in the sort's order, until it is full.
        let (skip, take) = (query.offset as usize, query.limit as usize);
        let in_order: Box<dyn Iterator<Item = &u32>> =
            if query.descending { Box::new(order.iter().rev()) } else { Box::new(order.iter()) };
        let rowids =
            in_order.filter(|i| listed[**i as usize]).skip(skip).take(take).map(|i| rows[*i as usize].rowid).collect();
        let found = Found { rowids, matching, by_status, total };
        Ok(found)
    }
}
