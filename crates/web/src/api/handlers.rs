//! API handlers: validate the query, read rows, return DTOs.

use super::dto::*;
use crate::kernel::AppError;
use crate::kernel::Problem;
use crate::kernel::valid_key;
use crate::queries::parse_query as parse_list_query;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use std::collections::HashMap;

type ApiResult<T> = Result<Json<T>, AppError>;
type Q = Result<Query<HashMap<String, String>>, QueryRejection>;

/// page and per_page from the query (defaults 1 and 20; per_page at most 100).
fn paging(q: &HashMap<String, String>) -> Result<(i64, i64), AppError> {
    let num = |k: &str, default: i64, max: i64| -> Result<i64, AppError> {
        match q.get(k).map(|v| v.trim()) {
            None | Some("") => Ok(default),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(AppError::bad_request("error-400-filters")),
            },
        }
    };
    Ok((num("page", 1, 100_000)?, num("per_page", 20, 100)?))
}

fn query(q: Q) -> Result<HashMap<String, String>, AppError> {
    match q {
        Ok(Query(q)) if q.values().all(|v| v.len() <= 200) => Ok(q),
        _ => Err(AppError::bad_request("error-400-filters")),
    }
}

fn pages(total: i64, per_page: i64) -> i64 {
    (total + per_page - 1) / per_page
}

#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    params(("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = PlanPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn plans(State(s): State<AppState>, q: Q) -> ApiResult<PlanPage> {
    let q = query(q)?;
    let (page, per_page) = paging(&q)?;
    let plans = s.db.list_plans().await?;
    let figures = s.db.latest_reported_plan_figures().await?;
    let total = plans.len() as i64;
    let data = plans
        .iter()
        .skip(((page - 1) * per_page) as usize)
        .take(per_page as usize)
        .map(|p| PlanDto::of(p, &figures))
        .collect();
    Ok(Json(PlanPage {
        data,
        page,
        per_page,
        total,
        pages: pages(total, per_page),
    }))
}

async fn plan_row(s: &AppState, number: &str) -> Result<opengov_db::rows::PlanRow, AppError> {
    let n: i64 = number
        .parse()
        .ok()
        .filter(|n| (1..=9999).contains(n))
        .ok_or_else(AppError::not_found)?;
    s.db.plan_by_number(n)
        .await?
        .ok_or_else(AppError::not_found)
}

