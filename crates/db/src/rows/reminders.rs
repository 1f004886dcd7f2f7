//! Rows of the reminder job: a project leader's activity, with what the rule decides on.

use opengov_core::kinds::PlanStatus;
use opengov_core::reporting::ReminderFacts;
use opengov_core::{Lang, LocalizedText};

/// One activity a project leader answers for (a leader of several activities has several
/// rows), in leader, plan, commitment and activity order.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReminderCandidateRow {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    /// The account's language code.
    pub language: String,
    pub activity_id: i64,
    pub activity_key: String,
    /// JSON text per language.
    pub activity_title: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub progress: Option<i64>,
    pub cancelled: bool,
    pub last_report_at: Option<i64>,
    pub ogp_id: String,
    pub plan_number: i64,
    pub plan_status: PlanStatus,
}

impl ReminderCandidateRow {
    /// The account's language (Arabic, the default, when the stored code names none).
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or(Lang::DEFAULT)
    }

    pub fn title(&self) -> LocalizedText {
        LocalizedText::from_json(&self.activity_title)
    }

    /// What the reminder rule (`core::reporting::reminder_kind`) decides on.
    pub fn facts(&self) -> ReminderFacts<'_> {
        ReminderFacts {
            start_date: self.start_date.as_deref(),
            end_date: self.end_date.as_deref(),
            progress: self.progress.and_then(|p| u8::try_from(p).ok()),
            cancelled: self.cancelled,
            plan_open: opengov_core::plan::plan_is_open(self.plan_status),
            last_report_at: self.last_report_at,
        }
    }
}
