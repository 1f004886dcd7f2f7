//! The language of a request: the first path segment (`/ar/...`), or a negotiation from
//! `Accept-Language` for `/`.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use opengov_core::Lang;
use std::collections::HashMap;

use crate::error::AppError;

/// The language a page is asked in, from the `{lang}` path segment. An unknown language is a
/// 404 (in the language negotiated from the browser).
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params: Path<HashMap<String, String>> = Path::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::not_found(header_lang(parts)))?;
        match params.get("lang").and_then(|l| Lang::from_code(l)) {
            Some(l) => Ok(PageLang(l)),
            None => Err(AppError::not_found(header_lang(parts))),
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
