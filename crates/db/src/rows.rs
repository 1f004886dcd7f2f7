//! Read models returned by the repository functions. Translatable columns are kept as their
//! stored JSON and opened with [`LocalizedText::from_json`] by the accessor methods. Coded
//! columns (statuses, kinds, roles, scopes, stages) are read into their enums (their sqlx
//! mapping is in opengov-core): a stored code that names no value fails the read.

use crate::backend::lite::read_by_name;
use opengov_core::assessment::{
    Ambition, Assessment, EarlyResults, IrmCompletion, OgpValues, PolicyAreas, PotentialForResults,
    PotentialImpact, YesNo,
};
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::kinds::OptCode;
use opengov_core::kinds::{
    ChangeKind, CommitmentType, FigureScope, InstitutionKind, PlanStatus, SessionStage,
    TitleWording, UserStatus,
};
use opengov_core::reporting::ReportStatus;
use opengov_core::{LocalizedText, Progress};
use serde::Serialize;

mod catalogue;
mod indicators;
mod irm;
mod office;
mod reminders;
mod tokens;
pub use catalogue::*;
pub use indicators::*;
pub use irm::*;
pub use office::*;
pub use reminders::*;
mod evidence;
pub use evidence::*;
pub use tokens::*;

fn lt(s: &str) -> LocalizedText {
    LocalizedText::from_json(s)
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct PlanRow {
        pub id: i64,
        pub key: String,
        pub number: i64,
        pub title: String,
        pub start_date: Option<String>,
        pub end_date: Option<String>,
        pub status: PlanStatus,
        pub declared_commitments: Option<i64>,
        pub ogp_listed_commitments: Option<i64>,
        pub declared_axes: Option<i64>,
        pub sources: String,
        pub notes: String,
        pub recorded_commitments: i64,
        pub recorded_parliament_commitments: i64,
        /// Government commitments with a computed figure (the plan's figure comes from them).
        pub reported_commitments: i64,
        /// Parliament's commitments with a computed figure.
        pub reported_parliament_commitments: i64,
        pub figure: Option<i64>,
        pub pending_end: Option<String>,
        pub reported_completion: Option<i64>,
        pub parliament_figure: Option<i64>,
        pub updated_at: i64,
    }
}

impl PlanRow {
    pub fn title(&self) -> LocalizedText {
        lt(&self.title)
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct AxisRow {
        pub id: i64,
        pub key: String,
        pub plan_id: i64,
        pub plan_key: String,
        pub position: Option<i64>,
        pub title: String,
        pub title_unofficial: String,
        pub declared_commitments: Option<i64>,
        pub position_basis: String,
        pub sources: String,
        pub notes: String,
        pub recorded_commitments: i64,
        /// Its commitments with a computed figure (the axis's figure comes from them).
        pub reported_commitments: i64,
        pub figure: Option<i64>,
        pub pending_end: Option<String>,
    }
}

impl AxisRow {
    pub fn title(&self) -> LocalizedText {
        lt(&self.title)
    }
    pub fn title_unofficial(&self) -> LocalizedText {
        lt(&self.title_unofficial)
    }
}

read_by_name! {
    /// A commitment as lists show it.
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct CommitmentSummary {
        pub id: i64,
        pub ogp_id: String,
        pub plan_number: i64,
        pub plan_key: String,
        pub axis_key: Option<String>,
        pub axis_title: Option<String>,
        pub axis_title_unofficial: Option<String>,
        pub position: Option<i64>,
        pub commitment_type: CommitmentType,
        pub title: String,
        pub title_unofficial: String,
        pub title_irm: String,
        pub lead_institution_key: Option<String>,
        pub lead_institution_title: Option<String>,
        pub lead_institution_unofficial: Option<String>,
        pub start_date: Option<String>,
        pub end_date: Option<String>,
        pub activities_count: i64,
        pub figure: Option<i64>,
        pub pending_end: Option<String>,
        /// The commitment's weight in its axis's and plan's figures.
        pub weight: i64,
    }
}

impl CommitmentSummary {
    pub fn title(&self) -> LocalizedText {
        lt(&self.title)
    }
    pub fn title_irm(&self) -> LocalizedText {
        lt(&self.title_irm)
    }
}

read_by_name! {
    /// A commitment with every template field.
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct CommitmentRow {
        pub id: i64,
        pub ogp_id: String,
        pub plan_id: i64,
        pub plan_number: i64,
        pub plan_key: String,
        pub plan_title: String,
        pub axis_key: Option<String>,
        pub axis_title: Option<String>,
        pub axis_title_unofficial: Option<String>,
        pub position: Option<i64>,
        pub position_inferred: Option<i64>,
        pub position_basis: String,
        pub axis_basis: String,
        pub commitment_type: CommitmentType,
        pub title: String,
        pub title_unofficial: String,
        pub title_sources: String,
        pub title_ogp: String,
        pub title_long: String,
        pub title_irm: String,
        pub problem: String,
        pub description: String,
        pub how_it_helps: String,
        pub ogp_values: OgpValues,
        pub lead_institution_key: Option<String>,
        pub lead_institution_title: Option<String>,
        pub lead_institution_unofficial: Option<String>,
        pub lead_institution_name: String,
        pub ogp_lead_institution_field: String,
        pub support_institutions: String,
        pub contact: String,
        pub start_date: Option<String>,
        pub end_date: Option<String>,
        pub policy_areas: PolicyAreas,
        pub ogp_verifiable: OptCode<YesNo>,
        pub ogp_relevant: OptCode<YesNo>,
        pub ogp_ambition: OptCode<Ambition>,
        pub irm_potential_impact: OptCode<PotentialImpact>,
        pub irm_completion: OptCode<IrmCompletion>,
        pub irm_starred: OptCode<YesNo>,
        pub irm_early_results: OptCode<EarlyResults>,
        pub irm_potential_for_results: OptCode<PotentialForResults>,
        pub builds_on: String,
        pub sources: String,
        pub notes: String,
        pub weight: i64,
        pub activities_count: i64,
        pub figure: Option<i64>,
        pub pending_end: Option<String>,
        pub updated_at: i64,
    }
}

impl CommitmentRow {
    pub fn text(json: &str) -> LocalizedText {
        lt(json)
    }

