//! `dais focal-point ...`: a meeting's focal points, who approve the requests of their administration (a country, in
//! one participant category or in any). The event site mails them a private link when a request comes.

use std::path::Path;

use dais_core::{FocalPoint, FocalPointInput, Store, t};

use crate::args::FocalPointCommand;
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::meeting;

pub fn run(store: &mut Store, path: &Path, command: FocalPointCommand, out: &Out) -> Result<(), Failure> {
    match command {
        FocalPointCommand::List { event } => {
            let event = meeting(store, path, event.id)?;
            let focal_points = store.focal_points(event.id)?;
            out.show(&focal_points, || text::focal_points(out.lang, &event, &focal_points))
        }
        FocalPointCommand::Add { event, country, category, name, email } => {
            let event = meeting(store, path, event.id)?;
            let input = FocalPointInput { id: None, event_id: event.id, country, category, name, email };
            let saved = store.undoable(|s| s.save_focal_point(&input))?;
            out.show(&saved, || saved.id.to_string())
        }
        FocalPointCommand::Change { id, country, category, name, email } => {
            let was: FocalPoint = store.get(id)?;
            let input = FocalPointInput {
                id: Some(id),
                event_id: was.event_id,
                country: country.unwrap_or(was.country),
                category: category.map_or(was.category, |c| c.0),
                name: name.unwrap_or(was.name),
                email: email.unwrap_or(was.email),
            };
            let saved = store.undoable(|s| s.save_focal_point(&input))?;
            out.show(&saved, || t!(out.lang, "cli-focal-point-saved", name = &saved.name, id = saved.id.to_string()))
        }
        FocalPointCommand::Remove { id } => {
            let was: FocalPoint = store.get(id)?;
            store.undoable(|s| s.delete_focal_point(id))?;
            out.show(&id, || t!(out.lang, "cli-focal-point-removed", name = &was.name, id = id.to_string()))
        }
    }
}
