//! A file of rows brought in: a CSV in whatever separator and encoding it was saved in, or a workbook (XLSX, XLS,
//! ODS), read as sheets of cells. What the file is comes from its first bytes, not its name: a workbook renamed `.csv`
//! is still read as one, and a PDF renamed `.xlsx` is refused as what it is not.
//!
//! A CSV's encoding: its byte order mark if it has one; else UTF-16 told by its zero bytes; else UTF-8 if it is valid
//! UTF-8; else the legacy code page chardetng (Firefox's detector) guesses from its bytes (windows-1252, windows-1251,
//! windows-1256, GBK...). The encoding read is said, and the organiser may name another. Its separator: the one of
//! `,` `;` tab `|` that cuts the first rows into the same number of fields, most of them.

use std::borrow::Cow;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};
use chrono::NaiveDateTime;
use encoding_rs::Encoding;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::msg;

/// The largest file read: a list of 1,000,000 registrants in CSV is about 150 MB.
pub const MOST_BYTES: u64 = 256 * 1024 * 1024;

/// What a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FileKind {
    Csv,
    Xlsx,
    Xls,
    Ods,
}

/// A cell as the file gave it: a workbook's cells have types, a CSV's are all text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or time, without a zone (spreadsheets have none).
    Time(NaiveDateTime),
}

impl Cell {
    /// The cell as text: a number without a needless `.0`, a time as `2026-03-02 09:30`.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            // Spaces only: a tab or a line break someone typed at the start of a note is theirs.
            Cell::Text(t) => Cow::Borrowed(t.trim_matches(' ')),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Cow::Owned(format!("{}", *n as i64)),
            Cell::Number(n) => Cow::Owned(n.to_string()),
            Cell::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            Cell::Time(t) => Cow::Owned(t.format("%Y-%m-%d %H:%M:%S").to_string()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text().is_empty()
    }
}

/// A sheet of a workbook (a CSV is one sheet, named after its file).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    /// Its rows from the first, trailing empty rows left out.
    pub rows: Vec<Vec<Cell>>,
}

/// A file read whole.
#[derive(Debug, Clone, PartialEq)]
pub struct TableFile {
    /// Its name, as its errors say it.
    pub name: String,
    pub kind: FileKind,
    /// A CSV's encoding as read (`UTF-8`, `windows-1251`...).
    pub encoding: Option<&'static str>,
    /// A CSV's separator.
    pub separator: Option<char>,
    pub sheets: Vec<Sheet>,
    /// Every row was read (not only a first screen's, `TableFile::first_rows`).
    pub whole: bool,
}

impl TableFile {
    /// Reads the file at `path`; `encoding`, for a CSV, the organiser's choice over the one guessed (a WHATWG label
    /// such as `windows-1251` or `gbk`).
    pub fn read(path: &Path, encoding: Option<&str>) -> Result<TableFile> {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let unreadable = |reason: Msg| Error::Unreadable { file: name.clone(), reason };
        let size =
            std::fs::metadata(path).map_err(|e| unreadable(msg!("import-file-io", detail = e.to_string())))?.len();
        if size > MOST_BYTES {
            return Err(unreadable(too_large(size)));
        }
        let bytes = std::fs::read(path).map_err(|e| unreadable(msg!("import-file-io", detail = e.to_string())))?;
        TableFile::from_bytes(&name, &bytes, encoding)
    }

    /// Reads a file's bytes, as a window sends them; `name`, the file's.
    pub fn from_bytes(name: &str, bytes: &[u8], encoding: Option<&str>) -> Result<TableFile> {
        TableFile::parsed(name, bytes, encoding, None)
    }

    /// The first `rows` rows of each sheet of an XLSX or a CSV, for a preview's first screen while the rest is read
    /// (a large XLSX takes most of a second to read whole, its first screen milliseconds); an XLS or an ODS whole.
    pub fn first_rows(name: &str, bytes: &[u8], encoding: Option<&str>, rows: usize) -> Result<TableFile> {
        TableFile::parsed(name, bytes, encoding, Some(rows))
    }

