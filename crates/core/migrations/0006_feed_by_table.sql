-- Site: a pull reads the feed table by table (`Store::changes_since`); by table and position, each query visits only
-- its own table's changes instead of every change of the page.
CREATE INDEX changes_by_entity ON changes(entity, seq);
