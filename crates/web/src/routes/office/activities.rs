//! A coordinator's forms on a commitment's activities (milestones): add one, edit it, cancel it
//! with a public reason.

use super::permits::{ManageActivity, ManageCommitment, ManagedCommitment};
use crate::kernel::prelude::*;
use opengov_core::activity_edit::{
    ActivityError, ActivityInput, check_activity, check_cancel_reason,
};
use opengov_db::rows::PlaceRow;

/// The form's fields, labelled in `lang`; `responsible` lists the institutions to choose from.
fn fields(s: &AppState, lang: Lang, institutions: Vec<(String, String)>) -> Vec<FieldView> {
    let mut out = Vec::new();
    for l in Lang::ALL {
        let name = s.i18n.t(lang, &format!("language-{}", l.code()));
        out.push(
            FieldView::new(
                format!("title_{}", l.code()),
                "text",
                s.i18n.ta(
                    lang,
                    "activity-field-title",
                    &[("language", name.as_str().into())],
                ),
            )
            .hint(s.i18n.t(lang, "activity-field-title-hint"))
            .optional(),
        );
    }
    for l in Lang::ALL {
        let name = s.i18n.t(lang, &format!("language-{}", l.code()));
        out.push(
            FieldView::new(
                format!("output_{}", l.code()),
                "textarea",
                s.i18n.ta(
                    lang,
                    "activity-field-output",
                    &[("language", name.as_str().into())],
                ),
            )
            .optional(),
        );
    }
    out.push(
        FieldView::new("start", "text", s.i18n.t(lang, "activity-field-start"))
            .hint(s.i18n.t(lang, "activity-field-date-hint"))
            .optional(),
    );
    out.push(
        FieldView::new("end", "text", s.i18n.t(lang, "activity-field-end"))
            .hint(s.i18n.t(lang, "activity-field-date-hint"))
            .optional(),
    );
    out.push(
        FieldView::new(
            "responsible",
            "select",
            s.i18n.t(lang, "activity-field-responsible"),
        )
        .options(institutions)
        .optional(),
    );
    out.push(
        FieldView::new("weight", "text", s.i18n.t(lang, "activity-field-weight"))
            .hint(s.i18n.t(lang, "activity-field-weight-hint")),
    );
    out
}

async fn institution_options(s: &AppState, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    let mut out = vec![(String::new(), s.i18n.t(lang, "activity-responsible-lead"))];
    for i in s.db.institutions().await? {
        let name = opengov_core::TextRef::from_json(&i.name);
        let shown = opengov_core::show(&name, &opengov_core::TextRef::default(), lang)
            .map(|t| t.text.to_string())
            .unwrap_or_else(|| i.key.clone());
        out.push((i.key.clone(), shown));
    }
    Ok(out)
}

fn input_of(values: &Values) -> ActivityInput {
    ActivityInput {
        title: Lang::ALL
            .iter()
            .map(|l| (*l, value(values, &format!("title_{}", l.code()))))
            .collect(),
        expected_output: Lang::ALL
            .iter()
            .map(|l| (*l, value(values, &format!("output_{}", l.code()))))
            .collect(),
        start: value(values, "start"),
        end: value(values, "end"),
        weight: value(values, "weight"),
    }
}

fn errors_of(s: &AppState, lang: Lang, errs: &[ActivityError]) -> Errors {
    let mut out = Errors::default();
    for e in errs {
        let text = match e {
            ActivityError::TooLong { max, .. } => s.i18n.ta(
                lang,
                e.message_id(),
                &[("max", max.to_string().as_str().into())],
            ),
            _ => s.i18n.t(lang, e.message_id()),
        };
        out.add(&e.field(), text);
    }
    out
}

/// The chosen institution's id: none for the commitment's lead; an unknown key is an error.
async fn responsible_of(
    s: &AppState,
    lang: Lang,
    values: &Values,
    errors: &mut Errors,
) -> Result<Option<i64>, AppError> {
    let key = value(values, "responsible");
    if key.is_empty() {
        return Ok(None);
    }
    match s.db.institution_by_key(&key).await? {
        Some(i) => Ok(Some(i.id)),
        None => {
            errors.add("responsible", s.i18n.t(lang, "activity-error-responsible"));
            Ok(None)
        }
    }
}

struct FormSpec<'a> {
    path: String,
    title_id: &'static str,
    submit_id: &'static str,
    ogp_id: &'a str,
    values: &'a Values,
    errors: &'a Errors,
    extra: Vec<FormSection>,
}

async fn form(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    f: FormSpec<'_>,
) -> Result<Response, AppError> {
    let c = frame(s, lang, &f.path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(
            f.ogp_id.to_string(),
            &format!("/office/commitments/{}", f.ogp_id),
        )
        .title_id(f.title_id)
        .build();
    let sec = FormSection::new(
        String::new(),
        c.href(&f.path),
        s.i18n.t(lang, f.submit_id),
        fields(s, lang, institution_options(s, lang).await?),
    );
    let mut sections = vec![sec];
    sections.extend(f.extra);
    form_page(c)
        .sections(sections)
        .errors(f.errors)
        .values(f.values)
        .respond(s, headers)
}

/// `GET /{lang}/office/commitments/{ogp_id}/activities/new`.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let ogp_id = &object.commitment.ogp_id;
    let values = Values::from([("weight".to_string(), "1".to_string())]);
    let spec = FormSpec {
        path: format!("/office/commitments/{ogp_id}/activities/new"),
        title_id: "activity-new-title",
        submit_id: "activity-create",
        ogp_id,
        values: &values,
        errors: &Errors::default(),
        extra: vec![],
    };
    form(&s, lang, &headers, spec).await
}

