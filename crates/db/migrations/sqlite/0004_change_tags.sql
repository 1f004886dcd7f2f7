-- What each write changed, by the data version it produced (SQLite). Keep in step with
-- ../postgres/0004_change_tags.sql. Page caches of other instances and processes read the rows
-- newer than the last version they saw (crates/db/src/changes.rs); old rows are pruned.
CREATE TABLE change_tags (
    version INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    tags TEXT NOT NULL
);
CREATE INDEX change_tags_at ON change_tags (at);
