//! The OpenAPI document and the API agree: every bound the document declares is the one the
//! server applies (the value at a bound is answered, the value past it refused with a
//! problem document), and every status an operation can answer is declared.

use crate::common;

use common::*;
use serde_json::Value;

const LISTS: &[&str] = &[
    "/api/v1/plans",
    "/api/v1/commitments",
    "/api/v1/activities",
    "/api/v1/institutions",
];

fn param<'a>(doc: &'a Value, path: &str, name: &str) -> &'a Value {
    doc["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap_or_else(|| panic!("{path} has no parameters"))
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{path} does not declare {name}"))
}

async fn the_declared_bounds_are_the_ones_the_server_applies(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let doc: Value = serde_json::from_str(&app.get("/api/openapi.json").await.body).unwrap();
    for list in LISTS {
        for name in ["page", "per_page"] {
            let schema = &param(&doc, list, name)["schema"];
            let min = schema["minimum"]
                .as_i64()
                .unwrap_or_else(|| panic!("{list} {name} minimum"));
            let max = schema["maximum"]
                .as_i64()
                .unwrap_or_else(|| panic!("{list} {name} maximum"));
            for ok in [min, max] {
                let url = format!("{list}?{name}={ok}");
                assert_eq!(app.get(&url).await.status, 200, "{url}");
            }
            // What schemathesis sent before the bounds were declared, and the values just past
            // them: a problem document each, as the document now says.
            for bad in [i64::MIN, min - 1, max + 1] {
                let url = format!("{list}?{name}={bad}");
                let p = app.get(&url).await;
                assert_eq!(p.status, 400, "{url}");
                assert_eq!(
                    p.headers["content-type"], "application/problem+json",
                    "{url}"
                );
            }
        }
        let responses = doc["paths"][list]["get"]["responses"].as_object().unwrap();
        for status in ["200", "304", "400", "408", "500"] {
            assert!(
                responses.contains_key(status),
                "{list} does not declare {status}"
            );
        }
    }
    let plan = &param(&doc, "/api/v1/plans/{number}", "number")["schema"];
    assert_eq!(
        (plan["minimum"].as_i64(), plan["maximum"].as_i64()),
        (Some(1), Some(9999))
    );
    assert_eq!(app.get("/api/v1/plans/9999").await.status, 404);
    assert_eq!(app.get("/api/v1/commitments?plan=9999").await.status, 200);
    assert_eq!(app.get("/api/v1/commitments?plan=10000").await.status, 400);
    // A parameter given twice, or padded, is refused rather than guessed at.
    for url in [
        "/api/v1/plans?page=1&page=2",
        "/api/v1/plans?page=%201",
        "/api/v1/commitments?axis=",
    ] {
        assert_eq!(app.get(url).await.status, 400, "{url}");
    }
    app.cleanup().await;
}
both_engines!(the_declared_bounds_are_the_ones_the_server_applies);
