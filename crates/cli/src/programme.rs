//! `dais programme`: a meeting's programme as text, JSON, DOCX or PDF, in the meeting's zone and another; and
//! `dais zones`, the zones it may be shown in.

use std::path::{Path, PathBuf};

use dais_core::publication::document::{self, DocumentFormat};
use dais_core::t;

use crate::args::EventArg;
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::{meeting, open};

pub fn show(
    path: &Path,
    event: EventArg,
    zone: Option<String>,
    ids: bool,
    docx: Option<PathBuf>,
    pdf: Option<PathBuf>,
    out: &Out,
) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let programme = store.programme(event.id, zone.as_deref())?;
    let saved_as = docx.map(|f| (DocumentFormat::Docx, f)).or(pdf.map(|f| (DocumentFormat::Pdf, f)));
    match saved_as {
        Some((format, file)) => {
            let (event, programme) = store.programme_in(event.id, out.lang)?;
            std::fs::write(&file, document::write(format, &event, &programme, out.lang)?)
                .map_err(|error| Failure::Io { path: file.clone(), error })?;
            out.show(&file, || {
                t!(out.lang, "cli-programme-written", meeting = &event.short_title, file = file.display().to_string())
            })
        }
        None => out.show(&programme, || text::programme(out.lang, &event, &programme, ids)),
    }
}

/// Every zone's name, or the zones found by `search`: each with its country and main cities.
pub fn countries(out: &Out) -> Result<(), Failure> {
    let all = dais_core::rules::country::countries(out.lang);
    out.show(&all, || all.iter().map(|c| format!("{}\t{}", c.code, c.name)).collect::<Vec<_>>().join("\n"))
}

pub fn zones(search: Option<&str>, out: &Out) -> Result<(), Failure> {
    use dais_core::rules::zone::{find_zones, zone_names};
    let Some(search) = search else {
        let zones = zone_names();
        return out.show(&zones, || zones.join("\n"));
    };
    let found = find_zones(search, usize::MAX);
    out.show(&found, || match found.as_slice() {
        [] => t!(out.lang, "cli-no-zone-found", search = search),
        _ => found
            .iter()
            .map(|z| match z.country.as_str() {
                "" => z.label.clone(),
                country => format!("{}\t{country}: {}", z.label, z.cities.join(", ")),
            })
            .collect::<Vec<_>>()
            .join("\n"),
    })
}

/// `dais import-programme`: what the file would add and change (`--dry-run`), or the import made, as one step to undo.
/// The meeting a programme goes into.
pub enum Target {
    Meeting { event: EventArg, dry_run: bool },
    NewMeeting { title: Option<String>, short_title: Option<String>, zone: Option<String> },
}

/// Imports a programme from a file, or from Indico when `file` is an address.
pub fn import(
    store: &mut dais_core::Store,
    path: &Path,
    file: &Path,
    indico_token: Option<&str>,
    into: Target,
    out: &Out,
) -> Result<(), Failure> {
    let (name, bytes) = match file.to_str().filter(|f| f.starts_with("https://") || f.starts_with("http://")) {
        Some(address) => {
            let export = dais_sync::indico::fetch_indico(address, indico_token)?;
            (export.url, export.bytes)
        }
        None => {
            let bytes = std::fs::read(file).map_err(|error| Failure::Io { path: file.to_path_buf(), error })?;
            (file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned()), bytes)
        }
    };
    let source = dais_core::import::programme::read_programme(&name, &bytes)?;
    let dry_run = matches!(into, Target::Meeting { dry_run: true, .. });
    let preview = match into {
        Target::Meeting { event, dry_run } => {
            let id = meeting(store, path, event.id)?.id;
            match dry_run {
                true => store.preview_programme_import(id, &source)?,
                false => store.undoable_import(|s| s.import_programme(id, &source))?,
            }
        }
        Target::NewMeeting { title, short_title, zone } => {
            store.import_programme_as_meeting(&source, title.as_deref(), short_title.as_deref(), zone.as_deref())?
        }
    };
    let event: dais_core::Event = store.get(preview.event_id)?;
    out.show(&preview, || text::programme_import(out.lang, &event, &preview, dry_run))
}
