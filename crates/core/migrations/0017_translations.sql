-- The meeting's own words in other languages: one row per field of a meeting or entry and language, its id made from
-- the three (`Translation::id_of`). A synced table like the others; what of it is public goes out with an edition.
CREATE TABLE translations (
    id        TEXT PRIMARY KEY,
    event_id  TEXT NOT NULL REFERENCES events(id),
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    lang      TEXT NOT NULL,
    text      TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0,
    clocks    TEXT NOT NULL
) STRICT;
CREATE INDEX translations_by_event ON translations(event_id, record_id);
-- An edition reads its records' translations by record.
CREATE INDEX translations_by_record ON translations(record_id);
