//! The programme as a document, in the shape of a circular's annex (what an ITU letter carries): the meeting, its dates
//! and zone at the top, then each day, one row per entry: `HH:MM-HH:MM` and the title, with the description and the
//! people (chairs first) under it; items indented under their block; breaks as rows of their own. In the meeting's
//! zone. In the language asked for: its fixed words from the catalogue (`document.ftl`, common.ftl's roles), its days
//! as CLDR writes them, right to left in Arabic. What it says is made once (`Sheet`); `docx` writes it with docx-rs,
//! `pdf` by `pdf.rs` (every script shaped and printed as typed, its fonts subset and embedded).

use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableLayoutType, TableRow, WidthType};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::model::{EntryKind, Event, Role};
use crate::programme::{Programme, ProgrammeRow};
use crate::t;

use super::pdf::{Look, Pages, Place};

/// The document's formats: DOCX to edit further (as the letter's annex), PDF to send or print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum DocumentFormat {
    Docx,
    Pdf,
}

impl DocumentFormat {
    pub fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Docx => "docx",
            DocumentFormat::Pdf => "pdf",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            DocumentFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DocumentFormat::Pdf => "application/pdf",
        }
    }

    /// The name the document is saved under, in `lang`: `U4SSC-9 programme.docx`.
    pub fn file_name(self, short_title: &str, lang: Lang) -> String {
        let meeting = crate::registrations::participants_list::file_name_part(short_title);
        format!("{}.{}", t!(lang, "document-file-name", meeting = meeting), self.extension())
    }
}

/// The programme of `event` (as `Store::programme` gives it) as a document in `format`, in `lang`.
pub fn write(format: DocumentFormat, event: &Event, programme: &Programme, lang: Lang) -> Result<Vec<u8>> {
    match format {
        DocumentFormat::Docx => docx(event, programme, lang),
        DocumentFormat::Pdf => pdf(event, programme, lang),
    }
}

/// What the document says, whichever its format.
struct Sheet {
    lang: Lang,
    /// `Draft programme`.
    heading: String,
    title: String,
    /// The lines under the title: dates, venue, zone.
    facts: Vec<String>,
    /// Said when there is no entry.
    empty: String,
    days: Vec<SheetDay>,
}

struct SheetDay {
    label: String,
    rows: Vec<SheetRow>,
}

struct SheetRow {
    /// `11:00-11:10`.
    time: String,
    title: String,
    kind: EntryKind,
    /// The description's lines.
    description: Vec<String>,
    /// `Chair: …`, `Speakers: …`.
    people: Vec<String>,
}

fn sheet(event: &Event, programme: &Programme, lang: Lang) -> Sheet {
    let mut facts = vec![i18n::date_range(lang, event.starts_on, event.ends_on)];
    facts.extend(event.venue.clone());
    facts.push(t!(lang, "doc-times", zone = &programme.zone, abbreviation = &programme.zone_label));
    let days = programme
        .days
        .iter()
        .map(|d| SheetDay {
            label: i18n::long_date(lang, d.date),
            rows: d.rows.iter().map(|r| sheet_row(r, lang)).collect(),
        })
        .collect();
    Sheet {
        lang,
        heading: t!(lang, "doc-draft"),
        title: event.title.clone(),
        facts,
        empty: t!(lang, "doc-no-entries"),
        days,
    }
}

/// How the language separates the names of a list: `、` in Chinese, `،` in Arabic.
fn name_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::Ar => "، ",
        _ => ", ",
    }
}