    fn parsed(name: &str, bytes: &[u8], encoding: Option<&str>, most_rows: Option<usize>) -> Result<TableFile> {
        let unreadable = |reason: Msg| Error::Unreadable { file: name.to_string(), reason };
        if bytes.len() as u64 > MOST_BYTES {
            return Err(unreadable(too_large(bytes.len() as u64)));
        }
        let stem = Path::new(name).file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let (kind, encoding, separator, sheets) = parse(bytes, &stem, encoding, most_rows).map_err(unreadable)?;
        let whole = most_rows.is_none_or(|most| sheets.iter().all(|s| s.rows.len() < most));
        Ok(TableFile { name: name.to_string(), kind, encoding, separator, sheets, whole })
    }
}

fn too_large(size: u64) -> Msg {
    let (size, most) = ((size >> 20).to_string(), (MOST_BYTES >> 20).to_string());
    msg!("import-file-too-large", size = size, most = most)
}

/// What a file's bytes hold: its kind, a CSV's encoding and separator, the sheets.
type Parsed = (FileKind, Option<&'static str>, Option<char>, Vec<Sheet>);

/// Reads a file's bytes, its first `most_rows` rows if given; `stem`, the sheet's name for a CSV. The error is the
/// reason, for the caller to name the file.
fn parse(
    bytes: &[u8],
    stem: &str,
    encoding: Option<&str>,
    most_rows: Option<usize>,
) -> std::result::Result<Parsed, Msg> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.starts_with(ZIP) {
        return read_workbook(bytes, zip_kind(bytes), most_rows);
    }
    if bytes.starts_with(OLE) {
        return read_workbook(bytes, FileKind::Xls, None);
    }
    if let Some(kind) = known_other_kind(bytes) {
        return Err(msg!("import-file-not-a-table", kind = kind));
    }
    read_csv(bytes, stem, encoding, most_rows)
}

/// A zip is an XLSX or an ODS (OpenDocument names its type in a first, uncompressed entry, `mimetype`).
fn zip_kind(bytes: &[u8]) -> FileKind {
    let head = &bytes[..bytes.len().min(128)];
    let ods = head.windows(46).any(|w| w == b"application/vnd.oasis.opendocument.spreadsheet");
    if ods { FileKind::Ods } else { FileKind::Xlsx }
}

/// Files people take for a table that are not one, told by their first bytes.
fn known_other_kind(bytes: &[u8]) -> Option<&'static str> {
    [
        (&b"%PDF"[..], "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"\x1F\x8B", "gzip"),
        (b"Rar!", "RAR"),
        (b"7z\xBC\xAF", "7z"),
        (b"{\\rtf", "RTF"),
    ]
    .into_iter()
    .find(|(magic, _)| bytes.starts_with(magic))
    .map(|(_, kind)| kind)
}

fn read_workbook(bytes: &[u8], kind: FileKind, most_rows: Option<usize>) -> std::result::Result<Parsed, Msg> {
    let damaged = |e: calamine::Error| msg!("import-file-damaged", detail = e.to_string());
    let cursor = Cursor::new(bytes);
    if kind == FileKind::Xlsx {
        let mut book = calamine::Xlsx::new(cursor).map_err(|e| damaged(e.into()))?;
        let mut sheets = Vec::new();
        for name in book.sheet_names() {
            let rows = xlsx_rows(&mut book, &name, most_rows.unwrap_or(usize::MAX)).map_err(|e| damaged(e.into()))?;
            sheets.push(Sheet { name, rows: trimmed(rows) });
        }
        return Ok((kind, None, None, sheets));
    }
    let mut book = match kind {
        FileKind::Ods => calamine::Sheets::Ods(calamine::Ods::new(cursor).map_err(|e| damaged(e.into()))?),
        FileKind::Xls => calamine::Sheets::Xls(calamine::Xls::new(cursor).map_err(|e| damaged(e.into()))?),
        _ => calamine::Sheets::Xlsx(calamine::Xlsx::new(cursor).map_err(|e| damaged(e.into()))?),
    };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(damaged)?;
        let rows = range.rows().map(|row| row.iter().cloned().map(workbook_cell).collect()).collect();
        sheets.push(Sheet { name, rows: trimmed(rows) });
    }
    Ok((kind, None, None, sheets))
}

