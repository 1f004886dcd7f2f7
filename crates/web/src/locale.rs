//! The language of a request: the first path segment (`/ar/...`), or a negotiation from
//! `Accept-Language` for `/`.

use axum::http::request::Parts;
use opengov_core::Lang;

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
