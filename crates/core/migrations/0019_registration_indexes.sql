-- The registrations' indexes by name and by organisation go: the table sorts these by the language's collation, in
-- memory (`registrations/index.rs`), never by SQLite's NOCASE. Every index is written by each form post and built
-- again after a first pull (`storage/bulk.rs`).
DROP INDEX registrations_by_name;
DROP INDEX registrations_by_organisation;

-- Values kept beside the file across starts (`storage/kept.rs`): each with the count of commits to its table when it
-- was made, valid while that count stands.
CREATE TABLE table_writes (
    name   TEXT PRIMARY KEY,
    writes INTEGER NOT NULL
) STRICT;
CREATE TABLE kept (
    kind   TEXT NOT NULL,
    key    TEXT NOT NULL,
    writes INTEGER NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) STRICT;