/// An XLSX sheet's rows, at most `most_rows` of them, its cells taken as calamine's reader streams them (row by row):
/// `worksheet_range` would lay the whole sheet out in a grid of its own first, then copy each cell. As there, the
/// rows begin at the first row and column holding a value.
fn xlsx_rows(
    book: &mut calamine::Xlsx<Cursor<&[u8]>>,
    sheet: &str,
    most_rows: usize,
) -> std::result::Result<Vec<Vec<Cell>>, calamine::XlsxError> {
    let mut reader = match book.worksheet_cells_reader(sheet) {
        Ok(reader) => reader,
        // A chart sheet has no cells.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut cells: Vec<((u32, u32), Cell)> = Vec::new();
    let mut first_row = None;
    while let Some(cell) = reader.next_cell()? {
        let value = match cell.get_value() {
            calamine::DataRef::Empty => continue,
            value => workbook_cell(value.clone().into()),
        };
        let row = cell.get_position().0;
        if row as usize >= *first_row.get_or_insert(row) as usize + most_rows {
            break;
        }
        cells.push((cell.get_position(), value));
    }
    let (Some(top), Some(left)) = (cells.iter().map(|((r, _), _)| *r).min(), cells.iter().map(|((_, c), _)| *c).min())
    else {
        return Ok(Vec::new());
    };
    let width = cells.iter().map(|((_, c), _)| c - left + 1).max().unwrap_or(0) as usize;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for ((r, c), value) in cells {
        let (r, c) = ((r - top) as usize, (c - left) as usize);
        if rows.len() <= r {
            rows.resize_with(r + 1, || vec![Cell::Empty; width]);
        }
        rows[r][c] = value;
    }
    Ok(rows)
}

fn workbook_cell(data: Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s),
        Data::Int(i) => Cell::Number(i as f64),
        Data::Float(f) => Cell::Number(f),
        Data::Bool(b) => Cell::Bool(b),
        Data::DateTime(d) => d.as_datetime().map_or_else(|| Cell::Number(d.as_f64()), Cell::Time),
        Data::DateTimeIso(s) => iso_time(&s).map_or_else(|| Cell::Text(s), Cell::Time),
        Data::DurationIso(s) => Cell::Text(s),
        // A formula's error (`#N/A`, `#REF!`) as the spreadsheet shows it.
        Data::Error(e) => Cell::Text(e.to_string()),
    }
}

/// ODS's dates: `2026-03-02T09:30:00` or a day alone.
fn iso_time(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .or_else(|| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(|d| d.and_time(Default::default())))
}

/// Rows without the empty ones at the end (a sheet's used range often runs past its data).
fn trimmed(mut rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    while rows.last().is_some_and(|r| r.iter().all(Cell::is_empty)) {
        rows.pop();
    }
    rows
}

fn read_csv(
    bytes: &[u8],
    stem: &str,
    chosen: Option<&str>,
    most_rows: Option<usize>,
) -> std::result::Result<Parsed, Msg> {
    let encoding = match chosen {
        Some(label) => Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| msg!("import-file-unknown-encoding", encoding = label))?,
        None => guess_encoding(bytes),
    };
    // The BOM is taken off whichever encoding is named: one for another encoding than the file's would be wrong anyway.
    let body = match Encoding::for_bom(bytes) {
        Some((_, bom)) => &bytes[bom..],
        None => bytes,
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors && chosen.is_none() && encoding == encoding_rs::UTF_8 {
        return Err(msg!("import-file-not-text"));
    }
    if text.contains('\0') {
        return Err(msg!("import-file-not-text"));
    }
    let separator = guess_separator(&text);
    let rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(text.as_bytes())
        .records()
        .take(most_rows.unwrap_or(usize::MAX))
        .map(|record| {
            let record = record.map_err(|e| msg!("import-file-csv", detail = e.to_string()))?;
            Ok(record.iter().map(csv_cell).collect())
        })
        .collect::<std::result::Result<Vec<Vec<Cell>>, Msg>>()?;
    let sheet = Sheet { name: stem.to_string(), rows: trimmed(rows) };
    Ok((FileKind::Csv, Some(encoding.name()), Some(separator), vec![sheet]))
}

/// A CSV's cell. A list Dais wrote puts `'` before a value a spreadsheet would run as a formula (`csv_cell` in
/// `participants_list.rs`): it is taken off again, so that the value comes back as it was.
fn csv_cell(text: &str) -> Cell {
    match text.strip_prefix('\'') {
        Some(rest) if crate::registrations::participants_list::formula_like(rest) => Cell::Text(rest.to_string()),
        _ if text.is_empty() => Cell::Empty,
        _ => Cell::Text(text.to_string()),
    }
}

