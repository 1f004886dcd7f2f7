-- Indicators (sqlite). Keep in step with ../postgres/0013_indicators.sql (a test compares both schemas).
-- See docs/co-implementation.md, "Indicators"; the checks of every figure are in
-- crates/core/src/indicator.rs.
--
-- An indicator is national (scope 'national', no commitment) or a commitment's (scope
-- 'commitment' and its commitment_id). Name, unit and description are JSON text per language
-- (core::text::LocalizedText). Baseline and target are optional, each a value with its year.
-- Each value is for one period (a year 'YYYY' or a month 'YYYY-MM'), once per indicator, with
-- its source (an http or https link, required) and an optional note.

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    commitment_id INTEGER REFERENCES commitments (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    description TEXT NOT NULL,
    baseline_value REAL,
    baseline_year INTEGER,
    target_value REAL,
    target_year INTEGER,
    position INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX indicators_commitment ON indicators (commitment_id);

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    source_url TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (indicator_id, period)
);
