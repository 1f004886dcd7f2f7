//! The rules of progress reporting (docs/co-implementation.md): the report workflow, the
//! checks of a report form, evidence links and files, late activities and reminders.
//!
//! Every refusal carries a message id (`message_id()`), never rendered text.

pub mod classify;
pub mod evidence;
pub mod file_name;
pub mod input;
pub mod late;
pub mod link;
mod office;
pub mod reminder;
pub mod workflow;

pub use classify::classify;
pub use evidence::{EvidenceType, FileRefusal};
pub use file_name::{clean_file_name, stored_file_name};
pub use input::{
    CheckedReport, ReportError, ReportField, ReportInput, check_report, check_return_reason,
};
pub use late::is_late;
pub use link::{LinkError, check_link};
pub use reminder::{ReminderFacts, ReminderKind, needs_reminder, reminder_kind, reminder_period};
pub use workflow::{
    MoveRefusal, ReportRefusal, ReportStatus, Transition, WorkflowError, can_report,
    check_revision, next,
};