    /// OGP's and the IRM's assessment fields together.
    pub fn assessment(&self) -> Assessment {
        Assessment {
            verifiable: self.ogp_verifiable,
            relevant: self.ogp_relevant,
            ambition: self.ogp_ambition,
            potential_impact: self.irm_potential_impact,
            completion: self.irm_completion,
            starred: self.irm_starred,
            early_results: self.irm_early_results,
            potential_for_results: self.irm_potential_for_results,
        }
    }

    /// Whose wording each official title is, by language (codes the import checked; an
    /// unreadable entry is left out).
    pub fn title_sources(
        &self,
    ) -> std::collections::BTreeMap<opengov_core::Lang, opengov_core::kinds::TitleSource> {
        serde_json::from_str::<std::collections::BTreeMap<String, String>>(&self.title_sources)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(l, s)| {
                Some((
                    opengov_core::Lang::from_code(&l)?,
                    opengov_core::kinds::TitleSource::from_code(&s)?,
                ))
            })
            .collect()
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct ActivityRow {
        pub id: i64,
        pub key: String,
        pub commitment_ogp_id: String,
        pub commitment_title: String,
        pub position: i64,
        pub title: String,
        pub expected_output: String,
        pub start_date: Option<String>,
        pub end_date: Option<String>,
        pub responsible_key: Option<String>,
        pub responsible_title: Option<String>,
        pub responsible_unofficial: Option<String>,
        pub weight: i64,
        /// A percent, or not reported.
        pub progress: Progress,
        /// The sources of an imported figure (`;`-separated), while no published report has
        /// replaced it; empty otherwise.
        pub progress_source: String,
        /// The date of an imported figure, as the source gives it.
        pub progress_as_of: Option<String>,
        /// The status a source states, as written (see `opengov_core::stated`).
        pub stated_status: String,
        pub title_wording: TitleWording,
        pub cancelled: bool,
        pub sources: String,
        pub updated_at: i64,
    }
}

impl ActivityRow {
    pub fn title(&self) -> LocalizedText {
        lt(&self.title)
    }
    pub fn expected_output(&self) -> LocalizedText {
        lt(&self.expected_output)
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct InstitutionRow {
        pub id: i64,
        pub key: String,
        pub kind: InstitutionKind,
        pub name: String,
        pub name_unofficial: String,
        pub name_variants: String,
        pub name_valid_from: Option<String>,
        pub name_valid_until: Option<String>,
        pub later_names: String,
        pub lineage: String,
        pub sources: String,
        pub notes: String,
        pub commitments_count: i64,
        pub activities_count: i64,
    }
}

impl InstitutionRow {
    pub fn name(&self) -> LocalizedText {
        lt(&self.name)
    }
    pub fn name_unofficial(&self) -> LocalizedText {
        lt(&self.name_unofficial)
    }
    /// Its later names (stored JSON; unreadable gives none).
    pub fn later_names(&self) -> Vec<crate::dataset::LaterName> {
        serde_json::from_str(&self.later_names).unwrap_or_default()
    }
}

read_by_name! {
    /// A supporting institution of a commitment, in the order of the sources.
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct SupporterRow {
        pub commitment_ogp_id: String,
        pub key: String,
        pub name: String,
        pub name_unofficial: String,
        pub position: i64,
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct ReportedFigureRow {
        pub plan_key: String,
        pub scope: FigureScope,
        pub reference: String,
        pub as_of: Option<String>,
        pub percent: i64,
        pub sources: String,
        pub notes: String,
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct DocumentRow {
        pub plan_key: Option<String>,
        pub doc_type: String,
        pub title: String,
        pub language: String,
        pub url: String,
        pub notes: String,
    }
}

read_by_name! {
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct ChangeRow {
        pub at: i64,
        pub kind: ChangeKind,
        pub plan_number: Option<i64>,
        pub commitment_ogp_id: Option<String>,
        pub subject: String,
    }
}

/// Filters of the commitments list. Values are already validated by the caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentFilter {
    pub plan: Option<i64>,
    pub axis: Option<String>,
    pub status: Option<StatusFilter>,
    pub institution: Option<String>,
    /// `YYYY-MM-DD`: the day "delayed" is judged on.
    pub today: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    NotReported,
    NotStarted,
    Limited,
    Substantial,
    Complete,
    Delayed,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 6] = [
        StatusFilter::NotReported,
        StatusFilter::NotStarted,
        StatusFilter::Limited,
        StatusFilter::Substantial,
        StatusFilter::Complete,
        StatusFilter::Delayed,
    ];
    pub fn code(self) -> &'static str {
        match self {
            StatusFilter::NotReported => "not_reported",
            StatusFilter::NotStarted => "not_started",
            StatusFilter::Limited => "limited",
            StatusFilter::Substantial => "substantial",
            StatusFilter::Complete => "complete",
            StatusFilter::Delayed => "delayed",
        }
    }
    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == s)
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct UserRow {
    pub id: i64,
    pub email: Option<String>,
    pub display_name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub language: String,
    pub email_verified_at: Option<i64>,
    pub pending_email: Option<String>,
    pub terms_accepted_at: i64,
    #[serde(skip)]
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<i64>,
    pub banned_at: Option<i64>,
    pub ban_reason: String,
    pub deleted_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct RoleRow {
    pub id: i64,
    pub user_id: i64,
    pub role: Role,
    pub scope_kind: ScopeKind,
    pub scope_id: i64,
    pub granted_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct SessionRow {
    #[serde(skip)]
    pub id: String,
    pub user_id: i64,
    pub stage: SessionStage,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub ip: String,
    pub user_agent: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub target_user_id: Option<i64>,
    pub target_name: Option<String>,
    pub ip: String,
    pub detail: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
}

/// Filters of the admin users list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Part of the e-mail address or display name.
    pub search: Option<String>,
    pub role: Option<Role>,
    pub status: Option<UserStatus>,
}

/// One change to a user, applied by `Db::update_user`.
#[derive(Debug, Clone)]
pub enum UserChange {
    EmailVerified,
    Password(String),
    Language(String),
    DisplayName(String),
    PendingEmail(Option<String>),
    /// Confirmed new address (refused when another account has it).
    Email(String),
    TotpSecret(Option<String>),
    TotpEnabled,
    Banned(String),
    Unbanned,
}

/// The outcome of a change that must leave an administrator able to act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guarded<T> {
    Done(T),
    /// Refused: it would leave no administrator.
    LastAdmin,
    /// No such user or role.
    NotFound,
}

/// A progress report on an activity (see docs/co-implementation.md).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ReportRow {
    pub id: i64,
    pub activity_id: i64,
    /// `None` once the author's account is deleted.
    pub author_id: Option<i64>,
    pub status: ReportStatus,
    pub progress: i64,
    pub done: String,
    pub difficulties: String,
    /// Empty when no assistance is asked for.
    pub assistance: String,
    /// The language the report was written in.
    pub lang: String,
    /// Raised by every edit: a form made from an older revision is refused.
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
    pub published_at: Option<i64>,
}

