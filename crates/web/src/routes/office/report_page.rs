//! The page of one progress report, as its authors, the coordinators and administrators see
//! it: its figure and texts, its evidence, its moves, and the forms the viewer may use (edit
//! and submit while it may change; validate or return once submitted). Every answer to a
//! posted form that needs the page again (errors, a refused move) is this page.

use super::home::activity_title;
use super::permits::{PlacedReport, activity_ref, plan_ref};
use crate::auth::csrf;
use crate::kernel::prelude::*;
use crate::views::office::{EditForm, Fact, HistoryLine, ReportPage, ReviewForms, Written};
use opengov_core::auth::policy::{Action, allowed};
use opengov_core::reporting::{ReportField, ReportStatus};
use opengov_db::rows::ReportRow;

/// What the page shows beyond the stored report: the form's values and errors after a post,
/// a notice, and the status to answer with.
pub struct Shown<'a> {
    pub values: Option<&'a Values>,
    pub errors: Errors,
    pub notice: Option<String>,
    pub status: StatusCode,
}

impl Shown<'_> {
    pub fn plain() -> Shown<'static> {
        Shown {
            values: None,
            errors: Errors::default(),
            notice: None,
            status: StatusCode::OK,
        }
    }
}

/// The fields of a report's form (also the new-report form), labelled in `lang`.
pub fn report_fields(s: &AppState, lang: Lang) -> Vec<FieldView> {
    vec![
        FieldView::new(
            ReportField::Progress.name(),
            "text",
            s.i18n.t(lang, "report-field-progress"),
        )
        .hint(s.i18n.t(lang, "report-field-progress-hint")),
        FieldView::new(
            ReportField::Done.name(),
            "textarea",
            s.i18n.t(lang, "report-field-done"),
        )
        .hint(s.i18n.t(lang, "report-field-done-hint"))
        .optional(),
        FieldView::new(
            ReportField::Difficulties.name(),
            "textarea",
            s.i18n.t(lang, "report-field-difficulties"),
        )
        .hint(s.i18n.t(lang, "report-field-difficulties-hint"))
        .optional(),
        FieldView::new(
            ReportField::Assistance.name(),
            "textarea",
            s.i18n.t(lang, "report-field-assistance"),
        )
        .hint(s.i18n.t(lang, "report-field-assistance-hint"))
        .optional(),
    ]
}

/// The stored report as form values.
pub fn values_of(r: &ReportRow) -> Values {
    Values::from([
        ("progress".to_string(), r.progress.to_string()),
        ("done".to_string(), r.done.clone()),
        ("difficulties".to_string(), r.difficulties.clone()),
        ("assistance".to_string(), r.assistance.clone()),
    ])
}

