//! The workflow of a progress report:
//!
//! ```text
//! draft --submit--> submitted --validate--> published
//!                   submitted --return(reason)--> returned --edit/submit--> submitted
//! ```
//!
//! Drafts and returned reports may be edited; submitted and published ones never are. A
//! published report is final: a correction of a published figure is a new report.

use crate::kinds::{PlanStatus, code_conversions, coded_enum};
use serde::{Deserialize, Serialize};

coded_enum! {
    /// Where a progress report stands.
    ReportStatus {
        Draft => "draft",
        Submitted => "submitted",
        Returned => "returned",
        Published => "published",
    }
}

coded_enum! {
    /// What is done to a report: its authors `submit` it to the coordinators and `edit` it
    /// (without changing its status); a coordinator publishes it (`validate`) or sends it back
    /// to its authors with a reason (`return`).
    Transition {
        Submit => "submit",
        Validate => "validate",
        Return => "return",
        Edit => "edit",
    }
}

impl ReportStatus {
    /// True when the report's texts, figure and evidence may still change.
    pub fn is_editable(self) -> bool {
        matches!(self, ReportStatus::Draft | ReportStatus::Returned)
    }
}

/// Why a transition is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    /// The report is published: nothing more happens to it.
    #[error("a published report is final")]
    Published,
    /// The transition does not start from this status (such as validating a draft).
    #[error("cannot {transition} a {status} report")]
    NotFrom {
        status: ReportStatus,
        transition: Transition,
    },
    /// The form was made from an older revision of the report than the stored one.
    #[error("the report changed since the form was opened")]
    Stale,
}

impl WorkflowError {
    pub fn message_id(self) -> &'static str {
        match self {
            WorkflowError::Published => "report-error-published",
            WorkflowError::NotFrom { .. } => "report-error-transition",
            WorkflowError::Stale => "report-error-stale",
        }
    }
}

/// The status a report takes through `transition`, or why it cannot.
pub fn next(status: ReportStatus, transition: Transition) -> Result<ReportStatus, WorkflowError> {
    use ReportStatus::*;
    use Transition::*;
    match (status, transition) {
        (Published, _) => Err(WorkflowError::Published),
        (Draft | Returned, Submit) => Ok(Submitted),
        (Submitted, Validate) => Ok(Published),
        (Submitted, Return) => Ok(Returned),
        (Draft | Returned, Edit) => Ok(status),
        (status, transition) => Err(WorkflowError::NotFrom { status, transition }),
    }
}

/// The optimistic lock: a form carries the revision it was made from, and a form made from an
/// older one is refused rather than overwriting what someone else saved meanwhile.
pub fn check_revision(from_form: i64, stored: i64) -> Result<(), WorkflowError> {
    if from_form == stored {
        Ok(())
    } else {
        Err(WorkflowError::Stale)
    }
}

/// Why no report may be written on an activity, whoever asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReportRefusal {
    #[error("the activity is cancelled")]
    ActivityCancelled,
    #[error("the plan is closed")]
    PlanClosed,
    /// Another report on the activity is being written (a draft, submitted or returned):
    /// one at a time, so that two never race to set its progress.
    #[error("a report on the activity is already open")]
    OpenReport,
    /// The form's one-time token (or the API's idempotency key) was used for a report of
    /// another author or activity.
    #[error("the form token was used for another report")]
    FormUsed,
}

impl ReportRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            ReportRefusal::ActivityCancelled => "report-refused-cancelled",
            ReportRefusal::PlanClosed => "report-refused-plan-closed",
            ReportRefusal::OpenReport => "report-refused-open",
            ReportRefusal::FormUsed => "report-refused-form-used",
        }
    }
}

/// Whether reports may be written, edited or submitted on an activity: not on a cancelled
/// activity, not in a closed plan.
pub fn can_report(activity_cancelled: bool, plan_status: PlanStatus) -> Result<(), ReportRefusal> {
    if !plan_status.is_open() {
        Err(ReportRefusal::PlanClosed)
    } else if activity_cancelled {
        Err(ReportRefusal::ActivityCancelled)
    } else {
        Ok(())
    }
}

