//! Rows of evidence files: what an upload stores, and a piece of evidence with what the policy
//! needs to decide who may download or remove it.

use opengov_core::auth::policy::{Action, ActivityRef, CommitmentRef};
use opengov_core::kinds::PlanStatus;
use opengov_core::reporting::ReportStatus;
use serde::Serialize;

/// A file already put in storage under `storage_key`, to record as evidence of a report.
#[derive(Debug, Clone)]
pub struct NewEvidenceFile {
    /// The generated key of the stored object (never the upload's name).
    pub storage_key: String,
    /// The cleaned name it is shown and downloaded under.
    pub file_name: String,
    /// The media type sniffed from the content.
    pub media_type: String,
    /// Bytes stored (after an image was re-encoded).
    pub size: i64,
    /// SHA-256 of the stored bytes, in lower-case hexadecimal.
    pub sha256: String,
}

/// A report's status and author, and where its activity sits (commitment, institutions,
/// plan): what `Action::ReportOn` and `Action::SeeReport` are decided on.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ReportPlaceRow {
    pub report_id: i64,
    pub report_status: ReportStatus,
    /// `None` once the author's account is deleted.
    pub author_id: Option<i64>,
    pub activity_id: i64,
    pub responsible_institution_id: Option<i64>,
    pub commitment_id: i64,
    pub lead_institution_id: Option<i64>,
    pub plan_id: i64,
    pub plan_status: PlanStatus,
}

impl ReportPlaceRow {
    /// The report's activity, as the policy sees it.
    pub fn activity(&self) -> ActivityRef {
        ActivityRef {
            id: self.activity_id,
            commitment: CommitmentRef {
                id: self.commitment_id,
                plan_id: self.plan_id,
                lead_institution_id: self.lead_institution_id,
            },
            responsible_institution_id: self.responsible_institution_id,
            plan_status: self.plan_status,
        }
    }

    /// Seeing the report (and its evidence): anyone once it is published.
    pub fn see(&self) -> Action {
        Action::SeeReport {
            activity: self.activity(),
            // No author left: no one sees it as its author.
            author_id: self.author_id.unwrap_or(0),
            published: self.report_status == ReportStatus::Published,
        }
    }
}

/// A piece of evidence with where its report sits.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct EvidencePlaceRow {
    pub id: i64,
    /// `link` or `file`.
    pub kind: String,
    pub url: String,
    pub storage_key: String,
    pub file_name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: i64,
    #[sqlx(flatten)]
    pub place: ReportPlaceRow,
}
