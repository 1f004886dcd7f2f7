-- Foundation schema (SQLite). Keep in step with ../postgres/0001_foundation.sql:
-- a test compares tables, columns and nullability of both.

CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE jurisdictions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    commitments_count INTEGER NOT NULL DEFAULT 0,
    activities_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    jurisdiction_id INTEGER NOT NULL REFERENCES jurisdictions (id),
    number INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    declared_commitments INTEGER,
    ogp_listed_commitments INTEGER,
    declared_axes INTEGER,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL,
    recorded_commitments INTEGER NOT NULL DEFAULT 0,
    recorded_parliament_commitments INTEGER NOT NULL DEFAULT 0,
    reported_commitments INTEGER NOT NULL DEFAULT 0,
    figure INTEGER,
    pending_end TEXT,
    reported_completion INTEGER,
    parliament_figure INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE axes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    position INTEGER,
    title TEXT NOT NULL,
    title_unofficial TEXT NOT NULL,
    declared_commitments INTEGER,
    position_basis TEXT NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL,
    recorded_commitments INTEGER NOT NULL DEFAULT 0,
    figure INTEGER,
    pending_end TEXT
);
CREATE INDEX axes_plan ON axes (plan_id, position);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    ogp_id TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    axis_id INTEGER REFERENCES axes (id),
    position INTEGER,
    position_inferred INTEGER,
    position_basis TEXT NOT NULL,
    axis_basis TEXT NOT NULL,
    commitment_type TEXT NOT NULL,
    title TEXT NOT NULL,
    title_unofficial TEXT NOT NULL,
    title_long TEXT NOT NULL,
    title_irm TEXT NOT NULL,
    problem TEXT NOT NULL,
    description TEXT NOT NULL,
    how_it_helps TEXT NOT NULL,
    ogp_values TEXT NOT NULL,
    lead_institution_id INTEGER REFERENCES institutions (id),
    lead_institution_name TEXT NOT NULL,
    ogp_lead_institution_field TEXT NOT NULL,
    support_institutions TEXT NOT NULL,
    contact TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    policy_areas TEXT NOT NULL,
    ogp_verifiable TEXT NOT NULL,
    ogp_relevant TEXT NOT NULL,
    ogp_ambition TEXT NOT NULL,
    irm_potential_impact TEXT NOT NULL,
    irm_completion TEXT NOT NULL,
    irm_starred TEXT NOT NULL,
    irm_early_results TEXT NOT NULL,
    irm_potential_for_results TEXT NOT NULL,
    builds_on TEXT NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL,
    weight INTEGER NOT NULL DEFAULT 1,
    activities_count INTEGER NOT NULL DEFAULT 0,
    figure INTEGER,
    pending_end TEXT,
    sort_key TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX commitments_plan ON commitments (plan_id, sort_key);
CREATE INDEX commitments_axis ON commitments (axis_id, sort_key);
CREATE INDEX commitments_lead ON commitments (lead_institution_id, sort_key);
CREATE INDEX commitments_sort ON commitments (sort_key);
CREATE INDEX commitments_figure ON commitments (figure);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    expected_output TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    responsible_institution_id INTEGER REFERENCES institutions (id),
    weight INTEGER NOT NULL,
    progress INTEGER NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0,
    sources TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX activities_commitment ON activities (commitment_id, position);
CREATE INDEX activities_institution ON activities (responsible_institution_id);

CREATE TABLE reported_figures (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    scope TEXT NOT NULL,
    axis_id INTEGER REFERENCES axes (id),
    commitment_id INTEGER REFERENCES commitments (id),
    ref TEXT NOT NULL,
    as_of TEXT,
    percent INTEGER NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX reported_figures_plan ON reported_figures (plan_id);
CREATE INDEX reported_figures_commitment ON reported_figures (commitment_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES plans (id),
    doc_type TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    url TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX documents_plan ON documents (plan_id);

CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    plan_id INTEGER REFERENCES plans (id),
    commitment_id INTEGER REFERENCES commitments (id),
    subject TEXT NOT NULL
);
CREATE INDEX changes_at ON changes (at);
