-- The organiser's own edits on this laptop, newest last, each with what every field it changed held before and after:
-- what Undo and Redo lay back (as new edits that sync, never a rewind). Kept here only; never synced.
CREATE TABLE undo_steps (
    id       INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    label    TEXT NOT NULL,
    changes  TEXT NOT NULL,
    undone   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX undo_steps_by_event ON undo_steps(event_id, undone, id);
