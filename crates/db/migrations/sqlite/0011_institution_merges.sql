-- Institutions merged in the back office (sqlite). Keep in step with
-- ../postgres/0011_institution_merges.sql (a test compares both schemas).
--
-- When two records name the same institution, every reference moves to the record kept and
-- the other is deleted; its key stays here so that its public address answers with a
-- permanent redirect to the kept one.
CREATE TABLE institution_merges (
    id INTEGER PRIMARY KEY,
    old_key TEXT NOT NULL UNIQUE,
    old_name TEXT NOT NULL,
    kept_id INTEGER NOT NULL REFERENCES institutions (id),
    merged_by INTEGER REFERENCES users (id),
    merged_at INTEGER NOT NULL
);
CREATE INDEX institution_merges_kept ON institution_merges (kept_id);
