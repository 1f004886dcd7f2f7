//! The read-only JSON API, `/api/v1/...`, described by an OpenAPI document at
//! `/api/openapi.json`. Lists are paginated; errors are RFC 9457 problem details, in the
//! language of `Accept-Language`.

mod dto;
mod handlers;
mod params;

pub use crate::kernel::Problem;
pub use dto::*;

use crate::kernel::{Access, Routes};
use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "opengov public API",
        description = "Read-only open data of the Open Government portal: action plans, axes, commitments, activities and institutions. Figures follow the progress rule published on each plan page; officially reported figures are given apart, with their sources.",
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
    ),
    components(schemas(
        PlanDto, AxisDto, CommitmentDto, CommitmentDetailDto, ActivityDto, InstitutionDto,
        ReportedFigureDto, InstitutionRef, LaterNameDto, PlanPage, CommitmentPage, ActivityPage, InstitutionPage, AxisList, Problem
    )),
    tags((name = "plans"), (name = "commitments"), (name = "institutions"))
)]
pub struct ApiDoc;

/// The API's routes, all public.
pub fn routes() -> Routes {
    use Access::Public;
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
        .get("/api/{*rest}", Public, handlers::unknown)
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
