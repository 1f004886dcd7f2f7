//! A plan's axes: add one, edit its title (four languages) and position.

use super::permits::{ManageAxis, ManagePlanOffice, PlanAxis};
use crate::kernel::prelude::*;
use crate::views::catalogue::{axis_fields, axis_input, errors_of, text_values};
use opengov_core::catalogue_edit::check_axis;
use opengov_db::rows::CatalogueWrite;

fn form(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    (number, path): (i64, &str),
    (title_id, submit_id): (&str, &str),
    values: &Values,
    errors: &Errors,
) -> Result<Response, AppError> {
    let plan_label = s.i18n.ta(
        lang,
        "plan-number",
        &[("number", number.to_string().into())],
    );
    let c = frame(s, lang, path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(plan_label, &format!("/office/plans/{number}"))
        .title_id(title_id)
        .build();
    let sec = FormSection::new(
        String::new(),
        c.href(path),
        s.i18n.t(lang, submit_id),
        axis_fields(s.i18n, lang),
    );
    form_page(c)
        .sections(vec![sec])
        .errors(errors)
        .values(values)
        .respond(s, headers)
}

const NEW: (&str, &str) = ("axis-edit-new-title", "axis-edit-create");
const EDIT: (&str, &str) = ("axis-edit-title", "axis-edit-save");

fn closed() -> AppError {
    AppError::new(StatusCode::CONFLICT, "office-refused-plan-closed")
}

fn back(lang: Lang, number: i64) -> Response {
    see_other(&format!("/{}/office/plans/{number}", lang.code()), vec![])
}

/// `GET /{lang}/office/plans/{number}/axes/new`.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/axes/new", plan.number);
    form(
        &s,
        lang,
        &headers,
        (plan.number, &path),
        NEW,
        &Values::new(),
        &Errors::default(),
    )
}

/// `POST /{lang}/office/plans/{number}/axes/new`.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/axes/new", plan.number);
    let errs = match check_axis(&axis_input(&values)) {
        Ok(a) => match s
            .db
            .create_axis(plan.id, &a, opengov_db::now_micros())
            .await?
        {
            CatalogueWrite::Done(_) => return Ok(back(lang, plan.number)),
            CatalogueWrite::PlanClosed => return Err(closed()),
            CatalogueWrite::Refused(errs) => errs,
        },
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    form(
        &s,
        lang,
        &parts.headers,
        (plan.number, &path),
        NEW,
        &values,
        &errors,
    )
}

/// `GET /{lang}/office/plans/{number}/axes/{axis}/edit`.
pub async fn edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn {
        object: PlanAxis { plan, axis },
        ..
    }: AllowedOn<ManageAxis>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/axes/{}/edit", plan.number, axis.key);
    let mut values = Values::new();
    text_values(&mut values, "title", &axis.title());
    values.insert(
        "position".into(),
        axis.position.map(|p| p.to_string()).unwrap_or_default(),
    );
    form(
        &s,
        lang,
        &headers,
        (plan.number, &path),
        EDIT,
        &values,
        &Errors::default(),
    )
}

/// `POST /{lang}/office/plans/{number}/axes/{axis}/edit`.
pub async fn update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn {
        object: PlanAxis { plan, axis },
        ..
    }: AllowedOn<ManageAxis>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let path = format!("/office/plans/{}/axes/{}/edit", plan.number, axis.key);
    let errs = match check_axis(&axis_input(&values)) {
        Ok(a) => match s
            .db
            .edit_axis(axis.id, &a, opengov_db::now_micros())
            .await?
        {
            CatalogueWrite::Done(()) => return Ok(back(lang, plan.number)),
            CatalogueWrite::PlanClosed => return Err(closed()),
            CatalogueWrite::Refused(errs) => errs,
        },
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    form(
        &s,
        lang,
        &parts.headers,
        (plan.number, &path),
        EDIT,
        &values,
        &errors,
    )
}
