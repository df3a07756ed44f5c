//! `dais meeting ...`: start a meeting (blank, from a past one, or the demo), edit any fact of its circular, archive,
//! delete; and `dais export`, everything about a meeting as JSON. Edits of the circular are kept as steps that
//! `dais undo` lays back, as in the app.

use std::path::{Path, PathBuf};

use dais_core::import::circular::{self, CircularReading, MeetingFact};
use dais_core::{
    Edit, Error, Event, Lang, MeetingStart, NewMeeting, RegistrationRulesInput, Store, TranslationInput, msg, seed, t,
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::args::{EventArg, MeetingCommand, optional};
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::{meeting, open};

fn read_circular(file: &Path) -> Result<CircularReading, Failure> {
    let bytes = std::fs::read(file).map_err(|error| Failure::Io { path: file.to_path_buf(), error })?;
    let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok(circular::read_circular(&circular::circular_text(&name, &bytes)?))
}

fn capacity(text: &str) -> Result<Option<u32>, Failure> {
    match text.trim() {
        "" => Ok(None),
        n => n.parse().map(Some).map_err(|_| Error::invalid("registration", msg!("cli-capacity-not-a-number")).into()),
    }
}

pub fn run(store: &mut Store, path: &Path, command: MeetingCommand, out: &Out) -> Result<(), Failure> {
    match command {
        MeetingCommand::New {
            title,
            short_title,
            starts_on,
            from,
            part_of,
            ends_on,
            kind,
            format,
            zone,
            languages,
            registration,
        } => {
            let start = match from {
                Some(event_id) => MeetingStart::Template { event_id },
                None => MeetingStart::Blank {
                    kind,
                    format,
                    zone,
                    ends_on: ends_on.unwrap_or(starts_on),
                    languages: if languages.is_empty() { vec!["English".into()] } else { languages },
                    registration: RegistrationRulesInput {
                        mandatory: true,
                        free_of_charge: true,
                        opens: registration.registration_opens,
                        closes: registration.registration_closes,
                        capacity: registration.capacity.as_deref().map(capacity).transpose()?.flatten(),
                    },
                },
            };
            let event = store.create_meeting(&NewMeeting { title, short_title, starts_on, start, part_of })?;
            out.show(&event, || event.id.to_string())
        }
        MeetingCommand::Edit {
            event,
            title,
            short_title,
            kind,
            format,
            zone,
            starts_on,
            ends_on,
            venue,
            online_link,
            languages,
            organiser,
            description,
            audience,
            reference,
            website,
            categories,
            contacts,
            no_contacts,
            registration,
            mandatory,
            free,
        } => {
            let event = meeting(store, path, event.id)?;
            let opened = serde_json::to_value(&event)?;
            let mut edited = opened.clone();
            let mut set = |field: &str, value: Option<Value>| {
                if let Some(v) = value {
                    edited[field] = v;
                }
            };
            set("title", title.map(Value::from));
            set("short_title", short_title.map(Value::from));
            set("kind", kind.map(|k| json!(k)));
            set("format", format.map(|f| json!(f)));
            set("zone", zone.map(Value::from));
            set("starts_on", starts_on.map(|d| json!(d)));
            set("ends_on", ends_on.map(|d| json!(d)));
            set("venue", optional(venue));
            set("online_link", optional(online_link));
            set("languages", (!languages.is_empty()).then(|| json!(languages)));
            set("organiser", organiser.map(Value::from));
            set("description", description.map(Value::from));
            set("audience", audience.map(Value::from));
            set("reference", optional(reference));
            set("website", optional(website));
            set("eligible_categories", (!categories.is_empty()).then(|| json!(categories)));
            set("contacts", (!contacts.is_empty() || no_contacts).then(|| json!(contacts)));
            // The opening and closing go as typed: core reads them in the meeting's zone.
            let mut rules = opened["registration"].clone();
            for (key, value) in [
                ("opens_at", optional(registration.registration_opens)),
                ("closes_at", optional(registration.registration_closes)),
                ("mandatory", mandatory.map(Value::from)),
                ("free_of_charge", free.map(Value::from)),
                ("capacity", registration.capacity.as_deref().map(capacity).transpose()?.map(|c| json!(c))),
            ] {
                if let Some(v) = value {
                    rules[key] = v;
                }
            }
            set("registration", Some(rules));
            // Only the facts given: a sync by the app between this read and the write keeps what it brought.
            let edit = Edit::between(event.id, &opened, &edited)?;
            let saved = store.undoable(|s| s.edit_event(&edit))?;
            out.show(&saved, || t!(out.lang, "cli-saved", what = &saved.short_title, id = saved.id.to_string()))
        }
        MeetingCommand::ReadCircular { file } => {
            let read = read_circular(&file)?;
            out.show(&read, || crate::text::circular(out.lang, &read))
        }
        MeetingCommand::FromCircular { file, set } => {
            let read = read_circular(&file)?;
            // What the organiser gives of a fact replaces all the letter says of it.
            let mut facts: Vec<MeetingFact> =
                read.facts.iter().filter(|f| !set.iter().any(|s| s.field == f.field)).map(MeetingFact::from).collect();
            facts.extend(set);
            let event = store.create_meeting_from_circular(&facts, out.lang)?;
            out.show(&event, || event.id.to_string())
        }
        MeetingCommand::Demo => {
            let id = seed::open_demo(store)?;
            out.show(&id, || id.to_string())
        }
        MeetingCommand::Archive { event } => archive(store, path, event, true, out),
        MeetingCommand::Unarchive { event } => archive(store, path, event, false, out),
        MeetingCommand::SideEvents { event } => {
            let event = meeting(store, path, event.id)?;
            let side_events = store.side_events(event.id)?;
            out.show(&side_events, || text::side_events(out.lang, &event, &side_events))
        }
        MeetingCommand::Delete { event, yes } => {
            let event = meeting(store, path, event.id)?;
            if !yes {
                return Err(Error::invalid(
                    "yes",
                    msg!("cli-delete-meeting-unconfirmed", meeting = &event.short_title),
                )
                .into());
            }
            store.delete_meeting(event.id)?;
            out.show(&event.id, || t!(out.lang, "cli-deleted", what = &event.short_title, id = event.id.to_string()))
        }
    }
}

fn archive(store: &mut Store, path: &Path, event: EventArg, archived: bool, out: &Out) -> Result<(), Failure> {
    let event: Event = meeting(store, path, event.id)?;
    let field = |v: bool| json!({ "archived": v }).as_object().cloned().unwrap_or_default();
    let edit = Edit { id: event.id, changes: field(archived), opened: field(event.archived) };
    let saved = store.undoable(|s| s.edit_event(&edit))?;
    out.show(&saved, || {
        let (what, id) = (&saved.short_title, saved.id.to_string());
        if archived {
            t!(out.lang, "cli-archived", what = what, id = id)
        } else {
            t!(out.lang, "cli-unarchived", what = what, id = id)
        }
    })
}

pub fn export(path: &Path, event: EventArg, file: Option<PathBuf>, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let export = store.export(event.id)?;
    let pretty = serde_json::to_string_pretty(&export)?;
    match file {
        None => out.show(&export, || pretty),
        Some(file) => {
            std::fs::write(&file, format!("{pretty}\n")).map_err(|error| Failure::Io { path: file.clone(), error })?;
            let done = json!({ "event_id": event.id, "out": file, "entries": export.entries.len() });
            out.show(&done, || {
                t!(out.lang, "cli-exported", meeting = &event.short_title, file = file.display().to_string())
            })
        }
    }
}

/// `dais translate`: one field of the meeting or an entry in one language.
pub fn translate(
    store: &mut Store,
    record: Uuid,
    field: String,
    lang: Lang,
    text: String,
    out: &Out,
) -> Result<(), Failure> {
    let input = TranslationInput { record_id: record, field, lang, text };
    let translation = store.undoable(|s| s.translate(&input))?;
    out.show(&translation, || {
        let field = t!(out.lang, "change-aspect", aspect = translation.field.as_str());
        let language = lang.name_in(out.lang);
        match translation.text.is_empty() {
            true => t!(out.lang, "cli-untranslated", field = field, language = language),
            false => t!(out.lang, "cli-translated", field = field, language = language),
        }
    })
}

/// `dais translations`: a meeting's words in other languages, one per line.
pub fn translations(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let translations = store.translations(event.id)?;
    out.show(&translations, || text::translations(out.lang, &translations))
}
