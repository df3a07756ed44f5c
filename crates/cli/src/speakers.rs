//! `dais speaker ...`: a meeting's speakers listed, added, changed (their photo too) or removed. Each change is one
//! edit, kept as a step that `dais undo` lays back, as in the app.

use std::path::Path;

use dais_core::{Edit, Error, Speaker, Store, msg, t};
use serde_json::json;

use crate::args::{SpeakerCommand, set};
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::meeting;

pub fn run(store: &mut Store, path: &Path, command: SpeakerCommand, out: &Out) -> Result<(), Failure> {
    match command {
        SpeakerCommand::List { event } => {
            let event = meeting(store, path, event.id)?;
            let speakers = store.speakers(event.id)?;
            out.show(&speakers, || text::speakers(out.lang, &speakers))
        }
        SpeakerCommand::Add { given, family, details, event } => {
            let event = meeting(store, path, event.id)?;
            let mut speaker = Speaker::blank(event.id);
            speaker.given_name = given;
            speaker.family_name = family;
            details.apply(&mut speaker);
            store.undoable(|s| s.save_speaker(&speaker))?;
            out.show(&speaker, || speaker.id.to_string())
        }
        SpeakerCommand::Edit { id, given, family, details } => {
            let opened: Speaker = store.get(id)?;
            let mut speaker = opened.clone();
            set(&mut speaker.given_name, given);
            set(&mut speaker.family_name, family);
            details.apply(&mut speaker);
            let edit = Edit::between(id, &opened, &speaker)?;
            let speaker = store.undoable(|s| s.edit_speaker(&edit))?;
            out.show(&speaker, || t!(out.lang, "cli-saved", what = speaker.display_name(), id = speaker.id.to_string()))
        }
        SpeakerCommand::Delete { id } => {
            let speaker: Speaker = store.get(id)?;
            store.undoable(|s| s.delete_speaker(id))?;
            out.show(&json!({ "deleted": id }), || {
                t!(out.lang, "cli-deleted", what = speaker.display_name(), id = id.to_string())
            })
        }
        SpeakerCommand::Photo { id, file, remove: _ } => {
            // Without a file, --remove was given (clap requires one or the other).
            let bytes = match &file {
                Some(file) => Some(std::fs::read(file).map_err(|e| {
                    let file = file.display().to_string();
                    Error::invalid("photo", msg!("cli-photo-unreadable", file = file, reason = e.to_string()))
                })?),
                None => None,
            };
            let speaker = store.undoable(|s| s.set_speaker_photo(id, bytes.as_deref()))?;
            out.show(&speaker, || match file {
                Some(_) => t!(out.lang, "cli-photo-saved", speaker = speaker.display_name(), id = id.to_string()),
                None => t!(out.lang, "cli-photo-removed", speaker = speaker.display_name(), id = id.to_string()),
            })
        }
    }
}
