-- What each write changed, by the data version it produced (PostgreSQL). Keep in step with
-- ../sqlite/0004_change_tags.sql. Page caches of other instances read the rows newer than the
-- last version they saw (crates/db/src/changes.rs), as a backstop to LISTEN/NOTIFY; old rows
-- are pruned.
CREATE TABLE change_tags (
    version BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    tags TEXT NOT NULL
);
CREATE INDEX change_tags_at ON change_tags (at);
