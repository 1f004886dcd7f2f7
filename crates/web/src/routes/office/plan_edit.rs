//! A plan's forms: create one (administrators and coordinators of every plan), edit its title
//! and dates, move it to its next status (drafting -> consultation -> implementing ->
//! completed; a completed plan is closed).

use super::permits::ManagePlanOffice;
use crate::kernel::CreatePlans;
use crate::kernel::prelude::*;
use crate::views::catalogue::{errors_of, plan_fields, plan_input, text_values};
use opengov_core::catalogue_edit::check_plan;
use opengov_core::kinds::PlanStatus;
use opengov_db::rows::{CatalogueWrite, PlanRow};

fn form(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    path: &str,
    (title_id, submit_id, with_number): (&str, &str, bool),
    values: &Values,
    errors: &Errors,
) -> Result<Response, AppError> {
    let c = frame(s, lang, path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title_id(title_id)
        .build();
    let sec = FormSection::new(
        String::new(),
        c.href(path),
        s.i18n.t(lang, submit_id),
        plan_fields(s.i18n, lang, with_number),
    );
    form_page(c)
        .sections(vec![sec])
        .errors(errors)
        .values(values)
        .respond(s, headers)
}

/// The title, the button and whether the number is asked (only at creation).
const NEW: (&str, &str, bool) = ("plan-edit-new-title", "plan-edit-create", true);
const EDIT: (&str, &str, bool) = ("plan-edit-title", "plan-edit-save", false);

/// `GET /{lang}/office/plans/new`.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Allowed<CreatePlans>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let path = "/office/plans/new";
    form(
        &s,
        lang,
        &headers,
        path,
        NEW,
        &Values::new(),
        &Errors::default(),
    )
}

/// `POST /{lang}/office/plans/new`: the plan is made in drafting.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Allowed<CreatePlans>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let path = "/office/plans/new";
    let errs = match check_plan(&plan_input(&values, true)) {
        Ok(p) => match s.db.create_plan(&p, opengov_db::now_micros()).await? {
            CatalogueWrite::Done(_) => {
                let number = p.number.unwrap_or_default();
                return Ok(see_other(
                    &format!("/{}/office/plans/{number}", lang.code()),
                    vec![],
                ));
            }
            CatalogueWrite::Refused(errs) => errs,
            CatalogueWrite::PlanClosed => vec![],
        },
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    form(&s, lang, &parts.headers, path, NEW, &values, &errors)
}

fn stored_values(p: &PlanRow) -> Values {
    let mut v = Values::new();
    text_values(&mut v, "title", &p.title());
    v.insert("start".into(), p.start_date.clone().unwrap_or_default());
    v.insert("end".into(), p.end_date.clone().unwrap_or_default());
    v
}

/// `GET /{lang}/office/plans/{number}/edit`.
pub async fn edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/edit", plan.number);
    let values = stored_values(&plan);
    form(&s, lang, &headers, &path, EDIT, &values, &Errors::default())
}

/// `POST /{lang}/office/plans/{number}/edit`.
pub async fn update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/edit", plan.number);
    let errs = match check_plan(&plan_input(&values, false)) {
        Ok(p) => match s
            .db
            .edit_plan(plan.id, &p, opengov_db::now_micros())
            .await?
        {
            CatalogueWrite::Done(()) => {
                return Ok(see_other(
                    &format!("/{}/office/plans/{}", lang.code(), plan.number),
                    vec![],
                ));
            }
            CatalogueWrite::PlanClosed => return Err(closed()),
            CatalogueWrite::Refused(errs) => errs,
        },
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    form(&s, lang, &parts.headers, &path, EDIT, &values, &errors)
}

fn closed() -> AppError {
    AppError::new(StatusCode::CONFLICT, "office-refused-plan-closed")
}

/// `POST /{lang}/office/plans/{number}/status` with `to`, the status asked for: only the one
/// right after the plan's (a second post of the same form is refused, never a second step).
pub async fn status(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: plan }: AllowedOn<ManagePlanOffice>,
    CheckedForm { values, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let Some(to) = PlanStatus::from_code(&value(&values, "to")) else {
        return Err(AppError::bad_request("plan-edit-error-status"));
    };
    match s
        .db
        .move_plan_status(plan.id, to, me.id(), opengov_db::now_micros())
        .await?
    {
        Ok(_) => Ok(see_other(
            &format!("/{}/office/plans/{}", lang.code(), plan.number),
            vec![],
        )),
        Err(e) => Err(AppError::new(StatusCode::CONFLICT, e.message_id())),
    }
}
