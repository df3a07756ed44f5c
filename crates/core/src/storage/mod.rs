//! The storage engine: one SQLite file (WAL, `synchronous=FULL`, STRICT tables) holding records, their fields'
//! stamps, and the outbox of local changes. It knows tables, rows, stamps and the outbox, and nothing of what the rows
//! mean: the features (programme, registrations, undo, publication, replica) are written over it, and learn of writes
//! through the journal (`journal.rs`) and keep their caches through `kept.rs`.
//!
//! Every write goes through [`Writer`] (`writer.rs`), which stamps each changed field with an HLC and appends an
//! outbox row in the same transaction as the row itself: a crash leaves both or neither.

mod bulk;
mod hlc;
mod journal;
mod kept;
mod local;
mod migrations;
mod outbox;
pub mod private_file;
pub mod record;
mod store;
mod writer;

pub use hlc::{Clock, Hlc, MalformedHlc, now_millis};
pub use journal::RowChange;
pub use migrations::SCHEMA_VERSION;
pub use outbox::{ERASED, Mutation};
pub use record::{ALL_FIELDS, FIELDS_DIGEST, field_clock, fields_digest};
pub use store::{Store, checkpoint, default_workspace_path, refuse_newer, workspace_path_from_env};
pub use writer::{Follower, Writer};
