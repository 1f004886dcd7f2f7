//! Conditional requests: every public page and API answer carries an `ETag`, and a request
//! whose `If-None-Match` names it is answered `304 Not Modified` without a body.
//!
//! Cached pages come with the ETag computed when they were rendered (so a 304 costs a lookup
//! and no hashing); other answers (API, uncached pages) are hashed here. Streamed bodies (no
//! known length), answers marked `no-store` and anything but HTML and JSON are left alone. The
//! ETag is of the bytes sent, so a signed-in user's page (with their header) never shares the
//! visitors' ETag.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;

/// Largest body hashed for an ETag.
const MAX_HASHED: u64 = 4 * 1024 * 1024;

/// A weak ETag of `body`: its 128-bit XXH3 hash, base64url. Weak, because the compression
/// layer outside this one may send the same content gzip- or brotli-encoded under the same tag
/// (a strong tag would promise byte-identical representations). A tag only has to change when
/// the page does, not resist a forger (the client can send any tag it likes anyway), so a fast
/// non-cryptographic hash does: it is about ten times faster than SHA-256 on a rendered page.
pub(crate) fn etag_of(body: &[u8]) -> HeaderValue {
    let d = xxhash_rust::xxh3::xxh3_128(body).to_le_bytes();
    let s = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d);
    HeaderValue::from_str(&format!("W/\"{s}\"")).unwrap_or(HeaderValue::from_static("W/\"-\""))
}

/// True when `if_none_match` names `etag` (weak comparison, as RFC 9110 asks for
/// `If-None-Match`), or is `*`.
pub(crate) fn matches(if_none_match: &HeaderValue, etag: &HeaderValue) -> bool {
    let (Ok(inm), Ok(tag)) = (if_none_match.to_str(), etag.to_str()) else {
        return false;
    };
    let tag = tag.trim_start_matches("W/");
    inm.split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/") == tag)
}

fn hashable(res: &Response) -> bool {
    let h = res.headers();
    let type_ok = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/html")
                || t.starts_with("application/json")
                || t.starts_with("application/problem+json")
        });
    let stored = !h
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.contains("no-store"));
    let size = axum::body::HttpBody::size_hint(res.body()).exact();
    type_ok && stored && size.is_some_and(|n| n <= MAX_HASHED)
}

/// What the conditional step needs from the request: its method and `If-None-Match`.
pub(crate) struct Conditional {
    get: bool,
    safe: bool,
    inm: Option<HeaderValue>,
}

impl Conditional {
    pub(crate) fn of(req: &Request) -> Conditional {
        let get = req.method() == Method::GET;
        Conditional {
            get,
            safe: get || req.method() == Method::HEAD,
            inm: req.headers().get(header::IF_NONE_MATCH).cloned(),
        }
    }

    /// Adds the ETag where it is missing, answers 304 where it matches.
    pub(crate) async fn answer(self, mut res: Response) -> Response {
        if !self.safe || res.status() != StatusCode::OK {
            return res;
        }
        if !res.headers().contains_key(header::ETAG) {
            // A HEAD answer has no body left to hash (cached pages bring their ETag along).
            if !self.get || !hashable(&res) {
                return res;
            }
            let (mut parts, body) = res.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, MAX_HASHED as usize).await else {
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            parts.headers.insert(header::ETAG, etag_of(&bytes));
            parts
                .headers
                .entry(header::CACHE_CONTROL)
                .or_insert(HeaderValue::from_static("no-cache"));
            res = Response::from_parts(parts, Body::from(bytes));
        }
        match (self.inm, res.headers().get(header::ETAG)) {
            (Some(inm), Some(tag)) if matches(&inm, tag) => not_modified(res),
            _ => res,
        }
    }
}

/// A 304 with the headers a 200 would have had (ETag, Cache-Control, Vary, ...), no body.
fn not_modified(res: Response) -> Response {
    let (mut parts, _) = res.into_parts();
    parts.status = StatusCode::NOT_MODIFIED;
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_ENCODING);
    Response::from_parts(parts, Body::from(Bytes::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_is_compared_weakly_and_lists_are_read() {
        let tag = etag_of(b"page");
        let t = tag.to_str().unwrap().to_string();
        assert_ne!(etag_of(b"page"), etag_of(b"other page"));
        let hv = |s: &str| HeaderValue::from_str(s).unwrap();
        assert!(matches(&hv(&t), &tag));
        assert!(matches(&hv(&format!("W/{t}")), &tag));
        assert!(matches(&hv(&format!("\"x\", {t}")), &tag));
        assert!(matches(&hv("*"), &tag));
        assert!(!matches(&hv("\"x\""), &tag));
    }
}