fn sheet_row(r: &ProgrammeRow, lang: Lang) -> SheetRow {
    let people = Role::IN_ORDER
        .into_iter()
        .filter_map(|role| {
            let names: Vec<&str> = r.roles.iter().filter(|p| p.role == role).map(|p| p.name.as_str()).collect();
            (!names.is_empty()).then(|| {
                t!(lang, "doc-people", role = role.label(lang, names.len()), names = names.join(name_separator(lang)))
            })
        })
        .collect();
    // A break the organisers did not name is called one.
    let title = match r.entry.title.trim() {
        "" if r.entry.kind == EntryKind::Break => t!(lang, "entry-kind", kind = "break"),
        _ => r.entry.title.clone(),
    };
    SheetRow {
        time: format!("{}-{}", r.times.start.time, r.times.end.time),
        title,
        kind: r.entry.kind,
        description: r.entry.description.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        people,
    }
}

/// Twentieths of a point: the time column fits `HH:MM-HH:MM`, the rest goes to the titles (A4 less margins).
const TIME_COLUMN: usize = 1800;
const TEXT_COLUMN: usize = 7200;
/// Half-points.
const BODY_SIZE: usize = 21;
const TITLE_SIZE: usize = 28;

/// Fonts Word has, named per script so that it shows each as the PDF does: Arial for Latin, Greek, Cyrillic and
/// Arabic, Nirmala UI for Devanagari (Windows' own), Microsoft YaHei for Chinese, Japanese and Korean (macOS's Word
/// takes its own for those it lacks).
const LATIN_FONT: &str = "Arial";
const DEVANAGARI_FONT: &str = "Nirmala UI";
const EAST_ASIAN_FONT: &str = "Microsoft YaHei";

/// The scripts Word sets with a font of their own.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Arabic,
    Devanagari,
    EastAsian,
}

impl Script {
    /// A character's script, `None` for what any script uses (spaces, digits, punctuation).
    fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                Some(Script::Arabic)
            }
            0x0900..=0x097F | 0xA8E0..=0xA8FF => Some(Script::Devanagari),
            0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000.. => {
                Some(Script::EastAsian)
            }
            _ if c.is_alphabetic() => Some(Script::Latin),
            _ => None,
        }
    }

    /// `text` cut where its script changes; what any script uses stays with the text before it.
    fn runs(text: &str) -> Vec<(Script, &str)> {
        let mut runs: Vec<(Script, &str)> = Vec::new();
        let mut start = 0;
        let mut current = text.chars().find_map(Script::of).unwrap_or(Script::Latin);
        for (at, c) in text.char_indices() {
            match Script::of(c) {
                Some(script) if script != current => {
                    if at > start {
                        runs.push((current, &text[start..at]));
                    }
                    (start, current) = (at, script);
                }
                _ => {}
            }
        }
        runs.push((current, &text[start..]));
        runs
    }

    /// The run's fonts. Arabic is marked (`w:hint="cs"`) for its runs to be made right to left (`mark_rtl_runs`).
    fn fonts(self) -> RunFonts {
        let fonts = RunFonts::new().ascii(LATIN_FONT).hi_ansi(LATIN_FONT).east_asia(EAST_ASIAN_FONT);
        match self {
            Script::Latin => fonts.cs(LATIN_FONT),
            Script::Arabic => fonts.cs(LATIN_FONT).hint("cs"),
            Script::Devanagari => fonts.cs(DEVANAGARI_FONT),
            Script::EastAsian => fonts.cs(LATIN_FONT).hint("eastAsia"),
        }
    }
}

/// How a DOCX text looks.
#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
    size: Option<usize>,
}

