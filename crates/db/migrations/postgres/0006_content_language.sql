-- Content in the reader's language (PostgreSQL). Keep in step with
-- ../sqlite/0006_content_language.sql (a test compares both schemas).
--
-- Institutions get their unofficial names (translations by the portal's editors, kept apart
-- from the official names), the other spellings the sources use, the period their name was in
-- use, their later names, their lineage, sources and notes. A commitment gets the source of
-- each official title, OGP's French page title, and its supporting institutions by key.
-- Assessment fields and policy areas become codes (lower case, words joined by "_", as
-- opengov_core::assessment names them) instead of OGP's English words.

ALTER TABLE institutions ADD COLUMN name_unofficial TEXT NOT NULL DEFAULT '{}';
ALTER TABLE institutions ADD COLUMN name_variants TEXT NOT NULL DEFAULT '';
ALTER TABLE institutions ADD COLUMN name_valid_from TEXT;
ALTER TABLE institutions ADD COLUMN name_valid_until TEXT;
ALTER TABLE institutions ADD COLUMN later_names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE institutions ADD COLUMN lineage TEXT NOT NULL DEFAULT '';
ALTER TABLE institutions ADD COLUMN sources TEXT NOT NULL DEFAULT '';
ALTER TABLE institutions ADD COLUMN notes TEXT NOT NULL DEFAULT '';

ALTER TABLE commitments ADD COLUMN title_sources TEXT NOT NULL DEFAULT '{}';
ALTER TABLE commitments ADD COLUMN title_ogp TEXT NOT NULL DEFAULT '{}';

CREATE TABLE commitment_supporters (
    commitment_id BIGINT NOT NULL REFERENCES commitments (id),
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    position BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, institution_id)
);
CREATE INDEX commitment_supporters_institution ON commitment_supporters (institution_id);

UPDATE commitments SET
    ogp_verifiable = LOWER(TRIM(ogp_verifiable)),
    ogp_relevant = LOWER(TRIM(ogp_relevant)),
    ogp_ambition = LOWER(TRIM(ogp_ambition)),
    irm_potential_impact = LOWER(TRIM(irm_potential_impact)),
    irm_completion = REPLACE(LOWER(TRIM(irm_completion)), ' ', '_'),
    irm_starred = LOWER(TRIM(irm_starred)),
    irm_early_results = REPLACE(LOWER(TRIM(irm_early_results)), ' ', '_'),
    irm_potential_for_results = REPLACE(LOWER(TRIM(irm_potential_for_results)), ' ', '_'),
    ogp_values = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(TRIM(ogp_values)),
        '; ', ';'), ' & ', ' and '), ' / ', '_'), '/', '_'), '-', '_'), ' ', '_'),
    policy_areas = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(TRIM(policy_areas)),
        '; ', ';'), ' / ', '_'), '/', '_'), '-', '_'), ' ', '_');
