//! A commitment's form (every field of the OGP commitment template the portal holds, texts in
//! the four languages): create one in a plan, edit one. An edit writes the commitment's public
//! change history.

use super::permits::{ManageCommitment, ManagePlanOffice, ManagedCommitment};
use crate::kernel::prelude::*;
use crate::views::catalogue::{commitment_fields, commitment_input, errors_of, facts_values};
use opengov_core::catalogue_edit::check_commitment;
use opengov_db::rows::CatalogueWrite;

fn shown_name(json: &str, lang: Lang, fallback: &str) -> String {
    let name = opengov_core::TextRef::from_json(json);
    opengov_core::show(&name, &opengov_core::TextRef::default(), lang)
        .map(|t| t.text.to_string())
        .unwrap_or_else(|| fallback.to_string())
}

/// The axes of the plan and the institutions to choose from, each after "none".
async fn choices(
    s: &AppState,
    lang: Lang,
    plan_id: i64,
) -> Result<(Vec<(String, String)>, Vec<(String, String)>), AppError> {
    let mut axes = vec![(String::new(), s.i18n.t(lang, "commitment-edit-axis-none"))];
    for a in s.db.axes_of_plan(plan_id).await? {
        axes.push((a.key.clone(), shown_name(&a.title, lang, &a.key)));
    }
    let mut institutions = vec![(String::new(), s.i18n.t(lang, "commitment-edit-lead-none"))];
    for i in s.db.institutions().await? {
        institutions.push((i.key.clone(), shown_name(&i.name, lang, &i.key)));
    }
    Ok((axes, institutions))
}

struct Spec<'a> {
    plan_id: i64,
    path: String,
    crumb: (String, String),
    ids: (&'static str, &'static str),
    with_ogp_id: bool,
    values: &'a Values,
    errors: &'a Errors,
}

async fn form(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    f: Spec<'_>,
) -> Result<Response, AppError> {
    let c = frame(s, lang, &f.path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(f.crumb.0, &f.crumb.1)
        .title_id(f.ids.0)
        .build();
    let (axes, institutions) = choices(s, lang, f.plan_id).await?;
    let mut sec = FormSection::new(
        String::new(),
        c.href(&f.path),
        s.i18n.t(lang, f.ids.1),
        commitment_fields(s.i18n, lang, f.with_ogp_id, axes, institutions),
    );
    sec.intro = vec![s.i18n.t(lang, "commitment-edit-intro")];
    form_page(c)
        .sections(vec![sec])
        .errors(f.errors)
        .values(f.values)
        .respond(s, headers)
}

fn closed() -> AppError {
    AppError::new(StatusCode::CONFLICT, "office-refused-plan-closed")
}

const NEW: (&str, &str) = ("commitment-edit-new-title", "commitment-edit-create");
const EDIT: (&str, &str) = ("commitment-edit-title", "commitment-edit-save");

fn plan_crumb(s: &AppState, lang: Lang, number: i64) -> (String, String) {
    (
        s.i18n.ta(
            lang,
            "plan-number",
            &[("number", number.to_string().into())],
        ),
        format!("/office/plans/{number}"),
    )
}

/// `GET /{lang}/office/plans/{number}/commitments/new`.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let values = Values::from([
        ("weight".to_string(), "1".to_string()),
        ("commitment_type".to_string(), "government".to_string()),
    ]);
    let spec = Spec {
        plan_id: plan.id,
        path: format!("/office/plans/{}/commitments/new", plan.number),
        crumb: plan_crumb(&s, lang, plan.number),
        ids: NEW,
        with_ogp_id: true,
        values: &values,
        errors: &Errors::default(),
    };
    form(&s, lang, &headers, spec).await
}

/// `POST /{lang}/office/plans/{number}/commitments/new`: a duplicate OGP id is refused beside
/// its field.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let errs = match check_commitment(&commitment_input(&values, true)) {
        Ok(c) => {
            let ogp_id = c.ogp_id.unwrap_or_default();
            match s
                .db
                .create_commitment(plan.id, &ogp_id, &c.facts, opengov_db::now_micros())
                .await?
            {
                CatalogueWrite::Done(_) => {
                    return Ok(see_other(
                        &format!("/{}/office/commitments/{ogp_id}", lang.code()),
                        vec![],
                    ));
                }
                CatalogueWrite::PlanClosed => return Err(closed()),
                CatalogueWrite::Refused(errs) => errs,
            }
        }
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    let spec = Spec {
        plan_id: plan.id,
        path: format!("/office/plans/{}/commitments/new", plan.number),
        crumb: plan_crumb(&s, lang, plan.number),
        ids: NEW,
        with_ogp_id: true,
        values: &values,
        errors: &errors,
    };
    form(&s, lang, &parts.headers, spec).await
}

fn edit_spec<'a>(
    cm: &opengov_db::rows::CommitmentRow,
    values: &'a Values,
    errors: &'a Errors,
) -> Spec<'a> {
    Spec {
        plan_id: cm.plan_id,
        path: format!("/office/commitments/{}/edit", cm.ogp_id),
        crumb: (
            cm.ogp_id.clone(),
            format!("/office/commitments/{}", cm.ogp_id),
        ),
        ids: EDIT,
        with_ogp_id: false,
        values,
        errors,
    }
}

/// `GET /{lang}/office/commitments/{ogp_id}/edit`.
pub async fn edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let cm = object.commitment;
    let values = facts_values(&s.db.commitment_facts(cm.id).await?);
    form(
        &s,
        lang,
        &headers,
        edit_spec(&cm, &values, &Errors::default()),
    )
    .await
}

/// `POST /{lang}/office/commitments/{ogp_id}/edit`: each changed field goes to the public
/// history with the role that allowed the change.
pub async fn update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ManageCommitment>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let ManagedCommitment { commitment: cm, .. } = object;
    let role = if me.actor.is_admin() {
        "administrator"
    } else {
        "coordinator"
    };
    let errs = match check_commitment(&commitment_input(&values, false)) {
        Ok(c) => match s
            .db
            .edit_commitment(cm.id, &c.facts, me.id(), role, opengov_db::now_micros())
            .await?
        {
            CatalogueWrite::Done(_) => {
                return Ok(see_other(
                    &format!("/{}/office/commitments/{}", lang.code(), cm.ogp_id),
                    vec![],
                ));
            }
            CatalogueWrite::PlanClosed => return Err(closed()),
            CatalogueWrite::Refused(errs) => errs,
        },
        Err(errs) => errs,
    };
    let errors = errors_of(s.i18n, lang, &errs);
    form(&s, lang, &parts.headers, edit_spec(&cm, &values, &errors)).await
}
