-- The language the registrant read the form in (`fr`, `ar`, ...): the site's mails to them are in it, whoever
-- decides. A field like any other, so it syncs.
ALTER TABLE registrations ADD COLUMN language TEXT;
