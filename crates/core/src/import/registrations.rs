//! Registrations brought in from a file (a spreadsheet exported from another system, Indico's registrants, last
//! year's participants list): its columns matched to the fields, each row read as a registration, shown before
//! anything is written, then written as one edit (all rows or none, one undo step, synced as any edit).
//!
//! **Columns** are the participants list's own ([`ListColumn`]): a list Dais wrote comes back whole. A header is
//! matched by its label in any of the six languages or by the words the catalogue lists for it
//! (`import-column-words`: "First name", "Prénom", "Nombre", "Имя"...), case, accents and punctuation aside. The
//! organiser may change any match; the mapping is remembered for the next file with the same headers.
//!
//! **A row that matches** a registration of the meeting (by the list's registration id, else by email in any case)
//! is updated in the fields the file has and that differ, skipped, or kept beside it, as the organiser chooses for
//! all or row by row. A row with a problem at a cell (an address that is not one, a country not known) stops the
//! import until it is mended or skipped: nothing is written in part.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::table_file::{Cell, FileKind, TableFile};
use crate::error::{Error, FieldError, Result};
use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::msg;
use crate::registrations::participants_list::{ColumnChoice, ListColumn};
use crate::rules::country::read_country;
use crate::rules::fold::fold;
use crate::rules::validate;
use crate::storage::Store;

/// How many rows a preview shows as they will be stored, and the most problems it lists (all are counted).
const PREVIEW_ROWS: usize = 50;
/// The rows read for a preview's first screen (`TableFile::first_rows`): its first rows, the headers above them.
pub const FIRST_SCREEN_ROWS: usize = 2 * PREVIEW_ROWS;
const PREVIEW_PROBLEMS: usize = 500;

/// What to do with a row that matches a registration of the meeting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OnDuplicate {
    /// Change the fields the file has that differ.
    #[default]
    Update,
    /// Leave the registration as it is.
    Skip,
    /// Add the row as another registration beside it.
    KeepBoth,
}

/// What an import does with a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RowAction {
    Add,
    Update,
    /// It matches a registration that already holds every value it has.
    Unchanged,
    Skip,
    KeepBoth,
}

/// The organiser's choices for an import: which sheet, how the file is read and matched, what happens to duplicates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationImport {
    pub event_id: Uuid,
    /// The sheet's number, from 0; none: the first with rows.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub sheet: Option<usize>,
    /// The field of each column, in the header's order (none: left out); none at all: as remembered or matched by
    /// the headers.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub columns: Option<Vec<Option<ListColumn>>>,
    #[serde(default)]
    pub on_duplicate: OnDuplicate,
    /// Choices for single rows, by their number in the sheet (the header's is 1), over `on_duplicate`: `skip` for a
    /// row with a problem, `add` or `keep_both` for one that matches.
    #[serde(default)]
    pub rows: BTreeMap<u32, RowAction>,
}

/// A column of the file and the field it goes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ColumnMatch {
    pub header: String,
    pub field: Option<ListColumn>,
}

/// A problem at a cell, said in the reader's language; `refuses`: the row cannot be imported as it is (else a warning).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CellProblem {
    /// The row's number in the sheet (the header's is 1), as a spreadsheet numbers it.
    pub row: u32,
    /// The column's number from 0; none: the row as a whole.
    pub column: Option<u32>,
    pub header: String,
    pub message: String,
    pub refuses: bool,
}

/// A row as it will be stored, and what happens to it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PreviewRow {
    pub row: u32,
    pub action: RowAction,
    pub registration: Registration,
    /// The registration of the meeting it matches.
    pub matches: Option<Uuid>,
    /// The fields an update changes.
    pub changes: Vec<ListColumn>,
    /// A problem refuses it: the import waits until it is mended or skipped.
    pub refused: bool,
}

/// How many rows each thing happens to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportCounts {
    pub rows: u32,
    pub add: u32,
    pub update: u32,
    pub unchanged: u32,
    pub skip: u32,
    pub keep_both: u32,
    /// Rows with a problem that refuses them, not skipped.
    pub refused: u32,
    /// Rows that match a registration of the meeting.
    pub matching: u32,
}

/// A sheet the organiser may choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SheetChoice {
    pub name: String,
    pub rows: u32,
}

