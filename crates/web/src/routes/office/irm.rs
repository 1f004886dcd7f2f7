//! `GET/POST /{lang}/office/irm`: the import of the Independent Reporting Mechanism's ratings
//! (administrators, coordinators with the global scope). A CSV file (docs/csv-layout.md) is
//! previewed first, its rows and every issue by line; only a file without issue can be
//! confirmed, and the import is all or nothing.

use crate::auth::csrf;
use crate::kernel::prelude::*;
use crate::kernel::{CsvForm, ImportIrmRatings};
use crate::views::office_irm::{IrmIssueView, IrmPreviewRow, IrmReportLine, OfficeIrm};
use axum::extract::rejection::QueryRejection;
use opengov_core::assessment::English;
use opengov_core::irm::{IrmCheck, IrmIssue, IrmIssueKind, IrmRating};
use opengov_core::kinds::OptCode;

type Importer = Allowed<ImportIrmRatings>;

/// What the page shows beyond the form.
#[derive(Default)]
struct Shown {
    notice: Option<String>,
    check: Option<IrmCheck>,
    /// The file's text, when it can be confirmed.
    text: Option<String>,
}

pub fn issue_text(s: &AppState, lang: Lang, i: &IrmIssue) -> (String, String) {
    let at = match (i.line, i.column.is_empty()) {
        (0, _) => String::new(),
        (line, true) => s.i18n.ta(
            lang,
            "irm-import-at-line",
            &[("line", line.to_string().as_str().into())],
        ),
        (line, false) => s.i18n.ta(
            lang,
            "irm-import-at-cell",
            &[
                ("line", line.to_string().as_str().into()),
                ("column", i.column.as_str().into()),
            ],
        ),
    };
    let message = s.i18n.ta(
        lang,
        i.kind.message_id(),
        &[
            ("value", i.value.as_str().into()),
            ("column", i.column.as_str().into()),
            ("allowed", i.allowed.as_str().into()),
            (
                "max",
                (opengov_core::irm::MAX_BYTES / 1024)
                    .to_string()
                    .as_str()
                    .into(),
            ),
            (
                "rows",
                opengov_core::irm::MAX_ROWS.to_string().as_str().into(),
            ),
        ],
    );
    (at, message)
}

fn values_of(c: &Chrome, r: &IrmRating) -> String {
    let pair = |label: &str, value: String| {
        c.i18n.ta(
            c.lang,
            "irm-rating-value",
            &[("label", c.t(label).into()), ("value", value.into())],
        )
    };
    fn one<T: English>(
        pair: &dyn Fn(&str, String) -> String,
        c: &Chrome,
        label: &str,
        v: &OptCode<T>,
        out: &mut Vec<String>,
    ) {
        if let Some(x) = v.0 {
            out.push(pair(label, c.t(&x.message_id())));
        }
    }
    let mut out = Vec::new();
    one(&pair, c, "field-ogp-verifiable", &r.verifiable, &mut out);
    if !r.relevance.0.is_empty() {
        let names: Vec<String> = r.relevance.0.iter().map(|v| c.t(&v.message_id())).collect();
        out.push(pair(
            "irm-rating-relevance",
            names.join(&c.t("list-separator")),
        ));
    }
    one(
        &pair,
        c,
        "field-irm-potential-impact",
        &r.potential_impact,
        &mut out,
    );
    one(&pair, c, "field-irm-completion", &r.completion, &mut out);
    one(
        &pair,
        c,
        "field-irm-early-results",
        &r.early_results,
        &mut out,
    );
    one(&pair, c, "field-irm-starred", &r.starred, &mut out);
    out.join(" · ")
}

