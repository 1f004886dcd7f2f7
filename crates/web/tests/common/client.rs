//! A browser-like client over the in-process router: it keeps cookies, sends the site's
//! Origin with forms, and copies the CSRF token from the page it was on.
#![allow(dead_code)]

use super::{Page, unescape};
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use tower::ServiceExt;

pub struct Client {
    pub router: axum::Router,
    pub cookies: BTreeMap<String, String>,
    pub origin: Option<String>,
    /// The address the requests come from (the connection's peer), when a test needs one.
    pub peer: Option<std::net::SocketAddr>,
    /// Headers sent with every request (such as a proxy's `X-Forwarded-For`).
    pub headers: Vec<(String, String)>,
}

impl Client {
    /// A client of one instance (a router) of the application.
    pub fn on(router: axum::Router) -> Self {
        Client {
            router,
            cookies: BTreeMap::new(),
            origin: Some("http://localhost".into()),
            peer: None,
            headers: Vec::new(),
        }
    }

    /// The same browser seen from another address (`"198.51.100.7"`).
    pub fn seen_from(mut self, ip: &str) -> Self {
        self.peer = Some(std::net::SocketAddr::new(ip.parse().unwrap(), 40000));
        self
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, req: axum::http::request::Builder, body: Body) -> Page {
        let mut req = req.header("host", "localhost");
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !self.cookies.is_empty() {
            req = req.header("cookie", self.cookie_header());
        }
        let mut req = req.body(body).unwrap();
        if let Some(peer) = self.peer {
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
        }
        let res = self.router.clone().oneshot(req).await.unwrap();
        for c in res.headers().get_all("set-cookie") {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") || v.is_empty() {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).to_string(),
            bytes,
        }
    }

    pub async fn get(&mut self, uri: &str) -> Page {
        self.send(Request::builder().uri(uri), Body::empty()).await
    }

    /// A GET with extra request headers (such as `If-None-Match`).
    pub async fn get_with(&mut self, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = Request::builder().uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.send(req, Body::empty()).await
    }

    /// Posts a form as a browser would from this site (Origin and the CSRF cookie's token).
    pub async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.cookies.get("og_csrf").cloned().unwrap_or_default();
        let mut all: Vec<(String, String)> = vec![("csrf".into(), token)];
        all.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        self.post_raw(uri, &all).await
    }

    pub async fn post_raw(&mut self, uri: &str, fields: &[(String, String)]) -> Page {
        let body: String = fields
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut req = Request::builder()
            .method("POST")
            .uri(uri)
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(o) = &self.origin {
            req = req.header("origin", o.as_str());
        }
        self.send(req, Body::from(body)).await
    }

    /// Gets a form page first (for the CSRF cookie), then posts to it.
    pub async fn submit(&mut self, uri: &str, fields: &[(&str, &str)]) -> Page {
        let form_page = self.get(uri).await;
        assert!(
            form_page.status.is_success() || form_page.status.is_redirection(),
            "{uri}: {}",
            form_page.status
        );
        self.post(uri, fields).await
    }
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The first link to `path_part` in a text (an e-mail body).
pub fn link_in(text: &str, path_part: &str) -> String {
    let start = text.find("http://").expect("a link");
    let rest = &text[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let url = unescape(&rest[..end]);
    assert!(url.contains(path_part), "{url}");
    url.trim_start_matches("http://127.0.0.1:8080").to_string()
}
