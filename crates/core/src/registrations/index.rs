//! The open meeting's registrations in memory, for the organisers' table, "select all" and the participants list:
//! each keystroke of a search finds its page and counts among 100,000 rows in about a millisecond, the first letters
//! (every row matches "p") as fast as a whole name. SQLite still holds the rows; the index keeps the words searched
//! (`rules::fold`: lower case, no diacritics, Arabic's letter forms brought together), sorted, each with its rows
//! (`Words`), so that the rows of a typed word are those of one run of words; per registration its rowid and the
//! fields filtered on; the rows of each status as bit sets, counted by intersection; and the table's sort orders,
//! made the first time each is asked for. The page's rows are then read by rowid. A typed word is found at a word's
//! beginning; one in a script written without spaces (Chinese, Japanese) anywhere, and a name in such a script is also
//! kept written whole, family name first (王小明).
//!
//! It is kept until the registrations change (`Store::with_kept`).

use std::collections::{HashMap, HashSet};

use fixedbitset::FixedBitSet;

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
    /// Every word of the rows, each with the rows it is in.
    words: Words,
    /// Every later part of a word in a script written without spaces (大学 of 清华大学): found by typing it too.
    inner: Words,
    /// The rows of each status (`RegistrationStatus as usize`).
    statuses: [FixedBitSet; RegistrationStatus::ALL.len()],
    /// Per sort (and language, for a sort by words), the rows in ascending order, ties by id; descending is the same
    /// read backwards.
    orders: HashMap<(u8, Lang), Vec<u32>>,
}

struct Row {
    rowid: i64,
    category: ParticipantCategory,
    country: Box<str>,
}

/// A page found in the index: the rowids of its rows, in order, and the counts around it.
pub(crate) struct Found {
    pub rowids: Vec<i64>,
    pub matching: u32,
    /// Matching the search and the other filters, by status (`RegistrationStatus as usize`).
    pub by_status: [u32; RegistrationStatus::ALL.len()],
    pub total: u32,
}

/// Folded words, sorted, each with the rows it is in: the words a typed word begins are one run of them, found by two
/// binary searches, so that "p", which begins a word of nearly every row, costs a pass over their rows and no more,
/// and "person9876" a few steps.
struct Words {
    /// The distinct words back to back, in byte order.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<u32>,
    /// Where each word's rows begin in `rows`, and one more: where the last one's end.
    firsts: Vec<u32>,
    rows: Vec<u32>,
}

/// A word of a row while the index is made: where it sits in the words read, and its first eight bytes, which settle
/// most comparisons of the sort without reading the words.
struct Occurrence {
    head: u64,
    start: u32,
    len: u32,
    row: u32,
}

/// The words of every row as they are read, made into `Words` once all are.
#[derive(Default)]
struct WordsRead {
    text: String,
    occurrences: Vec<Occurrence>,
}

impl WordsRead {
    fn add(&mut self, word: &str, row: u32) {
        let mut head = [0u8; 8];
        let n = word.len().min(8);
        head[..n].copy_from_slice(&word.as_bytes()[..n]);
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.occurrences.push(Occurrence { head: u64::from_be_bytes(head), start, len: word.len() as u32, row });
    }

    fn sorted(self) -> Words {
        let WordsRead { text: read, mut occurrences } = self;
        let word = |o: &Occurrence| &read.as_bytes()[o.start as usize..(o.start + o.len) as usize];
        // A short word's head is padded with zeros, which sort before any byte: heads order words as their bytes do,
        // and the words settle equal heads.
        occurrences
            .sort_unstable_by(|a, b| a.head.cmp(&b.head).then_with(|| word(a).cmp(word(b))).then(a.row.cmp(&b.row)));
        let mut words = Words { text: String::new(), ends: Vec::new(), firsts: Vec::new(), rows: Vec::new() };
        let mut last: Option<&Occurrence> = None;
        for o in &occurrences {
            let same_word = last.is_some_and(|l| l.head == o.head && word(l) == word(o));
            if !same_word {
                words.text.push_str(&read[o.start as usize..(o.start + o.len) as usize]);
                words.ends.push(words.text.len() as u32);
                words.firsts.push(words.rows.len() as u32);
            }
            if !(same_word && last.is_some_and(|l| l.row == o.row)) {
                words.rows.push(o.row);
            }
            last = Some(o);
        }
        words.firsts.push(words.rows.len() as u32);
        words
    }
}

impl Words {
    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The first word from `from` on for which `before` is false (it must be true of every word before that one).
    fn partition_point(&self, from: usize, before: impl Fn(&str) -> bool) -> usize {
        let (mut low, mut high) = (from, self.ends.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if before(self.word(middle)) { low = middle + 1 } else { high = middle }
        }
        low
    }

