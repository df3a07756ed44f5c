-- The focal points of a meeting: who approves the requests of one administration (a country, in one participant
-- category or in any). A synced table like the others, never published.
CREATE TABLE focal_points (
    id       TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    country  TEXT NOT NULL,
    category TEXT,
    name     TEXT NOT NULL,
    email    TEXT NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    clocks   TEXT NOT NULL
) STRICT;
CREATE INDEX focal_points_by_event ON focal_points(event_id, country);
