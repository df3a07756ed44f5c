//! The programme as a document, in the shape of a circular's annex (what an ITU letter carries): the meeting, its dates
//! and zone at the top, then each day, one row per entry: `HH:MM-HH:MM` and the title, with the description and the
//! people (chairs first) under it; items indented under their block; breaks as rows of their own. In the meeting's
//! zone. What it says is made once (`Sheet`); `docx` writes it with docx-rs, `pdf` with printpdf (A4, DejaVu Sans
//! embedded and subset, so that every name prints as typed).

use crate::i18n::Lang;
use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableLayoutType, TableRow, WidthType};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{EntryKind, Event, Role};
use crate::programme::{Programme, ProgrammeRow};
use crate::rules::zone::date_range;

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

    /// The name the document is saved under: `U4SSC-9 programme.docx`.
    pub fn file_name(self, short_title: &str) -> String {
        format!(
            "{} programme.{}",
            crate::registrations::participants_list::file_name_part(short_title),
            self.extension()
        )
    }
}

/// The programme of `event` (as `Store::programme` gives it) as a document in `format`.
pub fn write(format: DocumentFormat, event: &Event, programme: &Programme) -> Result<Vec<u8>> {
    match format {
        DocumentFormat::Docx => docx(event, programme),
        DocumentFormat::Pdf => pdf(event, programme),
    }
}

/// What the document says, whichever its format.
struct Sheet {
    title: String,
    /// The lines under the title: dates, venue, zone.
    facts: Vec<String>,
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
    /// The description's lines, then `Chair: …`, `Speakers: …`.
    description: Vec<String>,
    people: Vec<String>,
}

fn sheet(event: &Event, programme: &Programme) -> Sheet {
    let mut facts = vec![date_range(event.starts_on, event.ends_on)];
    facts.extend(event.venue.clone());
    facts.push(format!("All times are in {} ({}).", programme.zone, programme.zone_label));
    let days = programme
        .days
        .iter()
        .map(|d| SheetDay { label: d.label.clone(), rows: d.rows.iter().map(sheet_row).collect() })
        .collect();
    Sheet { title: event.title.clone(), facts, days }
}

fn sheet_row(r: &ProgrammeRow) -> SheetRow {
    let people = Role::IN_ORDER
        .into_iter()
        .filter_map(|role| {
            let names: Vec<&str> = r.roles.iter().filter(|p| p.role == role).map(|p| p.name.as_str()).collect();
            (!names.is_empty()).then(|| format!("{}: {}", role.label(Lang::En, names.len()), names.join(", ")))
        })
        .collect();
    SheetRow {
        time: format!("{}-{}", r.times.start.time, r.times.end.time),
        title: r.entry.title.clone(),
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

/// The programme of `event` (as `Store::programme` gives it) as a DOCX file.
pub fn docx(event: &Event, programme: &Programme) -> Result<Vec<u8>> {
    let sheet = sheet(event, programme);
    let centred = |run: Run| Paragraph::new().align(AlignmentType::Center).add_run(run);
    let mut doc = Docx::new()
        .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(BODY_SIZE)
        .add_paragraph(centred(Run::new().add_text("Draft programme").bold()))
        .add_paragraph(centred(Run::new().add_text(&sheet.title).bold().size(TITLE_SIZE)));
    for fact in &sheet.facts {
        doc = doc.add_paragraph(centred(Run::new().add_text(fact)));
    }
    if sheet.days.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text("No entries yet.").italic()));
    }
    for day in &sheet.days {
        doc = doc
            .add_paragraph(Paragraph::new())
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&day.label).bold()));
        let rows = day.rows.iter().map(docx_row).collect();
        doc = doc.add_table(
            Table::without_borders(rows)
                .set_grid(vec![TIME_COLUMN, TEXT_COLUMN])
                .layout(TableLayoutType::Fixed)
                .width(TIME_COLUMN + TEXT_COLUMN, WidthType::Dxa),
        );
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| Error::Corrupt(format!("the document could not be written: {e}")))?;
    Ok(bytes.into_inner())
}

