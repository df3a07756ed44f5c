-- Rows erased at a person's request (docs/architecture.md, "Erasure"): only the id stays, so that no replica brings
-- the row back. Every replica keeps this list; the site sends it with its feed and a laptop with a resend.
CREATE TABLE erased (
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (entity, row_id)
) STRICT;
