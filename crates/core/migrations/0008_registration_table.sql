-- The organisers' table of registrations (`crates/core/src/registrations.rs`): search as you type over names, email
-- and organisation, filters and sorts that read an index instead of sorting 100,000 rows for each page.

-- Words of the four searched fields, by prefix, accents and case ignored. External content: the text stays in
-- `registrations` only, the index follows it by rowid through the triggers below (nothing here runs VACUUM, which
-- could renumber the rowids of a table without an INTEGER PRIMARY KEY). `secure-delete`: an erased registrant's
-- words leave the index at once rather than at a later merge of its segments.
CREATE VIRTUAL TABLE registrations_search USING fts5(
    given_name, family_name, email, organisation,
    content = 'registrations', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO registrations_search (registrations_search, rank) VALUES ('secure-delete', 1);
INSERT INTO registrations_search (registrations_search) VALUES ('rebuild');

CREATE TRIGGER registrations_search_insert AFTER INSERT ON registrations BEGIN
    INSERT INTO registrations_search (rowid, given_name, family_name, email, organisation)
    VALUES (new.rowid, new.given_name, new.family_name, new.email, new.organisation);
END;

CREATE TRIGGER registrations_search_delete AFTER DELETE ON registrations BEGIN
    INSERT INTO registrations_search (registrations_search, rowid, given_name, family_name, email, organisation)
    VALUES ('delete', old.rowid, old.given_name, old.family_name, old.email, old.organisation);
END;

CREATE TRIGGER registrations_search_update AFTER UPDATE OF given_name, family_name, email, organisation
ON registrations
WHEN old.given_name IS NOT new.given_name OR old.family_name IS NOT new.family_name
    OR old.email IS NOT new.email OR old.organisation IS NOT new.organisation
BEGIN
    INSERT INTO registrations_search (registrations_search, rowid, given_name, family_name, email, organisation)
    VALUES ('delete', old.rowid, old.given_name, old.family_name, old.email, old.organisation);
    INSERT INTO registrations_search (rowid, given_name, family_name, email, organisation)
    VALUES (new.rowid, new.given_name, new.family_name, new.email, new.organisation);
END;

-- The decision's status as a column, for the status filter, its counts and the sort by status.
ALTER TABLE registrations ADD COLUMN status TEXT GENERATED ALWAYS AS (json_extract(decision, '$.status')) VIRTUAL;
CREATE INDEX registrations_by_status ON registrations(event_id, deleted, status);
CREATE INDEX registrations_by_name ON registrations(event_id, family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX registrations_by_organisation ON registrations(event_id, organisation COLLATE NOCASE);
