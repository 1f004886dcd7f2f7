//! Reads of the public pages of co-implementation: a commitment's timeline of published
//! reports and their evidence, a plan's late activities and open requests for assistance.

use super::super::args::args;
use crate::rows::*;
use crate::{Db, DbResult};

impl Db {
    /// The published reports on a commitment's activities, newest first.
    pub async fn timeline_of_commitment(&self, commitment_id: i64) -> DbResult<Vec<TimelineRow>> {
        self.all(
            "SELECT r.id, a.key AS activity_key, a.title AS activity_title, r.progress, r.done, \
             r.difficulties, r.lang, COALESCE(r.published_at, r.updated_at) AS published_at \
             FROM progress_reports r JOIN activities a ON a.id = r.activity_id \
             WHERE a.commitment_id = $1 AND r.status = 'published' \
             ORDER BY r.published_at DESC, r.id DESC",
            &args![commitment_id],
        )
        .await
    }

    /// The evidence of the published reports on a commitment's activities, by report.
    pub async fn timeline_evidence_of_commitment(
        &self,
        commitment_id: i64,
    ) -> DbResult<Vec<PublicEvidenceRow>> {
        self.all(
            "SELECT e.id, e.report_id, e.kind, e.url, e.file_name, e.media_type, e.size, e.sha256 \
             FROM evidence e JOIN progress_reports r ON r.id = e.report_id \
             JOIN activities a ON a.id = r.activity_id \
             WHERE a.commitment_id = $1 AND r.status = 'published' ORDER BY e.report_id, e.id",
            &args![commitment_id],
        )
        .await
    }
}

impl Db {
    /// The activities of a plan that have an end date, earliest end first: those past it below
    /// 100 % are its late activities (the rule is `core`'s; the page applies it on its day).
    pub async fn dated_activities_of_plan(&self, plan_id: i64) -> DbResult<Vec<ActivityRow>> {
        self.all(
            concat!(
                activity_select!(),
                " WHERE c.plan_id = $1 AND t.end_date IS NOT NULL \
                 ORDER BY t.end_date, c.sort_key, t.position, t.id"
            ),
            &args![plan_id],
        )
        .await
    }

    /// A plan's open requests for assistance: the request of each activity's latest published
    /// report, when it asks for one (a later report without a request closes it); newest first.
    pub async fn assistance_of_plan(&self, plan_id: i64) -> DbResult<Vec<AssistanceRow>> {
        self.all(
            "SELECT r.id, c.ogp_id, a.key AS activity_key, a.title AS activity_title, r.assistance, \
             r.lang, COALESCE(r.published_at, r.updated_at) AS published_at \
             FROM progress_reports r JOIN activities a ON a.id = r.activity_id \
             JOIN commitments c ON c.id = a.commitment_id \
             WHERE c.plan_id = $1 AND r.status = 'published' AND r.assistance <> '' \
             AND NOT EXISTS (SELECT 1 FROM progress_reports o WHERE o.activity_id = r.activity_id \
               AND o.status = 'published' AND (o.published_at > r.published_at \
               OR (o.published_at = r.published_at AND o.id > r.id))) \
             ORDER BY r.published_at DESC, r.id DESC",
            &args![plan_id],
        )
        .await
    }
}

impl Db {
    /// A commitment's public change history, newest first (at most 200 rows).
    pub async fn history_of_commitment(
        &self,
        commitment_id: i64,
    ) -> DbResult<Vec<CommitmentHistoryRow>> {
        self.all(
            "SELECT id, field, old_value, new_value, role, at FROM commitment_history \
             WHERE commitment_id = $1 ORDER BY at DESC, id DESC LIMIT 200",
            &args![commitment_id],
        )
        .await
    }
}
