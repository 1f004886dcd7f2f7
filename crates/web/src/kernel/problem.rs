//! RFC 9457 problem details, translated by `Accept-Language`.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::Lang;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The message id of the refusal (the same as the web form's), for programs to act on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The values refused, each beside its field (invalid requests, 422).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
    #[serde(skip)]
    pub lang: Lang,
}

/// A value refused, with the field it was given in and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field of the request's body, such as `progress` or `links`.
    pub field: String,
    /// The message id of the refusal (the same as the web form's).
    pub code: String,
    /// The refusal, in the language of `Accept-Language`.
    pub detail: String,
}

/// The language of an API answer: the best of `Accept-Language`, else English.
pub fn api_lang(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(opengov_i18n::negotiate)
        .unwrap_or(Lang::En)
}

impl Problem {
    pub fn new(headers: &HeaderMap, status: StatusCode, code: &str) -> Problem {
        let lang = api_lang(headers);
        let i18n = opengov_i18n::global();
        Problem {
            kind: format!("/api/problems/{code}"),
            title: i18n.t(lang, &format!("api-{code}-title")),
            status: status.as_u16(),
            detail: i18n.t(lang, &format!("api-{code}-detail")),
            code: None,
            errors: Vec::new(),
            lang,
        }
    }
    /// A problem of kind `code` whose detail is a refusal's own message (the web form's, with
    /// its arguments), its id kept in `code`.
    pub fn refusal(
        headers: &HeaderMap,
        status: StatusCode,
        code: &str,
        message_id: &str,
        args: &[(&str, opengov_i18n::Arg<'_>)],
    ) -> Problem {
        let p = Problem::new(headers, status, code);
        Problem {
            detail: opengov_i18n::global().ta(p.lang, message_id, args),
            code: Some(message_id.to_string()),
            ..p
        }
    }
    pub fn not_found(headers: &HeaderMap) -> Problem {
        Problem::new(headers, StatusCode::NOT_FOUND, "not-found")
    }
    pub fn bad_request(headers: &HeaderMap) -> Problem {
        Problem::new(headers, StatusCode::BAD_REQUEST, "bad-request")
    }
    /// The problem document of an error status.
    pub fn from_status(headers: &HeaderMap, status: StatusCode) -> Problem {
        let code = match status {
            StatusCode::NOT_FOUND => "not-found",
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::CONFLICT => "conflict",
            StatusCode::UNPROCESSABLE_ENTITY => "invalid",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported-type",
            s if s.is_server_error() => "internal",
            _ => "bad-request",
        };
        Problem::new(headers, status, code)
    }
    pub fn internal(headers: &HeaderMap, e: impl std::fmt::Display) -> Problem {
        tracing::error!(error = %e, "api error");
        Problem::new(headers, StatusCode::INTERNAL_SERVER_ERROR, "internal")
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut r = (status, body).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        r.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(self.lang.code()),
        );
        r
    }
}
