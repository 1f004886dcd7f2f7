//! The JSON API: the same commitments the pages show, problem details, the OpenAPI document.

use crate::common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

async fn json(app: &TestApp, url: &str) -> Value {
    let p = app.get(url).await;
    assert_eq!(p.status, 200, "{url}: {}", p.body);
    assert!(
        p.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    serde_json::from_str(&p.body).unwrap()
}

async fn api_serves_exactly_the_commitments_the_pages_show(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    // Every commitment of the API, page by page.
    let mut api = BTreeSet::new();
    let mut page = 1;
    loop {
        let v = json(&app, &format!("/api/v1/commitments?per_page=7&page={page}")).await;
        for c in v["data"].as_array().unwrap() {
            api.insert(c["ogp_id"].as_str().unwrap().to_string());
        }
        if page >= v["pages"].as_i64().unwrap() {
            break;
        }
        page += 1;
    }
    // Every commitment linked from the list pages.
    let mut pages = BTreeSet::new();
    for page in 1..=3 {
        let p = app.get(&format!("/en/commitments?page={page}")).await;
        for l in links(&p.body) {
            if let Some(id) = l.strip_prefix("/en/commitments/") {
                pages.insert(id.to_string());
            }
        }
    }
    assert_eq!(api.len(), 50);
    assert_eq!(api, pages);
    // Filters agree too.
    let v = json(&app, "/api/v1/commitments?plan=2&per_page=100").await;
    assert_eq!(v["total"], 17);
    let c = json(&app, "/api/v1/commitments/MO0013").await;
    assert_eq!(c["reported_figures"][0]["percent"], 25);
    assert!(c["progress"].is_null(), "no activity: no figure");
    assert_eq!(c["progress_status"], "not_reported");
    let p = json(&app, "/api/v1/plans/2").await;
    assert_eq!(
        (
            p["declared_commitments"].as_i64(),
            p["recorded_commitments"].as_i64()
        ),
        (Some(22), Some(13))
    );
    let axes = json(&app, "/api/v1/plans/3/axes").await;
    assert_eq!(axes["data"].as_array().unwrap().len(), 4);
    let inst = json(&app, "/api/v1/institutions?per_page=100").await;
    assert!(inst["total"].as_i64().unwrap() > 10);
    let one = json(&app, "/api/v1/institutions/house-of-representatives").await;
    assert_eq!(one["kind"], "parliament");
    json(&app, "/api/v1/activities").await;
    json(&app, "/api/v1/commitments/MO0054/activities").await;
    app.cleanup().await;
}
both_engines!(api_serves_exactly_the_commitments_the_pages_show);

async fn api_errors_are_problem_details_in_the_callers_language(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for (url, status) in [
        ("/api/v1/commitments/NOPE", 404),
        ("/api/v1/commitments/%3Cx%3E", 404),
        ("/api/v1/plans/abc", 404),
        ("/api/v1/plans/99999999999999999999", 404),
        ("/api/v1/commitments?page=-1", 400),
        ("/api/v1/commitments?per_page=1000", 400),
        ("/api/v1/commitments?status=%27%20OR%201%3D1", 400),
        ("/api/v1/activities?commitment=%3Cscript%3E", 400),
        ("/api/v2/anything", 404),
    ] {
        let p = app.get_with(url, &[("accept-language", "fr")]).await;
        assert_eq!(p.status, status, "{url}");
        assert_eq!(
            p.headers["content-type"], "application/problem+json",
            "{url}"
        );
        let v: Value = serde_json::from_str(&p.body).unwrap();
        assert_eq!(v["status"], status);
        assert!(
            v["title"].as_str().unwrap().len() > 3
                && v["type"].is_string()
                && v["detail"].is_string()
        );
        assert!(!p.body.contains("<script"));
    }
    let p = app
        .get_with("/api/v1/commitments/NOPE", &[("accept-language", "ar")])
        .await;
    let v: Value = serde_json::from_str(&p.body).unwrap();
    assert_eq!(v["title"], "غير موجود");
    app.cleanup().await;
}
both_engines!(api_errors_are_problem_details_in_the_callers_language);

/// The OpenAPI document describes every route of the API; it is also written to
/// `target/openapi.json`, where the test script validates it against the OpenAPI schema.
async fn openapi_document_describes_the_api(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let v = json(&app, "/api/openapi.json").await;
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    let paths = v["paths"].as_object().unwrap();
    for p in [
        "/api/v1/plans",
        "/api/v1/plans/{number}",
        "/api/v1/plans/{number}/axes",
        "/api/v1/commitments",
        "/api/v1/commitments/{ogp_id}",
        "/api/v1/commitments/{ogp_id}/activities",
        "/api/v1/activities",
        "/api/v1/institutions",
        "/api/v1/institutions/{key}",
    ] {
        assert!(paths.contains_key(p), "{p} missing");
        // Every path answers.
        let url = p
            .replace("{number}", "1")
            .replace("{ogp_id}", "MO0001")
            .replace("{key}", "house-of-representatives");
        assert_eq!(app.get(&url).await.status, 200, "{url}");
    }
    // Every schema reference resolves.
    let text = v.to_string();
    let schemas = v["components"]["schemas"].as_object().unwrap();
    for part in text.split("#/components/schemas/").skip(1) {
        let name: String = part.chars().take_while(|c| *c != '"').collect();
        assert!(schemas.contains_key(&name), "unresolved schema {name}");
    }
    let out =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/openapi.json");
    // Both engines' tests write it: each to its own file, then renamed into place at once.
    let tmp = out.with_extension(format!("json.{}", std::process::id()));
    std::fs::write(&tmp, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    std::fs::rename(&tmp, out).unwrap();
    app.cleanup().await;
}
both_engines!(openapi_document_describes_the_api);
