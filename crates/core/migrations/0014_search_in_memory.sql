-- The registrations' search is the in-memory index only (`crates/core/src/registrations/index.rs`), for the table,
-- "select all" and the participants list alike: SQLite's full-text index cut words before folding them (a Hindi word
-- at its virama, an Arabic one at its vowel signs), could not find 大学 inside 清华大学, and disagreed with the table.
-- Dropping it takes an erased registrant's words with it; the file's free pages are overwritten (`secure_delete`).
DROP TRIGGER registrations_search_insert;
DROP TRIGGER registrations_search_update;
DROP TRIGGER registrations_search_delete;
DROP TABLE registrations_search_due;
DROP TABLE registrations_search;
