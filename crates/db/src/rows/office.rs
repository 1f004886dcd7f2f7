//! Rows of the back office: where an activity sits (for the policy and the pages), a project
//! leader's activities, the coordinators' queue, a report's history with names.

use crate::backend::lite::read_by_name;
use opengov_core::auth::policy::{Action, ActivityRef, CommitmentRef, PlanRef};
use opengov_core::kinds::PlanStatus;
use opengov_core::reporting::ReportStatus;
use serde::Serialize;

/// An activity with what the policy decides on: its commitment, institutions and plan.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct PlaceRow {
    pub activity_id: i64,
    pub activity_key: String,
    /// JSON text per language.
    pub activity_title: String,
    pub end_date: Option<String>,
    /// `None` when no figure was ever reported.
    pub progress: Option<i64>,
    pub cancelled: bool,
    pub responsible_institution_id: Option<i64>,
    pub commitment_id: i64,
    pub ogp_id: String,
    /// JSON text per language.
    pub commitment_title: String,
    pub lead_institution_id: Option<i64>,
    pub plan_id: i64,
    pub plan_number: i64,
    pub plan_status: PlanStatus,
}

impl PlaceRow {
    /// The policy's view of where the activity sits.
    pub fn activity_ref(&self) -> ActivityRef {
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

    /// The policy's view of the activity's plan.
    pub fn plan_ref(&self) -> PlanRef {
        PlanRef {
            id: self.plan_id,
            status: self.plan_status,
        }
    }

    /// What reading `report`, a report on this activity, asks the policy.
    pub fn see_report(&self, report: &super::ReportRow) -> Action {
        Action::SeeReport {
            activity: self.activity_ref(),
            author_id: report.author_id.unwrap_or(0),
            published: report.status == ReportStatus::Published,
        }
    }
}

/// An activity a project leader answers for, with the report they are working on, if any.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct LeaderActivityRow {
    #[sqlx(flatten)]
    pub place: PlaceRow,
    /// The newest report not yet published (draft, submitted or returned).
    pub open_report_id: Option<i64>,
    pub open_report_status: Option<ReportStatus>,
    /// When a report on it was last published.
    pub last_report_at: Option<i64>,
}

/// A report in a list of the back office: a submitted one in a coordinator's queue, or one its
/// author is still working on.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct QueueRow {
    #[sqlx(flatten)]
    pub place: PlaceRow,
    pub report_id: i64,
    pub report_status: ReportStatus,
    pub progress_reported: i64,
    pub submitted_at: Option<i64>,
    /// `None` once the author's account is deleted.
    pub author_name: Option<String>,
    pub asks_assistance: bool,
}

/// One move of a report, with the name of who made it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct HistoryRow {
    pub from_status: ReportStatus,
    pub to_status: ReportStatus,
    pub role: String,
    pub reason: String,
    pub at: i64,
    pub user_name: Option<String>,
}

read_by_name! {
    /// A published report on a commitment page's timeline.
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct TimelineRow {
        pub id: i64,
        pub activity_key: String,
        /// JSON text per language.
        pub activity_title: String,
        pub progress: i64,
        pub done: String,
        pub difficulties: String,
        /// The language the report was written in.
        pub lang: String,
        pub published_at: i64,
    }
}

read_by_name! {
    /// A piece of evidence as the public sees it (never the storage key).
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct PublicEvidenceRow {
        pub id: i64,
        pub report_id: i64,
        /// `link` or `file`.
        pub kind: String,
        pub url: String,
        pub file_name: String,
        pub media_type: String,
        pub size: i64,
        pub sha256: String,
    }
}

impl super::EvidenceRow {
    /// What the public may see of it.
    pub fn public(&self) -> PublicEvidenceRow {
        PublicEvidenceRow {
            id: self.id,
            report_id: self.report_id,
            kind: self.kind.clone(),
            url: self.url.clone(),
            file_name: self.file_name.clone(),
            media_type: self.media_type.clone(),
            size: self.size,
            sha256: self.sha256.clone(),
        }
    }
}

read_by_name! {
    /// An open request for assistance to the steering committee, from a published report.
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct AssistanceRow {
        pub id: i64,
        pub ogp_id: String,
        pub activity_key: String,
        /// JSON text per language.
        pub activity_title: String,
        pub assistance: String,
        /// The language the report was written in.
        pub lang: String,
        pub published_at: i64,
    }
}

/// A project leader of a commitment (or of one of its activities), with the grant that makes
/// them one.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct LeaderRow {
    pub role_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub email: Option<String>,
    pub scope_kind: opengov_core::auth::policy::ScopeKind,
    /// The activity of an activity-scoped grant.
    pub activity_key: Option<String>,
}
