//! The read-only JSON API, `/api/v1/...`, described by an OpenAPI document at
//! `/api/openapi.json`. Lists are paginated; errors are RFC 9457 problem details, in the
//! language of `Accept-Language`.

mod dto;
mod handlers;
mod problem;

pub use dto::*;
pub use problem::Problem;

use crate::state::AppState;
use axum::Json;
use axum::Router;
use axum::routing::get;
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
        ReportedFigureDto, InstitutionRef, PlanPage, CommitmentPage, ActivityPage, InstitutionPage, AxisList, Problem
    )),
    tags((name = "plans"), (name = "commitments"), (name = "institutions"))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/plans", get(handlers::plans))
        .route("/api/v1/plans/{number}", get(handlers::plan))
        .route("/api/v1/plans/{number}/axes", get(handlers::plan_axes))
        .route("/api/v1/commitments", get(handlers::commitments))
        .route("/api/v1/commitments/{ogp_id}", get(handlers::commitment))
        .route(
            "/api/v1/commitments/{ogp_id}/activities",
            get(handlers::commitment_activities),
        )
        .route("/api/v1/activities", get(handlers::activities))
        .route("/api/v1/institutions", get(handlers::institutions))
        .route("/api/v1/institutions/{key}", get(handlers::institution))
        .route("/api/{*rest}", get(handlers::unknown))
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
