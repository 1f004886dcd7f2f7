//! The reporting API (docs/api.md): an administration's system files progress reports with a
//! personal token, as the token's owner and with the owner's current roles. Every check and
//! every move is the web form's: `check_report`, `check_link`, `check_return_reason`, the
//! policy's `ReportOn`, `SeeReport` and `Validate`, and the storage's `create_report_with_links`,
//! `edit_report`, `move_report` and `add_evidence_link`. Refusals are problem documents with the
//! form's message ids, in the language of `Accept-Language`.
//!
//! A report the caller may not see answers 404, as if it did not exist; one they may see but
//! not change answers 403; a closed plan or a cancelled activity answers 409, whoever asks.

use super::bearer::TokenCaller;
use super::report_body::*;
use crate::kernel::{Problem, ReportId};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::Lang;
use opengov_core::auth::policy::{Action, acting_role, allowed};
use opengov_core::reporting::{
    ReportStatus, Transition, can_report, check_report, check_return_reason,
};
use opengov_db::rows::{Mover, PlaceRow, ReportRow, ReportText};

type Answer = Result<Response, Response>;

fn internal(headers: &HeaderMap) -> impl Fn(opengov_db::DbError) -> Response + '_ {
    move |e| answer(Problem::internal(headers, e))
}

fn problem(headers: &HeaderMap, status: StatusCode, code: &str) -> Response {
    answer(Problem::new(headers, status, code))
}

