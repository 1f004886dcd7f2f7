//! Routes of the public pages. Handlers are thin: read rows, build a view, render.

pub mod access;
pub mod account;
pub mod admin;
mod assets;
mod commitment_view;
mod commitments;
mod dev;
pub(crate) use commitments::FilterOptions;
pub(crate) use commitments::parse_query as parse_list_query;
mod health;
mod home;
mod info;
mod institutions;
mod plans;
mod report;

use crate::error::AppError;
use crate::locale::header_lang;
use crate::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use opengov_core::Lang;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/static/{*path}", get(assets::asset))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home::page))
        .route("/{lang}/plans", get(plans::list))
        .route("/{lang}/plans/{number}", get(plans::page))
        .route("/{lang}/commitments", get(commitments::list))
        .route("/{lang}/commitments/{ogp_id}", get(commitments::page))
        .route(
            "/{lang}/commitments/{ogp_id}/progress",
            get(report::form).post(report::submit),
        )
        .route("/{lang}/institutions", get(institutions::list))
        .route("/{lang}/institutions/{key}", get(institutions::page))
        .route("/{lang}/about", get(info::about))
        .route("/{lang}/open-data", get(info::open_data))
        .route("/{lang}/accessibility", get(info::accessibility))
        .merge(account_routes())
        .merge(admin::routes())
        .route("/dev/mailbox", get(dev::mailbox))
        .route("/dev/mailbox/{file}", get(dev::message))
        .fallback(not_found)
}

fn account_routes() -> Router<AppState> {
    use account::{register, reset, settings, signin, two_step};
    use axum::routing::post;
    Router::new()
        .route("/{lang}/account", get(settings::overview))
        .route(
            "/{lang}/account/register",
            get(register::form).post(register::submit),
        )
        .route("/{lang}/account/check-email", get(register::check_email))
        .route(
            "/{lang}/account/verify",
            get(register::verify_page).post(register::verify),
        )
        .route("/{lang}/account/verify/resend", post(register::resend))
        .route(
            "/{lang}/account/sign-in",
            get(signin::form).post(signin::submit),
        )
        .route("/{lang}/account/sign-out", post(signin::sign_out))
        .route(
            "/{lang}/account/reset",
            get(reset::form).post(reset::submit),
        )
        .route(
            "/{lang}/account/reset/confirm",
            get(reset::confirm_form).post(reset::confirm),
        )
        .route("/{lang}/account/profile", post(settings::profile))
        .route("/{lang}/account/password", post(settings::change_password))
        .route("/{lang}/account/email", post(settings::change_email))
        .route(
            "/{lang}/account/email/confirm",
            get(settings::confirm_email_page).post(settings::confirm_email),
        )
        .route(
            "/{lang}/account/sign-out-everywhere",
            post(settings::sign_out_everywhere),
        )
        .route("/{lang}/account/data", get(settings::data))
        .route("/{lang}/account/two-step", get(two_step::page))
        .route("/{lang}/account/two-step/start", post(two_step::start))
        .route("/{lang}/account/two-step/enable", post(two_step::enable))
        .route("/{lang}/account/two-step/disable", post(two_step::disable))
        .route(
            "/{lang}/account/two-step/verify",
            get(two_step::verify_form).post(two_step::verify),
        )
        .route(
            "/{lang}/account/delete",
            get(settings::delete_page).post(settings::delete),
        )
}

/// `/` sends the visitor to the home page in the language their browser prefers.
async fn root(req: axum::http::Request<axum::body::Body>) -> Response {
    let (parts, _) = req.into_parts();
    let lang = header_lang(&parts);
    let mut r = Redirect::to(&format!("/{}/", lang.code())).into_response();
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    r
}

async fn lang_root(crate::locale::PageLang(lang): crate::locale::PageLang) -> Redirect {
    Redirect::permanent(&format!("/{}/", lang.code()))
}

/// Unknown paths: a 404 in the language of the path's first segment when it is one of ours.
async fn not_found(req: axum::http::Request<axum::body::Body>) -> AppError {
    let (parts, _) = req.into_parts();
    let first = parts
        .uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    AppError::not_found(Lang::from_code(first).unwrap_or_else(|| header_lang(&parts)))
}

/// The path after the language segment, with its query, for the language switcher.
pub(crate) fn local_path(uri: &Uri) -> String {
    let path = uri.path();
    let rest = path
        .trim_start_matches('/')
        .split_once('/')
        .map(|(_, r)| format!("/{r}"))
        .unwrap_or_else(|| "/".into());
    match uri.query() {
        Some(q) if !q.is_empty() && q.len() <= 2048 => format!("{rest}?{q}"),
        _ => rest,
    }
}

/// Today in UTC (`YYYY-MM-DD`), the day "delayed" is judged on.
pub(crate) fn today() -> String {
    opengov_db::today()
}

/// Serves a page from the cache while the data version and the day are unchanged; renders it
/// otherwise. Only successful pages are kept.
pub(crate) async fn cached<F, Fut>(
    s: AppState,
    lang: Lang,
    uri: &Uri,
    render: F,
) -> Result<Response, AppError>
where
    F: FnOnce(AppState, String) -> Fut,
    Fut: std::future::Future<Output = Result<String, AppError>>,
{
    let day = today();
    let key = format!("{}?{}", uri.path(), uri.query().unwrap_or(""));
    let version = if s.config.page_cache {
        let v =
            s.db.data_version()
                .await
                .map_err(|e| AppError::from((lang, e)))?;
        if let Some(body) = s.cache.get(&key, v, &day) {
            return Ok(html(body));
        }
        Some(v)
    } else {
        None
    };
    let cache = s.cache.clone();
    let body = Bytes::from(render(s, day.clone()).await?);
    if let Some(v) = version {
        cache.put(key, v, &day, body.clone());
    }
    Ok(html(body))
}

fn html(body: Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

/// True when the illustrative-data banner must show.
pub(crate) async fn illustrative(s: &AppState, lang: Lang) -> Result<bool, AppError> {
    Ok(s.db
        .setting("illustrative")
        .await
        .map_err(|e| AppError::from((lang, e)))?
        .as_deref()
        == Some("1"))
}

/// Renders an askama template into a string, mapping a failure to a 500 page.
pub(crate) fn render<T: askama::Template>(t: &T, lang: Lang) -> Result<String, AppError> {
    t.render().map_err(|e| {
        tracing::error!(error = %e, "template error");
        AppError::internal(lang)
    })
}

/// A valid URL key (OGP id, axis or institution key): ASCII letters, digits, `-` and `_`.
pub fn valid_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
