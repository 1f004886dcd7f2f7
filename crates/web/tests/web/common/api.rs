//! The reporting API in tests: personal tokens made through the account page, and JSON
//! requests with a bearer token (no cookies, as an administration's system sends them).

use super::{Client, Page, TestApp, TestUser, unescape};
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

impl TestApp {
    /// One request to the API: `token` as a bearer token (if any), `body` as JSON (if any),
    /// and extra headers.
    pub async fn api(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        if body.is_some() {
            req = req.header("content-type", "application/json");
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let body = body.map_or_else(Body::empty, |b| Body::from(b.to_string()));
        let res = self
            .router
            .clone()
            .oneshot(req.body(body).unwrap())
            .await
            .unwrap();
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

    /// One request with `body` sent as it is (no content type but those in `headers`).
    pub async fn api_raw(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
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

    /// A token of `user`, made on their account page (signed in for it); its secret.
    pub async fn token_of(&self, user: &TestUser, name: &str) -> String {
        let mut browser = self.signed_in(user).await;
        browser.new_token(name, "90").await
    }
}

impl Client {
    /// Makes a token on the account page; its secret, as the page shows it once.
    pub async fn new_token(&mut self, name: &str, expiry: &str) -> String {
        let page = self
            .submit("/fr/account/tokens", &[("name", name), ("expiry", expiry)])
            .await;
        assert_eq!(page.status, 200, "{}", super::strip_tags(&page.body));
        secret_in(&page.body).expect("the new token's secret on the page")
    }
}

/// The secret shown on the page after a token is made.
pub fn secret_in(body: &str) -> Option<String> {
    let at = body.find("id=\"token-secret\">")?;
    let rest = &body[at + "id=\"token-secret\">".len()..];
    Some(unescape(&rest[..rest.find('<')?]))
}

/// The answer's JSON.
pub fn json(p: &Page) -> serde_json::Value {
    serde_json::from_str(&p.body).unwrap_or_else(|e| panic!("{e}: {} {}", p.status, p.body))
}

/// A POST of `body` as JSON with a bearer token.
pub async fn post(app: &TestApp, uri: &str, token: &str, body: &serde_json::Value) -> Page {
    app.api("POST", uri, Some(token), Some(&body.to_string()), &[])
        .await
}

/// The problem's kind, its form message id, and the message ids of its fields.
pub fn problem_of(p: &Page) -> (String, Option<String>, Vec<(String, String)>) {
    assert_eq!(
        p.headers["content-type"], "application/problem+json",
        "{} {}",
        p.status, p.body
    );
    let v = json(p);
    assert_eq!(v["status"], p.status.as_u16());
    assert!(!v["title"].as_str().unwrap().is_empty());
    assert!(!v["detail"].as_str().unwrap().is_empty());
    let fields = v["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    assert!(!e["detail"].as_str().unwrap().is_empty(), "{e}");
                    (
                        e["field"].as_str().unwrap().to_string(),
                        e["code"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    (
        v["type"].as_str().unwrap().to_string(),
        v["code"].as_str().map(str::to_string),
        fields,
    )
}