pub async fn respond(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    placed: &PlacedReport,
    headers: &HeaderMap,
    shown: Shown<'_>,
) -> Result<Response, AppError> {
    let PlacedReport { report: r, place } = placed;
    let base = format!("/office/reports/{}", r.id);
    let mut c = frame(s, lang, &base)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title(s.i18n.ta(
            lang,
            "report-title-number",
            &[("number", r.id.to_string().into())],
        ))
        .build();
    c.title = c.figures(c.title.clone());
    let (csrf_token, cookie) = csrf::ensure(headers, s.config.https);
    let may_write =
        r.status.is_editable() && allowed(Some(&me.actor), Action::ReportOn(activity_ref(place)));
    let may_review = r.status == ReportStatus::Submitted
        && allowed(Some(&me.actor), Action::Validate(plan_ref(place)));
    let evidence = s.db.evidence_of_report(r.id).await?;
    let history = s.db.report_history(r.id).await?;
    let author = match r.author_id {
        Some(id) => s.db.user_name(id).await?,
        None => None,
    }
    .unwrap_or_else(|| c.t("office-deleted-account"));
    let day = |at: i64| crate::format::day_of(s.i18n, lang, at);
    let mut facts = vec![
        Fact {
            label: c.t("col-ogp-id"),
            value: place.ogp_id.clone(),
            href: Some(c.href(&format!("/commitments/{}", place.ogp_id))),
        },
        Fact {
            label: c.t("col-activity"),
            value: activity_title(&c, &place.activity_title, &place.activity_key).text,
            href: None,
        },
        Fact {
            label: c.t("report-field-progress"),
            value: c.percent(r.progress),
            href: None,
        },
        Fact {
            label: c.t("report-published-figure"),
            value: match place.progress {
                Some(p) => c.percent(p),
                None => c.t("status-not-reported"),
            },
            href: None,
        },
        Fact {
            label: c.t("report-author"),
            value: author,
            href: None,
        },
        Fact {
            label: c.t("report-created"),
            value: day(r.created_at),
            href: None,
        },
    ];
    if let Some(at) = r.submitted_at {
        facts.push(Fact {
            label: c.t("report-submitted"),
            value: day(at),
            href: None,
        });
    }
    if let Some(at) = r.published_at {
        facts.push(Fact {
            label: c.t("report-published"),
            value: day(at),
            href: None,
        });
    }
    let returned = (r.status == ReportStatus::Returned)
        .then(|| {
            history
                .iter()
                .rev()
                .find(|h| h.to_status == ReportStatus::Returned)
        })
        .flatten()
        .map(|h| {
            (
                c.ta("report-returned-on", "date", &day(h.at)),
                h.reason.clone(),
            )
        });
    let written = [
        ("report-field-done", &r.done),
        ("report-field-difficulties", &r.difficulties),
        ("report-field-assistance", &r.assistance),
    ]
    .into_iter()
    .filter(|(_, t)| !t.is_empty())
    .map(|(id, t)| Written {
        label: c.t(id),
        text: t.clone(),
        lang: r.lang.clone(),
    })
    .collect();
    let edit = may_write.then(|| {
        let mut fields = report_fields(s, lang);
        let stored = values_of(r);
        crate::forms::fill(&mut fields, shown.values.unwrap_or(&stored), &shown.errors);
        EditForm {
            action: c.href(&base),
            revision: r.revision,
            fields,
        }
    });
    let evidence = evidence
        .iter()
        .map(|e| {
            let delete = may_write.then(|| c.href(&format!("{base}/evidence/{}/delete", e.id)));
            crate::views::timeline::evidence_line(&c, &e.public(), delete)
        })
        .collect();
    let link_field = may_write.then(|| {
        let mut f = vec![
            FieldView::new("url", "url", c.t("evidence-link")).hint(c.t("evidence-link-hint")),
        ];
        crate::forms::fill(
            &mut f,
            shown.values.unwrap_or(&Values::new()),
            &shown.errors,
        );
        f.remove(0)
    });
    let review = may_review.then(|| {
        let mut f = vec![
            FieldView::new("reason", "textarea", c.t("queue-return-reason"))
                .hint(c.t("queue-return-reason-hint")),
        ];
        crate::forms::fill(
            &mut f,
            shown.values.unwrap_or(&Values::new()),
            &shown.errors,
        );
        ReviewForms {
            validate_action: c.href(&format!("{base}/validate")),
            return_action: c.href(&format!("{base}/return")),
            reason: f.remove(0),
        }
    });
    let history = history
        .iter()
        .map(|h| HistoryLine {
            at: day(h.at),
            iso: crate::format::iso(h.at),
            what: c.t(&format!("report-moved-{}", h.to_status.code())),
            who: match &h.user_name {
                Some(n) => format!("{n} ({})", c.t(&format!("role-{}", h.role))),
                None => c.t(&format!("role-{}", h.role)),
            },
            reason: (!h.reason.is_empty()).then(|| h.reason.clone()),
        })
        .collect();
    let errors: Vec<(String, String)> = shown
        .errors
        .0
        .iter()
        .map(|(f, m)| (format!("f-{f}"), m.clone()))
        .collect();
    let page = ReportPage {
        error_summary: c.count("form-error-summary", &(errors.len() as i64)),
        errors,
        csrf: csrf_token,
        notice: shown.notice,
        status: r.status.code(),
        status_label: c.t(&format!("report-status-{}", r.status.code())),
        facts,
        returned,
        written,
        edit,
        evidence,
        evidence_action: may_write.then(|| c.href(&format!("{base}/evidence"))),
        link_field,
        review,
        history,
        c,
    };
    Ok(html(
        shown.status,
        render(&page)?,
        cookie.into_iter().collect(),
    ))
}
