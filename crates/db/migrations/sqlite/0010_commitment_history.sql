-- The public change history of each commitment (SQLite). Keep in step with
-- ../postgres/0010_commitment_history.sql (a test compares both schemas). See
-- docs/co-implementation.md.
--
-- One row per field an edit of the back office changed (texts per language: `title_fr`),
-- written in the edit's transaction: the value before and after (empty for none), who made it
-- (`user_id`, never shown) and the role that allowed it (`administrator`, `coordinator`,
-- shown). Append-only.

CREATE TABLE commitment_history (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    role TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX commitment_history_commitment ON commitment_history (commitment_id, at);
