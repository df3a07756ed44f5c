-- The organisers' table of registrations (`crates/core/src/registrations.rs`): search as you type over names, email
-- and organisation, filters and sorts that read an index instead of sorting 100,000 rows for each page.

-- Words of the four searched fields, by prefix, accents and case ignored. Contentless: the text stays in
-- `registrations` only; the index keeps words and rowids (nothing here runs VACUUM, which could renumber the rowids of
-- a table without an INTEGER PRIMARY KEY). `secure-delete`: an erased registrant's words leave the index at once
-- rather than at a later merge of its segments.
CREATE VIRTUAL TABLE registrations_search USING fts5(
    given_name, family_name, email, organisation,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO registrations_search (registrations_search, rank) VALUES ('secure-delete', 1);

-- Rows written since the index last caught up (`registrations::catch_up`, before the table reads): a first pull of
-- 100,000 registrations in parts of 500 would otherwise write 200 small index segments and merge them, five times the
-- pull's own cost; caught up at once, the index is written in one go.
CREATE TABLE registrations_search_due (
    row INTEGER PRIMARY KEY
) STRICT;
INSERT INTO registrations_search_due (row) SELECT rowid FROM registrations;

CREATE TRIGGER registrations_search_insert AFTER INSERT ON registrations BEGIN
    INSERT OR IGNORE INTO registrations_search_due (row) VALUES (new.rowid);
END;

CREATE TRIGGER registrations_search_update AFTER UPDATE OF given_name, family_name, email, organisation
ON registrations
WHEN old.given_name IS NOT new.given_name OR old.family_name IS NOT new.family_name
    OR old.email IS NOT new.email OR old.organisation IS NOT new.organisation
BEGIN
    INSERT OR IGNORE INTO registrations_search_due (row) VALUES (new.rowid);
END;

-- An erasure takes the words out at once: nothing of the registrant may wait for the next read.
CREATE TRIGGER registrations_search_delete AFTER DELETE ON registrations BEGIN
    DELETE FROM registrations_search WHERE rowid = old.rowid;
    DELETE FROM registrations_search_due WHERE row = old.rowid;
END;

-- The decision's status as a column, for the status filter, its counts and the sort by status.
ALTER TABLE registrations ADD COLUMN status TEXT GENERATED ALWAYS AS (json_extract(decision, '$.status')) VIRTUAL;
CREATE INDEX registrations_by_status ON registrations(event_id, deleted, status);
CREATE INDEX registrations_by_name ON registrations(event_id, family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX registrations_by_organisation ON registrations(event_id, organisation COLLATE NOCASE);