/// A paragraph of the document's direction (`w:bidi` in Arabic) with `text` in runs of one script each.
fn docx_paragraph(lang: Lang, text: &str, style: Style) -> Paragraph {
    let mut paragraph = Paragraph::new();
    if lang.is_rtl() {
        paragraph.property = paragraph.property.bidi(true);
    }
    for (script, piece) in Script::runs(text) {
        let mut run = Run::new().add_text(piece).fonts(script.fonts());
        if style.bold {
            run = run.bold();
        }
        if style.italic {
            run = run.italic();
        }
        if let Some(size) = style.size {
            run = run.size(size);
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// The programme of `event` (as `Store::programme` gives it) as a DOCX file, in `lang`.
pub fn docx(event: &Event, programme: &Programme, lang: Lang) -> Result<Vec<u8>> {
    let sheet = sheet(event, programme, lang);
    let centred = |text: &str, style: Style| docx_paragraph(lang, text, style).align(AlignmentType::Center);
    let bold = Style { bold: true, ..Style::default() };
    let mut doc = Docx::new()
        .default_fonts(Script::Latin.fonts())
        .default_size(BODY_SIZE)
        .add_paragraph(centred(&sheet.heading, bold))
        .add_paragraph(centred(&sheet.title, Style { size: Some(TITLE_SIZE), ..bold }));
    for fact in &sheet.facts {
        doc = doc.add_paragraph(centred(fact, Style::default()));
    }
    if sheet.days.is_empty() {
        doc = doc.add_paragraph(docx_paragraph(lang, &sheet.empty, Style { italic: true, ..Style::default() }));
    }
    for day in &sheet.days {
        doc = doc
            .add_paragraph(docx_paragraph(lang, "", Style::default()))
            .add_paragraph(docx_paragraph(lang, &day.label, bold));
        let rows = day.rows.iter().map(|r| docx_row(lang, r)).collect();
        doc = doc.add_table(
            Table::without_borders(rows)
                .set_grid(vec![TIME_COLUMN, TEXT_COLUMN])
                .layout(TableLayoutType::Fixed)
                .width(TIME_COLUMN + TEXT_COLUMN, WidthType::Dxa),
        );
    }
    let mut xml = doc.build();
    xml.document = mark_rtl_runs(&xml.document, lang);
    xml.styles = default_languages(&xml.styles, lang);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| Error::Corrupt(format!("the document could not be written: {e}")))?;
    Ok(bytes.into_inner())
}

/// docx-rs writes neither `w:rtl` nor `w:bidiVisual`: each run marked Arabic gets `w:rtl` (Word then sets it right to
/// left with its complex-script font and size), and in an Arabic document each table is laid right to left (the time
/// column on the right).
fn mark_rtl_runs(document: &[u8], lang: Lang) -> Vec<u8> {
    let mut xml = String::from_utf8_lossy(document).into_owned();
    let marker = "w:hint=\"cs\"";
    let mut from = 0;
    while let Some(at) = xml[from..].find(marker).map(|i| i + from) {
        let Some(end) = xml[at..].find("</w:rPr>").map(|i| i + at) else { break };
        xml.insert_str(end, "<w:rtl />");
        from = end;
    }
    if lang.is_rtl() {
        xml = xml.replace("<w:tblPr>", "<w:tblPr><w:bidiVisual />");
    }
    xml.into_bytes()
}

/// The languages Word checks the text in (`w:lang`): the document's for Latin, Greek and Cyrillic, Chinese for East
/// Asian text, Arabic for complex scripts (or Hindi in a document where Arabic is not the language).
fn default_languages(styles: &[u8], lang: Lang) -> Vec<u8> {
    let xml = String::from_utf8_lossy(styles).into_owned();
    let latin = match lang {
        Lang::En | Lang::Pseudo | Lang::Zh | Lang::Ar => "en-GB",
        other => other.code(),
    };
    let languages = format!("<w:lang w:val=\"{latin}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\" />");
    match xml.find("<w:rPrDefault>").and_then(|at| xml[at..].find("</w:rPr>").map(|end| at + end)) {
        Some(end) => {
            let mut xml = xml;
            xml.insert_str(end, &languages);
            xml.into_bytes()
        }
        None => xml.into_bytes(),
    }
}

/// `11:00-11:10` and the entry: its title (a block's bold, an item's indented, a break's in italics), its description
/// and its people.
fn docx_row(lang: Lang, r: &SheetRow) -> TableRow {
    let indent = (r.kind == EntryKind::Item).then_some(360);
    let paragraph = |text: &str, style: Style| docx_paragraph(lang, text, style).indent(indent, None, None, None);
    let title = Style {
        bold: matches!(r.kind, EntryKind::Block | EntryKind::SideEvent),
        italic: r.kind == EntryKind::Break,
        size: None,
    };
    let mut text = TableCell::new().width(TEXT_COLUMN, WidthType::Dxa).add_paragraph(paragraph(&r.title, title));
    for line in &r.description {
        text = text.add_paragraph(paragraph(line, Style::default()));
    }
    for line in &r.people {
        text = text.add_paragraph(paragraph(line, Style { italic: true, ..Style::default() }));
    }
    TableRow::new(vec![
        TableCell::new().width(TIME_COLUMN, WidthType::Dxa).add_paragraph(docx_paragraph(
            lang,
            &r.time,
            Style::default(),
        )),
        text,
    ])
}

/// Where the titles start, in millimetres from the page's start edge: the time column fits `HH:MM-HH:MM`.
const MARGIN: f32 = 20.0;
const TEXT_START: f32 = 48.0;
const TEXT_END: f32 = 190.0;
const INDENT: f32 = 5.0;
/// Points.
const BODY: f32 = 10.0;
const SMALL: f32 = 9.0;
const TITLE: f32 = 14.0;

/// The programme of `event` as a PDF file, in `lang`: A4, the same content as the DOCX.
pub fn pdf(event: &Event, programme: &Programme, lang: Lang) -> Result<Vec<u8>> {
    let sheet = sheet(event, programme, lang);
    let mut pages = Pages::new(lang);
    let look = |size: f32, bold: bool, grey: bool| Look { size, bold, grey };
    pages.paragraph(&sheet.heading, look(BODY, true, false), Place::Centred);
    pages.paragraph(&sheet.title, look(TITLE, true, false), Place::Centred);
    for fact in &sheet.facts {
        pages.paragraph(fact, look(BODY, false, false), Place::Centred);
    }
    let whole = Place::Start { start: MARGIN, width: TEXT_END - MARGIN };
    if sheet.days.is_empty() {
        pages.gap(4.0);
        pages.paragraph(&sheet.empty, look(BODY, false, true), whole);
    }
    for day in &sheet.days {
        pages.gap(5.0);
        // A day's heading stays with its first row.
        pages.room(Pages::line_height(BODY) * 3.0);
        pages.paragraph(&day.label, look(BODY + 1.0, true, false), whole);
        pages.gap(1.0);
        for row in &day.rows {
            pdf_row(&mut pages, row);
        }
    }
    pages.finish(&t!(lang, "doc-title", meeting = &event.short_title), sheet.lang)
}

/// `11:00-11:10` in the time column, the title beside it (a block's bold, an item indented, a break grey), its
/// description and people under it, in smaller grey type.
fn pdf_row(pages: &mut Pages, row: &SheetRow) {
    let indent = if row.kind == EntryKind::Item { INDENT } else { 0.0 };
    let text = Place::Start { start: TEXT_START + indent, width: TEXT_END - TEXT_START - indent };
    let bold = matches!(row.kind, EntryKind::Block | EntryKind::SideEvent);
    let title = Look { size: BODY, bold, grey: row.kind == EntryKind::Break };
    let lines = pages.lines(&row.title, title, text);
    pages.room(Pages::line_height(BODY) * lines.min(3) as f32 + 1.2);
    pages.gap(1.2);
    // The time on the title's first line.
    let top = pages.top();
    let time = Look { size: BODY, bold: false, grey: false };
    pages.paragraph(&row.time, time, Place::Start { start: MARGIN, width: TEXT_START - MARGIN });
    pages.set_top(top);
    pages.paragraph(&row.title, title, text);
    let small = Look { size: SMALL, bold: false, grey: true };
    for line in row.description.iter().chain(&row.people) {
        pages.paragraph(line, small, text);
    }
}
