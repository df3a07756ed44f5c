-- Sync (docs/architecture.md, "Sync"). The same file format serves an organiser's laptop and the event site; the
-- tables a role does not use stay empty.

-- What each outbox change was based on: the field's stamp when the organiser edited it. The site tells a knowing
-- overwrite (based on the value it replaces) from a concurrent one (a conflict to show).
ALTER TABLE outbox ADD COLUMN base TEXT NOT NULL DEFAULT '{}';
CREATE INDEX outbox_by_row ON outbox(entity, row_id);

-- Values that lost to another edit of the same field. The site keeps every one; laptops keep the concurrent ones
-- (conflicts), pulled from the site, so that an organiser can see and restore them.
CREATE TABLE superseded (
    id            TEXT PRIMARY KEY,
    entity        TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    field         TEXT NOT NULL,
    value         TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    author        TEXT NOT NULL,
    winner_value  TEXT NOT NULL,
    winner_hlc    TEXT NOT NULL,
    winner_author TEXT NOT NULL,
    concurrent    INTEGER NOT NULL,
    recorded_at   TEXT NOT NULL
) STRICT;
CREATE INDEX superseded_by_row ON superseded(entity, row_id, field);

-- Site: the change feed. Each changed row (or new conflict) takes the next sequence number, replacing its old one,
-- so a pull after a cursor costs the number of changes since, not the size of the meeting.
CREATE TABLE changes (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (entity, row_id)
) STRICT;

-- Site: the last mutation applied for each client (a laptop's node id), which makes pushes idempotent, and the
-- organiser's name for showing who made a change.
CREATE TABLE clients (
    client_id        TEXT PRIMARY KEY,
    last_mutation_id INTEGER NOT NULL,
    name             TEXT NOT NULL
) STRICT;

-- The public form's duplicate check looks registrations up by email.
CREATE INDEX registrations_by_email ON registrations(event_id, lower(email));
