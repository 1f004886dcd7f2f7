//! API handlers: validate the query, read rows, return DTOs.
//!
//! Each operation's description lists every status it can answer: 200 (or 304 when
//! `If-None-Match` names the current ETag), 400 for a query outside the described bounds, 404
//! for an unknown id, 408 when the answer takes longer than the request timeout, 500 on a
//! server error.

use super::dto::*;
use super::params::{
    ACTIVITY_FILTERS, ActivityFilters, COMMITMENT_FILTERS, CommitmentFilters, PAGING, Paging,
    RawQuery, paging, read,
};
use crate::kernel::AppError;
use crate::kernel::Problem;
use crate::kernel::valid_key;
use crate::queries::parse_query as parse_list_query;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};

type ApiResult<T> = Result<Json<T>, AppError>;

fn pages(total: i64, per_page: i64) -> i64 {
    (total + per_page - 1) / per_page
}

#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    params(Paging, ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "A page of the list", body = PlanPage, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 400, description = "A query parameter is outside its described bounds, or given twice", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn plans(State(s): State<AppState>, q: RawQuery) -> ApiResult<PlanPage> {
    let (page, per_page) = paging(&read(q, &[&PAGING])?);
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
    params(("number" = i64, Path, minimum = 1, maximum = 9999, description = "The plan's number"), ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "The plan", body = PlanDto, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 404, description = "No such plan", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn plan(State(s): State<AppState>, Path(number): Path<String>) -> ApiResult<PlanDto> {
    let p = plan_row(&s, &number).await?;
    let figures = s.db.reported_figures_of_plan(p.id).await?;
    Ok(Json(PlanDto::of(&p, &figures)))
}

#[utoipa::path(get, path = "/api/v1/plans/{number}/axes", tag = "plans",
    params(("number" = i64, Path, minimum = 1, maximum = 9999, description = "The plan's number"), ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "The plan's axes", body = AxisList, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 404, description = "No such plan", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
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
    params(CommitmentFilters, Paging, ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "A page of the list", body = CommitmentPage, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 400, description = "A query parameter is outside its described bounds, or given twice", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn commitments(State(s): State<AppState>, q: RawQuery) -> ApiResult<CommitmentPage> {
    let q = read(q, &[&PAGING, &COMMITMENT_FILTERS])?;
    let (page, per_page) = paging(&q);
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
    params(("ogp_id" = String, Path, pattern = r"^[A-Za-z0-9_-]{1,120}$", max_length = 120, description = "OGP commitment id, such as MO0025"), ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "The commitment", body = CommitmentDetailDto, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 404, description = "No such commitment", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn commitment(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<CommitmentDetailDto> {
    let c = commitment_row(&s, &id).await?;
    let acts = s.db.activities_of_commitment(c.id).await?;
    let figures = s.db.reported_figures_of_commitment(c.id).await?;
    let supporters = s.db.supporters_of(c.id).await?;
    Ok(Json(CommitmentDetailDto::of(
        &c,
        &supporters,
        &acts,
        &figures,
    )))
}

#[utoipa::path(get, path = "/api/v1/commitments/{ogp_id}/activities", tag = "commitments",
    params(("ogp_id" = String, Path, pattern = r"^[A-Za-z0-9_-]{1,120}$", max_length = 120, description = "OGP commitment id, such as MO0025"), ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "All the commitment's activities, on one page", body = ActivityPage, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 404, description = "No such commitment", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
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
    params(ActivityFilters, Paging, ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "A page of the list", body = ActivityPage, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 400, description = "A query parameter is outside its described bounds, or given twice", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn activities(State(s): State<AppState>, q: RawQuery) -> ApiResult<ActivityPage> {
    let q = read(q, &[&PAGING, &ACTIVITY_FILTERS])?;
    let (page, per_page) = paging(&q);
    let commitment = q.get("commitment").map(String::as_str);
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
    params(Paging, ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "A page of the list", body = InstitutionPage, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 400, description = "A query parameter is outside its described bounds, or given twice", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn institutions(State(s): State<AppState>, q: RawQuery) -> ApiResult<InstitutionPage> {
    let (page, per_page) = paging(&read(q, &[&PAGING])?);
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
    params(("key" = String, Path, pattern = r"^[A-Za-z0-9_-]{1,120}$", max_length = 120, description = "The institution's key, as in its address"), ("If-None-Match" = Option<String>, Header, description = "An ETag of an earlier answer: 304 if it is still current")),
    responses((status = 200, description = "The institution", body = InstitutionDto, headers(("ETag" = String, description = "Weak validator of the answer; send it back in If-None-Match"))),
        (status = 304, description = "Not modified: If-None-Match names the current ETag"),
        (status = 404, description = "No such institution", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The answer took longer than the request timeout (30 s)"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
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
