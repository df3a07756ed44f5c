//! `dais registrations`, `dais registration ...` and `dais participants-list`: a meeting's registrations listed,
//! decided on, taken by hand, corrected, counted, erased, and written out for a spreadsheet. Decisions, additions and
//! corrections are kept as steps that `dais undo` lays back, as in the app.

use std::io::Write;
use std::path::{Path, PathBuf};

use dais_core::import::{RegistrationImport, RowAction, TableFile};
use dais_core::registrations::participants_list::{ListColumn, ListFormat};
use dais_core::registrations::{DecisionInput, RegistrationQuery};
use dais_core::{Edit, Error, ParticipantCategory, Registration, Store, msg, t};
use serde_json::json;

use crate::args::{EventArg, FindRegistrations, RegistrationCommand, optional};
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::{meeting, open};

pub fn list(
    path: &Path,
    event: EventArg,
    find: FindRegistrations,
    ids: bool,
    limit: Option<u32>,
    offset: u32,
    out: &Out,
) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let query = find.query(event.id, out.lang, offset, limit.unwrap_or(1000));
    let mut page = store.registration_page(&query)?;
    // Without --limit, every one: the pages after the first.
    while limit.is_none() && page.offset as usize + page.rows.len() < page.matching as usize {
        let next = store
            .registration_page(&RegistrationQuery { offset: page.offset + page.rows.len() as u32, ..query.clone() })?;
        page.rows.extend(next.rows);
    }
    out.show(&page, || text::registrations(out.lang, &page, ids))
}

pub fn run(store: &mut Store, path: &Path, command: RegistrationCommand, out: &Out) -> Result<(), Failure> {
    match command {
        RegistrationCommand::Decide { ids, status, reason } => {
            let by = store.organiser()?;
            let input = DecisionInput { ids, status, reason };
            let decided = store.undoable(|s| s.decide(&input, &by, chrono::Utc::now()))?;
            out.show(&decided, || {
                t!(out.lang, "cli-decided", status = status.label(out.lang), count = decided.len(), by = &by)
            })
        }
        RegistrationCommand::Add { event, registrant: r } => {
            let event = meeting(store, path, event.id)?;
            let new = dais_core::NewRegistration {
                event_id: event.id,
                given_name: r.given_name.unwrap_or_default(),
                family_name: r.family_name.unwrap_or_default(),
                name_order: r.name_order.and_then(|o| o.order()),
                email: r.email.unwrap_or_default(),
                organisation: r.organisation.unwrap_or_default(),
                country: r.country.unwrap_or_default(),
                category: r.category.unwrap_or(ParticipantCategory::OtherEligibleIndividual),
                position: r.position,
                private_notes: r.notes.unwrap_or_default(),
                language: None,
            };
            let added = store.undoable(|s| s.add_registration(&new, chrono::Utc::now()))?;
            out.show(&added, || added.id.to_string())
        }
        RegistrationCommand::Edit { id, registrant: r, attended } => {
            let opened = serde_json::to_value(store.get::<Registration>(id)?)?;
            let mut edited = opened.clone();
            for (field, value) in [
                ("given_name", r.given_name.map(|v| json!(v))),
                ("family_name", r.family_name.map(|v| json!(v))),
                ("name_order", r.name_order.map(|v| json!(v.order()))),
                ("email", r.email.map(|v| json!(v))),
                ("organisation", r.organisation.map(|v| json!(v))),
                ("country", r.country.map(|v| json!(v.trim().to_uppercase()))),
                ("category", r.category.map(|v| json!(v))),
                ("position", optional(r.position)),
                ("private_notes", r.notes.map(|v| json!(v))),
                ("attended", attended.map(|v| json!(v))),
            ] {
                if let Some(v) = value {
                    edited[field] = v;
                }
            }
            let edit = Edit::between(id, &opened, &edited)?;
            let saved = store.undoable(|s| s.edit_registration(&edit))?;
            out.show(&saved, || {
                let (given, family) = (&saved.given_name, &saved.family_name);
                t!(out.lang, "cli-registration-saved", given = given, family = family, id = id.to_string())
            })
        }
        RegistrationCommand::Import {
            file: path_of_file,
            event,
            sheet,
            encoding,
            map,
            on_duplicate,
            rows,
            dry_run,
        } => {
            let event = meeting(store, path, event.id)?;
            let file = TableFile::read(&path_of_file, encoding.as_deref())?;
            let mut import = RegistrationImport {
                event_id: event.id,
                sheet: sheet.map(|n| n.saturating_sub(1)),
                columns: None,
                on_duplicate,
                rows: rows.iter().map(|r| row_action(r)).collect::<Result<_, _>>()?,
            };
            let now = chrono::Utc::now();
            let mut preview = store.preview_registration_import(&file, &import, now, out.lang)?;
            if !map.is_empty() {
                let mut columns: Vec<_> = preview.columns.iter().map(|c| c.field).collect();
                for m in &map {
                    let (header, field) = column_choice(m)?;
                    let at = preview.columns.iter().position(|c| c.header.eq_ignore_ascii_case(header.trim()));
                    let at = at.ok_or_else(|| Error::invalid("map", msg!("cli-import-no-header", header = header)))?;
                    columns[at] = field;
                }
                import.columns = Some(columns);
                preview = store.preview_registration_import(&file, &import, now, out.lang)?;
            }
            if dry_run {
                let shown = path_of_file.display().to_string();
                return out.show(&preview, || text::import_preview(out.lang, &shown, &preview));
            }
            let report = store.undoable_import(|s| s.import_registrations(file, &import, now))?;
            out.show(&report, || text::import_report(out.lang, &event.short_title, &report.counts))
        }
        RegistrationCommand::Summary { event } => {
            let event = meeting(store, path, event.id)?;
            let summary = store.registration_summary(event.id)?;
            out.show(&summary, || text::summary(out.lang, &summary))
        }
        RegistrationCommand::Show { id } => {
            let r = store.get::<Registration>(id)?;
            out.show(&r, || text::registration(out.lang, &r))
        }
        RegistrationCommand::Erase { id } => {
            let r = store.get::<Registration>(id)?;
            store.erase_registration(id)?;
            out.show(&json!({ "erased": id }), || {
                let (given, family) = (&r.given_name, &r.family_name);
                t!(out.lang, "cli-registration-erased", given = given, family = family, id = id.to_string())
            })
        }
    }
}

