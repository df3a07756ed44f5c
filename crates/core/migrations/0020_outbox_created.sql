-- Rows a write created one after another, logged as one entry (`crates/core/src/storage/outbox.rs`): mutation ids
-- `first`, `first` + 1, ... in the order of `rows`, a JSON array of [row id, stamp]; each the creation of its row, read
-- back when sent like any new row's. A bulk write (an import, a meeting shared) would otherwise add an outbox row per
-- row, a third of its cost.
CREATE TABLE outbox_created (
    first  INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    rows   TEXT NOT NULL
) STRICT;
