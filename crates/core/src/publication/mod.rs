//! Publication: what the public sees of a meeting is a numbered version that an organiser published, never the
//! workspace as it stands. Sync shares drafts among organisers; Publish freezes the meeting's public content (an
//! [`Edition`], `edition.rs`) as version N (`publish.rs`), with the list of what changed since N-1 (`changes.rs`),
//! and the site shows that version whole (`versions.rs`). The programme as a document (DOCX, PDF) is `document.rs`.
//!
//! What is public is decided in one place, for the site's pages and feeds and the app's preview alike:
//! - an entry is public when the organisers marked it public and, for an item, its block is public too;
//! - a speaker is listed, and named on the programme, only once confirmed and having consented to publication;
//! - registrations, emails and private notes are never part of an edition: its types have no field for them.

mod changes;
pub mod document;
mod edition;
mod pdf;
mod publish;
mod versions;

pub use changes::{Change, EntryHistory, EntryLine, History, changes};
pub use edition::{Edition, ListedSpeaker, Unlisted, UnlistedSpeaker, is_listed, unlisted_because};
pub use publish::{EditionFields, Preview, Published};
pub use versions::{EntryPublication, LeftOut, ProgrammePublication, Publication, SentPublication};
