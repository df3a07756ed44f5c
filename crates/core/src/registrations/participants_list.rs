//! The participants list: a meeting's registrations as the organisers' table finds them (search, filters, sort), with
//! the columns an organiser picks, written to CSV or XLSX for Excel and the people who read lists in it.
//!
//! Both are written as the rows are read (`Store::each_registration`, one SQL statement): the CSV keeps one row in
//! memory, the XLSX one row and the file's compressed parts (rust_xlsxwriter's constant memory mode streams the sheet
//! to a temporary file, its strings inline rather than in a shared table).
//!
//! **Formulas.** A registrant types their own name and organisation on the public form, so a cell may hold
//! `=HYPERLINK("http://evil.example","Click")` or `@SUM(...)`. Spreadsheets evaluate such a cell of a CSV as a formula
//! (CSV injection, OWASP). [`formula_like`] is the one rule, OWASP's: text beginning with `=`, `+`, `-`, `@`, a tab
//! or a carriage return. What each format does with it is in [`csv_cell`] and [`write_xlsx`].

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{Event, Registration};
use crate::registrations::RegistrationQuery;
use crate::rules::country::country_name_in;
use crate::rules::zone::parse_zone;
use crate::storage::Store;
use crate::{msg, t};

/// A column of the participants list, as the organiser picks them (in the order picked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ListColumn {
    /// Given name, then family name: `Ana Ribeiro`.
    Name,
    GivenName,
    FamilyName,
    Email,
    Organisation,
    Position,
    /// The country's English name: `Switzerland`.
    Country,
    /// ISO 3166-1 alpha-2: `CH`.
    CountryCode,
    /// The category's label: `ITU Academia`.
    Category,
    /// The status's label, as the app says it: `Waiting list`.
    Status,
    /// When the registrant sent the form, in the meeting's time zone.
    SubmittedAt,
    DecidedBy,
    /// When the last decision was made, in the meeting's time zone.
    DecidedAt,
    /// Why, as the organiser gave it.
    Reason,
    /// Website form, entered by hand, imported.
    Source,
    /// `Yes` when the registrant agreed that their name may be listed.
    ConsentToBeListed,
    /// `Yes` when the registrant was marked as attending.
    Attended,
    /// The organisers' own notes: private.
    PrivateNotes,
    /// The registration's id, to match the rows with another export.
    Id,
}

/// A column as the organiser's picker shows it: its label, and whether it is among the usual ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ColumnChoice {
    pub column: ListColumn,
    pub label: String,
    pub usual: bool,
}

/// The name a participants list is saved under: the meeting's short title, the day and the format's extension, with
/// the characters no file system takes replaced.
pub fn file_name(short_title: &str, day: chrono::NaiveDate, format: ListFormat, lang: Lang) -> String {
    let meeting = file_name_part(short_title);
    format!("{}.{}", t!(lang, "list-file-name", meeting = meeting, day = day.to_string()), format.extension())
}

/// A meeting's short title as part of a file name: the characters no file system takes replaced.
pub fn file_name_part(short_title: &str) -> String {
    let title: String =
        short_title
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '-'
                } else {
                    c
                }
            })
            .collect();
    title.trim().to_string()
}

impl ListColumn {
    /// Every column with its label in `lang`, for a picker.
    pub fn choices(lang: Lang) -> Vec<ColumnChoice> {
        ListColumn::ALL
            .into_iter()
            .map(|column| ColumnChoice {
                column,
                label: column.label(lang),
                usual: ListColumn::DEFAULT.contains(&column),
            })
            .collect()
    }

