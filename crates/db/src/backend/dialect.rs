//! What differs between the engines, in one block per engine. Every other statement is
//! written once and runs on both: upserts use `ON CONFLICT ... DO UPDATE SET c = excluded.c`,
//! the users search `LOWER(...) LIKE`, optional parameters `CAST($n AS TEXT) IS NULL`, which
//! both engines read alike.

/// The statements an engine writes its own way.
pub(crate) trait Dialect: sqlx::Database {
    /// Opens a write transaction.
    const BEGIN: &'static str;
    /// Takes the next due job for a worker (`$1` worker, `$2` now, `$3` stale lock time); a
    /// job locked before `$3` (a worker that died) is taken again.
    const CLAIM_JOB: &'static str;
    /// Tells the other instances of a change at commit (`$1` channel, `$2` payload); `None`
    /// where the engine has no notifications (one SQLite file: the periodic check sees it).
    const NOTIFY: Option<&'static str>;
    /// Taken first by a transaction whose check must see every other administrator change
    /// (the last administrator stays); `None` where a write transaction is alone already.
    const LOCK_ADMINS: Option<&'static str>;
}

impl Dialect for sqlx::Sqlite {
    // SQLite has one writer at a time: take the write lock at once, so that a transaction
    // that reads then writes never fails half-way on a busy database.
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
    // The write lock already keeps two workers from claiming the same job.
    const CLAIM_JOB: &'static str = "UPDATE jobs SET locked_by = $1, locked_at = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $2 \
         AND (locked_at IS NULL OR locked_at < $3) ORDER BY run_at, id LIMIT 1) \
         RETURNING id, kind, payload, attempts, max_attempts";
    const NOTIFY: Option<&'static str> = None;
    // `BEGIN IMMEDIATE` is the lock.
    const LOCK_ADMINS: Option<&'static str> = None;
}

impl Dialect for sqlx::Postgres {
    const BEGIN: &'static str = "BEGIN";
    // Workers on other instances skip the row another one is claiming instead of waiting.
    const CLAIM_JOB: &'static str = "UPDATE jobs SET locked_by = $1, locked_at = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $2 \
         AND (locked_at IS NULL OR locked_at < $3) ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
         RETURNING id, kind, payload, attempts, max_attempts";
    const NOTIFY: Option<&'static str> = Some("SELECT pg_notify($1, $2)");
    // One lock for every administrator change, held until commit: the second of two
    // transactions waits, then counts with the first one's change committed.
    const LOCK_ADMINS: Option<&'static str> = Some("SELECT pg_advisory_xact_lock(7101)");
}