/// What an import will do, before it is made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub kind: FileKind,
    pub encoding: Option<String>,
    pub separator: Option<String>,
    pub sheets: Vec<SheetChoice>,
    pub sheet: usize,
    pub columns: Vec<ColumnMatch>,
    /// The mapping is the one used last for a file with these headers.
    pub remembered: bool,
    /// The fields a column may go to, for the organiser's picker.
    pub fields: Vec<ColumnChoice>,
    /// The first rows, then every row that matches a registration, up to a screen's worth of each.
    pub rows: Vec<PreviewRow>,
    pub problems: Vec<CellProblem>,
    pub problem_count: u32,
    pub counts: ImportCounts,
    /// Of every row of the file; false for a first screen's (`TableFile::first_rows`), its counts those rows' only.
    pub whole: bool,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub counts: ImportCounts,
}

/// The columns an import reads: all the participants list writes but its source (an import is its own).
fn importable(column: ListColumn) -> bool {
    column != ListColumn::Source
}

/// A header's or a value's words as matched: folded (case and accents aside), letters and digits only.
fn key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Every way a header may name each column, in every language: its label, and the catalogue's other words for it.
static HEADER_WORDS: LazyLock<HashMap<String, ListColumn>> = LazyLock::new(|| {
    let mut words = HashMap::new();
    for lang in Lang::ALL {
        for column in ListColumn::ALL.into_iter().filter(|c| importable(*c)) {
            let others = crate::t!(lang, "import-column-words", column = column.key());
            for word in std::iter::once(column.label(lang)).chain(others.split('|').map(str::to_string)) {
                let k = key(&word);
                if !k.is_empty() {
                    words.entry(k).or_insert(column);
                }
            }
        }
    }
    words
});

/// The column a header names; a header of a time may end with the zone its times are in (`Submitted (Asia/Tokyo)`).
fn column_of(header: &str) -> Option<ListColumn> {
    let bare = header.split_once('(').map_or(header, |(before, _)| before);
    HEADER_WORDS.get(&key(header)).or_else(|| HEADER_WORDS.get(&key(bare))).copied()
}

/// The zone a header names between brackets, as the participants list writes it.
fn zone_of(header: &str) -> Option<Tz> {
    let inside = header.rsplit_once('(')?.1.split_once(')')?.0;
    inside.trim().parse().ok()
}

/// Each header's column, the first header to name a column taking it. A "name" beside a given name is the family
/// name ("Nom" and "Prénom"), and beside a family name the given name ("Nombre" and "Apellidos").
pub fn match_columns(headers: &[String]) -> Vec<Option<ListColumn>> {
    let mut taken = Vec::new();
    let mut columns: Vec<Option<ListColumn>> = headers
        .iter()
        .map(|h| {
            let column = column_of(h).filter(|c| !taken.contains(c));
            taken.extend(column);
            column
        })
        .collect();
    let has = |c: ListColumn| taken.contains(&c);
    let name_instead = match (has(ListColumn::GivenName), has(ListColumn::FamilyName)) {
        (true, false) => Some(ListColumn::FamilyName),
        (false, true) => Some(ListColumn::GivenName),
        _ => None,
    };
    if let Some(instead) = name_instead {
        for column in columns.iter_mut().filter(|c| **c == Some(ListColumn::Name)) {
            *column = Some(instead);
        }
    }
    columns
}

/// Values read from words in any language: a category's or a status's label or key, yes or no.
static VALUE_WORDS: LazyLock<Values> = LazyLock::new(|| {
    let mut values = Values::default();
    for lang in Lang::ALL {
        for category in ParticipantCategory::ALL {
            values.categories.entry(key(&category.label(lang))).or_insert(category);
            values.categories.entry(key(category.key())).or_insert(category);
        }
        for status in RegistrationStatus::ALL {
            let others = crate::t!(lang, "import-status-words", status = status.key());
            for word in
                [status.label(lang), status.key().to_string()].into_iter().chain(others.split('|').map(Into::into))
            {
                values.statuses.entry(key(&word)).or_insert(status);
            }
        }
        for (word, yes) in [(crate::t!(lang, "list-yes"), true), (crate::t!(lang, "list-no"), false)] {
            values.yes_no.insert(key(&word), yes);
        }
    }
    for (word, yes) in
        [("true", true), ("false", false), ("1", true), ("0", false), ("x", true), ("y", true), ("n", false)]
    {
        values.yes_no.insert(word.to_string(), yes);
    }
    values
});

#[derive(Default)]
struct Values {
    categories: HashMap<String, ParticipantCategory>,
    statuses: HashMap<String, RegistrationStatus>,
    yes_no: HashMap<String, bool>,
}

/// The file's sheet as the import reads it: its header and its rows with their numbers.
struct Table<'f> {
    headers: Vec<String>,
    /// The header's row number (from 1).
    header_row: u32,
    rows: &'f [Vec<Cell>],
}