    /// Every column, in the order an organiser's picker shows them.
    pub const ALL: [ListColumn; 19] = [
        ListColumn::Name,
        ListColumn::GivenName,
        ListColumn::FamilyName,
        ListColumn::Email,
        ListColumn::Organisation,
        ListColumn::Position,
        ListColumn::Country,
        ListColumn::CountryCode,
        ListColumn::Category,
        ListColumn::Status,
        ListColumn::SubmittedAt,
        ListColumn::DecidedBy,
        ListColumn::DecidedAt,
        ListColumn::Reason,
        ListColumn::Source,
        ListColumn::ConsentToBeListed,
        ListColumn::Attended,
        ListColumn::PrivateNotes,
        ListColumn::Id,
    ];

    /// The list an organiser most often sends on: who, from where, in which category, and where their request stands.
    pub const DEFAULT: [ListColumn; 8] = [
        ListColumn::FamilyName,
        ListColumn::GivenName,
        ListColumn::Email,
        ListColumn::Organisation,
        ListColumn::Country,
        ListColumn::Category,
        ListColumn::Status,
        ListColumn::SubmittedAt,
    ];

    /// The header row's words, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::t!(lang, "list-column", column = self.key())
    }

    /// Its name in the model (serde's), which the catalogue's selector is keyed by.
    pub fn key(self) -> &'static str {
        match self {
            ListColumn::Name => "name",
            ListColumn::GivenName => "given_name",
            ListColumn::FamilyName => "family_name",
            ListColumn::Email => "email",
            ListColumn::Organisation => "organisation",
            ListColumn::Position => "position",
            ListColumn::Country => "country",
            ListColumn::CountryCode => "country_code",
            ListColumn::Category => "category",
            ListColumn::Status => "status",
            ListColumn::SubmittedAt => "submitted_at",
            ListColumn::DecidedBy => "decided_by",
            ListColumn::DecidedAt => "decided_at",
            ListColumn::Reason => "reason",
            ListColumn::Source => "source",
            ListColumn::ConsentToBeListed => "consent_to_be_listed",
            ListColumn::Attended => "attended",
            ListColumn::PrivateNotes => "private_notes",
            ListColumn::Id => "id",
        }
    }

    /// The header of the column in a list: its label, and for a time the zone it is in (`Submitted (Europe/Zurich)`),
    /// since a spreadsheet's dates have none.
    pub fn header(self, zone: Tz, lang: Lang) -> String {
        match self {
            ListColumn::SubmittedAt | ListColumn::DecidedAt => {
                crate::t!(lang, "list-column-in-zone", column = self.label(lang), zone = zone.name())
            }
            _ => self.label(lang),
        }
    }

    /// The XLSX column's width, in Excel's characters: the usual value's, or the header's if wider.
    fn width(self, lang: Lang) -> f64 {
        let usual: usize = match self {
            ListColumn::Name => 28,
            ListColumn::GivenName | ListColumn::FamilyName => 18,
            ListColumn::Email => 32,
            ListColumn::Organisation => 36,
            ListColumn::Position => 24,
            ListColumn::Country => 22,
            ListColumn::Category => 34,
            ListColumn::Status | ListColumn::CountryCode => 13,
            ListColumn::SubmittedAt | ListColumn::DecidedAt => 28,
            ListColumn::DecidedBy => 22,
            ListColumn::Reason | ListColumn::PrivateNotes => 40,
            ListColumn::Source => 16,
            ListColumn::ConsentToBeListed | ListColumn::Attended => 10,
            ListColumn::Id => 38,
        };
        usual.max(self.label(lang).chars().count() + 2) as f64
    }

    fn cell<'r>(self, r: &'r Registration, words: &'r Words) -> Cell<'r> {
        let text = |s: String| Cell::Text(Cow::Owned(s));
        let yes_no = |b: bool| Cell::Text(Cow::Borrowed(if b { &words.yes } else { &words.no }));
        match self {
            ListColumn::Name => text(r.full_name()),
            ListColumn::GivenName => Cell::Text(Cow::Borrowed(&r.given_name)),
            ListColumn::FamilyName => Cell::Text(Cow::Borrowed(&r.family_name)),
            ListColumn::Email => Cell::Text(Cow::Borrowed(&r.email)),
            ListColumn::Organisation => Cell::Text(Cow::Borrowed(&r.organisation)),
            ListColumn::Position => Cell::Text(Cow::Borrowed(r.position.as_deref().unwrap_or(""))),
            ListColumn::Country => match country_name_in(&r.country, words.lang.code()) {
                Some(name) => Cell::Text(Cow::Borrowed(name)),
                None => Cell::Text(Cow::Borrowed(&r.country)),
            },
            ListColumn::CountryCode => Cell::Text(Cow::Borrowed(&r.country)),
            ListColumn::Category => Cell::Text(Cow::Borrowed(&words.categories[r.category as usize])),
            ListColumn::Status => Cell::Text(Cow::Borrowed(&words.statuses[r.decision.status as usize])),
            ListColumn::SubmittedAt => Cell::Time(Some(r.submitted_at)),
            ListColumn::DecidedBy => Cell::Text(Cow::Borrowed(r.decision.decided_by.as_deref().unwrap_or(""))),
            ListColumn::DecidedAt => Cell::Time(r.decision.decided_at),
            ListColumn::Reason => Cell::Text(Cow::Borrowed(r.decision.reason.as_deref().unwrap_or(""))),
            ListColumn::Source => Cell::Text(Cow::Borrowed(&words.sources[r.source as usize])),
            ListColumn::ConsentToBeListed => yes_no(r.consent_to_be_listed),
            ListColumn::Attended => yes_no(r.attended),
            ListColumn::PrivateNotes => Cell::Text(Cow::Borrowed(&r.private_notes)),
            ListColumn::Id => text(r.id.to_string()),
        }
    }
}

