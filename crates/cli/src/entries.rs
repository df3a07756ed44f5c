//! `dais entry ...`: add, change, move or remove an entry of the programme, and the people on it: a speaker's role on
//! an entry (`dais entry role ...`). Each is one edit, kept as a step that `dais undo` lays back, as in the app.

use std::path::Path;

use dais_core::{Edit, Entry, EntryInput, Error, Event, Participation, Reschedule, Role, Speaker, Store, new_id, t};
use serde_json::json;

use crate::args::{EntryCommand, RoleCommand, set};
use crate::failure::Failure;
use crate::out::Out;
use crate::text;
use crate::workspace::meeting;

pub fn run(store: &mut Store, path: &Path, command: EntryCommand, out: &Out) -> Result<(), Failure> {
    match command {
        EntryCommand::Add { kind, title, date, start, end, block, place, description, draft, event } => {
            // Without --event, an item goes to its block's meeting (if the block exists: if not, the core says so).
            let event_id = match (event.id, block.map(|b| store.get::<Entry>(b))) {
                (Some(id), _) => Some(id),
                (None, Some(Ok(block))) => Some(block.event_id),
                (None, Some(Err(Error::NotFound { .. })) | None) => None,
                (None, Some(Err(e))) => return Err(e.into()),
            };
            let event = meeting(store, path, event_id)?;
            let input = EntryInput {
                id: None,
                event_id: event.id,
                kind: kind.into(),
                block_id: block,
                linked_event_id: None,
                title,
                description: description.unwrap_or_default(),
                date,
                start,
                end,
                place,
                public: !draft,
            };
            let saved = store.undoable(|s| s.save_entry_input(&input))?;
            out.show(&saved, || saved.id.to_string())
        }
        EntryCommand::Edit { id, title, date, start, end, place, description, public, draft, block } => {
            let entry: Entry = store.get(id)?;
            let event: Event = store.get(entry.event_id)?;
            let opened = EntryInput::of(&entry, &event)?;
            let mut input = opened.clone();
            set(&mut input.title, title);
            set(&mut input.date, date);
            set(&mut input.start, start);
            set(&mut input.end, end);
            set(&mut input.description, description);
            if place.is_some() {
                input.place = place;
            }
            if public || draft {
                input.public = public;
            }
            if block.is_some() {
                input.block_id = block;
            }
            // Only the fields given: a sync by the app between this read and the write keeps what it brought.
            let edit = Edit::between(id, &opened, &input)?;
            let saved = store.undoable(|s| s.edit_entry(&edit))?;
            out.show(&saved, || t!(out.lang, "cli-saved", what = &saved.title, id = saved.id.to_string()))
        }
        EntryCommand::Delete { id } => {
            let entry: Entry = store.get(id)?;
            store.undoable(|s| s.delete_entry(id))?;
            out.show(&json!({ "deleted": id }), || {
                t!(out.lang, "cli-deleted", what = &entry.title, id = id.to_string())
            })
        }
        EntryCommand::Move { ids, by, start_by, end_by } => {
            // The times are shown in the meeting's zone (clap requires at least one id).
            let first: Entry = store.get(ids[0])?;
            let event: Event = store.get(first.event_id)?;
            let zone = dais_core::rules::zone::parse_zone("zone", &event.zone).map_err(|e| Error::Invalid(vec![e]))?;
            let input = Reschedule {
                ids,
                start_minutes: by.or(start_by).unwrap_or(0),
                end_minutes: by.or(end_by).unwrap_or(0),
            };
            let moved = store.undoable(|s| s.reschedule(&input))?;
            out.show(&moved, || text::moved(out.lang, &moved, zone))
        }
        EntryCommand::Role(command) => roles(store, path, command, out),
    }
}

fn roles(store: &mut Store, path: &Path, command: RoleCommand, out: &Out) -> Result<(), Failure> {
    match command {
        RoleCommand::Add { entry, speaker, role } => {
            let entry: Entry = store.get(entry)?;
            let role =
                Participation { id: new_id(), event_id: entry.event_id, entry_id: entry.id, speaker_id: speaker, role };
            store.undoable(|s| s.save_participation(&role))?;
            out.show(&role, || role.id.to_string())
        }
        RoleCommand::Change { id, role, speaker } => {
            let was: Participation = store.get(id)?;
            let changed =
                Participation { role: role.unwrap_or(was.role), speaker_id: speaker.unwrap_or(was.speaker_id), ..was };
            store.undoable(|s| s.save_participation(&changed))?;
            let (entry, speaker): (Entry, Speaker) = (store.get(changed.entry_id)?, store.get(changed.speaker_id)?);
            out.show(&changed, || {
                let role = changed.role.label(out.lang, 1);
                t!(
                    out.lang,
                    "cli-role-saved",
                    speaker = speaker.display_name(),
                    role = role,
                    entry = &entry.title,
                    id = id.to_string()
                )
            })
        }
        RoleCommand::Remove { id } => {
            let was: Participation = store.get(id)?;
            let (entry, speaker): (Entry, Speaker) = (store.get(was.entry_id)?, store.get(was.speaker_id)?);
            store.undoable(|s| s.delete_participation(id))?;
            out.show(&json!({ "deleted": id }), || {
                let role = was.role.label(out.lang, 1);
                t!(
                    out.lang,
                    "cli-role-removed",
                    speaker = speaker.display_name(),
                    role = role,
                    entry = &entry.title,
                    id = id.to_string()
                )
            })
        }
        RoleCommand::List { entry, event } => {
            let (event, entry): (Event, Option<Entry>) = match entry {
                Some(id) => {
                    let entry: Entry = store.get(id)?;
                    (store.get(entry.event_id)?, Some(entry))
                }
                None => (meeting(store, path, event.id)?, None),
            };
            let mut roles: Vec<(Participation, Entry, Speaker)> = Vec::new();
            for p in store.participations(event.id)? {
                if entry.as_ref().is_none_or(|e| e.id == p.entry_id) {
                    let (entry, speaker) = (store.get(p.entry_id)?, store.get(p.speaker_id)?);
                    roles.push((p, entry, speaker));
                }
            }
            // As the programme lists them: by the entry's time, then chairs first, then by name.
            let rank = |r: Role| Role::IN_ORDER.iter().position(|&o| o == r);
            roles.sort_by_key(|(p, e, s)| (e.slot.starts_at, e.title.clone(), rank(p.role), s.family_name.clone()));
            let rows: Vec<&Participation> = roles.iter().map(|(p, _, _)| p).collect();
            out.show(&rows, || match &entry {
                Some(e) if roles.is_empty() => {
                    t!(out.lang, "cli-entry-no-roles", entry = &e.title)
                }
                None if roles.is_empty() => t!(out.lang, "cli-meeting-no-roles", meeting = &event.short_title),
                _ => text::roles(out.lang, &roles),
            })
        }
    }
}
