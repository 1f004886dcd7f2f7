//! Public pages: shared by everyone, served from the page cache while nothing they show has
//! changed (see `crate::cache`), with the banner flag every page needs.

use super::AppError;
use crate::cache::{Entry, Page, PageKey};
use crate::state::AppState;
use axum::body::Bytes;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

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
    // Boxed: the render's state machine is large, and inline it would be moved on every
    // request, hits included (the hit path is most of the traffic).
    let mut page = Box::pin(render(s, day.clone())).await?;
    let stored = keep && page.keep;
    if stored {
        // Rendered into a generous buffer: the cache counts, and should hold, only the page.
        page.html.shrink_to_fit();
    }
    let entry = Entry::new(Bytes::from(page.html), day, at, page.shows);
    if !stored {
        return Ok(html(&Arc::new(entry)));
    }
    let entry = Arc::new(entry.compressed());
    cache.put(key.key.clone(), entry.clone());
    Ok(html(&entry))
}

/// The kept entry an answer was made from: the answer layer sends its compressed form when the
/// browser asks for one and no per-user header goes in (see `middleware::answer`).
#[derive(Clone)]
pub(crate) struct FromCache(pub Arc<Entry>);

fn html(e: &Arc<Entry>) -> Response {
    let mut res = (
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
            // A signed-in user's answer differs (their header), and the coding follows
            // Accept-Encoding: shared caches must not mix them.
            (
                header::VARY,
                HeaderValue::from_static("Cookie, Accept-Encoding"),
            ),
        ],
        e.body.clone(),
    )
        .into_response();
    res.extensions_mut().insert(FromCache(e.clone()));
    res
}

/// `res` in the coding the browser asked for, when it was made from a kept entry that has that
/// form; otherwise as it is (the compression layer may still compress it).
pub(crate) fn encoded(res: Response, coding: crate::cache::Coding) -> Response {
    let Some(FromCache(entry)) = res.extensions().get::<FromCache>().cloned() else {
        return res;
    };
    let (Some(body), Some(value)) = (entry.body_in(coding), coding.header()) else {
        return res;
    };
    let (mut parts, _) = res.into_parts();
    parts.headers.insert(header::CONTENT_ENCODING, value);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// True when the illustrative-data banner must show.
/// Read once, then kept in memory until a setting changes (settings changes reach every page).
pub(crate) async fn illustrative(s: &AppState) -> Result<bool, AppError> {
    if let Some(v) = s.illustrative.get(&()) {
        return Ok(*v);
    }
    let at = s.illustrative.now();
    let v = s.db.setting("illustrative").await?.as_deref() == Some("1");
    s.illustrative.put((), at, Arc::new(v));
    Ok(v)
}
