//! The back office's pages: a project leader's activities and the coordinators' queue (the
//! office home), and a progress report with its evidence, its moves and its forms.

use super::{Chrome, Txt};
use crate::forms::FieldView;
use askama::Template;

/// An activity a project leader answers for, as a row of "my activities".
pub struct LeaderLine {
    pub ogp_id: String,
    pub commitment_href: String,
    pub activity: Txt,
    pub due: String,
    pub progress: String,
    /// CSS modifier and words of its state: late, returned, draft, submitted, none.
    pub state: &'static str,
    pub state_label: String,
    pub late: bool,
    pub action_label: String,
    pub action_href: Option<String>,
}

/// A report in a list: the queue, or the account's own reports in progress.
pub struct QueueLine {
    pub submitted: String,
    pub ogp_id: String,
    pub activity: Txt,
    pub figure: String,
    pub author: String,
    pub assistance: bool,
    /// CSS modifier and words of the report's status.
    pub status: &'static str,
    pub status_label: String,
    pub href: String,
}

/// A figure of the office home's summary.
pub struct Count {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "office/home.html")]
pub struct OfficeHome {
    pub c: Chrome,
    pub counts: Vec<Count>,
    pub leader: Vec<LeaderLine>,
    pub queue: Vec<QueueLine>,
    /// The plans the account manages (coordinators, administrators).
    pub plans: Vec<PlanLink>,
    /// The pages of the whole portal the account may use: institutions, the IRM's ratings.
    pub tools: Vec<PlanLink>,
    /// The form that creates a plan, for those who may (administrators, global coordinators).
    pub new_plan_href: Option<String>,
    /// The account's own reports in progress on activities not in `leader`.
    pub mine: Vec<QueueLine>,
    /// False when the account answers for no activity and validates no plan.
    pub has_work: bool,
}

/// A piece of evidence as listed on a report.
pub struct EvidenceLine {
    pub label: String,
    pub href: String,
    /// A link to another site (opened as such), not a stored file.
    pub external: bool,
    /// Type and size of a file.
    pub meta: String,
    pub sha256: String,
    /// The form that removes it, while the report may change.
    pub delete_action: Option<String>,
}

/// One move of the report.
pub struct HistoryLine {
    pub at: String,
    pub iso: String,
    pub what: String,
    pub who: String,
    pub reason: Option<String>,
}

/// A labelled value of the report.
pub struct Fact {
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

/// A labelled text the author wrote, in the language they wrote it in.
pub struct Written {
    pub label: String,
    pub text: String,
    pub lang: String,
}

/// The author's form: texts, figure, save or submit.
pub struct EditForm {
    pub action: String,
    pub revision: i64,
    pub fields: Vec<FieldView>,
}

/// A coordinator's forms on a submitted report.
pub struct ReviewForms {
    pub validate_action: String,
    pub return_action: String,
    pub reason: FieldView,
}

#[derive(Template)]
#[template(path = "office/report.html")]
pub struct ReportPage {
    pub c: Chrome,
    pub csrf: String,
    pub notice: Option<String>,
    /// (field id, message) for the error summary.
    pub errors: Vec<(String, String)>,
    pub error_summary: String,
    pub status: &'static str,
    pub status_label: String,
    pub facts: Vec<Fact>,
    /// The last reason a coordinator gave when returning it, with who and when.
    pub returned: Option<(String, String)>,
    pub written: Vec<Written>,
    pub edit: Option<EditForm>,
    pub evidence: Vec<EvidenceLine>,
    /// Where evidence is added, while the report may change.
    pub evidence_action: Option<String>,
    /// The file field's hint, naming the upload limit.
    pub file_hint: String,
    pub link_field: Option<FieldView>,
    pub review: Option<ReviewForms>,
    pub history: Vec<HistoryLine>,
}

/// An activity in a coordinator's list, with its forms.
pub struct ManagedActivity {
    pub item: super::ActivityItem,
    pub edit_href: String,
    /// A report on it (administrators write reports too); none once cancelled.
    pub report_href: Option<String>,
}

/// A project leader of the commitment.
pub struct LeaderItem {
    pub name: String,
    pub email: String,
    /// "Of the commitment" or "of activity X".
    pub scope: String,
    pub revoke_action: String,
}

#[derive(Template)]
#[template(path = "office/commitment.html")]
pub struct CommitmentOffice {
    pub c: Chrome,
    pub csrf: String,
    pub errors: Vec<(String, String)>,
    pub error_summary: String,
    pub public_href: String,
    pub edit_href: String,
    /// Its indicators in the back office.
    pub indicators_href: String,
    pub new_activity_href: String,
    pub activities: Vec<ManagedActivity>,
    pub leaders: Vec<LeaderItem>,
    pub grant_action: String,
    pub email: FieldView,
    /// What the leader answers for: the whole commitment, or one of its activities.
    pub scope: FieldView,
}

pub struct PlanOfficeItem {
    pub ogp_id: String,
    pub title: super::Txt,
    pub href: String,
    pub edit_href: String,
}

#[derive(Template)]
#[template(path = "office/plan.html")]
pub struct PlanOffice {
    pub c: Chrome,
    pub items: Vec<PlanOfficeItem>,
    /// The plan's status in the reader's language.
    pub status: String,
    pub status_move: Option<super::catalogue::StatusMove>,
    pub actions: Vec<super::catalogue::ActionLink>,
    pub axes: Vec<super::catalogue::ManagedItem>,
    pub new_commitment_href: String,
    pub csrf: String,
}

/// A plan a coordinator manages, on the office home.
pub struct PlanLink {
    pub label: String,
    pub href: String,
}
