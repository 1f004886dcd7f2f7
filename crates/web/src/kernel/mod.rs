//! The web kernel: what every handler uses and no handler owns. A handler reads like a
//! sentence: extract (typed path ids, the page language, a checked form), guard (an extractor
//! that asks the policy), call the storage or a rule, render (the page builders). Errors flow
//! with `?` into [`AppError`], rendered in the request's language. See docs/architecture.md.

mod audit;
mod csv_form;
mod error;
mod form;
mod guard;
mod page;
mod params;
pub mod prelude;
mod problem;
mod public;
mod respond;
pub mod routing;

pub use audit::audit;
pub use csv_form::CsvForm;
pub use error::{AppError, ErrorContext, error_page, error_page_text};
pub use form::{CheckedForm, OwnForm, field, language_options, reauthenticate};
pub use guard::{
    Admin, Allowed, AllowedOn, CreatePlans, ImportIrmRatings, ManageInstitutions,
    ManageNationalIndicators, ManageOwnTokens, ManageUsers, ObjectPermit, Permit, ViewAuditLog,
    ViewUsers, VisibleOn, enrol_redirect, must_enrol, must_enrol_account,
};
pub use page::{FormPageBuilder, Frame, form_page, frame, token_page};
pub use params::{
    ActivityKey, AxisKey, EvidenceId, IndicatorId, IndicatorValueId, InstitutionKey, MailFile,
    OgpId, PageLang, PlanNumber, ReportId, RoleId, TokenId, UserId, valid_key,
};
pub use problem::{FieldProblem, Problem, api_lang};
pub(crate) use public::{cached, encoded, illustrative, today};
pub use respond::{html, render, see_other, url_encode};
pub use routing::{Access, RouteDecl, Routes};