/// `POST /{lang}/office/commitments/{ogp_id}/activities/new`.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let ManagedCommitment { commitment: cm, .. } = object;
    let mut errors = Errors::default();
    let checked = check_activity(&input_of(&values));
    let responsible = responsible_of(&s, lang, &values, &mut errors).await?;
    let checked = match checked {
        Ok(a) if errors.is_empty() => a,
        result => {
            if let Err(errs) = result {
                errors.0.extend(errors_of(&s, lang, &errs).0);
            }
            let spec = FormSpec {
                path: format!("/office/commitments/{}/activities/new", cm.ogp_id),
                title_id: "activity-new-title",
                submit_id: "activity-create",
                ogp_id: &cm.ogp_id,
                values: &values,
                errors: &errors,
                extra: vec![],
            };
            return form(&s, lang, &parts.headers, spec).await;
        }
    };
    s.db.create_activity(cm.id, &checked, responsible, opengov_db::now_micros())
        .await?;
    Ok(see_other(
        &format!("/{}/office/commitments/{}", lang.code(), cm.ogp_id),
        vec![],
    ))
}

fn stored_values(p: &PlaceRow, a: &opengov_db::rows::ActivityRow) -> Values {
    let mut v = Values::new();
    let title = opengov_core::LocalizedText::from_json(&a.title);
    let output = opengov_core::LocalizedText::from_json(&a.expected_output);
    for l in Lang::ALL {
        if let Some(t) = title.get_exact(l) {
            v.insert(format!("title_{}", l.code()), t.to_string());
        }
        if let Some(t) = output.get_exact(l) {
            v.insert(format!("output_{}", l.code()), t.to_string());
        }
    }
    v.insert("start".into(), a.start_date.clone().unwrap_or_default());
    v.insert("end".into(), a.end_date.clone().unwrap_or_default());
    v.insert(
        "responsible".into(),
        a.responsible_key.clone().unwrap_or_default(),
    );
    v.insert("weight".into(), a.weight.to_string());
    let _ = p;
    v
}

/// The cancel form under the edit form (an activity with reports is never deleted).
fn cancel_section(s: &AppState, lang: Lang, p: &PlaceRow) -> FormSection {
    let mut sec = FormSection::new(
        s.i18n.t(lang, "activity-cancel-title"),
        format!(
            "/{}/office/activities/{}/cancel",
            lang.code(),
            p.activity_key
        ),
        s.i18n.t(lang, "activity-cancel"),
        vec![
            FieldView::new(
                "reason",
                "textarea",
                s.i18n.t(lang, "activity-cancel-reason"),
            )
            .hint(s.i18n.t(lang, "activity-cancel-reason-hint")),
        ],
    );
    sec.intro = vec![s.i18n.t(lang, "activity-cancel-intro")];
    sec.danger = true;
    sec
}

async fn activity_row(
    s: &AppState,
    p: &PlaceRow,
) -> Result<opengov_db::rows::ActivityRow, AppError> {
    s.db.activities_of_commitment(p.commitment_id)
        .await?
        .into_iter()
        .find(|a| a.id == p.activity_id)
        .ok_or_else(AppError::not_found)
}

async fn edit_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    p: &PlaceRow,
    values: &Values,
    errors: &Errors,
) -> Result<Response, AppError> {
    let extra = if p.cancelled {
        vec![]
    } else {
        vec![cancel_section(s, lang, p)]
    };
    let spec = FormSpec {
        path: format!("/office/activities/{}/edit", p.activity_key),
        title_id: "activity-edit-title",
        submit_id: "activity-save",
        ogp_id: &p.ogp_id,
        values,
        errors,
        extra,
    };
    form(s, lang, headers, spec).await
}

/// `GET /{lang}/office/activities/{activity}/edit`.
pub async fn edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: p, .. }: AllowedOn<ManageActivity>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let a = activity_row(&s, &p).await?;
    edit_page(
        &s,
        lang,
        &headers,
        &p,
        &stored_values(&p, &a),
        &Errors::default(),
    )
    .await
}

/// `POST /{lang}/office/activities/{activity}/edit`.
pub async fn update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: p, .. }: AllowedOn<ManageActivity>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let mut errors = Errors::default();
    let checked = check_activity(&input_of(&values));
    let responsible = responsible_of(&s, lang, &values, &mut errors).await?;
    match checked {
        Ok(a) if errors.is_empty() => {
            s.db.edit_activity(&p.activity_key, &a, responsible, opengov_db::now_micros())
                .await?;
            Ok(see_other(
                &format!("/{}/office/commitments/{}", lang.code(), p.ogp_id),
                vec![],
            ))
        }
        result => {
            if let Err(errs) = result {
                errors.0.extend(errors_of(&s, lang, &errs).0);
            }
            edit_page(&s, lang, &parts.headers, &p, &values, &errors).await
        }
    }
}

/// `POST /{lang}/office/activities/{activity}/cancel`: with its public reason.
pub async fn cancel(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: p }: AllowedOn<ManageActivity>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let reason = match check_cancel_reason(lang, &value(&values, "reason")) {
        Ok(r) => r,
        Err(e) => {
            let mut errors = Errors::default();
            errors.add("reason", s.i18n.t(lang, e.message_id()));
            let a = activity_row(&s, &p).await?;
            let mut shown = stored_values(&p, &a);
            shown.insert("reason".into(), value(&values, "reason"));
            return edit_page(&s, lang, &parts.headers, &p, &shown, &errors).await;
        }
    };
    s.db.cancel_activity(
        &p.activity_key,
        &reason.to_json(),
        me.id(),
        opengov_db::now_micros(),
    )
    .await?;
    Ok(see_other(
        &format!("/{}/office/commitments/{}", lang.code(), p.ogp_id),
        vec![],
    ))
}