/// A refusal in the report's present state, with the form's message.
fn conflict(headers: &HeaderMap, id: &str, args: &[(&str, opengov_i18n::Arg<'_>)]) -> Response {
    answer(Problem::refusal(
        headers,
        StatusCode::CONFLICT,
        "conflict",
        id,
        args,
    ))
}

/// Why the caller may not write on this activity: its state (a closed plan, a cancelled
/// activity: public, and the same for everyone) or their roles.
fn write_refusal(headers: &HeaderMap, place: &PlaceRow) -> Response {
    match can_report(place.cancelled, place.plan_status) {
        Err(r) => conflict(headers, r.message_id(), &[]),
        Ok(()) => problem(headers, StatusCode::FORBIDDEN, "forbidden"),
    }
}

/// A report with where its activity sits, when the caller may see it (else 404).
async fn seen(
    s: &AppState,
    headers: &HeaderMap,
    caller: &TokenCaller,
    id: i64,
) -> Result<(ReportRow, PlaceRow), Response> {
    let not_found = || problem(headers, StatusCode::NOT_FOUND, "not-found");
    let report =
        s.db.report(id)
            .await
            .map_err(internal(headers))?
            .ok_or_else(not_found)?;
    let place =
        s.db.activity_place_by_id(report.activity_id)
            .await
            .map_err(internal(headers))?
            .ok_or_else(not_found)?;
    if !allowed(Some(&caller.actor), place.see_report(&report)) {
        return Err(not_found());
    }
    Ok((report, place))
}

/// The report as it is now, answered with `status`.
async fn report_answer(s: &AppState, headers: &HeaderMap, status: StatusCode, id: i64) -> Answer {
    let internal = internal(headers);
    let report = s.db.report(id).await.map_err(&internal)?;
    let Some(report) = report else {
        return Err(problem(headers, StatusCode::NOT_FOUND, "not-found"));
    };
    let place =
        s.db.activity_place_by_id(report.activity_id)
            .await
            .map_err(&internal)?
            .ok_or_else(|| problem(headers, StatusCode::NOT_FOUND, "not-found"))?;
    let evidence = s.db.evidence_of_report(id).await.map_err(&internal)?;
    let history = s.db.report_history(id).await.map_err(&internal)?;
    let dto = ReportDto::of(&report, &place, &evidence, &history);
    let mut r = (status, Json(dto)).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if status == StatusCode::CREATED
        && let Ok(v) = HeaderValue::from_str(&format!("/api/v1/reports/{id}"))
    {
        r.headers_mut().insert(header::LOCATION, v);
    }
    Ok(r)
}

/// The language of the texts: the one given, else the owner's, else the default.
fn text_lang(given: Option<Lang>, caller: &TokenCaller) -> Lang {
    given
        .or_else(|| Lang::from_code(&caller.user.language))
        .unwrap_or(Lang::DEFAULT)
}

fn mover(caller: &TokenCaller, action: Action) -> Mover<'static> {
    Mover {
        user_id: caller.id(),
        role: acting_role(&caller.actor, action).map_or("", |r| r.code()),
    }
}

/// The one-time token of a report made through the API with an idempotency key: the key is
/// the caller's, so it is kept per account (and `:` is never in a web form's token).
fn form_token(caller: &TokenCaller, key: Option<&str>) -> String {
    match key {
        Some(k) => format!("api:{}:{k}", caller.id()),
        None => format!("api:{}:{}", caller.id(), crate::auth::crypto::token()),
    }
}

#[utoipa::path(post, path = "/api/v1/reports", tag = "reports",
    security(("bearer" = [])),
    request_body(content = NewReportRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "The draft, made", body = ReportDto, headers(("Location" = String, description = "The report's address in the API"))),
        (status = 200, description = "The draft made earlier with the same idempotency key", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner may not report on this activity", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No activity has this key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The plan is closed, the activity cancelled, a report on it is already being written, or the idempotency key was used for another report", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Values refused, each under `errors` beside its field, with the web form's message", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(s): State<AppState>,
    caller: TokenCaller,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    let body = Body::read(&headers, &bytes, false)?;
    let mut r = Reader::new(&body, &headers);
    let Some(key) = r.activity() else {
        return Err(r
            .invalid(&headers)
            .unwrap_or_else(|| problem(&headers, StatusCode::UNPROCESSABLE_ENTITY, "invalid")));
    };
    let place =
        s.db.activity_place(&key)
            .await
            .map_err(internal(&headers))?
            .ok_or_else(|| {
                answer(Problem::refusal(
                    &headers,
                    StatusCode::NOT_FOUND,
                    "not-found",
                    "token-api-activity-unknown",
                    &[],
                ))
            })?;
    let action = Action::ReportOn(place.activity_ref());
    if !allowed(Some(&caller.actor), action) {
        return Err(write_refusal(&headers, &place));
    }
    let input = r.report_input();
    let links = r.links();
    let lang = r.lang();
    let idempotency = r.idempotency_key();
    let checked = check_report(&input, None, 0, false);
    if let Err(errors) = &checked {
        r.report_errors(errors);
    }
    if let Some(invalid) = r.invalid(&headers) {
        return Err(invalid);
    }
    let Ok(checked) = checked else {
        return Err(problem(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ));
    };
    let token = form_token(&caller, idempotency.as_deref());
    // The same key again: the report it made, if it is this caller's report on this activity.
    if let Some(made) =
        s.db.report_by_form_token(&token)
            .await
            .map_err(internal(&headers))?
    {
        if made.author_id != Some(caller.id()) || made.activity_id != place.activity_id {
            return Err(conflict(&headers, "token-api-key-used", &[]));
        }
        return report_answer(&s, &headers, StatusCode::OK, made.id).await;
    }
    // One report in the works per activity, as in the back office.
    let open =
        s.db.reports_of_activity(place.activity_id)
            .await
            .map_err(internal(&headers))?
            .into_iter()
            .find(|r| r.status != ReportStatus::Published);
    if let Some(open) = open {
        let id = open.id.to_string();
        return Err(conflict(
            &headers,
            "token-api-open-report",
            &[("report", id.as_str().into())],
        ));
    }
    let text = ReportText::checked(checked, text_lang(lang, &caller));
    let now = opengov_db::now_micros();
    match s
        .db
        .create_report_with_links(place.activity_id, caller.id(), &text, &links, &token, now)
        .await
        .map_err(internal(&headers))?
    {
        Ok((id, true)) => report_answer(&s, &headers, StatusCode::CREATED, id).await,
        // Made a moment ago by the same key (two requests at once).
        Ok((id, false)) => report_answer(&s, &headers, StatusCode::OK, id).await,
        Err(refusal) => Err(conflict(&headers, refusal.message_id(), &[])),
    }
}

#[utoipa::path(get, path = "/api/v1/reports/{report}", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    responses(
        (status = 200, description = "The report", body = ReportDto),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn show(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
) -> Answer {
    seen(&s, &headers, &caller, id).await?;
    report_answer(&s, &headers, StatusCode::OK, id).await
}

#[utoipa::path(put, path = "/api/v1/reports/{report}", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    request_body(content = EditReportRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The report, with its new texts and revision", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner may see the report but not change it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The report is submitted or published, changed since `revision`, or its plan is closed or activity cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Values refused, each under `errors` beside its field", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn edit(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    let (report, place) = seen(&s, &headers, &caller, id).await?;
    if !allowed(Some(&caller.actor), Action::ReportOn(place.activity_ref())) {
        return Err(write_refusal(&headers, &place));
    }
    let body = Body::read(&headers, &bytes, false)?;
    let mut r = Reader::new(&body, &headers);
    let revision = r.positive("revision", true);
    let input = r.report_input();
    let lang = r.lang();
    let evidence =
        s.db.evidence_of_report(report.id)
            .await
            .map_err(internal(&headers))?
            .len();
    let previous = place.progress.map(|p| p.clamp(0, 100) as u8);
    let checked = check_report(&input, previous, evidence, false);
    if let Err(errors) = &checked {
        r.report_errors(errors);
    }
    if let Some(invalid) = r.invalid(&headers) {
        return Err(invalid);
    }
    let (Ok(checked), Some(revision)) = (checked, revision) else {
        return Err(problem(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ));
    };
    let text = ReportText::checked(checked, text_lang(lang, &caller));
    let now = opengov_db::now_micros();
    if let Err(e) =
        s.db.edit_report(report.id, revision, &text, now)
            .await
            .map_err(internal(&headers))?
    {
        return Err(conflict(&headers, e.message_id(), &[]));
    }
    report_answer(&s, &headers, StatusCode::OK, id).await
}

