//! Errors of the HTML pages: a translated page with the right status, never a stack trace.

use crate::views::{Chrome, ErrorPage};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use opengov_core::Lang;

#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub lang: Lang,
    /// Message id of the explanation shown under the title.
    pub message: &'static str,
}

impl AppError {
    pub fn not_found(lang: Lang) -> Self {
        AppError {
            status: StatusCode::NOT_FOUND,
            lang,
            message: "error-404-text",
        }
    }
    pub fn bad_request(lang: Lang, message: &'static str) -> Self {
        AppError {
            status: StatusCode::BAD_REQUEST,
            lang,
            message,
        }
    }
    pub fn internal(lang: Lang) -> Self {
        AppError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            lang,
            message: "error-500-text",
        }
    }
}

impl From<(Lang, opengov_db::DbError)> for AppError {
    fn from((lang, e): (Lang, opengov_db::DbError)) -> Self {
        tracing::error!(error = %e, "database error");
        AppError::internal(lang)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let i18n = opengov_i18n::global();
        let title_id = match self.status {
            StatusCode::NOT_FOUND => "error-404-title",
            StatusCode::BAD_REQUEST => "error-400-title",
            StatusCode::PAYLOAD_TOO_LARGE => "error-413-title",
            StatusCode::METHOD_NOT_ALLOWED => "error-405-title",
            StatusCode::FORBIDDEN => "error-403-title",
            StatusCode::TOO_MANY_REQUESTS => "error-429-title",
            _ => "error-500-title",
        };
        let c = Chrome::new(
            i18n,
            self.lang,
            "/",
            false,
            crate::views::Nav::None,
            i18n.t(self.lang, title_id),
        );
        let page = ErrorPage {
            text: i18n.t(self.lang, self.message),
            status: self.status.as_u16(),
            c,
        };
        let body = page.render().unwrap_or_else(|_| "error".into());
        (self.status, Html(body)).into_response()
    }
}
