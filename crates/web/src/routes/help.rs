//! The help and trust pages (contact, legal notice, privacy notice, accessibility statement,
//! glossary): public, cached like the other public pages. They show no data of the plans, only
//! the configuration and the illustrative-data banner (a setting: it changes "everything").

use crate::cache::{Page, PageKey};
use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;

async fn help(s: AppState, lang: Lang, uri: Uri, page: Help) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, _today| async move {
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::None)
            .title_id(page.title_id())
            .build();
        let view = HelpPage {
            page: page.code(),
            site: s.config.site.clone(),
            reviewed: crate::format::date(s.i18n, lang, ACCESSIBILITY_REVIEWED),
            reviewed_iso: ACCESSIBILITY_REVIEWED,
            idle: c.count("help-minutes", &(s.config.session_idle_secs / 60)),
            absolute: c.count("help-hours", &(s.config.session_absolute_secs / 3600)),
            c,
        };
        Ok(Page::new(render(&view)?, vec![]))
    })
    .await
}

pub async fn contact(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    help(s, lang, uri, Help::Contact).await
}

pub async fn legal(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    help(s, lang, uri, Help::Legal).await
}

pub async fn privacy(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    help(s, lang, uri, Help::Privacy).await
}

pub async fn accessibility(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    help(s, lang, uri, Help::Accessibility).await
}

pub async fn glossary(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    help(s, lang, uri, Help::Glossary).await
}
