-- Laptop: meetings (and their side events) that stay on this laptop until an organiser shares them with the event
-- site (docs/architecture.md, "Sharing and publishing"). Their changes keep no outbox; sharing sends them whole. A
-- meeting that arrives from the site is shared. Meetings of a workspace made before this are shared already.
CREATE TABLE local_events (
    event_id TEXT PRIMARY KEY
) STRICT;

-- The published versions of each event: the site writes them when an organiser publishes, laptops keep a copy. The
-- public pages and feeds read only the latest row of an event, in one statement: a reader sees one version whole.
CREATE TABLE publications (
    -- The site's order of publications: laptops ask for those after the last they have.
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    -- 1, 2, ...: the version the public sees; a withdrawal keeps the number of the version it takes off the site.
    version INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    -- 1: the event was taken off the public site (edition and history are then empty).
    withdrawn INTEGER NOT NULL DEFAULT 0,
    -- JSON: what the public sees (`publication::Edition`), how each entry's publication went (`History`), and what
    -- changed since the version before (`Change`s).
    edition TEXT,
    history TEXT,
    changes TEXT NOT NULL
) STRICT;
CREATE INDEX publications_by_event ON publications(event_id, seq);
