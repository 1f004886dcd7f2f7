//! Reads of merged institutions and of the IRM's ratings (the commitment page, the office).

use super::super::args::args;
use crate::rows::*;
use crate::{Db, DbResult};

impl Db {
    /// The key of the institution a merged record's old key now names (its public address
    /// answers with a redirect there).
    pub async fn merged_institution(&self, old_key: &str) -> DbResult<Option<String>> {
        let r: Option<(String,)> = self
            .optional(
                "SELECT i.key FROM institution_merges m JOIN institutions i ON i.id = m.kept_id \
                 WHERE m.old_key = $1",
                &args![old_key],
            )
            .await?;
        Ok(r.map(|r| r.0))
    }

    /// The IRM's ratings of a commitment, one per report, newest report first.
    pub async fn irm_ratings_of(&self, commitment_id: i64) -> DbResult<Vec<IrmRatingRow>> {
        self.all(
            "SELECT id, report_title, report_url, verifiable, relevance, potential_impact, \
             completion, early_results, starred, imported_at FROM irm_ratings \
             WHERE commitment_id = $1 ORDER BY imported_at DESC, id DESC",
            &args![commitment_id],
        )
        .await
    }

    /// The IRM reports imported, newest first, with the number of commitments each rates.
    pub async fn irm_reports(&self) -> DbResult<Vec<IrmReportRow>> {
        self.all(
            "SELECT report_url, MIN(report_title) AS report_title, COUNT(*) AS ratings, \
             MAX(imported_at) AS imported_at FROM irm_ratings \
             GROUP BY report_url ORDER BY MAX(imported_at) DESC, report_url",
            &[],
        )
        .await
    }
}
