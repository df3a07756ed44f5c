-- Site: the last feed position each client was sent. A client whose cursor is past it (or who says the site applied
-- more of its changes than the site remembers) holds history the site lost: the site was restored from an earlier
-- copy, and the client sends its rows again (docs/architecture.md, "A restored site").
ALTER TABLE clients ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0;
-- Clients of a site from before: taken as having read the whole feed, so that none of them sends everything again.
UPDATE clients SET pulled = (SELECT coalesce(max(seq), 0) FROM changes);
