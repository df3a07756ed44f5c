-- The name an organiser gave (`dais organiser`), beside their token's label: conflicts and the site's records of who
-- did what show it, so that one person is named one way everywhere.
ALTER TABLE clients ADD COLUMN shown_as TEXT;
