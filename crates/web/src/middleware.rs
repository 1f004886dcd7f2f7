//! Layers around every route: request ids, structured request logs, security headers, body
//! and time limits, and a panic catcher that answers with a plain 500.

use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware;
use axum::response::Response;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Largest request body accepted, on every route but the evidence upload (which reads its
/// body within the upload limit: `evidence::EvidenceForm`).
pub const BODY_LIMIT: usize = 64 * 1024;
/// Longest time a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; \
    frame-ancestors 'none'";

/// The layers as one stack, outermost first. Composed with `ServiceBuilder` and given to the
/// router in one call, the stack is one service per route: a layer added by its own
/// `Router::layer` call would box and clone every route again, on every request.
pub fn wrap(router: Router, state: &AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let https = state.config.https;
    let stack = tower::ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(x_request_id.clone(), RequestIds::new()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path())
        }))
        .layer(PropagateRequestIdLayer::new(x_request_id))
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // gzip or brotli when the client asks (HTML, CSS, JSON, SVG; fonts are compressed already).
        .layer(CompressionLayer::new().gzip(true).br(true).compress_when(compressible()))
        .layer(tower::util::MapResponseLayer::new(move |res| security_headers(res, https)))
        // Innermost: errors rendered, the signed-in header, ETags and 304s (one step).
        .layer(middleware::from_fn_with_state(state.clone(), answer));
    router.layer(stack)
}

/// The innermost layer, in one step (one boxed future per request rather than one per step):
/// a pending error becomes its page in the request's language; a signed-in user's account
/// area goes into HTML answers, and a visitor gets a kept page in the compressed form kept with
/// it; then the ETag of what is sent, and 304 when it matches.
async fn answer(
    axum::extract::State(s): axum::extract::State<AppState>,
    req: Request,
    next: middleware::Next,
) -> Response {
    let conditional = crate::conditional::Conditional::of(&req);
    let errors = crate::kernel::ErrorContext::of(&req);
    let coding = crate::cache::Coding::preferred(req.headers().get(header::ACCEPT_ENCODING));
    let (req, splice) = crate::user_nav::Splice::of(&s, req).await;
    let mut res = errors.render(next.run(req).await);
    res = match splice {
        Some(splice) => splice.answer(&s, res).await,
        // A kept page goes out in the compressed form kept with it.
        None => crate::kernel::encoded(res, coding),
    };
    conditional.answer(res).await
}

/// Request ids: a random prefix drawn once per process, then a counter (`3f9a0c1e-2a`). Unique
/// across the instances of a deployment in practice, and unlike a UUID per request they cost
/// no call for random bytes (a system call on every request).
#[derive(Clone)]
struct RequestIds {
    prefix: std::sync::Arc<str>,
    next: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl RequestIds {
    fn new() -> RequestIds {
        let u = uuid::Uuid::new_v4().simple().to_string();
        RequestIds {
            prefix: u[..12].into(),
            next: Default::default(),
        }
    }
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n:x}", self.prefix))
            .ok()
            .map(RequestId::new)
    }
}

/// What is worth compressing: text answers of some size (not fonts, images, PDF and office
/// documents, which are compressed already).
fn compressible() -> impl Predicate {
    SizeAbove::new(256)
        .and(NotForContentType::new("font/"))
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/vnd."))
}

/// The security headers of every answer. A plain function over the response (run by tower's
/// `MapResponseLayer`, which neither boxes the request's future nor clones the routes as an
/// axum `from_fn` layer does on every request).
fn security_headers(mut res: Response, https: bool) -> Response {
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("application/json") || t.starts_with("application/problem+json")
        });
    let h = res.headers_mut();
    // A served evidence file carries a stricter policy of its own (`sandbox`, nothing loads).
    let sandboxed = h
        .get(header::CONTENT_SECURITY_POLICY)
        .is_some_and(|v| v.as_bytes().starts_with(b"sandbox;"));
    if !sandboxed {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    // The API's answers (data, the OpenAPI document, problem details) may be read by any site:
    // they are public and carry no credentials. HTML pages are never JSON.
    if json {
        h.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_distinct_and_share_the_process_prefix() {
        let mut ids = RequestIds::new();
        let req = axum::http::Request::new(());
        let a = ids.make_request_id(&req).unwrap();
        let b = ids.clone().make_request_id(&req).unwrap();
        let (a, b) = (
            a.header_value().to_str().unwrap().to_string(),
            b.header_value().to_str().unwrap().to_string(),
        );
        assert_ne!(a, b, "each request gets its own id, clones included");
        assert_eq!(a.split('-').next(), b.split('-').next());
        assert_eq!(a.split('-').next().unwrap().len(), 12);
        let other = RequestIds::new().make_request_id(&req).unwrap();
        assert_ne!(
            other.header_value().to_str().unwrap().split('-').next(),
            a.split('-').next(),
            "another process (here: another generator) draws another prefix"
        );
    }
}