#[utoipa::path(post, path = "/api/v1/reports/{report}/links", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    request_body(content = LinkRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "The report, with the link among its evidence", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner may see the report but not change it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The report is submitted or published, or its plan is closed or activity cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The link is refused", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn add_link(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    let (report, place) = seen(&s, &headers, &caller, id).await?;
    if !allowed(Some(&caller.actor), Action::ReportOn(place.activity_ref())) {
        return Err(write_refusal(&headers, &place));
    }
    let body = Body::read(&headers, &bytes, false)?;
    let mut r = Reader::new(&body, &headers);
    let url = r
        .text("url", true)
        .and_then(|raw| match opengov_core::reporting::check_link(&raw) {
            Ok(url) => Some(url),
            Err(e) => {
                r.link_refused("url", e);
                None
            }
        });
    if let Some(invalid) = r.invalid(&headers) {
        return Err(invalid);
    }
    let Some(url) = url else {
        return Err(problem(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ));
    };
    let now = opengov_db::now_micros();
    if let Err(e) =
        s.db.add_evidence_link(report.id, &url, now)
            .await
            .map_err(internal(&headers))?
    {
        return Err(conflict(&headers, e.message_id(), &[]));
    }
    report_answer(&s, &headers, StatusCode::CREATED, id).await
}