async fn respond(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let c = frame(s, lang, "/office/irm")
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title_id("irm-import-title")
        .build();
    let (token, cookie) = csrf::ensure(headers, s.config.https);
    let reports =
        s.db.irm_reports()
            .await?
            .into_iter()
            .map(|r| IrmReportLine {
                count: c.count("count-commitments", &r.ratings),
                imported: crate::format::day_of(s.i18n, lang, r.imported_at),
                title: r.report_title,
                href: r.report_url,
            })
            .collect();
    let (issues, preview, error_summary) = match &shown.check {
        None => (Vec::new(), Vec::new(), None),
        Some(check) => {
            let issues: Vec<IrmIssueView> = check
                .issues
                .iter()
                .map(|i| {
                    let (line, message) = issue_text(s, lang, i);
                    IrmIssueView { line, message }
                })
                .collect();
            let preview = check
                .ratings
                .iter()
                .map(|(line, r)| IrmPreviewRow {
                    line: *line,
                    ogp_id: r.ogp_id.clone(),
                    report: r.report_title.clone(),
                    values: values_of(&c, r),
                })
                .collect();
            let summary =
                (!issues.is_empty()).then(|| c.count("irm-import-failed", &(issues.len() as i64)));
            (issues, preview, summary)
        }
    };
    let page = OfficeIrm {
        csrf: token,
        action: c.href("/office/irm"),
        notice: shown.notice,
        error_summary,
        issues,
        preview,
        confirm_csv: shown.text,
        reports,
        c,
    };
    Ok(html(status, render(&page)?, cookie.into_iter().collect()))
}

/// `GET /{lang}/office/irm`: the form and the reports imported (`?imported=N` after an import).
pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Importer,
    q: Result<Query<HashMap<String, String>>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Ok(Query(q)) = q else {
        return Err(AppError::bad_request("error-400-filters"));
    };
    let notice = q
        .get("imported")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| (0..=opengov_core::irm::MAX_ROWS as i64).contains(n))
        .map(|n| {
            s.i18n.ta(
                lang,
                "irm-import-done",
                &[("count", opengov_i18n::Arg::Count(n))],
            )
        });
    let shown = Shown {
        notice,
        ..Shown::default()
    };
    respond(&s, lang, &headers, shown, StatusCode::OK).await
}

/// `POST /{lang}/office/irm`: a file to preview, or a previewed file confirmed.
pub async fn upload(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Importer { me, .. }: Importer,
    form: CsvForm,
) -> Result<Response, AppError> {
    let headers = &form.parts.headers;
    if form.too_large {
        let shown = Shown {
            check: Some(IrmCheck::failed(IrmIssueKind::TooLarge)),
            ..Shown::default()
        };
        return respond(&s, lang, headers, shown, StatusCode::PAYLOAD_TOO_LARGE).await;
    }
    let Some(bytes) = form.csv else {
        let shown = Shown {
            check: Some(IrmCheck::failed(IrmIssueKind::Empty)),
            ..Shown::default()
        };
        return respond(&s, lang, headers, shown, StatusCode::BAD_REQUEST).await;
    };
    let known = s.db.known_keys().await?.commitments;
    let check = opengov_db::dataset::read_irm_csv(&bytes, &|id| known.contains(id));
    if !check.issues.is_empty() {
        let shown = Shown {
            check: Some(check),
            ..Shown::default()
        };
        return respond(&s, lang, headers, shown, StatusCode::BAD_REQUEST).await;
    }
    if form.confirm {
        let ratings: Vec<IrmRating> = check.ratings.into_iter().map(|(_, r)| r).collect();
        let summary =
            s.db.import_irm_ratings(&ratings, Some(me.id()), opengov_db::now_micros())
                .await?;
        return Ok(see_other(
            &format!("/{}/office/irm?imported={}", lang.code(), summary.ratings),
            vec![],
        ));
    }
    let shown = Shown {
        text: Some(String::from_utf8_lossy(&bytes).into_owned()),
        check: Some(check),
        notice: Some(s.i18n.t(lang, "irm-import-check-then-confirm")),
    };
    respond(&s, lang, headers, shown, StatusCode::OK).await
}
