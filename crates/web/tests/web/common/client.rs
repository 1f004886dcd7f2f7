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

    /// Posts a multipart form (`enctype="multipart/form-data"`) as a browser would from this
    /// site, with the CSRF cookie's token first; `streamed` sends the body in chunks without a
    /// `Content-Length`, as a client that does not announce its size.
    pub async fn post_multipart(&mut self, uri: &str, parts: &[Part<'_>], streamed: bool) -> Page {
        let token = self.cookies.get("og_csrf").cloned().unwrap_or_default();
        let mut all = vec![Part::text("csrf", &token)];
        all.extend_from_slice(parts);
        self.post_multipart_raw(uri, &all, streamed).await
    }

    /// [`Client::post_multipart`] without the CSRF token.
    pub async fn post_multipart_raw(
        &mut self,
        uri: &str,
        parts: &[Part<'_>],
        streamed: bool,
    ) -> Page {
        let boundary = "----opengov-test-boundary-7d3a";
        let mut body = Vec::new();
        for p in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match p.file_name {
                Some(f) => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{}\"; filename=\"{f}\"\r\nContent-Type: {}\r\n\r\n",
                        p.name,
                        p.content_type.unwrap_or("application/octet-stream")
                    )
                    .as_bytes(),
                ),
                None => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{}\"\r\n\r\n", p.name).as_bytes(),
                ),
            }
            body.extend_from_slice(p.bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut req = Request::builder().method("POST").uri(uri).header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        );
        if let Some(o) = &self.origin {
            req = req.header("origin", o.as_str());
        }
        let body = if streamed {
            let chunks: Vec<Result<axum::body::Bytes, std::io::Error>> = body
                .chunks(16 * 1024)
                .map(|c| Ok(axum::body::Bytes::copy_from_slice(c)))
                .collect();
            Body::from_stream(futures_util::stream::iter(chunks))
        } else {
            req = req.header("content-length", body.len());
            Body::from(body)
        };
        self.send(req, body).await
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

/// One part of a multipart form: a text field, or a file with its name and declared type.
#[derive(Clone, Copy)]
pub struct Part<'a> {
    pub name: &'a str,
    pub file_name: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub bytes: &'a [u8],
}

impl<'a> Part<'a> {
    pub fn text(name: &'a str, value: &'a str) -> Part<'a> {
        Part {
            name,
            file_name: None,
            content_type: None,
            bytes: value.as_bytes(),
        }
    }

    pub fn file(
        name: &'a str,
        file_name: &'a str,
        content_type: &'a str,
        bytes: &'a [u8],
    ) -> Part<'a> {
        Part {
            name,
            file_name: Some(file_name),
            content_type: Some(content_type),
            bytes,
        }
    }
}
