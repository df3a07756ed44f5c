//! `dais programme`: a meeting's programme as text, JSON, DOCX or PDF, in the meeting's zone and another; and
//! `dais zones`, the zones it may be shown in.

use std::path::{Path, PathBuf};

use dais_core::publication::document::{self, DocumentFormat};

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
            std::fs::write(&file, document::write(format, &event, &programme)?)
                .map_err(|error| Failure::Io { path: file.clone(), error })?;
            out.show(&file, || format!("Wrote the programme of {} to {}", event.short_title, file.display()))
        }
        None => out.show(&programme, || text::programme(&event, &programme, ids)),
    }
}

pub fn zones(out: &Out) -> Result<(), Failure> {
    let zones = dais_core::rules::zone::zone_names();
    out.show(&zones, || zones.join("\n"))
}