impl<'f> Table<'f> {
    fn of(file: &'f TableFile, sheet: usize) -> Result<Table<'f>> {
        let sheet = file.sheets.get(sheet).ok_or_else(|| Error::invalid("sheet", msg!("error-import-no-sheet")))?;
        let Some(at) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else {
            return Err(Error::invalid("sheet", msg!("error-import-empty")));
        };
        let headers = sheet.rows[at].iter().map(|c| c.text().into_owned()).collect();
        Ok(Table { headers, header_row: at as u32 + 1, rows: &sheet.rows[at + 1..] })
    }

    /// The remembered mapping's key: the headers as matched, in order.
    fn shape(&self) -> String {
        let keys: Vec<String> = self.headers.iter().map(|h| key(h)).collect();
        format!("import-columns:{}", keys.join("\u{1f}"))
    }
}

/// A row read: the registration, the fields the file gave (an update changes those only), its problems.
struct ReadRow {
    row: u32,
    registration: Registration,
    given: Vec<ListColumn>,
    /// The registration id the row names (a list Dais wrote).
    named_id: Option<Uuid>,
    problems: Vec<(Option<u32>, Msg, bool)>,
}

/// Every row of the sheet read against `columns`, and each one's match in the meeting.
struct Plan {
    rows: Vec<Planned>,
}

struct Planned {
    read: ReadRow,
    matches: Option<Registration>,
    changes: Vec<ListColumn>,
    action: RowAction,
}

/// How often an import says how far it has gone: often enough for a bar to move, rarely enough to cost nothing.
const PROGRESS_ROWS: usize = 2_000;

/// How far an import's write has gone, in rows of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

impl Store {
    /// What importing `file` would do, said in `lang`: nothing is written.
    pub fn preview_registration_import(
        &self,
        file: &TableFile,
        import: &RegistrationImport,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<ImportPreview> {
        let sheet = chosen_sheet(file, import.sheet);
        let table = Table::of(file, sheet)?;
        let (columns, remembered) = self.columns_for(&table, import)?;
        let plan = self.plan(&table, &columns, import, now)?;
        let mut problems = Vec::new();
        let mut problem_count = 0;
        for p in &plan.rows {
            for (column, message, refuses) in &p.read.problems {
                problem_count += 1;
                if problems.len() < PREVIEW_PROBLEMS {
                    problems.push(CellProblem {
                        row: p.read.row,
                        column: *column,
                        header: column.and_then(|c| table.headers.get(c as usize)).cloned().unwrap_or_default(),
                        message: message.say(lang),
                        refuses: *refuses && p.action != RowAction::Skip,
                    });
                }
            }
        }
        let shown = |p: &Planned| PreviewRow {
            row: p.read.row,
            action: p.action,
            registration: p.read.registration.clone(),
            matches: p.matches.as_ref().map(|m| m.id),
            changes: p.changes.clone(),
            refused: p.refused(),
        };
        let first = plan.rows.iter().take(PREVIEW_ROWS);
        let matching = plan.rows.iter().skip(PREVIEW_ROWS).filter(|p| p.matches.is_some()).take(PREVIEW_ROWS);
        Ok(ImportPreview {
            kind: file.kind,
            encoding: file.encoding.map(str::to_string),
            separator: file.separator.map(String::from),
            sheets: file
                .sheets
                .iter()
                .map(|s| SheetChoice { name: s.name.clone(), rows: s.rows.len() as u32 })
                .collect(),
            sheet,
            columns: table
                .headers
                .iter()
                .zip(&columns)
                .map(|(h, f)| ColumnMatch { header: h.clone(), field: *f })
                .collect(),
            remembered,
            fields: ListColumn::choices(lang).into_iter().filter(|c| importable(c.column)).collect(),
            rows: first.chain(matching).map(shown).collect(),
            problems,
            problem_count,
            counts: plan.counts(),
            whole: file.whole,
        })
    }

    /// Imports `file` as one edit: every row the plan adds or updates, or none if a row not skipped has a
    /// problem that refuses it (the error names each at its row and column). The mapping used is remembered.
    pub fn import_registrations(
        &mut self,
        file: TableFile,
        import: &RegistrationImport,
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        self.import_registrations_watched(file, import, now, &mut |_| true)
    }

    /// `import_registrations`, telling `watch` how far its write has gone (every `PROGRESS_ROWS` rows); `watch`
    /// answering false stops it, and nothing of it is written (`Error::Cancelled`).
    pub fn import_registrations_watched(
        &mut self,
        file: TableFile,
        import: &RegistrationImport,
        now: DateTime<Utc>,
        watch: &mut dyn FnMut(ImportProgress) -> bool,
    ) -> Result<ImportReport> {
        assert!(file.whole, "an import reads the whole file, not a first screen's rows");
        let table = Table::of(&file, chosen_sheet(&file, import.sheet))?;
        let (columns, _) = self.columns_for(&table, import)?;
        let plan = self.plan(&table, &columns, import, now)?;
        let refused: Vec<FieldError> = plan
            .rows
            .iter()
            .filter(|p| p.action != RowAction::Skip)
            .flat_map(|p| {
                p.read.problems.iter().filter(|(_, _, refuses)| *refuses).map(|(column, message, _)| {
                    let message = match column.and_then(|c| table.headers.get(c as usize)) {
                        Some(header) => {
                            msg!("error-import-at-cell", header = header.as_str(), problem = message.clone())
                        }
                        // A field the file has no column for (an organisation required): the message names it.
                        None => message.clone(),
                    };
                    FieldError::new(&format!("row {}", p.read.row), message)
                })
            })
            .collect();
        if !refused.is_empty() {
            return Err(Error::Invalid(refused));
        }
        let counts = plan.counts();
        let shape = table.shape();
        let mapping = serde_json::to_string(&columns)?;
        // The file's cells are not needed past the plan: a large one's memory goes back before the write takes its own.
        drop(table);
        drop(file);
        let total = plan.rows.len() as u32;
        self.write(|w| {
            w.get::<Event>(import.event_id)?;
            for (done, p) in plan.rows.iter().enumerate() {
                if done % PROGRESS_ROWS == 0 && !watch(ImportProgress { done: done as u32, total }) {
                    return Err(Error::Cancelled);
                }
                match (p.action, &p.matches) {
                    (RowAction::Add | RowAction::KeepBoth, _) => {
                        w.put(&p.read.registration)?;
                    }
                    (RowAction::Update, Some(existing)) => {
                        w.put(&updated(existing, &p.read.registration, &p.changes))?;
                    }
                    _ => {}
                }
            }
            w.connection()
                .prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")?
                .execute([&shape, &mapping])?;
            Ok(())
        })?;
        Ok(ImportReport { counts })
    }

    /// The columns of `table`: the organiser's, else those used last for its headers, else matched by them; and
    /// whether they are the remembered ones.
    fn columns_for(&self, table: &Table<'_>, import: &RegistrationImport) -> Result<(Vec<Option<ListColumn>>, bool)> {
        if let Some(columns) = &import.columns {
            if columns.len() != table.headers.len() {
                let (given, headers) = (columns.len() as u32, table.headers.len() as u32);
                return Err(Error::invalid("columns", msg!("error-import-columns", given = given, headers = headers)));
            }
            return Ok((columns.clone(), false));
        }
        let kept: Option<String> = rusqlite::OptionalExtension::optional(self.connection().query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [table.shape()],
            |r| r.get(0),
        ))?;
        match kept.and_then(|k| serde_json::from_str::<Vec<Option<ListColumn>>>(&k).ok()) {
            Some(columns) if columns.len() == table.headers.len() => Ok((columns, true)),
            _ => Ok((match_columns(&table.headers), false)),
        }
    }

