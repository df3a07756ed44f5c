-- A meeting the organisers are done with: kept whole, out of the way. A field like any other, so it syncs.
ALTER TABLE events ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