/// The words a list's cells say, in its language: made once per list, not once per row.
struct Words {
    lang: Lang,
    yes: String,
    no: String,
    /// By the enums' order of variants.
    categories: Vec<String>,
    statuses: Vec<String>,
    sources: Vec<String>,
}

impl Words {
    fn in_(lang: Lang) -> Words {
        use crate::model::{ParticipantCategory, RegistrationStatus};
        let sources = ["website_form", "manual", "import"];
        Words {
            lang,
            yes: crate::t!(lang, "list-yes"),
            no: crate::t!(lang, "list-no"),
            categories: ParticipantCategory::ALL.iter().map(|c| c.label(lang)).collect(),
            statuses: RegistrationStatus::ALL.iter().map(|s| s.label(lang)).collect(),
            sources: sources.iter().map(|source| crate::t!(lang, "registration-source", source = *source)).collect(),
        }
    }
}

/// The file the list is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ListFormat {
    /// UTF-8 with a byte order mark (so that Excel reads accents right), comma-separated, CRLF, quoted as RFC 4180
    /// says.
    Csv,
    /// An Excel workbook of one sheet.
    Xlsx,
}

impl ListFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ListFormat::Csv => "csv",
            ListFormat::Xlsx => "xlsx",
        }
    }

    /// The format a file name asks for by its extension (`list.XLSX`), if it is one of these.
    pub fn of_path(path: &Path) -> Option<ListFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        [ListFormat::Csv, ListFormat::Xlsx].into_iter().find(|f| f.extension() == extension)
    }
}

/// A cell's value before it is written: text, or an instant (shown in the meeting's zone).
enum Cell<'a> {
    Text(Cow<'a, str>),
    Time(Option<DateTime<Utc>>),
}

/// Whether a spreadsheet may take `text` for a formula: it begins with `=`, `+`, `-` or `@` (a formula, or Lotus-style
/// one), or with a tab or a carriage return, which some spreadsheets skip before looking for one (OWASP's CSV
/// injection rule). The one rule for both formats.
pub fn formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell as the CSV writes it: a formula-like one with a leading `'`, which Excel and LibreOffice show as text
/// and do not evaluate (a CSV has no types: the apostrophe is the only way to say "text" in the cell itself). The
/// apostrophe stays in the value another program reads; that is the price of opening the file safely in Excel.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    match formula_like(text) {
        true => Cow::Owned(format!("'{text}")),
        false => Cow::Borrowed(text),
    }
}

