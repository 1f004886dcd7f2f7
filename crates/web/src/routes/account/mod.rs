//! Account pages: registration, e-mail verification, sign-in and sign-out, password reset,
//! settings, personal data download and account deletion.

pub mod register;
pub mod reset;
pub mod settings;
pub mod signin;
pub mod two_step;

use crate::auth::{SignedIn, csrf};
use crate::error::AppError;
use crate::forms::{Errors, FieldView, Values};
use crate::state::AppState;
use crate::views::{Chrome, Crumb, FormPage, FormSection, Nav};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::Lang;

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

/// The page frame of account pages.
pub fn chrome(s: &AppState, lang: Lang, path: &str, title_id: &str) -> Chrome {
    let title = s.i18n.t(lang, title_id);
    Chrome::new(s.i18n, lang, path, false, Nav::None, title.clone()).with_crumbs(vec![
        Crumb {
            label: s.i18n.t(lang, "nav-home"),
            href: Some(format!("/{}/", lang.code())),
        },
        Crumb {
            label: title,
            href: None,
        },
    ])
}

/// Renders a form page; the CSRF cookie is set when the browser has none.
#[allow(clippy::too_many_arguments)]
pub fn form_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    c: Chrome,
    status: StatusCode,
    notice: Option<String>,
    intro: Vec<String>,
    mut sections: Vec<FormSection>,
    errors: &Errors,
    values: &Values,
    links: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let (token, cookie) = csrf::ensure(headers, s.config.https);
    for sec in sections.iter_mut() {
        crate::forms::fill(&mut sec.fields, values, errors);
    }
    let summary = errors
        .0
        .iter()
        .map(|(f, m)| (format!("f-{f}"), m.clone()))
        .collect();
    let page = FormPage {
        c,
        notice,
        errors: summary,
        intro,
        csrf: token,
        sections,
        links,
    };
    let body = crate::routes::render(&page, lang)?;
    Ok(html(status, body, cookie.into_iter().collect()))
}

/// Checks the CSRF protections of a posted form; a failure is a translated 403.
pub fn check_csrf(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    values: &Values,
) -> Result<(), AppError> {
    if csrf::check(
        headers,
        values.get(csrf::FIELD).map(String::as_str),
        s.config.https,
    ) {
        Ok(())
    } else {
        Err(AppError {
            status: StatusCode::FORBIDDEN,
            lang,
            message: "error-403-csrf",
        })
    }
}

pub fn too_many(lang: Lang) -> AppError {
    AppError {
        status: StatusCode::TOO_MANY_REQUESTS,
        lang,
        message: "error-429-text",
    }
}

/// The signed-in user, or a redirect to the sign-in page that comes back here.
// The response is built once per request; boxing it would only add an allocation.
#[allow(clippy::result_large_err)]
pub fn require(user: Option<SignedIn>, lang: Lang, here: &str) -> Result<SignedIn, Response> {
    user.ok_or_else(|| {
        let next: String = url_encode(here);
        see_other(
            &format!("/{}/account/sign-in?next={next}", lang.code()),
            vec![],
        )
    })
}

pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The language options of a preferences field.
pub fn language_options(s: &AppState, lang: Lang) -> Vec<(String, String)> {
    Lang::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                format!(
                    "{} ({})",
                    l.autonym(),
                    s.i18n.t(lang, &format!("language-{}", l.code()))
                ),
            )
        })
        .collect()
}

pub fn field(
    s: &AppState,
    lang: Lang,
    name: &'static str,
    kind: &'static str,
    label_id: &str,
) -> FieldView {
    FieldView::new(name, kind, s.i18n.t(lang, label_id))
}

/// Records a security event.
pub async fn audit(
    s: &AppState,
    actor: Option<i64>,
    action: &str,
    target: Option<i64>,
    ip: &str,
    detail: &str,
) {
    if let Err(e) =
        s.db.audit(opengov_db::now_micros(), actor, action, target, ip, detail)
            .await
    {
        tracing::error!(error = %e, action, "cannot write the audit log");
    }
}

/// An absolute link for e-mails.
pub fn absolute(s: &AppState, path: &str) -> String {
    format!("{}{}", s.config.public_url.trim_end_matches('/'), path)
}

/// A posted form that passed the CSRF checks, with the request's parts. A form that cannot be
/// read is a translated 400; one that fails the checks a translated 403.
pub struct CheckedForm {
    pub values: Values,
    pub parts: axum::http::request::Parts,
}

impl axum::extract::FromRequest<AppState> for CheckedForm {
    type Rejection = AppError;

    async fn from_request(req: axum::extract::Request, s: &AppState) -> Result<Self, AppError> {
        use axum::extract::FromRequestParts;
        let (mut parts, body) = req.into_parts();
        let lang = crate::locale::PageLang::from_request_parts(&mut parts, s)
            .await?
            .0;
        let req = axum::extract::Request::from_parts(parts.clone(), body);
        let axum::Form(values) = axum::Form::<Values>::from_request(req, s)
            .await
            .map_err(|_| AppError::bad_request(lang, "error-400-form"))?;
        check_csrf(s, lang, &parts.headers, &values)?;
        Ok(CheckedForm { values, parts })
    }
}

/// Re-authentication before a sensitive change: adds a translated error to `field` when the
/// password given there is not the account's.
pub async fn reauthenticate(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    values: &Values,
    field: &str,
    errors: &mut Errors,
) -> bool {
    let ok = crate::auth::crypto::verify_password(
        crate::forms::secret(values, field),
        Some(me.user.password_hash.clone()),
    )
    .await;
    if !ok {
        errors.add(field, s.i18n.t(lang, "error-current-password"));
    }
    ok
}