/// What a report's author writes (checked by `opengov_core::reporting::check_report`).
#[derive(Debug, Clone)]
pub struct ReportText {
    pub progress: u8,
    pub done: String,
    pub difficulties: String,
    pub assistance: String,
    pub lang: String,
}

impl ReportText {
    /// The texts of a report form that passed `check_report`, written in `lang`.
    pub fn checked(
        r: opengov_core::reporting::CheckedReport,
        lang: opengov_core::Lang,
    ) -> ReportText {
        ReportText {
            progress: r.progress,
            done: r.done,
            difficulties: r.difficulties,
            assistance: r.assistance,
            lang: lang.code().to_string(),
        }
    }
}

/// One move of a report through its workflow: who, when, in which role, and why.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct TransitionRow {
    pub report_id: i64,
    pub from_status: ReportStatus,
    pub to_status: ReportStatus,
    pub user_id: Option<i64>,
    pub role: String,
    pub reason: String,
    pub at: i64,
}

/// Who moves a report, and the role that lets them (kept with the move).
#[derive(Debug, Clone, Copy)]
pub struct Mover<'a> {
    pub user_id: i64,
    pub role: &'a str,
}

/// A piece of evidence of a report: a link, or a stored file.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct EvidenceRow {
    pub id: i64,
    pub report_id: i64,
    /// `link` or `file`.
    pub kind: String,
    pub url: String,
    pub storage_key: String,
    pub file_name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: i64,
}

/// What happened, for notifications and feeds (the contract of docs/co-implementation.md).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct EventRow {
    pub id: i64,
    pub at: i64,
    pub kind: String,
    pub item_kind: String,
    pub item_id: i64,
    pub plan_id: Option<i64>,
    pub commitment_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub visibility: String,
    pub payload: String,
}