/// Excel's largest cell: 32,767 characters.
const XLSX_MAX_TEXT: usize = 32_767;
/// Excel's rows: 1,048,576, the header's among them.
const XLSX_MAX_ROWS: u64 = 1_048_576;

impl Store {
    /// Writes the participants list of `query.event_id` to `out`: every registration the query finds (its search,
    /// filters and sort; its offset and limit aside), one row each, with `columns` in that order under a header row.
    /// Times are in the meeting's zone, which the header names. Returns the number of rows written, the header aside.
    ///
    /// `out` is written as the rows are read; pass a file (buffered here). A write that fails is `Error::Write`
    /// (code `io`) with the system's reason; what was written until then is left to the caller to remove.
    pub fn participants_list<W: Write + Send>(
        &self,
        query: &RegistrationQuery,
        columns: &[ListColumn],
        format: ListFormat,
        out: W,
    ) -> Result<u64> {
        if columns.is_empty() {
            return Err(Error::invalid("columns", msg!("error-no-column")));
        }
        let event: Event = self.get(query.event_id)?;
        let zone = parse_zone("zone", &event.zone).map_err(|e| Error::Invalid(vec![e]))?;
        let words = Words::in_(query.lang.unwrap_or(Lang::En));
        match format {
            ListFormat::Csv => write_csv(self, query, columns, zone, &words, out),
            ListFormat::Xlsx => write_xlsx(self, query, columns, zone, &words, out),
        }
    }
}

const WHAT: &str = "participants_list";

fn write_error(e: std::io::Error) -> Error {
    Error::Write { what: WHAT, reason: e.to_string() }
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => write_error(e),
        other => Error::Write { what: WHAT, reason: format!("{other:?}") },
    }
}

fn xlsx_error(e: XlsxError) -> Error {
    match e {
        XlsxError::IoError(e) => write_error(e),
        XlsxError::TempFileError(dir, e) => {
            Error::Write { what: WHAT, reason: format!("no temporary file in {}: {e}", dir.display()) }
        }
        other => Error::Write { what: WHAT, reason: other.to_string() },
    }
}

/// A time as the CSV writes it, in the meeting's zone: `2025-10-28 12:00`, which Excel reads as a date.
fn csv_time(instant: DateTime<Utc>, zone: Tz) -> String {
    instant.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string()
}

fn write_csv<W: Write>(
    store: &Store,
    query: &RegistrationQuery,
    columns: &[ListColumn],
    zone: Tz,
    words: &Words,
    mut out: W,
) -> Result<u64> {
    // The byte order mark: without it, Excel reads UTF-8 as the computer's legacy code page (Zoë as ZoÃ«).
    out.write_all("\u{feff}".as_bytes()).map_err(write_error)?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out);
    csv.write_record(columns.iter().map(|c| c.header(zone, words.lang))).map_err(csv_error)?;
    let rows = store.each_registration(query, |r| {
        for column in columns {
            match column.cell(&r, words) {
                Cell::Text(text) => csv.write_field(csv_cell(&text).as_bytes()),
                Cell::Time(time) => csv.write_field(time.map(|t| csv_time(t, zone)).unwrap_or_default()),
            }
            .map_err(csv_error)?;
        }
        // The end of the row.
        csv.write_record(None::<&[u8]>).map_err(csv_error)
    })?;
    csv.flush().map_err(write_error)?;
    Ok(rows)
}