#[utoipa::path(get, path = "/api/v1/plans/{number}", tag = "plans",
    params(("number" = i64, Path, description = "The plan's number")),
    responses((status = 200, body = PlanDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn plan(State(s): State<AppState>, Path(number): Path<String>) -> ApiResult<PlanDto> {
    let p = plan_row(&s, &number).await?;
    let figures = s.db.reported_figures_of_plan(p.id).await?;
    Ok(Json(PlanDto::of(&p, &figures)))
}

#[utoipa::path(get, path = "/api/v1/plans/{number}/axes", tag = "plans",
    params(("number" = i64, Path)),
    responses((status = 200, body = AxisList), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn plan_axes(
    State(s): State<AppState>,
    Path(number): Path<String>,
) -> ApiResult<AxisList> {
    let p = plan_row(&s, &number).await?;
    let axes = s.db.axes_of_plan(p.id).await?;
    let figures = s.db.reported_figures_of_plan(p.id).await?;
    Ok(Json(AxisList {
        data: axes.iter().map(|a| AxisDto::of(a, &figures)).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/commitments", tag = "commitments",
    params(
        ("plan" = Option<i64>, Query, description = "Plan number"),
        ("axis" = Option<String>, Query, description = "Axis key"),
        ("status" = Option<String>, Query, description = "not_reported, not_started, limited, substantial, complete or delayed"),
        ("institution" = Option<String>, Query, description = "Institution key (lead or responsible for an activity)"),
        ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = CommitmentPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn commitments(State(s): State<AppState>, q: Q) -> ApiResult<CommitmentPage> {
    let q = query(q)?;
    let (page, per_page) = paging(&q)?;
    let mut filter = parse_list_query(&q)?.filter;
    filter.today = opengov_db::today();
    let (rows, total) =
        s.db.commitments_page(&filter, (page - 1) * per_page, per_page)
            .await?;
    Ok(Json(CommitmentPage {
        data: rows.iter().map(Into::into).collect(),
        page,
        per_page,
        total,
        pages: pages(total, per_page),
    }))
}

async fn commitment_row(
    s: &AppState,
    id: &str,
) -> Result<opengov_db::rows::CommitmentRow, AppError> {
    if !valid_key(id) {
        return Err(AppError::not_found());
    }
    s.db.commitment_by_ogp_id(id)
        .await?
        .ok_or_else(AppError::not_found)
}

#[utoipa::path(get, path = "/api/v1/commitments/{ogp_id}", tag = "commitments",
    params(("ogp_id" = String, Path, description = "OGP commitment id, such as MO0025")),
    responses((status = 200, body = CommitmentDetailDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn commitment(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<CommitmentDetailDto> {
    let c = commitment_row(&s, &id).await?;
    let acts = s.db.activities_of_commitment(c.id).await?;
    let figures = s.db.reported_figures_of_commitment(c.id).await?;
    Ok(Json(CommitmentDetailDto::of(&c, &acts, &figures)))
}

#[utoipa::path(get, path = "/api/v1/commitments/{ogp_id}/activities", tag = "commitments",
    params(("ogp_id" = String, Path)),
    responses((status = 200, body = ActivityPage), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn commitment_activities(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<ActivityPage> {
    let c = commitment_row(&s, &id).await?;
    let acts = s.db.activities_of_commitment(c.id).await?;
    let total = acts.len() as i64;
    Ok(Json(ActivityPage {
        data: acts.iter().map(Into::into).collect(),
        page: 1,
        per_page: total.max(1),
        total,
        pages: 1,
    }))
}

#[utoipa::path(get, path = "/api/v1/activities", tag = "commitments",
    params(("commitment" = Option<String>, Query, description = "OGP id"), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = ActivityPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn activities(State(s): State<AppState>, q: Q) -> ApiResult<ActivityPage> {
    let q = query(q)?;
    let (page, per_page) = paging(&q)?;
    let commitment = match q
        .get("commitment")
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
    {
        Some(v) if valid_key(v) => Some(v),
        Some(_) => return Err(AppError::bad_request("error-400-filters")),
        None => None,
    };
    let (rows, total) =
        s.db.activities_page(commitment, (page - 1) * per_page, per_page)
            .await?;
    Ok(Json(ActivityPage {
        data: rows.iter().map(Into::into).collect(),
        page,
        per_page,
        total,
        pages: pages(total, per_page),
    }))
}

#[utoipa::path(get, path = "/api/v1/institutions", tag = "institutions",
    params(("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = InstitutionPage), (status = 400, body = Problem, content_type = "application/problem+json")))]
pub async fn institutions(State(s): State<AppState>, q: Q) -> ApiResult<InstitutionPage> {
    let q = query(q)?;
    let (page, per_page) = paging(&q)?;
    let rows = s.db.institutions().await?;
    let total = rows.len() as i64;
    let data = rows
        .iter()
        .skip(((page - 1) * per_page) as usize)
        .take(per_page as usize)
        .map(Into::into)
        .collect();
    Ok(Json(InstitutionPage {
        data,
        page,
        per_page,
        total,
        pages: pages(total, per_page),
    }))
}

#[utoipa::path(get, path = "/api/v1/institutions/{key}", tag = "institutions",
    params(("key" = String, Path)),
    responses((status = 200, body = InstitutionDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn institution(
    State(s): State<AppState>,
    Path(key): Path<String>,
) -> ApiResult<InstitutionDto> {
    if !valid_key(&key) {
        return Err(AppError::not_found());
    }
    let i =
        s.db.institution_by_key(&key)
            .await?
            .ok_or_else(AppError::not_found)?;
    Ok(Json((&i).into()))
}

pub async fn unknown() -> AppError {
    AppError::not_found()
}
