-- The Independent Reporting Mechanism's ratings (sqlite). Keep in step with
-- ../postgres/0012_irm_ratings.sql (a test compares both schemas).
--
-- One row per commitment and IRM report (named by its link), imported from CSV
-- (docs/csv-layout.md), read-only and shown attributed to the IRM, never mixed with the
-- self-reported progress. Values are the codes of opengov_core::assessment ('' when the
-- report gives none); relevance is the OGP values joined by ';'. Importing a report again
-- replaces its rows.
CREATE TABLE irm_ratings (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    report_title TEXT NOT NULL,
    report_url TEXT NOT NULL,
    verifiable TEXT NOT NULL,
    relevance TEXT NOT NULL,
    potential_impact TEXT NOT NULL,
    completion TEXT NOT NULL,
    early_results TEXT NOT NULL,
    starred TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    imported_by INTEGER REFERENCES users (id),
    UNIQUE (report_url, commitment_id)
);
CREATE INDEX irm_ratings_commitment ON irm_ratings (commitment_id, imported_at);
