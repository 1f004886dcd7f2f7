//! A test application over a fresh database loaded with the repository's demo dataset.
#![allow(dead_code)]

pub mod client;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use opengov_db::dataset::{KnownKeys, read_files};
use opengov_db::testing::TestDb;
use opengov_db::{Engine, now_micros};
use opengov_web::{AppState, WebConfig};
use std::path::PathBuf;
use tower::ServiceExt;

pub struct App {
    pub router: Router,
    pub state: AppState,
    pub t: TestDb,
}

pub fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/demo")
}

pub async fn app_with(engine: Engine, page_cache: bool) -> App {
    let t = TestDb::new(engine).await;
    let ds = read_files(&[demo_dir()], &KnownKeys::default()).expect("demo data");
    t.db.import_dataset(&ds, now_micros(), &|_| {})
        .await
        .unwrap();
    let config = WebConfig {
        page_cache,
        ..WebConfig::default()
    };
    let state = AppState::with_mailer(t.db.clone(), config, opengov_mail::Mailer::memory());
    App {
        router: opengov_web::app(state.clone()),
        state,
        t,
    }
}

pub async fn app() -> App {
    app_with(Engine::Sqlite, true).await
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl App {
    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, &[]).await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Page {
        self.request_with("GET", uri, headers).await
    }

    /// A request with any method and no body.
    pub async fn request(&self, method: &str, uri: &str) -> Page {
        self.request_with(method, uri, &[]).await
    }

    pub async fn request_with(&self, method: &str, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = Request::builder().method(method).uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).to_string(),
        }
    }

    pub async fn cleanup(self) {
        self.t.cleanup().await;
    }
}

/// Every `href="..."` of a page, unescaped.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        if let Some(j) = rest.find('"') {
            out.push(unescape(&rest[..j]));
            rest = &rest[j..];
        }
    }
    out
}

/// Undoes the HTML escaping of an attribute value.
pub fn unescape(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
}

/// The text of a page without the passages marked as being in another language than `lang`
/// (stored content shown in a fallback language or quoted from an English source).
pub fn own_language_text(html: &str, lang: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<bdi lang=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 11..];
        let code: String = after.chars().take_while(|c| *c != '"').collect();
        let end = after.find("</bdi>").map(|e| e + 6).unwrap_or(after.len());
        if code == lang {
            out.push_str(&after[..end]);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    strip_tags(&out)
}

/// The value of an attribute of the `<html>` element.
pub fn html_attr(html: &str, name: &str) -> Option<String> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(tag[i..i + tag[i..].find('"')?].to_string())
}

/// The text of the first `<h1>` (tags removed).
pub fn h1(html: &str) -> String {
    let Some(s) = html.find("<h1") else {
        return String::new();
    };
    let s = s + html[s..].find('>').unwrap() + 1;
    let e = s + html[s..].find("</h1>").unwrap();
    strip_tags(&html[s..e])
}

pub fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
