-- Reminders sent to project leaders (SQLite). Keep in step with ../postgres/0014_reminders_sent.sql
-- (a test compares both schemas). See docs/co-implementation.md and docs/operations.md.
--
-- One row per leader, activity, reason (`silent`: no report for the configured number of days;
-- `late`: past its end date below 100 %) and period (`2026-W48`, see
-- core::reporting::reminder_period). The job inserts the rows and queues the e-mail in one
-- transaction, inserting with ON CONFLICT DO NOTHING and mailing only what it inserted, so that
-- two instances never send the same reminder twice.

CREATE TABLE reminders_sent (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    UNIQUE (user_id, activity_id, kind, period)
);
CREATE INDEX reminders_sent_activity ON reminders_sent (activity_id);
