//! One error type for every handler, pages and API alike. It carries a status and the id of the
//! message that explains it, never the language: `?` works on any database error, and the
//! answer is rendered by [`ErrorContext::render`] in the language of the request (the `{lang}` path
//! segment, else `Accept-Language`), as an HTML page or, under `/api/`, as RFC 9457 problem
//! details.

use super::Problem;
use crate::locale::lang_of_path;
use crate::views::{Chrome, ErrorPage, Nav};
use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use opengov_core::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppError {
    pub status: StatusCode,
    /// Message id of the explanation shown under the title of an HTML error page.
    pub message: &'static str,
}

impl AppError {
    pub const fn new(status: StatusCode, message: &'static str) -> Self {
        AppError { status, message }
    }
    pub const fn not_found() -> Self {
        AppError::new(StatusCode::NOT_FOUND, "error-404-text")
    }
    pub const fn bad_request(message: &'static str) -> Self {
        AppError::new(StatusCode::BAD_REQUEST, message)
    }
    pub const fn forbidden() -> Self {
        AppError::new(StatusCode::FORBIDDEN, "error-403-text")
    }
    /// A posted form whose CSRF protections failed.
    pub const fn csrf() -> Self {
        AppError::new(StatusCode::FORBIDDEN, "error-403-csrf")
    }
    pub const fn too_many() -> Self {
        AppError::new(StatusCode::TOO_MANY_REQUESTS, "error-429-text")
    }
    /// A request body over the limit (`middleware::BODY_LIMIT`).
    pub const fn too_large() -> Self {
        AppError::new(StatusCode::PAYLOAD_TOO_LARGE, "error-413-text")
    }
    /// Password hashing is at its bound (`auth::crypto::gate`): try again shortly.
    pub const fn busy() -> Self {
        AppError::new(StatusCode::SERVICE_UNAVAILABLE, "error-503-busy")
    }
    pub const fn internal() -> Self {
        AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "error-500-text")
    }
}

impl From<opengov_db::DbError> for AppError {
    fn from(e: opengov_db::DbError) -> Self {
        tracing::error!(error = %e, "database error");
        AppError::internal()
    }
}

impl From<crate::auth::crypto::Busy> for AppError {
    fn from(_: crate::auth::crypto::Busy) -> Self {
        tracing::warn!("password hashing at its bound: answered 503");
        AppError::busy()
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        tracing::error!(error = %e, "template error");
        AppError::internal()
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.status, self.message)
    }
}

impl std::error::Error for AppError {}

/// An error waiting to be rendered in the request's language.
#[derive(Clone, Copy)]
struct Pending(AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut r = self.status.into_response();
        r.extensions_mut().insert(Pending(self));
        r
    }
}

/// What rendering a pending [`AppError`] may need from the request, kept on the way in (no
/// copy of the headers on every request); [`ErrorContext::render`] turns the pending error of
/// the answer into its page (or problem document) on the way out.
pub struct ErrorContext {
    api: bool,
    from_path: Option<Lang>,
    accept: Option<HeaderValue>,
}

impl ErrorContext {
    pub fn of(req: &Request) -> ErrorContext {
        let path = req.uri().path();
        ErrorContext {
            api: path.starts_with("/api/"),
            from_path: lang_of_path(path),
            accept: req.headers().get(header::ACCEPT_LANGUAGE).cloned(),
        }
    }

    pub fn render(self, res: Response) -> Response {
        let Some(Pending(e)) = res.extensions().get::<Pending>().copied() else {
            return res;
        };
        if self.api {
            let mut h = HeaderMap::new();
            if let Some(v) = self.accept {
                h.insert(header::ACCEPT_LANGUAGE, v);
            }
            return Problem::from_status(&h, e.status).into_response();
        }
        let lang = self.from_path.unwrap_or_else(|| {
            self.accept
                .as_ref()
                .and_then(|v| v.to_str().ok())
                .map(opengov_i18n::negotiate)
                .unwrap_or(Lang::DEFAULT)
        });
        error_page(e, lang)
    }
}

/// The translated HTML page of an error.
pub fn error_page(e: AppError, lang: Lang) -> Response {
    let i18n = opengov_i18n::global();
    let title_id = match e.status {
        StatusCode::NOT_FOUND => "error-404-title",
        StatusCode::BAD_REQUEST => "error-400-title",
        StatusCode::PAYLOAD_TOO_LARGE => "error-413-title",
        StatusCode::METHOD_NOT_ALLOWED => "error-405-title",
        StatusCode::FORBIDDEN => "error-403-title",
        StatusCode::CONFLICT => "error-409-title",
        StatusCode::TOO_MANY_REQUESTS => "error-429-title",
        StatusCode::SERVICE_UNAVAILABLE => "error-503-title",
        _ => "error-500-title",
    };
    let c = Chrome::new(i18n, lang, "/", false, Nav::None, i18n.t(lang, title_id));
    let page = ErrorPage {
        text: i18n.t(lang, e.message),
        status: e.status.as_u16(),
        c,
    };
    let body = page.render().unwrap_or_else(|_| "error".into());
    (e.status, Html(body)).into_response()
}
