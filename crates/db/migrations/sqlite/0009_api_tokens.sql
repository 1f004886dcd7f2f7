-- Personal API tokens (SQLite). Keep in step with ../postgres/0009_api_tokens.sql (a test
-- compares both schemas). See docs/co-implementation.md and docs/api.md.
--
-- A project leader's or a coordinator's token lets their administration's system use the
-- reporting API as them, with their current roles. Only the SHA-256 of the secret is kept
-- (`hash`); `prefix` is the secret's first characters, shown in the list so that the owner
-- can tell their tokens apart. A revoked or expired token is refused; rows stay for the record.

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at);
