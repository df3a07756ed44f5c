-- The workspace: one SQLite file per organiser's laptop.
-- Each row carries `clocks`, a JSON object {field: HLC} that stamps every field's last change (docs/architecture.md),
-- and `deleted`, a latest-wins tombstone. Nested values (slot, decision, lists) are JSON text, one field each.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    short_title         TEXT NOT NULL,
    kind                TEXT NOT NULL,
    format              TEXT NOT NULL,
    zone                TEXT NOT NULL,
    starts_on           TEXT NOT NULL,
    ends_on             TEXT NOT NULL,
    venue               TEXT,
    online_link         TEXT,
    languages           TEXT NOT NULL,
    description         TEXT NOT NULL,
    organiser           TEXT NOT NULL,
    audience            TEXT NOT NULL,
    registration        TEXT NOT NULL,
    eligible_categories TEXT NOT NULL,
    contacts            TEXT NOT NULL,
    reference           TEXT,
    website             TEXT,
    parent_event_id     TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0,
    clocks              TEXT NOT NULL
) STRICT;

CREATE TABLE entries (
    id              TEXT PRIMARY KEY,
    event_id        TEXT NOT NULL REFERENCES events(id),
    kind            TEXT NOT NULL,
    block_id        TEXT,
    linked_event_id TEXT,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    slot            TEXT NOT NULL,
    public          INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    clocks          TEXT NOT NULL,
    starts_at       TEXT GENERATED ALWAYS AS (json_extract(slot, '$.starts_at')) VIRTUAL
) STRICT;
CREATE INDEX entries_by_event ON entries(event_id, starts_at);

CREATE TABLE speakers (
    id                 TEXT PRIMARY KEY,
    event_id           TEXT NOT NULL REFERENCES events(id),
    honorific          TEXT,
    given_name         TEXT NOT NULL,
    family_name        TEXT NOT NULL,
    position           TEXT,
    organisation       TEXT,
    country            TEXT,
    bio                TEXT NOT NULL,
    photo              TEXT,
    links              TEXT NOT NULL,
    email              TEXT,
    status             TEXT NOT NULL,
    consent_to_publish INTEGER NOT NULL,
    private_notes      TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    clocks             TEXT NOT NULL
) STRICT;
CREATE INDEX speakers_by_event ON speakers(event_id, family_name);

CREATE TABLE participations (
    id         TEXT PRIMARY KEY,
    event_id   TEXT NOT NULL REFERENCES events(id),
    entry_id   TEXT NOT NULL REFERENCES entries(id),
    speaker_id TEXT NOT NULL REFERENCES speakers(id),
    role       TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    clocks     TEXT NOT NULL
) STRICT;
CREATE INDEX participations_by_entry ON participations(entry_id);
CREATE INDEX participations_by_speaker ON participations(speaker_id);

CREATE TABLE registrations (
    id                   TEXT PRIMARY KEY,
    event_id             TEXT NOT NULL REFERENCES events(id),
    given_name           TEXT NOT NULL,
    family_name          TEXT NOT NULL,
    email                TEXT NOT NULL,
    organisation         TEXT NOT NULL,
    country              TEXT NOT NULL,
    category             TEXT NOT NULL,
    position             TEXT,
    source               TEXT NOT NULL,
    consent_to_be_listed INTEGER NOT NULL,
    submitted_at         TEXT NOT NULL,
    decision             TEXT NOT NULL,
    private_notes        TEXT NOT NULL,
    attended             INTEGER NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0,
    clocks               TEXT NOT NULL
) STRICT;
CREATE INDEX registrations_by_event ON registrations(event_id, submitted_at);

-- Local changes not yet acknowledged by the event site, in the order they were made.
-- One row per write: the fields it changed, all stamped with one HLC. Mutation ids only grow, even across
-- acknowledged (deleted) rows: the last one given out is kept in meta('mutation').
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    changes     TEXT NOT NULL
) STRICT;
