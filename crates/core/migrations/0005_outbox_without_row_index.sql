-- Every write adds an outbox row; an index by row made each one cost a second insert. The rows waiting are read once
-- per pulled page instead (`Writer::waiting`): writes are many, pulls with changes waiting few.
DROP INDEX outbox_by_row;
