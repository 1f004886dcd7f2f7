//! Static files: under their hashed names they are kept for a year (`immutable`); under their
//! plain names (old links) for five minutes.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

pub async fn asset(Path(path): Path<String>) -> Response {
    match crate::assets::find(&path) {
        Some((a, immutable)) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(a.mime)),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static(if immutable {
                        "public, max-age=31536000, immutable"
                    } else {
                        "public, max-age=300"
                    }),
                ),
            ],
            a.body.clone(),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
