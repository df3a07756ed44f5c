-- Secondary indexes set aside while many rows are loaded at once (`crates/core/src/storage/bulk.rs`): built again
-- from here when the load ends, or when the file is next opened if the load was cut short.
CREATE TABLE indexes_set_aside (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) STRICT;