/// Why a move of a report through its workflow is refused: the move itself, or the activity
/// it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefusal {
    #[error(transparent)]
    Workflow(WorkflowError),
    #[error(transparent)]
    Refused(ReportRefusal),
}

impl MoveRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            MoveRefusal::Workflow(e) => e.message_id(),
            MoveRefusal::Refused(r) => r.message_id(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ReportStatus::*;
    use super::Transition::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_happy_path_and_the_return_loop() {
        assert_eq!(next(Draft, Submit), Ok(Submitted));
        assert_eq!(next(Submitted, Validate), Ok(Published));
        assert_eq!(next(Submitted, Return), Ok(Returned));
        assert_eq!(next(Returned, Edit), Ok(Returned));
        assert_eq!(next(Returned, Submit), Ok(Submitted));
        assert_eq!(next(Draft, Edit), Ok(Draft));
    }

    #[test]
    fn submitted_reports_are_not_edited_and_drafts_not_validated() {
        assert_eq!(
            next(Submitted, Edit),
            Err(WorkflowError::NotFrom {
                status: Submitted,
                transition: Edit
            })
        );
        assert_eq!(
            next(Submitted, Submit).unwrap_err().message_id(),
            "report-error-transition"
        );
        for t in [Validate, Return] {
            assert!(matches!(next(Draft, t), Err(WorkflowError::NotFrom { .. })));
            assert!(matches!(
                next(Returned, t),
                Err(WorkflowError::NotFrom { .. })
            ));
        }
    }

    #[test]
    fn a_published_report_is_final() {
        for t in Transition::ALL {
            assert_eq!(next(Published, *t), Err(WorkflowError::Published));
        }
        assert!(!Published.is_editable() && !Submitted.is_editable());
        assert!(Draft.is_editable() && Returned.is_editable());
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_fail() {
        for s in ReportStatus::ALL {
            assert_eq!(ReportStatus::from_code(s.code()), Some(*s));
            assert_eq!(ReportStatus::try_from(s.to_string()), Ok(*s));
        }
        assert_eq!(
            ReportStatus::ALL
                .iter()
                .map(|s| s.code())
                .collect::<Vec<_>>(),
            ["draft", "submitted", "returned", "published"]
        );
        assert!(ReportStatus::try_from("validated").is_err());
        assert_eq!(serde_json::to_string(&Returned).unwrap(), "\"returned\"");
    }

    #[test]
    fn a_stale_form_is_refused() {
        assert_eq!(check_revision(3, 3), Ok(()));
        assert_eq!(check_revision(2, 3), Err(WorkflowError::Stale));
        assert_eq!(WorkflowError::Stale.message_id(), "report-error-stale");
    }

    #[test]
    fn no_report_on_a_cancelled_activity_or_a_closed_plan() {
        assert_eq!(can_report(false, PlanStatus::Implementing), Ok(()));
        assert_eq!(
            can_report(true, PlanStatus::Implementing),
            Err(ReportRefusal::ActivityCancelled)
        );
        assert_eq!(
            can_report(false, PlanStatus::Completed),
            Err(ReportRefusal::PlanClosed)
        );
        assert_eq!(
            can_report(true, PlanStatus::Completed)
                .unwrap_err()
                .message_id(),
            "report-refused-plan-closed"
        );
    }

    fn any_transition() -> impl Strategy<Value = Transition> {
        proptest::sample::select(Transition::ALL)
    }

    fn any_status() -> impl Strategy<Value = ReportStatus> {
        proptest::sample::select(ReportStatus::ALL)
    }

    proptest! {
        #[test]
        fn published_is_never_left(ts in proptest::collection::vec(any_transition(), 0..20)) {
            let mut s = Published;
            for t in ts {
                s = next(s, t).unwrap_or(s);
                prop_assert_eq!(s, Published);
            }
        }

        #[test]
        fn only_validation_publishes_and_only_from_submitted(s in any_status(), t in any_transition()) {
            if let Ok(to) = next(s, t) {
                prop_assert_eq!(to == Published, s == Submitted && t == Validate);
                // Editing never changes the status; anything else does.
                prop_assert_eq!(to == s, t == Edit);
            }
        }
    }
}
