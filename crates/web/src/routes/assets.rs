//! Static files, embedded in the binary so one file deploys the portal.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "css/site.css",
        "text/css; charset=utf-8",
        include_bytes!("../../static/css/site.css"),
    ),
    (
        "fonts/noto-sans-arabic-400.woff2",
        "font/woff2",
        include_bytes!("../../static/fonts/noto-sans-arabic-400.woff2"),
    ),
    (
        "fonts/noto-sans-arabic-700.woff2",
        "font/woff2",
        include_bytes!("../../static/fonts/noto-sans-arabic-700.woff2"),
    ),
    (
        "fonts/noto-sans-tifinagh-400.woff2",
        "font/woff2",
        include_bytes!("../../static/fonts/noto-sans-tifinagh-400.woff2"),
    ),
    (
        "fonts/OFL.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../static/fonts/OFL.txt"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../../static/favicon.svg"),
    ),
];

pub async fn asset(Path(path): Path<String>) -> Response {
    match ASSETS.iter().find(|(p, _, _)| *p == path) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=86400"),
                ),
            ],
            *body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
