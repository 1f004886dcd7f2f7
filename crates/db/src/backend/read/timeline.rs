//! Reads of a commitment page's timeline: its published progress reports and their evidence.

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