    fn plan(
        &self,
        table: &Table<'_>,
        columns: &[Option<ListColumn>],
        import: &RegistrationImport,
        now: DateTime<Utc>,
    ) -> Result<Plan> {
        let event: Event = self.get(import.event_id)?;
        let zone: Tz = event.zone.parse().unwrap_or(chrono_tz::UTC);
        let reader = RowReader::new(table, columns, import.event_id, zone, now);
        let existing = self.registrations(import.event_id)?;
        let by_id: HashMap<Uuid, &Registration> = existing.iter().map(|r| (r.id, r)).collect();
        let by_email: HashMap<String, &Registration> =
            existing.iter().rev().map(|r| (r.email.trim().to_lowercase(), r)).collect();
        let mut seen_emails: HashMap<String, u32> = HashMap::new();
        let email_column = columns.iter().position(|c| *c == Some(ListColumn::Email)).map(|c| c as u32);
        let mut rows = Vec::new();
        for (i, cells) in table.rows.iter().enumerate() {
            if cells.iter().all(Cell::is_empty) {
                continue;
            }
            let row = table.header_row + 1 + i as u32;
            let mut read = reader.read(row, cells);
            let email = read.registration.email.trim().to_lowercase();
            let matches = read
                .named_id
                .and_then(|id| by_id.get(&id))
                .or_else(|| by_email.get(&email).filter(|_| !email.is_empty()))
                .map(|r| (*r).clone());
            let chosen = import.rows.get(&row).copied();
            // A row the organiser skips is not in the import: the next with its address is not a second one.
            if !email.is_empty() && chosen != Some(RowAction::Skip) {
                match seen_emails.get(&email) {
                    Some(first) if chosen != Some(RowAction::KeepBoth) => {
                        read.problems.push((email_column, msg!("error-import-same-email", row = *first), true))
                    }
                    _ => {
                        seen_emails.entry(email).or_insert(row);
                    }
                }
            }
            let changes = matches.as_ref().map(|m| changed(m, &read.registration, &read.given)).unwrap_or_default();
            let action = match (chosen, &matches) {
                (Some(RowAction::Skip), _) => RowAction::Skip,
                (Some(RowAction::Add | RowAction::KeepBoth), Some(_)) => RowAction::KeepBoth,
                (Some(_), None) | (None, None) => RowAction::Add,
                (Some(RowAction::Update | RowAction::Unchanged), Some(_)) | (None, Some(_)) => {
                    match (chosen.is_some(), import.on_duplicate) {
                        (false, OnDuplicate::Skip) => RowAction::Skip,
                        (false, OnDuplicate::KeepBoth) => RowAction::KeepBoth,
                        _ if changes.is_empty() => RowAction::Unchanged,
                        _ => RowAction::Update,
                    }
                }
            };
            rows.push(Planned { read, matches, changes, action });
        }
        Ok(Plan { rows })
    }
}

fn chosen_sheet(file: &TableFile, sheet: Option<usize>) -> usize {
    sheet.unwrap_or_else(|| file.sheets.iter().position(|s| !s.rows.is_empty()).unwrap_or(0))
}

impl Planned {
    /// A problem refuses the row, and it is not skipped.
    fn refused(&self) -> bool {
        self.action != RowAction::Skip && self.read.problems.iter().any(|(_, _, refuses)| *refuses)
    }
}

impl Plan {
    fn counts(&self) -> ImportCounts {
        let mut counts = ImportCounts { rows: self.rows.len() as u32, ..Default::default() };
        for p in &self.rows {
            counts.matching += u32::from(p.matches.is_some());
            if p.refused() {
                counts.refused += 1;
                continue;
            }
            *match p.action {
                RowAction::Add => &mut counts.add,
                RowAction::Update => &mut counts.update,
                RowAction::Unchanged => &mut counts.unchanged,
                RowAction::Skip => &mut counts.skip,
                RowAction::KeepBoth => &mut counts.keep_both,
            } += 1;
        }
        counts
    }
}

/// The fields of `given` where the row differs from the registration it matches.
fn changed(existing: &Registration, row: &Registration, given: &[ListColumn]) -> Vec<ListColumn> {
    given.iter().copied().filter(|c| differs(existing, row, *c)).collect()
}

fn differs(a: &Registration, b: &Registration, column: ListColumn) -> bool {
    match column {
        ListColumn::Name => a.given_name != b.given_name || a.family_name != b.family_name,
        ListColumn::GivenName => a.given_name != b.given_name,
        ListColumn::FamilyName => a.family_name != b.family_name,
        ListColumn::Email => a.email != b.email,
        ListColumn::Organisation => a.organisation != b.organisation,
        ListColumn::Position => a.position != b.position,
        ListColumn::Country | ListColumn::CountryCode => a.country != b.country,
        ListColumn::Category => a.category != b.category,
        ListColumn::Status => a.decision.status != b.decision.status,
        ListColumn::SubmittedAt => a.submitted_at != b.submitted_at,
        ListColumn::DecidedBy => a.decision.decided_by != b.decision.decided_by,
        ListColumn::DecidedAt => a.decision.decided_at != b.decision.decided_at,
        ListColumn::Reason => a.decision.reason != b.decision.reason,
        ListColumn::ConsentToBeListed => a.consent_to_be_listed != b.consent_to_be_listed,
        ListColumn::Attended => a.attended != b.attended,
        ListColumn::PrivateNotes => a.private_notes != b.private_notes,
        ListColumn::Source | ListColumn::Id => false,
    }
}

/// `existing` with the fields `changes` names taken from the row; a new status joins the decision's history.
fn updated(existing: &Registration, row: &Registration, changes: &[ListColumn]) -> Registration {
    let mut r = existing.clone();
    for column in changes {
        match column {
            ListColumn::Name => {
                r.given_name.clone_from(&row.given_name);
                r.family_name.clone_from(&row.family_name);
            }
            ListColumn::GivenName => r.given_name.clone_from(&row.given_name),
            ListColumn::FamilyName => r.family_name.clone_from(&row.family_name),
            ListColumn::Email => r.email.clone_from(&row.email),
            ListColumn::Organisation => r.organisation.clone_from(&row.organisation),
            ListColumn::Position => r.position.clone_from(&row.position),
            ListColumn::Country | ListColumn::CountryCode => r.country.clone_from(&row.country),
            ListColumn::Category => r.category = row.category,
            ListColumn::Status | ListColumn::DecidedBy | ListColumn::DecidedAt | ListColumn::Reason => {}
            ListColumn::SubmittedAt => r.submitted_at = row.submitted_at,
            ListColumn::ConsentToBeListed => r.consent_to_be_listed = row.consent_to_be_listed,
            ListColumn::Attended => r.attended = row.attended,
            ListColumn::PrivateNotes => r.private_notes.clone_from(&row.private_notes),
            ListColumn::Source | ListColumn::Id => {}
        }
    }
    let decided = [ListColumn::Status, ListColumn::DecidedBy, ListColumn::DecidedAt, ListColumn::Reason];
    if changes.iter().any(|c| decided.contains(c)) {
        let mut decision = Decision { earlier: Vec::new(), ..existing.decision.clone() };
        for column in changes.iter().filter(|c| decided.contains(c)) {
            match column {
                ListColumn::Status => decision.status = row.decision.status,
                ListColumn::DecidedBy => decision.decided_by.clone_from(&row.decision.decided_by),
                ListColumn::DecidedAt => decision.decided_at = row.decision.decided_at,
                _ => decision.reason.clone_from(&row.decision.reason),
            }
        }
        let mut earlier = existing.decision.earlier.clone();
        earlier.push(Decision { earlier: Vec::new(), ..existing.decision.clone() });
        r.decision = Decision { earlier, ..decision };
    }
    r
}

/// Reads rows against the mapping: each value cached by its text (a file of 100,000 names a few hundred countries).
struct RowReader {
    columns: Vec<(u32, ListColumn)>,
    event_id: Uuid,
    /// The zone of each time column: the one its header names, else the meeting's.
    zones: HashMap<u32, Tz>,
    zone: Tz,
    now: DateTime<Utc>,
    countries: std::cell::RefCell<HashMap<String, Option<&'static str>>>,
    /// Whether a time column's dates are written day first (`02/03/2026` the 2nd of March), told by its values.
    day_first: HashMap<u32, bool>,
}

impl RowReader {
    fn new(table: &Table<'_>, columns: &[Option<ListColumn>], event_id: Uuid, zone: Tz, now: DateTime<Utc>) -> Self {
        let columns: Vec<(u32, ListColumn)> = columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.filter(|c| importable(*c)).map(|c| (i as u32, c)))
            .collect();
        let times = columns.iter().filter(|(_, c)| matches!(c, ListColumn::SubmittedAt | ListColumn::DecidedAt));
        let zones = times.clone().filter_map(|(i, _)| Some((*i, zone_of(table.headers.get(*i as usize)?)?))).collect();
        let day_first =
            times.map(|(i, _)| (*i, day_first(table.rows.iter().filter_map(|r| r.get(*i as usize))))).collect();
        RowReader { columns, event_id, zones, zone, now, countries: Default::default(), day_first }
    }

