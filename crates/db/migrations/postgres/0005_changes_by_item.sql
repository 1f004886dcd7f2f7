-- The latest change recorded for a plan or a commitment: the "last updated" date of their pages.
CREATE INDEX changes_plan ON changes (plan_id, at);
CREATE INDEX changes_commitment ON changes (commitment_id, at);
-- Changes of a plan as a whole (an import), which every commitment of the plan shows too.
CREATE INDEX changes_plan_itself ON changes (plan_id, at) WHERE commitment_id IS NULL;