/// The encoding of a CSV without one named.
pub fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    // UTF-16 without a BOM: text in Latin letters has a zero byte in every other place.
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() >= 4 {
        let zeros = |odd: usize| sample.iter().skip(odd).step_by(2).filter(|b| **b == 0).count();
        let half = sample.len() / 2;
        if zeros(1) * 3 > half && zeros(0) == 0 {
            return encoding_rs::UTF_16LE;
        }
        if zeros(0) * 3 > half && zeros(1) == 0 {
            return encoding_rs::UTF_16BE;
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The separator that cuts the first rows of `text` into one same number of fields, the most rows, the more fields the
/// better; a comma when none does.
fn guess_separator(text: &str) -> char {
    const SAMPLE: usize = 64 * 1024;
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text.as_bytes()[..end];
    let score = |separator: char| -> (usize, usize) {
        let mut reader =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator as u8).from_reader(sample);
        let counts: Vec<usize> = reader.records().take(50).map_while(|r| r.ok()).map(|r| r.len()).collect();
        // The last row may be cut by the sample's end.
        let counts = if counts.len() > 1 && end < text.len() { &counts[..counts.len() - 1] } else { &counts[..] };
        let Some(&first) = counts.first() else { return (0, 0) };
        if first < 2 {
            return (0, 0);
        }
        (counts.iter().filter(|c| **c == first).count(), first)
    };
    [',', ';', '\t', '|'].into_iter().map(|s| (score(s), s)).max_by_key(|(score, _)| *score).map_or(
        ',',
        |(score, s)| {
            if score.0 == 0 { ',' } else { s }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(bytes: &[u8]) -> TableFile {
        TableFile::from_bytes("list.csv", bytes, None).unwrap()
    }

    fn refusal(bytes: &[u8], encoding: Option<&str>) -> Msg {
        match TableFile::from_bytes("x", bytes, encoding).unwrap_err() {
            Error::Unreadable { reason, .. } => reason,
            other => panic!("{other:?}"),
        }
    }

    fn texts(file: &TableFile) -> Vec<Vec<String>> {
        file.sheets[0].rows.iter().map(|r| r.iter().map(|c| c.text().into_owned()).collect()).collect()
    }

    #[test]
    fn a_csv_is_read_in_its_separator_and_encoding() {
        let file = csv(b"Name;Organisation\nAna;ITU, Geneva\n");
        assert_eq!((file.separator, file.encoding), (Some(';'), Some("UTF-8")));
        assert_eq!(texts(&file), [["Name", "Organisation"], ["Ana", "ITU, Geneva"]]);
        let tabs = csv(b"a\tb\tc\n1\t2\t3\n");
        assert_eq!(tabs.separator, Some('\t'));
        let (cyrillic, _, _) =
            encoding_rs::WINDOWS_1251.encode("Имя;Фамилия;Организация\nИван;Петров;Министерство связи\n");
        let file = csv(&cyrillic);
        assert_eq!(file.encoding, Some("windows-1251"));
        assert_eq!(texts(&file)[1], ["Иван", "Петров", "Министерство связи"]);
        let utf16: Vec<u8> = "Name,Email\nZoë,z@example.org\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(csv(&utf16).encoding, Some("UTF-16LE"), "UTF-16 without a BOM");
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&utf16);
        assert_eq!(texts(&csv(&bom))[1], ["Zoë", "z@example.org"]);
        let chosen = TableFile::from_bytes("list.csv", &cyrillic, Some("koi8-r")).unwrap();
        assert_eq!(chosen.encoding, Some("KOI8-R"), "the organiser's choice stands");
    }

    #[test]
    fn what_is_not_a_table_is_refused_as_what_it_is() {
        assert_eq!(refusal(b"%PDF-1.7\n...", None), msg!("import-file-not-a-table", kind = "PDF"));
        assert_eq!(refusal(b"a,b\n\0\0\0", None), msg!("import-file-not-text"));
        assert_eq!(refusal(b"PK\x03\x04 truncated", None).id, "import-file-damaged", "a truncated workbook");
        assert_eq!(refusal(b"a,b", Some("no-such")).id, "import-file-unknown-encoding");
    }

    #[test]
    fn our_own_apostrophe_before_a_formula_is_taken_off() {
        let file = csv(b"Name,Organisation\n'=HYPERLINK(\"x\"),'Inc\n");
        assert_eq!(texts(&file)[1], ["=HYPERLINK(\"x\")", "'Inc"]);
    }
}
