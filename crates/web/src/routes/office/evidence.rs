//! Evidence of a progress report: a project leader of the report's activity adds a file or a
//! link to a report that may still change (draft or returned), or removes one. After a
//! success, back to the report page; a refused file or link gets its translated reason and
//! changes nothing.

use crate::auth::session;
use crate::evidence::{self, EvidenceForm, Given, Refusal};
use crate::kernel::prelude::*;
use crate::kernel::{EvidenceId, ObjectPermit, ReportId, error_page_text};
use axum::http::request::Parts;
use opengov_core::auth::policy::Action;
use opengov_db::rows::ReportPlaceRow;

/// Changing the evidence of the report of the path: `Action::ReportOn` its activity.
pub struct ReportEvidence;

impl ObjectPermit for ReportEvidence {
    type Object = ReportPlaceRow;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<ReportPlaceRow, AppError> {
        use axum::extract::FromRequestParts;
        let ReportId(id) = ReportId::from_request_parts(parts, s).await?;
        s.db.report_place(id).await?.ok_or_else(AppError::not_found)
    }

    fn action(r: &ReportPlaceRow) -> Action {
        Action::ReportOn(r.activity())
    }
}

fn report_page(lang: Lang, report_id: i64) -> String {
    format!("/{}/office/reports/{report_id}", lang.code())
}

/// The translated reason a piece of evidence was not kept.
fn refused(s: &AppState, lang: Lang, r: Refusal) -> Response {
    error_page_text(r.status(), lang, r.text(s, lang))
}

/// `POST /{lang}/office/reports/{report}/evidence`: a file (multipart field `file`) or a link
/// (field `url`).
pub async fn add(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: report }: AllowedOn<ReportEvidence>,
    form: EvidenceForm,
) -> Result<Response, AppError> {
    let (kept, what) = match form.given {
        Given::File { name, bytes } => (
            evidence::keep_file(&s, report.report_id, &name, bytes).await?,
            "file",
        ),
        Given::Link(url) => (
            evidence::keep_link(&s, report.report_id, &url).await?,
            "link",
        ),
        Given::Nothing => (Err(Refusal::Nothing), ""),
        Given::Both => (Err(Refusal::Both), ""),
    };
    let id = match kept {
        Ok(id) => id,
        Err(r) => return Ok(refused(&s, lang, r)),
    };
    let ip = session::client_ip(&form.parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "evidence.added",
        None,
        &ip,
        &format!("report {} evidence {id} ({what})", report.report_id),
    )
    .await;
    Ok(see_other(&report_page(lang, report.report_id), vec![]))
}

/// `POST /{lang}/office/reports/{report}/evidence/{evidence}/delete`.
pub async fn delete(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: report }: AllowedOn<ReportEvidence>,
    EvidenceId(evidence_id): EvidenceId,
    form: CheckedForm,
) -> Result<Response, AppError> {
    match evidence::remove(&s, report.report_id, evidence_id).await? {
        None => Err(AppError::not_found()),
        Some(Err(r)) => Ok(refused(&s, lang, r)),
        Some(Ok(())) => {
            let ip = session::client_ip(&form.parts, &s.config.proxies);
            audit(
                &s,
                Some(me.id()),
                "evidence.removed",
                None,
                &ip,
                &format!("report {} evidence {evidence_id}", report.report_id),
            )
            .await;
            Ok(see_other(&report_page(lang, report.report_id), vec![]))
        }
    }
}
