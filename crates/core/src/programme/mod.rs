//! The programme: meetings and their side events, the entries of their timetable, speakers and their roles, and the
//! programme as the organisers read it (by day, in zones, with warnings). The operations that the app's commands and
//! the CLI both call.

mod entries;
mod meetings;
mod speakers;
mod translations;
mod view;

pub(crate) use entries::{ENTRY_ORDER, check_entry, meeting_zone};
pub use entries::{EntryInput, Reschedule, entry_from_input, save_entry};
pub use meetings::{EventExport, MeetingStart, NewMeeting, RegistrationRulesInput};
pub use translations::{TranslationInput, Words};
pub use view::{Programme, ProgrammeDay, ProgrammeRow, RoleOnEntry, programme_of};
