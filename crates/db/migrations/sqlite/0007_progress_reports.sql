-- Progress reports (SQLite). Keep in step with ../postgres/0007_progress_reports.sql (a test
-- compares both schemas). See docs/co-implementation.md.
--
-- A project leader writes a report on an activity (draft), submits it, a coordinator returns
-- it with a reason or validates it (published: the activity takes its progress). Every move is
-- a row of report_transitions; evidence rows belong to a report; events are what happened, for
-- the participation issue's notifications and feeds.

ALTER TABLE activities ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN cancelled_at INTEGER;
ALTER TABLE activities ADD COLUMN last_report_at INTEGER;

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    author_id INTEGER REFERENCES users (id),
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    done TEXT NOT NULL,
    difficulties TEXT NOT NULL,
    assistance TEXT NOT NULL,
    lang TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    form_token TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    submitted_at INTEGER,
    published_at INTEGER
);
CREATE INDEX progress_reports_activity ON progress_reports (activity_id, status);
CREATE INDEX progress_reports_status ON progress_reports (status, submitted_at);

CREATE TABLE report_transitions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES progress_reports (id),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    role TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX report_transitions_report ON report_transitions (report_id, at);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES progress_reports (id),
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    storage_key TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX evidence_report ON evidence (report_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    item_kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    plan_id INTEGER REFERENCES plans (id),
    commitment_id INTEGER REFERENCES commitments (id),
    actor_id INTEGER REFERENCES users (id),
    visibility TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX events_commitment ON events (commitment_id, id);
