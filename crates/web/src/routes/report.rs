//! Progress reports: a project leader (of the commitment or of its lead institution), a
//! coordinator of its plan or an administrator sets the progress of its activities.

use crate::auth::{Viewer, session};
use crate::error::AppError;
use crate::forms::{Errors, FieldView, Values, value};
use crate::locale::PageLang;
use crate::routes::account::{CheckedForm, audit, chrome, form_page, require, see_other};
use crate::routes::valid_key;
use crate::state::AppState;
use crate::views::FormSection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use opengov_core::Lang;
use opengov_core::auth::policy::{Action, CommitmentRef, allowed};
use opengov_db::rows::{ActivityRow, CommitmentRow};

async fn load(
    s: &AppState,
    lang: Lang,
    ogp_id: &str,
) -> Result<(CommitmentRow, Vec<ActivityRow>, CommitmentRef), AppError> {
    if !valid_key(ogp_id) {
        return Err(AppError::not_found(lang));
    }
    let db = |e| AppError::from((lang, e));
    let c =
        s.db.commitment_by_ogp_id(ogp_id)
            .await
            .map_err(db)?
            .ok_or(AppError::not_found(lang))?;
    let lead = match &c.lead_institution_key {
        Some(k) => s.db.institution_by_key(k).await.map_err(db)?.map(|i| i.id),
        None => None,
    };
    let acts = s.db.activities_of_commitment(c.id).await.map_err(db)?;
    let r = CommitmentRef {
        id: c.id,
        plan_id: c.plan_id,
        lead_institution_id: lead,
    };
    Ok((c, acts, r))
}

fn section(s: &AppState, lang: Lang, c: &CommitmentRow, acts: &[ActivityRow]) -> FormSection {
    let fields = acts
        .iter()
        .filter(|a| !a.cancelled)
        .map(|a| {
            let title = opengov_core::LocalizedText::from_json(&a.title)
                .resolve(lang)
                .map(|r| r.text.to_string())
                .unwrap_or_else(|| a.key.clone());
            FieldView::new(format!("progress-{}", a.key), "number", title)
                .hint(s.i18n.t(lang, "report-hint"))
        })
        .collect();
    FormSection::new(
        String::new(),
        format!("/{}/commitments/{}/progress", lang.code(), c.ogp_id),
        s.i18n.t(lang, "report-submit"),
        fields,
    )
}

fn values_of(acts: &[ActivityRow]) -> Values {
    acts.iter()
        .map(|a| (format!("progress-{}", a.key), a.progress.to_string()))
        .collect()
}

pub async fn form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(v): Viewer,
    headers: HeaderMap,
    Path((_, ogp_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (c, acts, r) = load(&s, lang, &ogp_id).await?;
    let me = match require(
        v,
        lang,
        &format!("/{}/commitments/{}/progress", lang.code(), c.ogp_id),
    ) {
        Ok(me) => me,
        Err(resp) => return Ok(resp),
    };
    if !allowed(Some(&me.actor), Action::ReportProgress(r)) {
        return Err(AppError {
            status: StatusCode::FORBIDDEN,
            lang,
            message: "error-403-text",
        });
    }
    if crate::routes::account::two_step::must_enrol(&s, &me) {
        return Ok(crate::routes::account::two_step::enrol_redirect(lang));
    }
    let mut ch = chrome(
        &s,
        lang,
        &format!("/commitments/{}/progress", c.ogp_id),
        "report-title",
    );
    ch.title = format!("{} · {}", ch.title, c.ogp_id);
    let intro = vec![if acts.is_empty() {
        s.i18n.t(lang, "report-no-activities")
    } else {
        s.i18n.t(lang, "report-intro")
    }];
    let sections = if acts.is_empty() {
        vec![]
    } else {
        vec![section(&s, lang, &c, &acts)]
    };
    let links = vec![(
        c.ogp_id.clone(),
        format!("/{}/commitments/{}", lang.code(), c.ogp_id),
    )];
    form_page(
        &s,
        lang,
        &headers,
        ch,
        StatusCode::OK,
        None,
        intro,
        sections,
        &Errors::default(),
        &values_of(&acts),
        links,
    )
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(v): Viewer,
    Path((_, ogp_id)): Path<(String, String)>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let (c, acts, r) = load(&s, lang, &ogp_id).await?;
    let me = match require(
        v,
        lang,
        &format!("/{}/commitments/{}/progress", lang.code(), c.ogp_id),
    ) {
        Ok(me) => me,
        Err(resp) => return Ok(resp),
    };
    // The decision is taken against the commitment in the URL, and only its own activities
    // are touched: a key of another commitment's activity in the form is ignored.
    if !allowed(Some(&me.actor), Action::ReportProgress(r)) {
        return Err(AppError {
            status: StatusCode::FORBIDDEN,
            lang,
            message: "error-403-text",
        });
    }
    if crate::routes::account::two_step::must_enrol(&s, &me) {
        return Ok(crate::routes::account::two_step::enrol_redirect(lang));
    }
    let mut errors = Errors::default();
    let mut changes = Vec::new();
    for a in acts.iter().filter(|a| !a.cancelled) {
        let name = format!("progress-{}", a.key);
        let raw = value(&values, &name);
        match raw.parse::<i64>() {
            Ok(p) if (0..=100).contains(&p) => {
                if p != a.progress {
                    changes.push((a, p));
                }
            }
            _ => errors.add(&name, s.i18n.t(lang, "error-progress")),
        }
    }
    if !errors.is_empty() {
        let ch = chrome(
            &s,
            lang,
            &format!("/commitments/{}/progress", c.ogp_id),
            "report-title",
        );
        return form_page(
            &s,
            lang,
            &parts.headers,
            ch,
            StatusCode::BAD_REQUEST,
            None,
            vec![],
            vec![section(&s, lang, &c, &acts)],
            &errors,
            &values,
            vec![],
        );
    }
    let ip = session::client_ip(&parts, s.config.trust_forwarded_for);
    for (a, p) in changes {
        s.db.update_activity(&a.key, a.weight, p, a.cancelled, opengov_db::now_micros())
            .await
            .map_err(|e| AppError::from((lang, e)))?;
        audit(
            &s,
            Some(me.id()),
            "progress.reported",
            None,
            &ip,
            &format!("{} {} {} -> {}", c.ogp_id, a.key, a.progress, p),
        )
        .await;
    }
    Ok(see_other(
        &format!("/{}/commitments/{}", lang.code(), c.ogp_id),
        vec![],
    ))
}