#[utoipa::path(post, path = "/api/v1/reports/{report}/submit", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    request_body(content = Option<SubmitRequest>, content_type = "application/json", description = "Optional: the revision last read"),
    responses(
        (status = 200, description = "The report, submitted for validation", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner may see the report but not submit it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted or published, changed since `revision`, or its plan is closed or activity cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The report cannot be submitted as it is (nothing done and no evidence, a lower figure without its difficulties), each refusal under `errors`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn submit(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    let (report, place) = seen(&s, &headers, &caller, id).await?;
    let action = Action::ReportOn(place.activity_ref());
    if !allowed(Some(&caller.actor), action) {
        return Err(write_refusal(&headers, &place));
    }
    let body = Body::read(&headers, &bytes, true)?;
    let mut r = Reader::new(&body, &headers);
    let revision = r.positive("revision", false);
    if let Some(invalid) = r.invalid(&headers) {
        return Err(invalid);
    }
    if let Some(revision) = revision
        && let Err(e) = opengov_core::reporting::check_revision(revision, report.revision)
    {
        return Err(conflict(&headers, e.message_id(), &[]));
    }
    if !report.status.is_editable() {
        let e = opengov_core::reporting::next(report.status, Transition::Submit);
        let id = e
            .err()
            .map_or("report-error-transition", |e| e.message_id());
        return Err(conflict(&headers, id, &[]));
    }
    // The stored report, checked as the form checks it on submission.
    let evidence =
        s.db.evidence_of_report(report.id)
            .await
            .map_err(internal(&headers))?
            .len();
    let previous = place.progress.map(|p| p.clamp(0, 100) as u8);
    let stored = opengov_core::reporting::ReportInput {
        progress: report.progress.to_string(),
        done: report.done.clone(),
        difficulties: report.difficulties.clone(),
        assistance: report.assistance.clone(),
    };
    if let Err(errors) = check_report(&stored, previous, evidence, true) {
        r.report_errors(&errors);
        if let Some(invalid) = r.invalid(&headers) {
            return Err(invalid);
        }
    }
    let now = opengov_db::now_micros();
    if let Err(e) =
        s.db.move_report(
            report.id,
            Transition::Submit,
            mover(&caller, action),
            "",
            now,
        )
        .await
        .map_err(internal(&headers))?
    {
        return Err(conflict(&headers, e.message_id(), &[]));
    }
    report_answer(&s, &headers, StatusCode::OK, id).await
}

/// A coordinator's decision (validate, or return with a reason).
async fn decide(
    s: &AppState,
    caller: &TokenCaller,
    id: i64,
    headers: &HeaderMap,
    bytes: &Bytes,
    transition: Transition,
) -> Answer {
    let (report, place) = seen(s, headers, caller, id).await?;
    let action = Action::Validate(place.plan_ref());
    if !allowed(Some(&caller.actor), action) {
        return Err(if place.plan_status.is_open() {
            problem(headers, StatusCode::FORBIDDEN, "forbidden")
        } else {
            conflict(
                headers,
                opengov_core::reporting::ReportRefusal::PlanClosed.message_id(),
                &[],
            )
        });
    }
    let body = Body::read(headers, bytes, transition == Transition::Validate)?;
    let mut r = Reader::new(&body, headers);
    let reason = if transition == Transition::Return {
        let raw = r.text("reason", true).unwrap_or_default();
        match check_return_reason(&raw) {
            Ok(reason) => reason,
            Err(e) => {
                if r.errors.is_empty() {
                    r.report_errors(&[e]);
                }
                String::new()
            }
        }
    } else {
        String::new()
    };
    if let Some(invalid) = r.invalid(headers) {
        return Err(invalid);
    }
    let now = opengov_db::now_micros();
    if let Err(e) =
        s.db.move_report(report.id, transition, mover(caller, action), &reason, now)
            .await
            .map_err(internal(headers))?
    {
        return Err(conflict(headers, e.message_id(), &[]));
    }
    report_answer(s, headers, StatusCode::OK, id).await
}

#[utoipa::path(post, path = "/api/v1/reports/{report}/validate", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    request_body(content = Option<EmptyRequest>, content_type = "application/json", description = "Nothing, or an empty object"),
    responses(
        (status = 200, description = "The report, published: the activity, commitment, axis, plan and institution figures change at once", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner does not coordinate the report's plan", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The report is not awaiting validation, or its plan is closed or activity cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn validate(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    decide(&s, &caller, id, &headers, &bytes, Transition::Validate).await
}

#[utoipa::path(post, path = "/api/v1/reports/{report}/return", tag = "reports",
    security(("bearer" = [])),
    params(("report" = i64, Path, minimum = 1, description = "The report's id")),
    request_body(content = ReturnRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The report, returned to its authors with the reason", body = ReportDto),
        (status = 400, description = "The body is not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json", headers(("WWW-Authenticate" = String, description = "Bearer challenge"))),
        (status = 403, description = "The token's owner does not coordinate the report's plan", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such report, or one the token's owner may not see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The report is not awaiting validation, or its plan is closed", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, or one refused", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "Server error", body = Problem, content_type = "application/problem+json")))]
pub async fn send_back(
    State(s): State<AppState>,
    caller: TokenCaller,
    ReportId(id): ReportId,
    headers: HeaderMap,
    RawBody(bytes): RawBody,
) -> Answer {
    decide(&s, &caller, id, &headers, &bytes, Transition::Return).await
}
