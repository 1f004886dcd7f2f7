-- An activity's progress may be "not reported" (PostgreSQL). Keep in step with
-- ../sqlite/0008_progress_reported.sql (a test compares both schemas).
--
-- Activities imported from the research files whose sources give no figure have no progress
-- (NULL), never 0 %; a commitment with such an activity has no computed figure. An imported
-- figure keeps its sources and date; an imported title says whose wording it is; the status a
-- source states is kept as written. Axes and plans count the commitments their figure comes
-- from.

ALTER TABLE activities ALTER COLUMN progress DROP NOT NULL;

-- The sources (`;`-separated) and date of an imported figure; empty and NULL otherwise.
ALTER TABLE activities ADD COLUMN progress_source TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN progress_as_of TEXT;
-- The status a source states ("done", "planned", ...), as written; empty when none.
ALTER TABLE activities ADD COLUMN stated_status TEXT NOT NULL DEFAULT '';
-- Whose wording the title is: source, shortened, editors (TitleWording).
ALTER TABLE activities ADD COLUMN title_wording TEXT NOT NULL DEFAULT 'source';

ALTER TABLE axes ADD COLUMN reported_commitments BIGINT NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN reported_parliament_commitments BIGINT NOT NULL DEFAULT 0;
UPDATE axes SET reported_commitments = (
    SELECT COUNT(*) FROM commitments c WHERE c.axis_id = axes.id AND c.figure IS NOT NULL
);
UPDATE plans SET reported_parliament_commitments = (
    SELECT COUNT(*) FROM commitments c
    WHERE c.plan_id = plans.id AND c.commitment_type = 'parliament' AND c.figure IS NOT NULL
);