    fn read(&self, row: u32, cells: &[Cell]) -> ReadRow {
        let mut r = Registration::blank(self.event_id, RegistrationSource::Import, self.now);
        let (mut given, mut named_id, mut problems) = (Vec::new(), None, Vec::new());
        let has = |c: ListColumn| self.columns.iter().any(|(_, col)| *col == c);
        for &(i, column) in &self.columns {
            let cell = cells.get(i as usize).unwrap_or(&Cell::Empty);
            let text = cell.text();
            let text = text.as_ref();
            if text.is_empty() && !matches!(column, ListColumn::GivenName | ListColumn::FamilyName | ListColumn::Email)
            {
                continue;
            }
            let mut refuse = |m: Msg| problems.push((Some(i), m, true));
            match column {
                // Given and family names are read from their own columns where the file has them.
                ListColumn::Name if has(ListColumn::GivenName) || has(ListColumn::FamilyName) => continue,
                ListColumn::Name => (r.given_name, r.family_name) = split_name(text),
                ListColumn::GivenName => r.given_name = text.to_string(),
                ListColumn::FamilyName => r.family_name = text.to_string(),
                ListColumn::Email => r.email = text.to_string(),
                ListColumn::Organisation => r.organisation = text.to_string(),
                ListColumn::Position => r.position = Some(text.to_string()),
                ListColumn::Country | ListColumn::CountryCode => {
                    let code =
                        *self.countries.borrow_mut().entry(text.to_string()).or_insert_with(|| read_country(text));
                    match code {
                        Some(code) => r.country = code.to_string(),
                        None => refuse(msg!("error-import-country", value = text)),
                    }
                }
                ListColumn::Category => match VALUE_WORDS.categories.get(&key(text)) {
                    Some(c) => r.category = *c,
                    None => refuse(msg!("error-import-category", value = text)),
                },
                ListColumn::Status => match VALUE_WORDS.statuses.get(&key(text)) {
                    Some(s) => r.decision.status = *s,
                    None => refuse(msg!("error-import-status", value = text)),
                },
                ListColumn::SubmittedAt | ListColumn::DecidedAt => {
                    let zone = self.zones.get(&i).copied().unwrap_or(self.zone);
                    match read_time(cell, zone, self.day_first.get(&i).copied().unwrap_or(true)) {
                        Some(t) if column == ListColumn::SubmittedAt => r.submitted_at = t,
                        Some(t) => r.decision.decided_at = Some(t),
                        None => refuse(msg!("error-import-time", value = text)),
                    }
                }
                ListColumn::DecidedBy => r.decision.decided_by = Some(text.to_string()),
                ListColumn::Reason => r.decision.reason = Some(text.to_string()),
                ListColumn::ConsentToBeListed | ListColumn::Attended => match read_yes_no(cell) {
                    Some(yes) if column == ListColumn::Attended => r.attended = yes,
                    Some(yes) => r.consent_to_be_listed = yes,
                    None => refuse(msg!("error-import-yes-no", value = text)),
                },
                ListColumn::PrivateNotes => r.private_notes = text.to_string(),
                ListColumn::Id => match Uuid::parse_str(text) {
                    Ok(id) => named_id = Some(id),
                    Err(_) => refuse(msg!("error-import-id", value = text)),
                },
                ListColumn::Source => {}
            }
            if crate::registrations::participants_list::formula_like(text) && matches!(cell, Cell::Text(_)) {
                problems.push((Some(i), msg!("error-import-formula"), false));
            }
            given.push(column);
        }
        if let Err(Error::Invalid(fields)) = validate::registration(&r) {
            for f in fields {
                // A value already refused at its cell (a country not known) is not refused again as missing.
                let column = self.column_of_field(&f.field);
                if column.is_none() || !problems.iter().any(|(c, _, _)| *c == column) {
                    problems.push((column, f.message, true));
                }
            }
        }
        ReadRow { row, registration: r, given, named_id, problems }
    }

