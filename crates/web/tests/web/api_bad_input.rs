//! The reporting API's bad input, on both engines: wrong, missing, oversized and hostile values,
//! bodies that are not JSON, an unknown, cancelled or closed activity, reports that cannot be
//! submitted as they are. Each is a problem document with the web form's message id, in the
//! language asked for, that changes nothing, and never a 500.

use crate::common;

use common::*;
use opengov_core::reporting::ReportStatus;
use serde_json::{Value, json};

/// A commitment of plan 3, and one of plan 1 (completed: closed).
const A: &str = "MO0054";
const CLOSED: &str = "MO0001";

async fn bad_input_is_a_translated_problem_that_changes_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "a1", 10).await;
    let cancelled = app.add_activity(A, "a-cancelled", 10).await;
    app.db
        .update_activity("a-cancelled", 1, 10, true, opengov_db::now_micros())
        .await
        .unwrap();
    let old = app.add_activity(CLOSED, "old", 10).await;
    let c1 = app.db.commitment_by_ogp_id(CLOSED).await.unwrap().unwrap();
    let user = app
        .user("leader@example.ma")
        .roles(&[
            (
                Role::ProjectLeader,
                ScopeKind::Commitment,
                app.db.commitment_by_ogp_id(A).await.unwrap().unwrap().id,
            ),
            (Role::ProjectLeader, ScopeKind::Commitment, c1.id),
        ])
        .verified()
        .create()
        .await;
    let t = app.token_of(&user, "Système").await;
    let ok = |extra: Value| {
        let mut v = json!({"activity": "a1", "progress": 50, "done": "Fait"});
        for (k, x) in extra.as_object().unwrap() {
            if x.is_null() {
                v.as_object_mut().unwrap().remove(k);
            } else {
                v[k] = x.clone();
            }
        }
        v.to_string()
    };
    let long = "ب".repeat(2001);
    let links: Vec<String> = (0..21).map(|i| format!("https://e.ma/{i}")).collect();
    let cases: Vec<(String, u16, &str, &str)> = vec![
        (
            ok(json!({"progress": -1})),
            422,
            "progress",
            "report-error-progress",
        ),
        (
            ok(json!({"progress": 101})),
            422,
            "progress",
            "report-error-progress",
        ),
        (
            ok(json!({"progress": "x"})),
            422,
            "progress",
            "report-error-progress",
        ),
        (
            ok(json!({"progress": "50"})),
            422,
            "progress",
            "report-error-progress",
        ),
        (
            ok(json!({"progress": 5.5})),
            422,
            "progress",
            "report-error-progress",
        ),
        (
            ok(json!({"progress": null})),
            422,
            "progress",
            "report-error-progress",
        ),
        (ok(json!({"done": null})), 422, "done", "token-api-missing"),
        (ok(json!({"done": 7})), 422, "done", "token-api-text-type"),
        (
            ok(json!({"activity": null})),
            422,
            "activity",
            "token-api-missing",
        ),
        (
            ok(json!({"activity": "a 1"})),
            422,
            "activity",
            "token-api-activity-unknown",
        ),
        (
            ok(json!({"done": long})),
            422,
            "done",
            "report-error-too-long",
        ),
        (
            ok(json!({"difficulties": "a\u{0}b"})),
            422,
            "difficulties",
            "report-error-control",
        ),
        (
            ok(json!({"links": ["ftp://e.ma/x"]})),
            422,
            "links[0]",
            "evidence-error-link-scheme",
        ),
        (
            ok(json!({"links": ["javascript:alert(1)"]})),
            422,
            "links[0]",
            "evidence-error-link-scheme",
        ),
        (
            ok(json!({"links": ["https://u:p@e.ma/"]})),
            422,
            "links[0]",
            "evidence-error-link-userinfo",
        ),
        (
            ok(json!({"links": ["https://e.ma/a b"]})),
            422,
            "links[0]",
            "evidence-error-link-whitespace",
        ),
        (
            ok(json!({"links": "https://e.ma/"})),
            422,
            "links",
            "token-api-links-type",
        ),
        (
            ok(json!({"links": links})),
            422,
            "links",
            "token-api-links-too-many",
        ),
        (
            ok(json!({"idempotency_key": "short"})),
            422,
            "idempotency_key",
            "token-api-key-invalid",
        ),
        (
            ok(json!({"lang": "xx"})),
            422,
            "lang",
            "error-language-invalid",
        ),
    ];
    for (body, status, field, code) in cases {
        let p = app
            .api("POST", "/api/v1/reports", Some(&t), Some(&body), &[])
            .await;
        assert_eq!(p.status, status, "{body}: {}", p.body);
        let (kind, _, fields) = problem_of(&p);
        assert_eq!(kind, "/api/problems/invalid");
        assert!(
            fields.contains(&(field.to_string(), code.to_string())),
            "{body}: {fields:?}"
        );
    }
    // Refused by the activity's state, or unknown, each with the form's message.
    for (activity, status, code) in [
        ("nowhere", 404, "token-api-activity-unknown"),
        ("a-cancelled", 409, "report-refused-cancelled"),
        ("old", 409, "report-refused-plan-closed"),
    ] {
        let body = json!({"activity": activity, "progress": 10, "done": "x"}).to_string();
        let p = app
            .api("POST", "/api/v1/reports", Some(&t), Some(&body), &[])
            .await;
        assert_eq!(p.status, status, "{activity}: {}", p.body);
        assert_eq!(problem_of(&p).1.as_deref(), Some(code), "{activity}");
    }
    // Bodies that are not JSON objects.
    for (body, content_type, status, kind) in [
        ("{\"activity\": ", "application/json", 400, "bad-body"),
        ("[1, 2]", "application/json", 400, "bad-body"),
        ("", "application/json", 400, "bad-body"),
        (
            "activity=a1&progress=50",
            "application/x-www-form-urlencoded",
            415,
            "unsupported-type",
        ),
        ("{}", "text/plain", 415, "unsupported-type"),
    ] {
        let req_headers = [("content-type", content_type), ("accept-language", "ar")];
        let p = app
            .api_raw("POST", "/api/v1/reports", Some(&t), body, &req_headers)
            .await;
        assert_eq!(p.status, status, "{body:?} as {content_type}: {}", p.body);
        assert_eq!(problem_of(&p).0, format!("/api/problems/{kind}"));
        assert_eq!(p.headers["content-language"], "ar");
    }
    let huge = ok(json!({"done": "x".repeat(70_000)}));
    let p = app
        .api("POST", "/api/v1/reports", Some(&t), Some(&huge), &[])
        .await;
    assert_eq!(p.status, 413);
    assert_eq!(problem_of(&p).0, "/api/problems/too-large");
    // The messages are the form's, in the language asked for.
    let p = app
        .api(
            "POST",
            "/api/v1/reports",
            Some(&t),
            Some(&ok(json!({"progress": 101}))),
            &[("accept-language", "ar")],
        )
        .await;
    assert_eq!(
        json(&p)["errors"][0]["detail"],
        "أدخلوا عددًا صحيحًا من 0 إلى 100."
    );
    // Nothing was stored.
    for activity in [a1, cancelled, old] {
        assert!(
            app.db
                .reports_of_activity(activity)
                .await
                .unwrap()
                .is_empty()
        );
    }

    // An empty draft is kept, but not submitted; nor is a stale revision, or a bad one.
    let r = post(
        &app,
        "/api/v1/reports",
        &t,
        &json!({"activity": "a1", "progress": 10, "done": ""}),
    )
    .await;
    assert_eq!(r.status, 201);
    let id = json(&r)["id"].as_i64().unwrap();
    let submit = format!("/api/v1/reports/{id}/submit");
    let empty = app.api("POST", &submit, Some(&t), None, &[]).await;
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert!(
        problem_of(&empty)
            .2
            .contains(&("done".into(), "report-error-empty".into()))
    );
    let stale = post(&app, &submit, &t, &json!({"revision": 3})).await;
    assert_eq!(stale.status, 409);
    for bad in [json!({"revision": 0}), json!({"revision": "1"})] {
        let p = post(&app, &submit, &t, &bad).await;
        assert_eq!(p.status, 422, "{bad}");
    }
    let bad_edit = app
        .api(
            "PUT",
            &format!("/api/v1/reports/{id}"),
            Some(&t),
            Some(&json!({"progress": 10, "done": "x"}).to_string()),
            &[],
        )
        .await;
    assert_eq!(bad_edit.status, 422);
    assert!(
        problem_of(&bad_edit)
            .2
            .contains(&("revision".into(), "token-api-missing".into()))
    );
    for (url, code) in [
        ("javascript:alert(1)", "evidence-error-link-scheme"),
        ("", "evidence-error-link-empty"),
    ] {
        let p = post(
            &app,
            &format!("/api/v1/reports/{id}/links"),
            &t,
            &json!({"url": url}),
        )
        .await;
        assert_eq!(p.status, 422);
        assert!(problem_of(&p).2.contains(&("url".into(), code.into())));
    }
    let stored = app.db.report(id).await.unwrap().unwrap();
    assert_eq!((stored.status, stored.revision), (ReportStatus::Draft, 1));
    assert!(app.db.evidence_of_report(id).await.unwrap().is_empty());
    // Unknown and malformed report ids.
    for uri in [
        "/api/v1/reports/0",
        "/api/v1/reports/x",
        "/api/v1/reports/99999999999999999999",
    ] {
        let p = app.api("GET", uri, Some(&t), None, &[]).await;
        assert_eq!(p.status, 404, "{uri}");
        assert_eq!(problem_of(&p).0, "/api/problems/not-found");
    }
    app.cleanup().await;
}
both_engines!(bad_input_is_a_translated_problem_that_changes_nothing);
