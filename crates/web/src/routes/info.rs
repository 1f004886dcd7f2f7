//! Short fixed pages: about the data, open data (the help pages are in `help.rs`).

use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;
use axum::response::Html;

async fn info(
    s: &AppState,
    lang: opengov_core::Lang,
    uri: &Uri,
    page: &str,
    paragraphs: usize,
    links: Vec<(String, String)>,
) -> Result<Html<String>, AppError> {
    let title = s.i18n.t(lang, &format!("page-{page}-title"));
    let c = frame(s, lang, &crate::cache::PageKey::of(uri, &[]).local)
        .illustrative(illustrative(s).await?)
        .nav(Nav::None)
        .title(title)
        .build();
    let paragraphs = (1..=paragraphs)
        .map(|i| c.t(&format!("page-{page}-p{i}")))
        .collect();
    Ok(Html(render(&InfoPage {
        c,
        paragraphs,
        links,
    })?))
}

pub async fn about(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Html<String>, AppError> {
    let links = vec![
        (
            s.i18n.t(lang, "nav-plans"),
            format!("/{}/plans", lang.code()),
        ),
        (
            s.i18n.t(lang, "footer-open-data"),
            format!("/{}/open-data", lang.code()),
        ),
    ];
    info(&s, lang, &uri, "about", 4, links).await
}

pub async fn open_data(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Html<String>, AppError> {
    let links = vec![
        (
            s.i18n.t(lang, "open-data-openapi"),
            "/api/openapi.json".to_string(),
        ),
        (
            s.i18n.t(lang, "open-data-plans"),
            "/api/v1/plans".to_string(),
        ),
        (
            s.i18n.t(lang, "open-data-commitments"),
            "/api/v1/commitments".to_string(),
        ),
        (
            s.i18n.t(lang, "open-data-activities"),
            "/api/v1/activities".to_string(),
        ),
        (
            s.i18n.t(lang, "open-data-institutions"),
            "/api/v1/institutions".to_string(),
        ),
    ];
    info(&s, lang, &uri, "open-data", 3, links).await
}