    /// Marks in `found` the rows of every word that `typed` begins.
    fn mark(&self, typed: &str, found: &mut FixedBitSet) {
        let first = self.partition_point(0, |word| word < typed);
        let past = self.partition_point(first, |word| word.starts_with(typed));
        for &row in &self.rows[self.firsts[first] as usize..self.firsts[past] as usize] {
            found.insert(row as usize);
        }
    }
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
        let mut statuses: Vec<(usize, RegistrationStatus)> = Vec::new();
        let (mut words, mut inner) = (WordsRead::default(), WordsRead::default());
        while let Some(r) = found.next()? {
            let at = rows.len() as u32;
            // Read in place, not copied: the index reads 400,000 fields.
            let field = |column: usize| -> Result<&str> {
                r.get_ref(column)?.as_str().map_err(|e| crate::error::Error::Corrupt(format!("a registration: {e}")))
            };
            let mut add = |word: &str| {
                words.add(word, at);
                if word.chars().any(unspaced) {
                    for (i, _) in word.char_indices().skip(1) {
                        inner.add(&word[i..], at);
                    }
                }
            };
            for column in 1..=4 {
                each_word(field(column)?, &mut add);
            }
            let (given, family) = (field(1)?, field(2)?);
            if given.chars().chain(family.chars()).any(unspaced) {
                let whole: String = fold(&format!("{family}{given}")).chars().filter(|c| !c.is_whitespace()).collect();
                add(&whole);
            }
            let named = |column: usize| -> Result<serde_json::Value> { Ok(serde_json::Value::String(r.get(column)?)) };
            statuses.push((rows.len(), serde_json::from_value(named(5)?)?));
            rows.push(Row {
                rowid: r.get(0)?,
                category: serde_json::from_value(named(6)?)?,
                country: r.get::<_, String>(7)?.into(),
            });
        }
        let mut by_status = RegistrationStatus::ALL.map(|_| FixedBitSet::with_capacity(rows.len()));
        for (row, status) in statuses {
            by_status[status as usize].insert(row);
        }
        Ok(RegistrationIndex {
            event_id,
            rows,
            words: words.sorted(),
            inner: inner.sorted(),
            statuses: by_status,
            orders: HashMap::new(),
        })
    }

    /// The rows holding every typed word (none typed: all): at a word's beginning, or for a word of a script written
    /// without spaces, anywhere in one.
    fn searched(&self, search: &str) -> FixedBitSet {
        let mut found = FixedBitSet::with_capacity(self.rows.len());
        found.insert_range(..);
        for typed in words(search) {
            let mut these = FixedBitSet::with_capacity(self.rows.len());
            self.words.mark(&typed, &mut these);
            if typed.chars().any(unspaced) {
                self.inner.mark(&typed, &mut these);
            }
            found.intersect_with(&these);
        }
        found
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
                RegistrationSort::Submitted => self.stored_order(conn, "submitted_at", &at)?,
                RegistrationSort::Email => self.stored_order(conn, "lower(email)", &at)?,
                RegistrationSort::Category => self.stored_order(conn, "category", &at)?,
                RegistrationSort::Status => self.stored_order(conn, "status", &at)?,
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

    /// Any other sort: by `value`, an SQL expression over the table's columns, compared as SQLite compares text
    /// (byte by byte), ties by id.
    fn stored_order(&self, conn: &Connection, value: &str, at: &HashMap<i64, u32>) -> Result<Vec<u32>> {
        // Read in the table's order and sorted here: SQLite's ORDER BY would visit the rows in the value's order, one
        // seek each.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT rowid, id, {value} FROM {} WHERE deleted = 0 AND event_id = ?1",
            crate::model::Registration::TABLE
        ))?;
        let mut found = stmt.query([self.event_id.to_string()])?;
        let mut keyed: Vec<(String, String, u32)> = Vec::with_capacity(self.rows.len());
        while let Some(r) = found.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else { continue };
            keyed.push((r.get(2)?, r.get(1)?, i));
        }
        keyed.sort_unstable();
        Ok(keyed.into_iter().map(|(_, _, i)| i).collect())
    }

    /// The page `query` asks for: its search and filters over every row, its statuses, sort, offset and limit.
    pub fn find(&mut self, conn: &Connection, query: &RegistrationQuery) -> Result<Found> {
        let countries: HashSet<String> = query.countries.iter().map(|c| c.to_ascii_uppercase()).collect();
        let regions: HashSet<String> = query.regions.iter().flat_map(|r| r.countries()).collect();
        let total = self.rows.len() as u32;
        let lang = query.lang.unwrap_or(Lang::En);
        self.ensure_order(conn, query.sort, lang)?;
        let mut listed = self.searched(&query.search);
        if !(query.categories.is_empty() && countries.is_empty() && regions.is_empty()) {
            let filtered = self.rows.iter().enumerate().filter(|(_, row)| {
                (query.categories.is_empty() || query.categories.contains(&row.category))
                    && (countries.is_empty() || countries.contains(&*row.country))
                    && (regions.is_empty() || regions.contains(&*row.country))
            });
            listed.intersect_with(&filtered.map(|(i, _)| i).collect());
        }
        // Counted by status before the statuses asked for are kept: what each status's button would show.
        let by_status =
            RegistrationStatus::ALL.map(|status| listed.intersection_count(&self.statuses[status as usize]) as u32);
        if !query.statuses.is_empty() {
            let mut asked = FixedBitSet::with_capacity(self.rows.len());
            for status in &query.statuses {
                asked.union_with(&self.statuses[*status as usize]);
            }
            listed.intersect_with(&asked);
        }
        let matching = listed.count_ones(..) as u32;
        let (order, rows) = (&self.orders[&Self::order_key(query.sort, lang)], &self.rows);
        // Then the page, in the sort's order, until it is full.
        let (skip, take) = (query.offset as usize, query.limit as usize);
        let in_order: Box<dyn Iterator<Item = &u32>> =
            if query.descending { Box::new(order.iter().rev()) } else { Box::new(order.iter()) };
        let rowids = in_order
            .filter(|i| listed.contains(**i as usize))
            .take(matching as usize)
            .skip(skip)
            .take(take)
            .map(|i| rows[*i as usize].rowid)
            .collect();
        Ok(Found { rowids, matching, by_status, total })
    }
}
