//! The workspace's schema: embedded SQL migrations (`crates/core/migrations/`), run in order and tracked in
//! `PRAGMA user_version`. The event site's database uses the same schema.

use std::sync::LazyLock;

use rusqlite_migration::{M, Migrations};

/// The migrations' SQL, in order: the schema's version is how many of them a file has run.
const SCHEMA: [&str; 20] = [
    include_str!("../../migrations/0001_workspace.sql"),
    include_str!("../../migrations/0002_sync.sql"),
    include_str!("../../migrations/0003_restored_site.sql"),
    include_str!("../../migrations/0004_erasure.sql"),
    include_str!("../../migrations/0005_outbox_without_row_index.sql"),
    include_str!("../../migrations/0006_feed_by_table.sql"),
    include_str!("../../migrations/0007_publication.sql"),
    include_str!("../../migrations/0008_registration_table.sql"),
    include_str!("../../migrations/0009_archived_meetings.sql"),
    include_str!("../../migrations/0010_registration_mail.sql"),
    include_str!("../../migrations/0011_focal_points.sql"),
    include_str!("../../migrations/0012_undo.sql"),
    include_str!("../../migrations/0013_organiser_names.sql"),
    include_str!("../../migrations/0014_search_in_memory.sql"),
    include_str!("../../migrations/0015_registration_language.sql"),
    include_str!("../../migrations/0016_name_order.sql"),
    include_str!("../../migrations/0017_translations.sql"),
    include_str!("../../migrations/0018_indexes_set_aside.sql"),
    include_str!("../../migrations/0019_registration_indexes.sql"),
    include_str!("../../migrations/0020_outbox_created.sql"),
];

/// The schema this version of Dais writes: a file of a later one was written by a newer Dais.
pub const SCHEMA_VERSION: u32 = SCHEMA.len() as u32;

pub(crate) static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(SCHEMA.iter().map(|sql| M::up(sql)).collect()));
