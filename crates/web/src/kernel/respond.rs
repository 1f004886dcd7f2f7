//! Response helpers: private HTML answers, redirects after a form, template rendering.

use super::AppError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An HTML answer that no cache keeps, with the cookies to set.
pub fn html(status: StatusCode, body: String, cookies: Vec<HeaderValue>) -> Response {
    let mut r = (status, axum::response::Html(body)).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for c in cookies {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

/// A 303 to `to`, with the cookies to set.
pub fn see_other(to: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for c in cookies {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

/// Renders an askama template into a string; a failure is a 500 page.
pub fn render<T: askama::Template>(t: &T) -> Result<String, AppError> {
    // Askama's own hint counts the template's fixed text only; a page with lists is several
    // times larger, and growing the buffer step by step copies it each time.
    let mut out = String::with_capacity(T::SIZE_HINT.max(MIN_PAGE_BUFFER));
    t.render_into(&mut out)?;
    Ok(out)
}

/// The buffer a page is rendered into, at least (a plan page is about 25 KB).
const MIN_PAGE_BUFFER: usize = 32 * 1024;

/// Percent-encodes a value for a query string (`next=`), keeping `/`.
pub fn url_encode(s: &str) -> String {
    crate::format::url_encode(s, b"/")
}
