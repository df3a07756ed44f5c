//! `dais focal-point ...`: a meeting's focal points, who approve the requests of their administration (a country, in
//! one participant category or in any). The event site mails them a private link when a request comes.

use std::path::Path;

use clap::Subcommand;
use dais_core::{FocalPoint, FocalPointInput, ParticipantCategory, Store};
use uuid::Uuid;

use crate::{EventArg, Failure, Out, meeting, named, text};

#[derive(Subcommand)]
pub enum FocalPointCommand {
    /// List a meeting's focal points
    List {
        #[command(flatten)]
        event: EventArg,
    },
    /// Add a focal point; prints its id
    Add {
        #[command(flatten)]
        event: EventArg,
        /// The administration's country (ISO 3166-1 alpha-2, e.g. CH)
        #[arg(long)]
        country: String,
        /// The category they approve (member_state_administration, sector_member, associate, academia,
        /// resolution_99, other_eligible_individual) [default: every category without a focal point of its own]
        #[arg(long, value_parser = named::<ParticipantCategory>)]
        category: Option<ParticipantCategory>,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
    },
    /// Change a focal point: only the given facts change
    Change {
        id: Uuid,
        #[arg(long)]
        country: Option<String>,
        /// The category they approve; "any" for every category
        #[arg(long, value_parser = category_or_any)]
        category: Option<Category>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Remove a focal point: the links the site mailed them open nothing any more
    Remove { id: Uuid },
}

/// A category, or none (`any`).
#[derive(Clone)]
pub struct Category(Option<ParticipantCategory>);

fn category_or_any(text: &str) -> Result<Category, String> {
    if text == "any" { Ok(Category(None)) } else { named::<ParticipantCategory>(text).map(|c| Category(Some(c))) }
}

pub fn run(store: &mut Store, path: &Path, command: FocalPointCommand, out: &Out) -> Result<(), Failure> {
    match command {
        FocalPointCommand::List { event } => {
            let event = meeting(store, path, event.id)?;
            let focal_points = store.focal_points(event.id)?;
            out.show(&focal_points, || text::focal_points(&event, &focal_points))
        }
        FocalPointCommand::Add { event, country, category, name, email } => {
            let event = meeting(store, path, event.id)?;
            let input = FocalPointInput { id: None, event_id: event.id, country, category, name, email };
            let saved = store.save_focal_point(&input)?;
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
            let saved = store.save_focal_point(&input)?;
            out.show(&saved, || format!("Changed the focal point {} ({})", saved.name, saved.id))
        }
        FocalPointCommand::Remove { id } => {
            let was: FocalPoint = store.get(id)?;
            store.delete_focal_point(id)?;
            out.show(&id, || format!("Removed the focal point {} ({})", was.name, id))
        }
    }
}
