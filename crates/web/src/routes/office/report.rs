//! A project leader's progress reports: a new draft on an activity, the report's page, and its
//! form (save the draft, or save and submit it for validation).

use super::permits::{PlacedReport, ReadReport, ReportOnActivity, WriteReport, activity_ref};
use super::report_page::{Shown, report_fields, respond};
use crate::kernel::prelude::*;
use opengov_core::auth::policy::{Action, acting_role};
use opengov_core::reporting::{ReportError, ReportInput, Transition, check_report};
use opengov_db::rows::{Mover, ReportText};

/// The report form's values as the checks read them.
fn input_of(values: &Values) -> ReportInput {
    ReportInput {
        progress: value(values, "progress"),
        done: value(values, "done"),
        difficulties: value(values, "difficulties"),
        assistance: value(values, "assistance"),
    }
}

/// Each error beside its field, translated.
fn errors_of(s: &AppState, lang: Lang, errs: &[ReportError]) -> Errors {
    let mut out = Errors::default();
    for e in errs {
        let text = match e {
            ReportError::TooLong { max, .. } => s.i18n.ta(
                lang,
                e.message_id(),
                &[("max", max.to_string().as_str().into())],
            ),
            ReportError::DecreaseUnexplained { previous } => s.i18n.ta(
                lang,
                e.message_id(),
                &[("previous", previous.to_string().as_str().into())],
            ),
            _ => s.i18n.t(lang, e.message_id()),
        };
        out.add(e.field().name(), text);
    }
    out
}

/// A one-time token of the new-report form (a double post stores one report).
fn valid_form_token(t: &str) -> bool {
    (20..=64).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn new_form(
    s: &AppState,
    lang: Lang,
    place: &opengov_db::rows::PlaceRow,
    headers: &HeaderMap,
    values: &Values,
    errors: &Errors,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let path = format!("/office/activities/{}/reports/new", place.activity_key);
    let c = frame(s, lang, &path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title_id("report-new-title")
        .build();
    let activity = super::home::activity_title(&c, &place.activity_title, &place.activity_key);
    let intro = vec![
        c.ta("report-new-intro", "activity", &activity.text),
        c.ta("report-new-commitment", "id", &place.ogp_id),
    ];
    let mut sec = FormSection::new(
        String::new(),
        c.href(&path),
        s.i18n.t(lang, "report-create"),
        report_fields(s, lang),
    );
    let token = match values.get("form_token") {
        Some(t) if valid_form_token(t) => t.clone(),
        _ => crate::auth::crypto::token(),
    };
    sec.hidden.push(("form_token".into(), token));
    let status = if notice.is_some() {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    form_page(c)
        .intro(intro)
        .notice(notice)
        .sections(vec![sec])
        .errors(errors)
        .values(values)
        .status(status)
        .respond(s, headers)
}

/// `GET /{lang}/office/activities/{activity}/reports/new`: the form of a new report, or the
/// report already being written on this activity.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: place, .. }: AllowedOn<ReportOnActivity>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if let Some(open) = open_report(&s, place.activity_id).await? {
        return Ok(see_other(
            &format!("/{}/office/reports/{open}", lang.code()),
            vec![],
        ));
    }
    let refused = opengov_core::reporting::can_report(place.cancelled, place.plan_status)
        .err()
        .map(|r| s.i18n.t(lang, r.message_id()));
    new_form(
        &s,
        lang,
        &place,
        &headers,
        &Values::new(),
        &Errors::default(),
        refused,
    )
}

async fn open_report(s: &AppState, activity_id: i64) -> Result<Option<i64>, AppError> {
    Ok(s.db
        .reports_of_activity(activity_id)
        .await?
        .into_iter()
        .find(|r| r.status != opengov_core::reporting::ReportStatus::Published)
        .map(|r| r.id))
}

/// `POST /{lang}/office/activities/{activity}/reports/new`: stores the draft and opens it.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: place }: AllowedOn<ReportOnActivity>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let checked = match check_report(&input_of(&values), None, 0, false) {
        Ok(r) => r,
        Err(errs) => {
            let errors = errors_of(&s, lang, &errs);
            return new_form(&s, lang, &place, &parts.headers, &values, &errors, None);
        }
    };
    let token = match values.get("form_token") {
        Some(t) if valid_form_token(t) => t.clone(),
        _ => crate::auth::crypto::token(),
    };
    let now = opengov_db::now_micros();
    match s
        .db
        .create_report(
            place.activity_id,
            me.id(),
            &ReportText::checked(checked, lang),
            &token,
            now,
        )
        .await?
    {
        Ok(id) => Ok(see_other(
            &format!("/{}/office/reports/{id}", lang.code()),
            vec![],
        )),
        Err(refusal) => {
            let notice = Some(s.i18n.t(lang, refusal.message_id()));
            new_form(
                &s,
                lang,
                &place,
                &parts.headers,
                &values,
                &Errors::default(),
                notice,
            )
        }
    }
}

/// `GET /{lang}/office/reports/{report}`.
pub async fn show(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ReadReport>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    respond(&s, lang, &me, &object, &headers, Shown::plain()).await
}

/// `POST /{lang}/office/reports/{report}`: saves the draft (`then=save`) or saves and submits it
/// (`then=submit`), from a form made at `revision`.
pub async fn save(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<WriteReport>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let submit = value(&values, "then") == "submit";
    let PlacedReport { report, place } = &object;
    let evidence = s.db.evidence_of_report(report.id).await?.len();
    let previous = place.progress.map(|p| p.clamp(0, 100) as u8);
    let again = |errors: Errors, notice: Option<String>, status| {
        let shown = Shown {
            values: Some(&values),
            errors,
            notice,
            status,
        };
        respond(&s, lang, &me, &object, &parts.headers, shown)
    };
    let checked = match check_report(&input_of(&values), previous, evidence, submit) {
        Ok(r) => r,
        Err(errs) => {
            let errors = errors_of(&s, lang, &errs);
            return again(errors, None, StatusCode::BAD_REQUEST).await;
        }
    };
    let revision = value(&values, "revision").parse::<i64>().unwrap_or(0);
    let now = opengov_db::now_micros();
    if let Err(e) =
        s.db.edit_report(
            report.id,
            revision,
            &ReportText::checked(checked, lang),
            now,
        )
        .await?
    {
        let notice = Some(s.i18n.t(lang, e.message_id()));
        return again(Errors::default(), notice, StatusCode::CONFLICT).await;
    }
    if submit {
        let action = Action::ReportOn(activity_ref(place));
        let role = acting_role(&me.actor, action).map_or("", |r| r.code());
        let by = Mover {
            user_id: me.id(),
            role,
        };
        if let Err(e) =
            s.db.move_report(report.id, Transition::Submit, by, "", now)
                .await?
        {
            let notice = Some(s.i18n.t(lang, e.message_id()));
            return again(Errors::default(), notice, StatusCode::CONFLICT).await;
        }
    }
    Ok(see_other(
        &format!("/{}/office/reports/{}", lang.code(), report.id),
        vec![],
    ))
}
