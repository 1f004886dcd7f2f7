//! What the back office's guards load and ask the policy about: an activity to report on, and a
//! report to read, write, or validate.

use crate::kernel::prelude::*;
use crate::kernel::{ActivityKey, ObjectPermit, ReportId};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use opengov_core::auth::policy::{Action, ActivityRef, PlanRef};
use opengov_db::rows::{PlaceRow, ReportRow};

/// The policy's view of where an activity sits.
pub fn activity_ref(p: &PlaceRow) -> ActivityRef {
    p.activity_ref()
}

pub fn plan_ref(p: &PlaceRow) -> PlanRef {
    p.plan_ref()
}

/// Writing a new report on the activity of `{activity}`: its project leaders (and
/// administrators), while the plan is open.
pub struct ReportOnActivity;

impl ObjectPermit for ReportOnActivity {
    type Object = PlaceRow;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlaceRow, AppError> {
        let ActivityKey(key) = ActivityKey::from_request_parts(parts, s).await?;
        s.db.activity_place(&key)
            .await?
            .ok_or_else(AppError::not_found)
    }

    fn action(p: &PlaceRow) -> Action {
        Action::ReportOn(activity_ref(p))
    }

    fn refusal(p: &PlaceRow) -> Option<AppError> {
        state_refusal(p)
    }
}

/// A closed plan or a cancelled activity takes no report, whoever asks.
fn state_refusal(p: &PlaceRow) -> Option<AppError> {
    opengov_core::reporting::can_report(p.cancelled, p.plan_status)
        .err()
        .map(|r| AppError::new(StatusCode::CONFLICT, r.message_id()))
}

/// A report with where its activity sits.
pub struct PlacedReport {
    pub report: ReportRow,
    pub place: PlaceRow,
}

async fn placed_report(parts: &mut Parts, s: &AppState) -> Result<PlacedReport, AppError> {
    let ReportId(id) = ReportId::from_request_parts(parts, s).await?;
    let report = s.db.report(id).await?.ok_or_else(AppError::not_found)?;
    let place =
        s.db.activity_place_by_id(report.activity_id)
            .await?
            .ok_or_else(AppError::not_found)?;
    Ok(PlacedReport { report, place })
}

/// Reading the report of `{report}`: anyone once published; before, its author, the leaders of
/// its activity, the coordinators of its plan and administrators.
pub struct ReadReport;

impl ObjectPermit for ReadReport {
    type Object = PlacedReport;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlacedReport, AppError> {
        placed_report(parts, s).await
    }

    fn action(o: &PlacedReport) -> Action {
        o.place.see_report(&o.report)
    }
}

/// Editing or submitting the report of `{report}` (and its evidence): the leaders of its
/// activity and administrators, while the plan is open.
pub struct WriteReport;

impl ObjectPermit for WriteReport {
    type Object = PlacedReport;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlacedReport, AppError> {
        placed_report(parts, s).await
    }

    fn action(o: &PlacedReport) -> Action {
        Action::ReportOn(activity_ref(&o.place))
    }

    fn refusal(o: &PlacedReport) -> Option<AppError> {
        state_refusal(&o.place)
    }
}

/// Validating or returning the report of `{report}`: the coordinators of its plan and
/// administrators, while the plan is open.
pub struct ValidateReport;

impl ObjectPermit for ValidateReport {
    type Object = PlacedReport;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlacedReport, AppError> {
        placed_report(parts, s).await
    }

    fn action(o: &PlacedReport) -> Action {
        Action::Validate(plan_ref(&o.place))
    }

    fn refusal(o: &PlacedReport) -> Option<AppError> {
        (!o.place.plan_status.is_open()).then(|| {
            AppError::new(
                StatusCode::CONFLICT,
                opengov_core::reporting::ReportRefusal::PlanClosed.message_id(),
            )
        })
    }
}

/// A closed plan is read-only, whoever asks.
fn plan_closed(status: opengov_core::kinds::PlanStatus) -> Option<AppError> {
    (!status.is_open()).then(|| AppError::new(StatusCode::CONFLICT, "office-refused-plan-closed"))
}

/// A commitment with the status of its plan.
pub struct ManagedCommitment {
    pub commitment: opengov_db::rows::CommitmentRow,
    pub plan: PlanRef,
}

