-- A person's name order (family name first or given name first), as they write it: a field like any other, so it
-- syncs. Empty for the names written before: those follow their script (model/name.rs).
ALTER TABLE speakers ADD COLUMN name_order TEXT;
ALTER TABLE registrations ADD COLUMN name_order TEXT;
