//! Cross-site request forgery: every state-changing request must come from one of our pages.
//! Two checks, both required: the `Origin` (or, failing it, `Referer`) is this site, and the
//! form's `csrf` field equals the `og_csrf` cookie (double submit). Cookies are SameSite=Lax.

use crate::auth::crypto;
use crate::auth::session::{read_cookie, set_cookie};
use axum::http::{HeaderMap, HeaderValue, header};

pub const COOKIE: &str = "og_csrf";
pub const FIELD: &str = "csrf";

/// The token to put in a form, and the cookie to set when the browser has none yet.
pub fn ensure(headers: &HeaderMap, https: bool) -> (String, Option<HeaderValue>) {
    match read_cookie(headers, COOKIE) {
        Some(t) if t.len() == 43 => (t, None),
        _ => {
            let t = crypto::token();
            let c = set_cookie(COOKIE, &t, Some(60 * 60 * 24 * 30), https);
            (t, Some(c))
        }
    }
}

/// True when the request comes from this site's own form.
pub fn check(headers: &HeaderMap, form_token: Option<&str>, https: bool) -> bool {
    same_origin(headers, https)
        && match (read_cookie(headers, COOKIE), form_token) {
            (Some(c), Some(f)) => crypto::same(&c, f),
            _ => false,
        }
}

fn same_origin(headers: &HeaderMap, https: bool) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let ours = format!("{}://{}", if https { "https" } else { "http" }, host);
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        return origin == ours;
    }
    match headers.get(header::REFERER).and_then(|v| v.to_str().ok()) {
        Some(r) => r == ours || r.starts_with(&format!("{ours}/")),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn origin_and_token_are_both_required() {
        let t = "a".repeat(43);
        let cookie = format!("og_csrf={t}");
        let ok = headers(&[
            ("host", "portal.ma"),
            ("origin", "http://portal.ma"),
            ("cookie", &cookie),
        ]);
        assert!(check(&ok, Some(&t), false));
        assert!(!check(&ok, Some("other"), false), "wrong token");
        assert!(!check(&ok, None, false), "missing token");
        let foreign = headers(&[
            ("host", "portal.ma"),
            ("origin", "https://evil.example"),
            ("cookie", &cookie),
        ]);
        assert!(!check(&foreign, Some(&t), false), "foreign origin");
        let none = headers(&[("host", "portal.ma"), ("cookie", &cookie)]);
        assert!(!check(&none, Some(&t), false), "no origin nor referer");
        let referer = headers(&[
            ("host", "portal.ma"),
            ("referer", "http://portal.ma/fr/account"),
            ("cookie", &cookie),
        ]);
        assert!(check(&referer, Some(&t), false));
        let tricky = headers(&[
            ("host", "portal.ma"),
            ("referer", "http://portal.ma.evil.example/"),
            ("cookie", &cookie),
        ]);
        assert!(!check(&tricky, Some(&t), false));
        assert!(!check(&ok, Some(&t), true), "https expected, http origin");
    }
}