/// `--row 7=skip`: a row's number and what to do with it.
fn row_action(given: &str) -> Result<(u32, RowAction), Failure> {
    let bad = || Error::invalid("row", msg!("cli-import-row", given = given));
    let (row, action) = given.split_once('=').ok_or_else(bad)?;
    let row = row.trim().parse().map_err(|_| bad())?;
    let action = crate::args::named::<RowAction>(action.trim()).map_err(|_| bad())?;
    Ok((row, action))
}

/// `--map Affiliation=organisation`: a header and its field (`none`: left out).
fn column_choice(given: &str) -> Result<(&str, Option<ListColumn>), Failure> {
    let bad = || Error::invalid("map", msg!("cli-import-map", given = given));
    let (header, field) = given.rsplit_once('=').ok_or_else(bad)?;
    match field.trim() {
        "none" => Ok((header, None)),
        field => Ok((header, Some(crate::args::named::<ListColumn>(field).map_err(|_| bad())?))),
    }
}

/// `dais participants-list`: the list to a file, or as CSV to the standard output; how many rows, on stderr.
pub fn participants_list(
    path: &Path,
    event: EventArg,
    find: FindRegistrations,
    format: Option<ListFormat>,
    columns: Vec<ListColumn>,
    file: Option<PathBuf>,
    out: &Out,
) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let format = match (format, &file) {
        (Some(format), _) => format,
        (None, None) => ListFormat::Csv,
        (None, Some(file)) => ListFormat::of_path(file).ok_or_else(|| {
            Error::invalid("format", msg!("cli-list-format-unknown", file = file.display().to_string()))
        })?,
    };
    let columns = if columns.is_empty() { ListColumn::DEFAULT.to_vec() } else { columns };
    let query = find.query(event.id, out.lang, 0, 1);
    let rows = match &file {
        None if format == ListFormat::Xlsx => {
            return Err(Error::invalid("out", msg!("cli-xlsx-needs-file")).into());
        }
        None => store.participants_list(&query, &columns, format, Pipe(std::io::stdout()))?,
        Some(file) => {
            let created = std::fs::File::create(file).map_err(|error| Failure::Io { path: file.clone(), error })?;
            store.participants_list(&query, &columns, format, created).inspect_err(|_| {
                // Half a list is worse than none.
                let _ = std::fs::remove_file(file);
            })?
        }
    };
    let done = json!({ "event_id": event.id, "format": format, "rows": rows, "out": file });
    let report = match (out.json, &file) {
        (true, _) => serde_json::to_string(&done)?,
        (false, Some(file)) => {
            let file = file.display().to_string();
            t!(out.lang, "cli-list-written", meeting = &event.short_title, count = rows, file = file)
        }
        (false, None) => t!(out.lang, "cli-list-printed", meeting = &event.short_title, count = rows),
    };
    let _ = writeln!(std::io::stderr(), "{report}");
    Ok(())
}

/// The standard output, where a reader that stops early (`dais participants-list | head`) is not an error.
struct Pipe(std::io::Stdout);

impl Write for Pipe {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(buf.len()),
            written => written,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.0.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            flushed => flushed,
        }
    }
}