/// `11:00-11:10` and the entry: its title (a block's bold, an item's indented, a break's in italics), its description
/// and its people.
fn docx_row(r: &SheetRow) -> TableRow {
    let indent = (r.kind == EntryKind::Item).then_some(360);
    let paragraph = || Paragraph::new().indent(indent, None, None, None);
    let title = Run::new().add_text(&r.title);
    let title = match r.kind {
        EntryKind::Block | EntryKind::SideEvent => title.bold(),
        EntryKind::Break => title.italic(),
        EntryKind::Item => title,
    };
    let mut text = TableCell::new().width(TEXT_COLUMN, WidthType::Dxa).add_paragraph(paragraph().add_run(title));
    for line in &r.description {
        text = text.add_paragraph(paragraph().add_run(Run::new().add_text(line)));
    }
    for line in &r.people {
        text = text.add_paragraph(paragraph().add_run(Run::new().add_text(line).italic()));
    }
    TableRow::new(vec![
        TableCell::new()
            .width(TIME_COLUMN, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&r.time))),
        text,
    ])
}

/// The programme of `event` as a PDF file: A4, the same content as the DOCX.
pub fn pdf(event: &Event, programme: &Programme) -> Result<Vec<u8>> {
    pdf::write(&sheet(event, programme))
}

mod pdf {
    use printpdf::{
        Color, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rgb, TextItem,
    };

    use super::{Sheet, SheetRow};
    use crate::error::{Error, Result};
    use crate::model::EntryKind;

    const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
    const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");
    const PAGE: (f32, f32) = (210.0, 297.0);
    const MARGIN: f32 = 20.0;
    /// Where the titles start: the time column fits `HH:MM-HH:MM`.
    const TEXT_X: f32 = 48.0;
    const INDENT: f32 = 5.0;
    const BODY: f32 = 10.0;
    const SMALL: f32 = 9.0;
    const TITLE: f32 = 14.0;
    const PT_TO_MM: f32 = 0.352_778;

    struct Font {
        parsed: ParsedFont,
        handle: PdfFontHandle,
    }

    impl Font {
        /// The width of `text` at `size` points, in millimetres, from the font's own glyph widths.
        fn width(&self, text: &str, size: f32) -> f32 {
            let units: u32 = text
                .chars()
                .map(|c| {
                    let glyph = self.parsed.lookup_glyph_index(c as u32).unwrap_or(0);
                    u32::from(self.parsed.get_glyph_width(glyph).unwrap_or(self.parsed.units_per_em / 2))
                })
                .sum();
            units as f32 / f32::from(self.parsed.units_per_em) * size * PT_TO_MM
        }