    /// The column a field of the registration was read from, to name a problem at its cell.
    fn column_of_field(&self, field: &str) -> Option<u32> {
        let wanted: &[ListColumn] = match field {
            "given_name" => &[ListColumn::GivenName, ListColumn::Name],
            "family_name" => &[ListColumn::FamilyName, ListColumn::Name],
            "email" => &[ListColumn::Email],
            "organisation" => &[ListColumn::Organisation],
            "country" => &[ListColumn::Country, ListColumn::CountryCode],
            _ => &[],
        };
        wanted.iter().find_map(|w| self.columns.iter().find(|(_, c)| c == w).map(|(i, _)| *i))
    }
}

/// A full name cut into given and family names: the last word is the family name (`Ana Maria Ribeiro`), a name in
/// Chinese, Japanese or Korean characters without spaces begins with it (`王小明`).
fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    if let Some((given, family)) = name.rsplit_once(char::is_whitespace) {
        return (given.trim().to_string(), family.to_string());
    }
    let cjk =
        name.chars().all(|c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF));
    match name.chars().next() {
        Some(first) if cjk && name.chars().count() > 1 => (name[first.len_utf8()..].to_string(), first.to_string()),
        _ => (String::new(), name.to_string()),
    }
}

fn read_yes_no(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) => Some(*n != 0.0),
        other => VALUE_WORDS.yes_no.get(&key(&other.text())).copied(),
    }
}

