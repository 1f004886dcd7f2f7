//! The JSON API, `/api/v1/...`, described by an OpenAPI document at `/api/openapi.json`: the
//! open data, read-only and public, and the reporting API, for the personal tokens of project
//! leaders and coordinators (`Authorization: Bearer`). Lists are paginated; errors are RFC 9457
//! problem details, in the language of `Accept-Language`.

mod bearer;
mod dto;
mod handlers;
mod params;
mod report_body;
mod reports;

pub use crate::kernel::{FieldProblem, Problem};
pub use dto::*;
pub use report_body::{
    EditReportRequest, EmptyRequest, EvidenceDto, LinkParam, LinkRequest, MoveDto,
    NewReportRequest, ReportDto, ReturnRequest, SubmitRequest,
};

use crate::kernel::{Access, Routes};
use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "opengov public API",
        description = "Open data of the Open Government portal, read-only and public: action plans, axes, commitments, activities and institutions. Figures follow the progress rule published on each plan page; officially reported figures are given apart, with their sources.\n\nThe reporting API (tag `reports`) lets an administration's system file progress reports without a person typing them: with a personal token that a project leader or a coordinator creates on their account page (`/{lang}/account/tokens`), sent as `Authorization: Bearer og_...`. A token acts as its owner, with the roles the owner holds when it is used, and applies the same checks and the same workflow as the back office's forms (draft, submit, return with a reason, validate).",
        license(name = "Open data; code AGPL-3.0-or-later")
    ),
    paths(
        handlers::plans,
        handlers::plan,
        handlers::plan_axes,
        handlers::commitments,
        handlers::commitment,
        handlers::commitment_activities,
        handlers::activities,
        handlers::institutions,
        handlers::institution,
        reports::create,
        reports::show,
        reports::edit,
        reports::add_link,
        reports::submit,
        reports::validate,
        reports::send_back,
    ),
    components(schemas(
        PlanDto, AxisDto, CommitmentDto, CommitmentDetailDto, ActivityDto, InstitutionDto,
        ReportedFigureDto, InstitutionRef, LaterNameDto, PlanPage, CommitmentPage, ActivityPage, InstitutionPage, AxisList, Problem,
        FieldProblem, NewReportRequest, EditReportRequest, SubmitRequest, ReturnRequest, LinkRequest, LinkParam, EmptyRequest,
        ReportDto, EvidenceDto, MoveDto
    )),
    modifiers(&BearerScheme),
    tags((name = "plans"), (name = "commitments"), (name = "institutions"),
        (name = "reports", description = "Progress reports, with a personal API token"))
)]
pub struct ApiDoc;

/// The `bearer` security scheme of the reporting API.
struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("og_ followed by 43 characters")
            .description(Some(
                "A personal API token, created on the account page of a project leader or a coordinator. It is shown once; the portal keeps only its SHA-256.",
            ))
            .build();
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The API's routes: the open data's, public; the reporting API's, for a token's owner.
pub fn routes() -> Routes {
    use Access::{Public, ReadReport, ReportOnActivity, ValidateReport, WriteReport};
    Routes::new()
        .get("/api/openapi.json", Public, openapi)
        .get("/api/v1/plans", Public, handlers::plans)
        .get("/api/v1/plans/{number}", Public, handlers::plan)
        .get("/api/v1/plans/{number}/axes", Public, handlers::plan_axes)
        .get("/api/v1/commitments", Public, handlers::commitments)
        .get("/api/v1/commitments/{ogp_id}", Public, handlers::commitment)
        .get(
            "/api/v1/commitments/{ogp_id}/activities",
            Public,
            handlers::commitment_activities,
        )
        .get("/api/v1/activities", Public, handlers::activities)
        .get("/api/v1/institutions", Public, handlers::institutions)
        .get("/api/v1/institutions/{key}", Public, handlers::institution)
        .post("/api/v1/reports", ReportOnActivity, reports::create)
        .get("/api/v1/reports/{report}", ReadReport, reports::show)
        .put("/api/v1/reports/{report}", WriteReport, reports::edit)
        .post(
            "/api/v1/reports/{report}/links",
            WriteReport,
            reports::add_link,
        )
        .post(
            "/api/v1/reports/{report}/submit",
            WriteReport,
            reports::submit,
        )
        .post(
            "/api/v1/reports/{report}/validate",
            ValidateReport,
            reports::validate,
        )
        .post(
            "/api/v1/reports/{report}/return",
            ValidateReport,
            reports::send_back,
        )
        .get("/api/{*rest}", Public, handlers::unknown)
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