        /// `text` cut into lines no wider than `width` millimetres, at word boundaries (a word too long for a line
        /// has one of its own).
        fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
            let mut lines: Vec<String> = Vec::new();
            let mut line = String::new();
            for word in text.split_whitespace() {
                let longer = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
                if !line.is_empty() && self.width(&longer, size) > width {
                    lines.push(std::mem::replace(&mut line, word.to_string()));
                } else {
                    line = longer;
                }
            }
            if !line.is_empty() || lines.is_empty() {
                lines.push(line);
            }
            lines
        }
    }

    /// Pages filled from the top, a line at a time.
    struct Pages {
        done: Vec<PdfPage>,
        ops: Vec<Op>,
        /// Millimetres from the bottom of the page to the next line's top.
        y: f32,
    }

    impl Pages {
        fn new() -> Pages {
            Pages { done: Vec::new(), ops: Vec::new(), y: PAGE.1 - MARGIN }
        }

        /// Room for `height` millimetres more on this page, or a new page.
        fn room(&mut self, height: f32) {
            if self.y - height < MARGIN {
                self.done.push(PdfPage::new(Mm(PAGE.0), Mm(PAGE.1), std::mem::take(&mut self.ops)));
                self.y = PAGE.1 - MARGIN;
            }
        }

        /// One line of text at `x` (None: centred), moving down by its height.
        fn line(&mut self, font: &Font, size: f32, x: Option<f32>, text: &str, grey: bool) {
            let height = size * PT_TO_MM * 1.35;
            self.room(height);
            self.y -= height;
            let x = x.unwrap_or_else(|| (PAGE.0 - font.width(text, size)) / 2.0);
            let shade = if grey { 0.3 } else { 0.0 };
            self.ops.extend([
                Op::StartTextSection,
                Op::SetFillColor { col: Color::Rgb(Rgb { r: shade, g: shade, b: shade, icc_profile: None }) },
                Op::SetFont { font: font.handle.clone(), size: Pt(size) },
                Op::SetTextCursor { pos: Point::new(Mm(x), Mm(self.y + size * PT_TO_MM * 0.3)) },
                Op::ShowText { items: vec![TextItem::Text(text.to_string())] },
                Op::EndTextSection,
            ]);
        }

        fn gap(&mut self, mm: f32) {
            self.y -= mm;
        }

        fn finish(mut self) -> Vec<PdfPage> {
            self.done.push(PdfPage::new(Mm(PAGE.0), Mm(PAGE.1), self.ops));
            self.done
        }
    }

    pub(super) fn write(sheet: &Sheet) -> Result<Vec<u8>> {
        let mut doc = PdfDocument::new(&sheet.title);
        let mut font = |bytes: &[u8]| -> Result<Font> {
            let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or_else(|| Error::Corrupt("the document's font cannot be read".into()))?;
            let handle = PdfFontHandle::External(doc.add_font(&parsed));
            Ok(Font { parsed, handle })
        };
        let (regular, bold) = (font(REGULAR)?, font(BOLD)?);
        let text_width = PAGE.0 - MARGIN - TEXT_X;
        let mut pages = Pages::new();
        pages.line(&bold, BODY, None, "Draft programme", false);
        for line in bold.wrap(&sheet.title, TITLE, PAGE.0 - 2.0 * MARGIN) {
            pages.line(&bold, TITLE, None, &line, false);
        }
        for fact in &sheet.facts {
            pages.line(&regular, BODY, None, fact, false);
        }
        if sheet.days.is_empty() {
            pages.gap(4.0);
            pages.line(&regular, BODY, Some(MARGIN), "No entries yet.", true);
        }
        for day in &sheet.days {
            pages.gap(5.0);
            // A day's heading stays with its first row.
            pages.room(BODY * PT_TO_MM * 1.35 * 3.0);
            pages.line(&bold, BODY + 1.0, Some(MARGIN), &day.label, false);
            pages.gap(1.0);
            for row in &day.rows {
                write_row(&mut pages, &regular, &bold, row, text_width);
            }
        }
        let pages = pages.finish();
        Ok(doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut Vec::new()))
    }

    /// `11:00-11:10` in the time column, the title beside it (a block's bold, an item indented, a break grey), its
    /// description and people under it, in smaller grey type.
    fn write_row(pages: &mut Pages, regular: &Font, bold: &Font, row: &SheetRow, width: f32) {
        let indent = if row.kind == EntryKind::Item { INDENT } else { 0.0 };
        let (x, width) = (TEXT_X + indent, width - indent);
        let title_font = if matches!(row.kind, EntryKind::Block | EntryKind::SideEvent) { bold } else { regular };
        let title = title_font.wrap(&row.title, BODY, width);
        pages.room(BODY * PT_TO_MM * 1.35 * title.len().min(3) as f32);
        pages.gap(1.2);
        // The time on the title's first line.
        let top = pages.y;
        pages.line(regular, BODY, Some(MARGIN), &row.time, false);
        pages.y = top;
        for line in &title {
            pages.line(title_font, BODY, Some(x), line, row.kind == EntryKind::Break);
        }
        for text in row.description.iter().chain(&row.people) {
            for line in regular.wrap(text, SMALL, width) {
                pages.line(regular, SMALL, Some(x), &line, true);
            }
        }
    }
}
