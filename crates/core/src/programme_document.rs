//! The programme as a document, in the shape of a circular's annex (what an ITU letter carries): the meeting, its dates
//! and zone at the top, then each day, one row per entry: `HH:MM-HH:MM` and the title, with the description and the
//! people (chairs first) under it; items indented under their block; breaks as rows of their own. In the meeting's
//! zone. Written by `docx-rs`.

use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableLayoutType, TableRow, WidthType};

use crate::error::{Error, Result};
use crate::model::{EntryKind, Event, Role};
use crate::workspace::{Programme, ProgrammeRow};
use crate::zone::date_range;

/// Twentieths of a point: the time column fits `HH:MM-HH:MM`, the rest goes to the titles (A4 less margins).
const TIME_COLUMN: usize = 1800;
const TEXT_COLUMN: usize = 7200;
/// Half-points.
const BODY_SIZE: usize = 21;
const TITLE_SIZE: usize = 28;

/// The name the document is saved under: `U4SSC-9 programme.docx`.
pub fn file_name(short_title: &str) -> String {
    format!("{} programme.docx", crate::participants_list::file_name_part(short_title))
}

/// The programme of `event` (as `Store::programme` gives it) as a DOCX file.
pub fn docx(event: &Event, programme: &Programme) -> Result<Vec<u8>> {
    let mut doc = Docx::new()
        .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(BODY_SIZE)
        .add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text("Draft programme").bold()),
        )
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(&event.title).bold().size(TITLE_SIZE)),
        )
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(date_range(event.starts_on, event.ends_on))),
        );
    if let Some(venue) = &event.venue {
        doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text(venue)));
    }
    doc = doc.add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(format!("All times are in {} ({}).", programme.zone, programme.zone_label))),
    );
    if programme.days.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text("No entries yet.").italic()));
    }
    for day in &programme.days {
        doc = doc
            .add_paragraph(Paragraph::new())
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&day.label).bold()));
        let rows = day.rows.iter().map(row).collect();
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
fn row(r: &ProgrammeRow) -> TableRow {
    let time = format!("{}-{}", r.start.time, r.end.time);
    let indent = (r.entry.kind == EntryKind::Item).then_some(360);
    let paragraph = || Paragraph::new().indent(indent, None, None, None);
    let title = Run::new().add_text(&r.entry.title);
    let title = match r.entry.kind {
        EntryKind::Block | EntryKind::SideEvent => title.bold(),
        EntryKind::Break => title.italic(),
        EntryKind::Item => title,
    };
    let mut text = TableCell::new().width(TEXT_COLUMN, WidthType::Dxa).add_paragraph(paragraph().add_run(title));
    for line in r.entry.description.lines().filter(|l| !l.trim().is_empty()) {
        text = text.add_paragraph(paragraph().add_run(Run::new().add_text(line.trim())));
    }
    for role in Role::IN_ORDER {
        let names: Vec<&str> = r.roles.iter().filter(|p| p.role == role).map(|p| p.name.as_str()).collect();
        if !names.is_empty() {
            let line = format!("{}: {}", role.label(names.len()), names.join(", "));
            text = text.add_paragraph(paragraph().add_run(Run::new().add_text(line).italic()));
        }
    }
    TableRow::new(vec![
        TableCell::new()
            .width(TIME_COLUMN, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(time))),
        text,
    ])
}