/// The forms of a time the import reads, day-first and month-first ones apart.
const TIME_FORMATS: [&str; 6] = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];
const DAY_FIRST: [&str; 6] =
    ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d/%m/%Y", "%d.%m.%Y"];
const MONTH_FIRST: [&str; 4] = ["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%m/%d/%y"];

/// Whether a column's dates in slashes are day first: unless one of them can only be month first (`03/25/2026`).
fn day_first<'a>(cells: impl Iterator<Item = &'a Cell>) -> bool {
    for cell in cells.take(10_000) {
        if let Cell::Text(t) = cell {
            let mut parts = t.trim().split(['/', ' ']);
            let (Some(a), Some(b)) = (parts.next(), parts.next()) else { continue };
            match (a.parse::<u32>(), b.parse::<u32>()) {
                (Ok(a), Ok(b)) if a > 12 && b <= 12 => return true,
                (Ok(a), Ok(b)) if b > 12 && a <= 12 => return false,
                _ => {}
            }
        }
    }
    true
}

/// A time from a cell: a spreadsheet's date, a serial number, or text in a usual form, with an offset or in `zone`.
fn read_time(cell: &Cell, zone: Tz, day_first: bool) -> Option<DateTime<Utc>> {
    let local = |t: NaiveDateTime| zone.from_local_datetime(&t).earliest().map(|t| t.with_timezone(&Utc));
    match cell {
        Cell::Time(t) => local(*t),
        // A date as Excel counts it: days since 1899-12-30 (a date column whose cells were typed as numbers).
        Cell::Number(n) if (1.0..2_958_466.0).contains(n) => {
            let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?.and_time(Default::default());
            local(epoch + chrono::Duration::milliseconds((n * 86_400_000.0).round() as i64))
        }
        Cell::Text(text) => {
            let text = text.trim();
            // With an offset: RFC 3339, or Python's str() of a time (Indico's CSV: `2025-03-14 09:31:07.123456+00:00`).
            let offset = DateTime::parse_from_rfc3339(text)
                .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f%:z"));
            if let Ok(t) = offset {
                return Some(t.with_timezone(&Utc));
            }
            let forms: Vec<&str> = if day_first {
                TIME_FORMATS.iter().chain(&DAY_FIRST).chain(&MONTH_FIRST).copied().collect()
            } else {
                TIME_FORMATS.iter().chain(&MONTH_FIRST).chain(&DAY_FIRST).copied().collect()
            };
            forms
                .iter()
                .find_map(|f| {
                    NaiveDateTime::parse_from_str(text, f)
                        .ok()
                        .or_else(|| NaiveDate::parse_from_str(text, f).ok().map(|d| d.and_time(Default::default())))
                        .and_then(local)
                })
                .or_else(|| {
                    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|d| local(d.and_time(Default::default())))
                })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_matched_in_any_language_and_each_column_once() {
        let headers: Vec<String> =
            ["First Name", "Nom", "Correo electrónico", "Организация", "国家", "Submitted (Asia/Tokyo)", "Email"]
                .map(String::from)
                .to_vec();
        assert_eq!(
            match_columns(&headers),
            [
                Some(ListColumn::GivenName),
                Some(ListColumn::FamilyName),
                Some(ListColumn::Email),
                Some(ListColumn::Organisation),
                Some(ListColumn::Country),
                Some(ListColumn::SubmittedAt),
                None
            ]
        );
        assert_eq!(zone_of("Submitted (Asia/Tokyo)"), Some(chrono_tz::Asia::Tokyo));
    }

    #[test]
    fn names_are_split_and_times_read_in_their_forms() {
        assert_eq!(split_name("Ana Maria Ribeiro"), ("Ana Maria".into(), "Ribeiro".into()));
        assert_eq!(split_name("王小明"), ("小明".into(), "王".into()));
        let zone = chrono_tz::Europe::Zurich;
        let at = |y, m, d, h| Some(Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap());
        assert_eq!(read_time(&Cell::Text("2026-03-02 10:00".into()), zone, true), at(2026, 3, 2, 9));
        assert_eq!(read_time(&Cell::Text("02/03/2026 10:00".into()), zone, true), at(2026, 3, 2, 9));
        assert_eq!(read_time(&Cell::Text("03/02/2026 10:00".into()), zone, false), at(2026, 3, 2, 9));
        assert_eq!(read_time(&Cell::Number(46083.4166666667), zone, true), at(2026, 3, 2, 9), "a serial number");
        assert_eq!(read_time(&Cell::Text("2026-03-02T09:00:00Z".into()), zone, true), at(2026, 3, 2, 9));
        assert_eq!(
            read_time(&Cell::Text("2026-03-02 09:00:00.123456+00:00".into()), zone, true).map(|t| t.timestamp()),
            at(2026, 3, 2, 9).map(|t| t.timestamp())
        );
        assert!(!day_first([Cell::Text("03/25/2026".into())].iter()));
    }
}