/// The XLSX sheet: the header row bold and frozen, with a filter; each column as wide as its usual value; times as
/// real dates (`yyyy-mm-dd hh:mm`) so that Excel sorts and filters them, in the meeting's wall-clock time (an Excel
/// date has no zone; the header names it).
///
/// Every value is written as a string cell, never a formula, so a formula-like one cannot be evaluated when the file
/// is opened. It is not prefixed with `'` as in the CSV: in a string cell the apostrophe would be part of the value
/// and show. It gets instead Excel's own "quote prefix" style, what Excel records when someone types `'=1+2`: the
/// value stays as the registrant typed it, shows without the apostrophe, and stays text when the cell is edited
/// (F2, Enter) or copied into another sheet, where a plain string cell would become a formula.
fn write_xlsx<W: Write + Send>(
    store: &Store,
    query: &RegistrationQuery,
    columns: &[ListColumn],
    zone: Tz,
    words: &Words,
    out: W,
) -> Result<u64> {
    let mut workbook = Workbook::new();
    // Compression level 3, not the default 6: a quarter faster for 100,000 rows, the file 10% larger (the bench).
    workbook.set_zip_compression_level(3);
    let header = Format::new().set_bold();
    let as_text = Format::new().set_quote_prefix();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let sheet = workbook.add_worksheet_with_constant_memory().map_err(xlsx_error)?;
    sheet.set_name(crate::t!(words.lang, "list-sheet")).map_err(xlsx_error)?;
    // An Arabic list reads from the right, as Excel shows a sheet made in Arabic.
    sheet.set_right_to_left(words.lang.is_rtl());
    for (i, column) in columns.iter().enumerate() {
        let i = column_number(i)?;
        sheet.set_column_width(i, column.width(words.lang)).map_err(xlsx_error)?;
        sheet.write_string_with_format(0, i, column.header(zone, words.lang), &header).map_err(xlsx_error)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;

    let mut row: u32 = 0;
    let rows = store.each_registration(query, |r| {
        if u64::from(row) + 1 >= XLSX_MAX_ROWS {
            return Err(Error::invalid("format", msg!("error-too-many-rows-for-excel", most = XLSX_MAX_ROWS - 1)));
        }
        row += 1;
        for (i, column) in columns.iter().enumerate() {
            let i = column_number(i)?;
            match column.cell(&r, words) {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => {
                    let text = xlsx_text(&text);
                    match formula_like(text) {
                        true => sheet.write_string_with_format(row, i, text, &as_text),
                        false => sheet.write_string(row, i, text),
                    }
                    .map_err(xlsx_error)?;
                }
                Cell::Time(None) => {}
                Cell::Time(Some(t)) => {
                    sheet.write_datetime_with_format(row, i, excel_time(t, zone)?, &date).map_err(xlsx_error)?;
                }
            }
        }
        Ok(())
    })?;
    let last_column = column_number(columns.len() - 1)?;
    sheet.autofilter(0, 0, row, last_column).map_err(xlsx_error)?;
    let mut out = std::io::BufWriter::new(out);
    workbook.save_to_writer(&mut out).map_err(xlsx_error)?;
    out.flush().map_err(write_error)?;
    Ok(rows)
}

fn column_number(i: usize) -> Result<u16> {
    u16::try_from(i)
        .ok()
        .filter(|i| *i < 16_384)
        .ok_or_else(|| Error::invalid("columns", msg!("error-too-many-columns")))
}

/// At most Excel's 32,767 characters: a longer value (only private notes could be) is cut there.
fn xlsx_text(text: &str) -> &str {
    match text.char_indices().nth(XLSX_MAX_TEXT) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// An instant as Excel's date and time in the meeting's zone.
fn excel_time(instant: DateTime<Utc>, zone: Tz) -> Result<ExcelDateTime> {
    let local = instant.with_timezone(&zone);
    let bad = |e: XlsxError| Error::Corrupt(format!("{instant} cannot be an Excel date: {e}"));
    let year = u16::try_from(local.year()).map_err(|_| Error::Corrupt(format!("{instant} is not an Excel date")))?;
    ExcelDateTime::from_ymd(year, local.month() as u8, local.day() as u8)
        .and_then(|d| d.and_hms(local.hour() as u16, local.minute() as u8, local.second()))
        .map_err(bad)
}
