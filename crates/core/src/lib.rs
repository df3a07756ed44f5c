//! Dais core: the meeting model, validation, time zones and the workspace store with its change log.
//! Knows nothing of Tauri or HTTP; the app's commands and the CLI are thin adapters over it.

pub mod edit;
pub mod error;
pub mod focal_points;
pub mod hlc;
pub mod model;
pub mod participants_list;
pub mod photo;
pub mod private_file;
pub mod programme_document;
pub mod publication;
pub mod record;
mod registration_index;
pub mod registrations;
pub mod replica;
pub mod seed;
pub mod store;
pub mod undo;
pub mod validate;
pub mod workspace;
pub mod zone;

pub use edit::Edit;
pub use error::{Error, ErrorBody, FieldError, Result};
pub use focal_points::FocalPointInput;
pub use model::*;
pub use replica::{Adopted, ChangePage, Conflict, ErasedRow, Meetings, Refusal, RowsPart, Superseded, TableRows};
pub use store::{Mutation, Store, Writer};
pub use validate::Warning;
pub use workspace::{
    EntryInput, EventExport, MeetingStart, NewMeeting, NewRegistration, PLACES_DECIDER, Places, Programme,
    ProgrammeDay, ProgrammeRow, RegistrationRulesInput, Reschedule, RoleOnEntry,
};
