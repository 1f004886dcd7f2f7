//! The language of a request: the first path segment (`/ar/...`), or a negotiation from
//! `Accept-Language` for `/`.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use opengov_core::Lang;
use std::collections::HashMap;

use crate::kernel::AppError;

/// The language a page is asked in, from the `{lang}` path segment. An unknown language is a
/// 404 (in the language negotiated from the browser).
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params: Path<HashMap<String, String>> = Path::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::not_found())?;
        match params.get("lang").and_then(|l| Lang::from_code(l)) {
            Some(l) => Ok(PageLang(l)),
            None => Err(AppError::not_found()),
        }
    }
}

/// The language negotiated from the request's `Accept-Language` header.
pub fn header_lang(parts: &Parts) -> Lang {
    parts
        .headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(opengov_i18n::negotiate)
        .unwrap_or(Lang::DEFAULT)
}

/// The language named by a path's first segment (`/fr/plans` -> French), if it is one of ours.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    Lang::from_code(first)
}

/// The page language: the path's first segment, else the browser's preference.
pub fn request_lang(parts: &Parts) -> Lang {
    lang_of_path(parts.uri.path()).unwrap_or_else(|| header_lang(parts))
}
