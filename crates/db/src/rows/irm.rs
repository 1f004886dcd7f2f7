//! Rows of the Independent Reporting Mechanism's ratings (migration 0012) and of merged
//! institutions (0011).

use crate::backend::lite::read_by_name;
use opengov_core::assessment::{EarlyResults, IrmCompletion, OgpValues, PotentialImpact, YesNo};
use opengov_core::kinds::OptCode;

read_by_name! {
    /// One IRM report's rating of a commitment, as imported (read-only).
    #[derive(Debug, Clone, sqlx::FromRow)]
    pub struct IrmRatingRow {
        pub id: i64,
        pub report_title: String,
        pub report_url: String,
        pub verifiable: OptCode<YesNo>,
        pub relevance: OgpValues,
        pub potential_impact: OptCode<PotentialImpact>,
        pub completion: OptCode<IrmCompletion>,
        pub early_results: OptCode<EarlyResults>,
        pub starred: OptCode<YesNo>,
        pub imported_at: i64,
    }
}

read_by_name! {
    /// An IRM report as stored: its link, title, how many commitments it rates, when imported.
    #[derive(Debug, Clone, sqlx::FromRow)]
    pub struct IrmReportRow {
        pub report_url: String,
        pub report_title: String,
        pub ratings: i64,
        pub imported_at: i64,
    }
}

/// What an import stored: the reports it replaced or added and the rows written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IrmImportSummary {
    pub reports: usize,
    pub ratings: usize,
    /// Rows of the same reports removed first (a report imported again).
    pub replaced: usize,
}
