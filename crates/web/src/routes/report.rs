//! Progress reports: a project leader (of the commitment or of its lead institution), a
//! coordinator of its plan or an administrator sets the progress of its activities.

use crate::auth::session;
use crate::kernel::prelude::*;
use crate::kernel::{ObjectPermit, OgpId};
use axum::http::request::Parts;
use opengov_core::auth::policy::{Action, CommitmentRef};
use opengov_db::rows::{ActivityRow, CommitmentRow};

/// Reporting progress on the commitment of the path: the commitment, its activities, and the
/// reference the policy decides on.
pub struct ReportOn;

pub struct Reportable {
    commitment: CommitmentRow,
    activities: Vec<ActivityRow>,
    reference: CommitmentRef,
}

impl ObjectPermit for ReportOn {
    type Object = Reportable;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<Reportable, AppError> {
        use axum::extract::FromRequestParts;
        let OgpId(ogp_id) = OgpId::from_request_parts(parts, s).await?;
        let c =
            s.db.commitment_by_ogp_id(&ogp_id)
                .await?
                .ok_or_else(AppError::not_found)?;
        let lead = match &c.lead_institution_key {
            Some(k) => s.db.institution_by_key(k).await?.map(|i| i.id),
            None => None,
        };
        let activities = s.db.activities_of_commitment(c.id).await?;
        let reference = CommitmentRef {
            id: c.id,
            plan_id: c.plan_id,
            lead_institution_id: lead,
        };
        Ok(Reportable {
            commitment: c,
            activities,
            reference,
        })
    }

    fn action(o: &Reportable) -> Action {
        Action::ReportProgress(o.reference)
    }
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
    allowed: AllowedOn<ReportOn>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Reportable {
        commitment: c,
        activities: acts,
        ..
    } = allowed.object;
    let mut ch = frame(&s, lang, &format!("/commitments/{}/progress", c.ogp_id))
        .title_id("report-title")
        .build();
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
    form_page(ch)
        .intro(intro)
        .sections(sections)
        .values(&values_of(&acts))
        .links(links)
        .respond(&s, &headers)
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ReportOn>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    // The decision was taken against the commitment in the URL, and only its own activities
    // are touched: a key of another commitment's activity in the form is ignored.
    let Reportable {
        commitment: c,
        activities: acts,
        ..
    } = object;
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
        let ch = frame(&s, lang, &format!("/commitments/{}/progress", c.ogp_id))
            .title_id("report-title")
            .build();
        return form_page(ch)
            .sections(vec![section(&s, lang, &c, &acts)])
            .errors(&errors)
            .values(&values)
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, &parts.headers);
    }
    let ip = session::client_ip(&parts, &s.config.proxies);
    for (a, p) in changes {
        s.db.update_activity(&a.key, a.weight, p, a.cancelled, opengov_db::now_micros())
            .await?;
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
