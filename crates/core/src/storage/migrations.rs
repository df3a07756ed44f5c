//! The workspace's schema: embedded SQL migrations (`crates/core/migrations/`), run in order and tracked in
//! `PRAGMA user_version`. The event site's database uses the same schema.

use std::sync::LazyLock;

use rusqlite_migration::{M, Migrations};

pub(crate) static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_workspace.sql")),
        M::up(include_str!("../../migrations/0002_sync.sql")),
        M::up(include_str!("../../migrations/0003_restored_site.sql")),
        M::up(include_str!("../../migrations/0004_erasure.sql")),
        M::up(include_str!("../../migrations/0005_outbox_without_row_index.sql")),
        M::up(include_str!("../../migrations/0006_feed_by_table.sql")),
        M::up(include_str!("../../migrations/0007_publication.sql")),
        M::up(include_str!("../../migrations/0008_registration_table.sql")),
        M::up(include_str!("../../migrations/0009_archived_meetings.sql")),
        M::up(include_str!("../../migrations/0010_registration_mail.sql")),
        M::up(include_str!("../../migrations/0011_focal_points.sql")),
        M::up(include_str!("../../migrations/0012_undo.sql")),
        M::up(include_str!("../../migrations/0013_organiser_names.sql")),
        M::up(include_str!("../../migrations/0014_search_in_memory.sql")),
        M::up(include_str!("../../migrations/0015_registration_language.sql")),
        M::up(include_str!("../../migrations/0016_name_order.sql")),
        M::up(include_str!("../../migrations/0017_translations.sql")),
        M::up(include_str!("../../migrations/0018_indexes_set_aside.sql")),
        M::up(include_str!("../../migrations/0019_registration_indexes.sql")),
        M::up(include_str!("../../migrations/0020_outbox_created.sql")),
    ])
});
