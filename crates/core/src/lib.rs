//! Dais core: everything Dais knows of a meeting, with no Tauri and no HTTP; the app's commands, the CLI and the
//! site's handlers are thin adapters over it. Its parts, from the bottom:
//! - `i18n`: the message catalogue (`locales/`), the languages and dates as each writes them;
//! - `storage`: the engine (one SQLite file of records, field stamps and the outbox), naming no feature;
//! - `model`: the meeting's records and the synced tables; `rules`: validation, zones, edits, photos, with no storage;
//! - `programme`: meetings, entries, speakers and the programme view; `registrations`: the records, the organisers'
//!   table, decisions, focal points, the participants list;
//! - `undo`: the organiser's edits kept as steps; `replica`: sync, the site's side and the laptop's;
//! - `publication`: editions, their changes, versions, publishing and the programme as a document;
//! - `seed`: the demo meeting.

pub mod error;
pub mod i18n;
pub mod import;
pub mod model;
pub mod programme;
pub mod publication;
pub mod registrations;
pub mod replica;
pub mod rules;
pub mod seed;
pub mod storage;
pub mod undo;

pub use error::{Error, ErrorBody, FieldError, FieldErrorBody, Result};
pub use i18n::{Lang, Msg};
pub use model::*;
pub use programme::{
    EntryInput, EventExport, MeetingStart, NewMeeting, Programme, ProgrammeDay, ProgrammeRow, RegistrationRulesInput,
    Reschedule, RoleOnEntry, TranslationInput,
};
pub use registrations::{FocalPointInput, NewRegistration, PLACES_DECIDER, Places};
pub use replica::{Adopted, ChangePage, Conflict, ErasedRow, Meetings, Refusal, RowsPart, Superseded, TableRows};
pub use rules::edit::Edit;
pub use rules::validate::Warning;
pub use storage::{Mutation, Store, Writer};