/// Managing the commitment of `{ogp_id}` (its activities, its project leaders): the
/// coordinators of its plan and administrators, while the plan is open.
pub struct ManageCommitment;

impl ObjectPermit for ManageCommitment {
    type Object = ManagedCommitment;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<ManagedCommitment, AppError> {
        let crate::kernel::OgpId(ogp_id) =
            crate::kernel::OgpId::from_request_parts(parts, s).await?;
        let commitment =
            s.db.commitment_by_ogp_id(&ogp_id)
                .await?
                .ok_or_else(AppError::not_found)?;
        let plan =
            s.db.plan_by_number(commitment.plan_number)
                .await?
                .ok_or_else(AppError::not_found)?;
        Ok(ManagedCommitment {
            plan: PlanRef {
                id: plan.id,
                status: plan.status,
            },
            commitment,
        })
    }

    fn action(o: &ManagedCommitment) -> Action {
        Action::ManagePlan(o.plan)
    }

    fn refusal(o: &ManagedCommitment) -> Option<AppError> {
        plan_closed(o.plan.status)
    }
}

/// Managing the activity of `{activity}` (edit, cancel): the coordinators of its plan and
/// administrators, while the plan is open.
pub struct ManageActivity;

impl ObjectPermit for ManageActivity {
    type Object = PlaceRow;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlaceRow, AppError> {
        ReportOnActivity::load(parts, s).await
    }

    fn action(p: &PlaceRow) -> Action {
        Action::ManagePlan(plan_ref(p))
    }

    fn refusal(p: &PlaceRow) -> Option<AppError> {
        plan_closed(p.plan_status)
    }
}

/// Managing the plan of `{number}` in the back office: the coordinators of the plan and
/// administrators, while the plan is open.
pub struct ManagePlanOffice;

impl ObjectPermit for ManagePlanOffice {
    type Object = opengov_db::rows::PlanRow;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<opengov_db::rows::PlanRow, AppError> {
        let crate::kernel::PlanNumber(number) =
            crate::kernel::PlanNumber::from_request_parts(parts, s).await?;
        s.db.plan_by_number(number)
            .await?
            .ok_or_else(AppError::not_found)
    }

    fn action(p: &opengov_db::rows::PlanRow) -> Action {
        Action::ManagePlan(PlanRef {
            id: p.id,
            status: p.status,
        })
    }

    fn refusal(p: &opengov_db::rows::PlanRow) -> Option<AppError> {
        plan_closed(p.status)
    }
}

/// Editing or merging the institution of `{key}`: administrators and coordinators with the
/// global scope.
pub struct EditInstitution;

impl ObjectPermit for EditInstitution {
    type Object = opengov_db::rows::InstitutionRow;

    async fn load(
        parts: &mut Parts,
        s: &AppState,
    ) -> Result<opengov_db::rows::InstitutionRow, AppError> {
        let crate::kernel::InstitutionKey(key) =
            crate::kernel::InstitutionKey::from_request_parts(parts, s).await?;
        s.db.institution_by_key(&key)
            .await?
            .ok_or_else(AppError::not_found)
    }

    fn action(_: &opengov_db::rows::InstitutionRow) -> Action {
        Action::ManageInstitutions
    }
}

/// A plan's axis (`{number}` and `{axis}`, an axis of that plan).
pub struct PlanAxis {
    pub plan: opengov_db::rows::PlanRow,
    pub axis: opengov_db::rows::AxisRow,
}

/// Editing the axis `{axis}` of the plan `{number}`: the coordinators of the plan and
/// administrators, while the plan is open.
pub struct ManageAxis;

impl ObjectPermit for ManageAxis {
    type Object = PlanAxis;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<PlanAxis, AppError> {
        let plan = ManagePlanOffice::load(parts, s).await?;
        let crate::kernel::AxisKey(key) =
            crate::kernel::AxisKey::from_request_parts(parts, s).await?;
        let axis =
            s.db.axes_of_plan(plan.id)
                .await?
                .into_iter()
                .find(|a| a.key == key)
                .ok_or_else(AppError::not_found)?;
        Ok(PlanAxis { plan, axis })
    }

    fn action(o: &PlanAxis) -> Action {
        ManagePlanOffice::action(&o.plan)
    }

    fn refusal(o: &PlanAxis) -> Option<AppError> {
        plan_closed(o.plan.status)
    }
}
