//! Evidence of a progress report: a project leader of the report's activity adds a file or a
//! link to a report that may still change (draft or returned), or removes one. After a
//! success, back to the report page; a refused file or link is the report page again with the
//! translated reason, and nothing changed.

use super::permits::{PlacedReport, WriteReport};
use super::report_page::{Shown, respond};
use crate::auth::session;
use crate::evidence::{self, EvidenceForm, Given, Refusal};
use crate::kernel::EvidenceId;
use crate::kernel::prelude::*;

fn report_page(lang: Lang, report_id: i64) -> String {
    format!("/{}/office/reports/{report_id}", lang.code())
}

/// The report page with the reason a piece of evidence was not kept: beside the file or link
/// field (and in the error summary), or as the page's notice when the report itself refuses.
async fn refused(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    placed: &PlacedReport,
    headers: &HeaderMap,
    values: &Values,
    r: Refusal,
) -> Result<Response, AppError> {
    let mut errors = Errors::default();
    let mut notice = None;
    match r {
        Refusal::Link(_) => errors.add("url", r.text(s, lang)),
        Refusal::Locked => notice = Some(r.text(s, lang)),
        _ => errors.add("file", r.text(s, lang)),
    }
    let shown = Shown {
        values: Some(values),
        errors,
        notice,
        status: r.status(),
    };
    respond(s, lang, me, placed, headers, shown).await
}

/// `POST /{lang}/office/reports/{report}/evidence`: a file (multipart field `file`) or a link
/// (field `url`, in a multipart or a plain form).
pub async fn add(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<WriteReport>,
    form: EvidenceForm,
) -> Result<Response, AppError> {
    let report_id = object.report.id;
    let mut values = Values::new();
    let (kept, what) = match form.given {
        Given::File { name, bytes } => (
            evidence::keep_file(&s, report_id, &name, bytes).await?,
            "file",
        ),
        Given::Link(url) => {
            values.insert("url".into(), url.clone());
            (evidence::keep_link(&s, report_id, &url).await?, "link")
        }
        Given::Nothing => (Err(Refusal::Nothing), ""),
        Given::Both => (Err(Refusal::Both), ""),
    };
    let id = match kept {
        Ok(id) => id,
        Err(r) => {
            return refused(&s, lang, &me, &object, &form.parts.headers, &values, r).await;
        }
    };
    let ip = session::client_ip(&form.parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "evidence.added",
        None,
        &ip,
        &format!("report {report_id} evidence {id} ({what})"),
    )
    .await;
    Ok(see_other(&report_page(lang, report_id), vec![]))
}

/// `POST /{lang}/office/reports/{report}/evidence/{evidence}/delete`: the row, then the stored
/// file. Evidence of another report is a 404.
pub async fn delete(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<WriteReport>,
    EvidenceId(evidence_id): EvidenceId,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let report_id = object.report.id;
    match evidence::remove(&s, report_id, evidence_id).await? {
        None => Err(AppError::not_found()),
        Some(Err(r)) => refused(&s, lang, &me, &object, &parts.headers, &values, r).await,
        Some(Ok(())) => {
            let ip = session::client_ip(&parts, &s.config.proxies);
            audit(
                &s,
                Some(me.id()),
                "evidence.removed",
                None,
                &ip,
                &format!("report {report_id} evidence {evidence_id}"),
            )
            .await;
            Ok(see_other(&report_page(lang, report_id), vec![]))
        }
    }
}
