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

use crate::cache::{Entry, Page, PageKey};
use crate::error::AppError;
use crate::locale::header_lang;
use crate::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use opengov_core::Lang;
use std::sync::Arc;

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

/// Today in UTC (`YYYY-MM-DD`), the day "delayed" is judged on.
pub(crate) fn today() -> String {
    opengov_db::today()
}

/// Serves a page from the page cache while nothing it shows has changed and the day is the
/// same; renders it otherwise. `key` is the page's normalised address (its `local` part is what
/// the page links to itself with); `render` gets the state and today's date and returns the
/// page with the tags of what it shows. Only successful pages are kept. Every answer carries
/// the page's ETag (the conditional layer answers 304 when it matches) and lets browsers keep
/// it if they revalidate; no per-user byte is in it (see `crate::user_nav`).
pub(crate) async fn cached<F, Fut>(
    s: AppState,
    key: &PageKey,
    render: F,
) -> Result<Response, AppError>
where
    F: FnOnce(AppState, String) -> Fut,
    Fut: std::future::Future<Output = Result<Page, AppError>>,
{
    let day = today();
    let keep = s.config.page_cache;
    if keep && let Some(e) = s.cache.get(&key.key, &day) {
        return Ok(html(&e));
    }
    let cache = s.cache.clone();
    // Read before rendering: a change during the render leaves the entry stale at once.
    let at = cache.now();
    let page = render(s, day.clone()).await?;
    let entry = Arc::new(Entry::new(Bytes::from(page.html), day, at, page.shows));
    if keep && page.keep {
        cache.put(key.key.clone(), entry.clone());
    }
    Ok(html(&entry))
}

fn html(e: &Entry) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::ETAG, e.etag.clone()),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, no-cache"),
            ),
            // A signed-in user's answer differs (their header): shared caches must not mix them.
            (header::VARY, HeaderValue::from_static("Cookie")),
        ],
        e.body.clone(),
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
