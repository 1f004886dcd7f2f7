//! The reporting API with personal tokens, on both engines: the whole journey (a leader's
//! system files and submits, a coordinator's returns it, the leader's fixes and resubmits, the
//! coordinator's validates, the public figures change at once); another leader's token reaches
//! nothing of it. Bad input is in `api_bad_input.rs`.

use crate::common;

use common::*;
use opengov_core::reporting::ReportStatus;
use serde_json::json;

/// Two commitments of plan 3.
const A: &str = "MO0055";
const B: &str = "MO0057";

async fn leader(app: &TestApp, email: &str, ogp_id: &str) -> TestUser {
    let c = app.db.commitment_by_ogp_id(ogp_id).await.unwrap().unwrap();
    app.user(email)
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, c.id)])
        .verified()
        .create()
        .await
}

async fn coordinator_of_plan_3(app: &TestApp) -> TestUser {
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    app.user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await
}

async fn figure_of(app: &TestApp, ogp_id: &str) -> Option<i64> {
    app.db
        .commitment_by_ogp_id(ogp_id)
        .await
        .unwrap()
        .unwrap()
        .figure
}

async fn the_journey_runs_through_the_api(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "a1", 10).await;
    app.add_activity(A, "a2", 30).await;
    assert_eq!(figure_of(&app, A).await, Some(2_000));
    let leader = leader(&app, "leader@example.ma", A).await;
    let coordinator = coordinator_of_plan_3(&app).await;
    let lt = app.token_of(&leader, "Système de suivi du ministère").await;
    let ct = app
        .token_of(&coordinator, "Tableau de bord du comité")
        .await;

    // The leader's system files a draft with a piece of evidence.
    let new = json!({
        "activity": "a1",
        "progress": 70,
        "done": "Atelier de lancement tenu à Rabat",
        "links": ["https://www.example.ma/pv.pdf"],
        "idempotency_key": "journey-0001",
    });
    let r = post(&app, "/api/v1/reports", &lt, &new).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let v = json(&r);
    let id = v["id"].as_i64().unwrap();
    assert_eq!(r.headers["location"], format!("/api/v1/reports/{id}"));
    assert_eq!(r.headers["cache-control"], "no-store");
    assert_eq!(v["status"], "draft");
    assert_eq!(v["activity"], "a1");
    assert_eq!(v["commitment"], A);
    assert_eq!(v["lang"], "fr", "the owner's language");
    assert_eq!(v["evidence"][0]["url"], "https://www.example.ma/pv.pdf");
    // Sent twice (a retry after a lost answer): one report, one piece of evidence.
    let again = post(&app, "/api/v1/reports", &lt, &new).await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(json(&again)["id"], id);
    assert_eq!(app.db.reports_of_activity(a1).await.unwrap().len(), 1);
    assert_eq!(app.db.evidence_of_report(id).await.unwrap().len(), 1);
    // Another draft on the same activity is refused while this one is in the works.
    let other = post(
        &app,
        "/api/v1/reports",
        &lt,
        &json!({"activity": "a1", "progress": 5, "done": ""}),
    )
    .await;
    assert_eq!(other.status, 409);
    assert_eq!(
        problem_of(&other).1.as_deref(),
        Some("token-api-open-report")
    );

    let report = format!("/api/v1/reports/{id}");
    let read = app.api("GET", &report, Some(&lt), None, &[]).await;
    assert_eq!(read.status, 200);
    assert_eq!(json(&read)["revision"], 1);
    let submitted = post(
        &app,
        &format!("{report}/submit"),
        &lt,
        &json!({"revision": 1}),
    )
    .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(json(&submitted)["status"], "submitted");
    // A second submission changes nothing.
    let twice = post(&app, &format!("{report}/submit"), &lt, &json!({})).await;
    assert_eq!(twice.status, 409);
    assert_eq!(
        problem_of(&twice).1.as_deref(),
        Some("report-error-transition")
    );
    // The leader's token does not validate.
    let own = post(&app, &format!("{report}/validate"), &lt, &json!({})).await;
    assert_eq!(own.status, 403);

    // The coordinator's system returns it; without a reason, it is told so in French.
    let no_reason = app
        .api(
            "POST",
            &format!("{report}/return"),
            Some(&ct),
            Some("{\"reason\": \"  \"}"),
            &[("accept-language", "fr-MA, fr;q=0.9")],
        )
        .await;
    assert_eq!(no_reason.status, 422);
    let v = json(&no_reason);
    assert_eq!(v["errors"][0]["code"], "report-error-reason-missing");
    assert_eq!(v["errors"][0]["detail"], "Indiquez le motif du renvoi.");
    assert_eq!(no_reason.headers["content-language"], "fr");
    let returned = post(
        &app,
        &format!("{report}/return"),
        &ct,
        &json!({"reason": "Joindre le procès-verbal signé."}),
    )
    .await;
    assert_eq!(returned.status, 200, "{}", returned.body);
    let v = json(&returned);
    assert_eq!(v["status"], "returned");
    assert_eq!(v["moves"][1]["reason"], "Joindre le procès-verbal signé.");
    assert_eq!(v["moves"][1]["role"], "coordinator");

    // The leader's system reads why, fixes the report, adds the evidence and submits again.
    let read = json(&app.api("GET", &report, Some(&lt), None, &[]).await);
    assert_eq!(read["status"], "returned");
    let stale = app
        .api(
            "PUT",
            &report,
            Some(&lt),
            Some(&json!({"revision": 7, "progress": 80, "done": "x"}).to_string()),
            &[],
        )
        .await;
    assert_eq!(stale.status, 409);
    assert_eq!(problem_of(&stale).1.as_deref(), Some("report-error-stale"));
    let fixed = app
        .api(
            "PUT",
            &report,
            Some(&lt),
            Some(
                &json!({
                    "revision": 1,
                    "progress": 80,
                    "done": "Atelier tenu à Rabat ; procès-verbal signé joint",
                })
                .to_string(),
            ),
            &[],
        )
        .await;
    assert_eq!(fixed.status, 200, "{}", fixed.body);
    assert_eq!(json(&fixed)["revision"], 2);
    let link = post(
        &app,
        &format!("{report}/links"),
        &lt,
        &json!({"url": "https://www.example.ma/pv-signe.pdf"}),
    )
    .await;
    assert_eq!(link.status, 201, "{}", link.body);
    assert_eq!(json(&link)["evidence"].as_array().unwrap().len(), 2);
    let resubmitted = post(
        &app,
        &format!("{report}/submit"),
        &lt,
        &json!({"revision": 2}),
    )
    .await;
    assert_eq!(resubmitted.status, 200, "{}", resubmitted.body);
    assert_eq!(figure_of(&app, A).await, Some(2_000), "nothing public yet");

    // Validated: the public figures change at once.
    let before = app.get(&format!("/api/v1/commitments/{A}")).await;
    let validated = post(&app, &format!("{report}/validate"), &ct, &json!({})).await;
    assert_eq!(validated.status, 200, "{}", validated.body);
    assert_eq!(json(&validated)["status"], "published");
    assert_eq!(figure_of(&app, A).await, Some(5_500));
    let after = app.get(&format!("/api/v1/commitments/{A}")).await;
    assert_eq!(json(&before)["progress"], 20.0);
    assert_eq!(json(&after)["progress"], 55.0);
    let page = app.get(&format!("/fr/commitments/{A}")).await;
    assert!(page.body.contains("procès-verbal signé joint"));
    assert_eq!(
        app.db.report(id).await.unwrap().unwrap().status,
        ReportStatus::Published
    );
    // Published is final.
    let late = app
        .api(
            "PUT",
            &report,
            Some(&lt),
            Some(&json!({"revision": 2, "progress": 90, "done": "x"}).to_string()),
            &[],
        )
        .await;
    assert_eq!(late.status, 409);
    assert_eq!(
        problem_of(&late).1.as_deref(),
        Some("report-error-published")
    );
    app.cleanup().await;
}
both_engines!(the_journey_runs_through_the_api);

async fn another_leaders_token_reaches_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "a1", 10).await;
    app.add_activity(B, "b1", 10).await;
    let leader_a = leader(&app, "a@example.ma", A).await;
    let leader_b = leader(&app, "b@example.ma", B).await;
    let coordinator = coordinator_of_plan_3(&app).await;
    let ta = app.token_of(&leader_a, "A").await;
    let tb = app.token_of(&leader_b, "B").await;
    let tc = app.token_of(&coordinator, "C").await;
    let r = post(
        &app,
        "/api/v1/reports",
        &ta,
        &json!({"activity": "a1", "progress": 40, "done": "Brouillon de A", "idempotency_key": "shared-key-0001"}),
    )
    .await;
    assert_eq!(r.status, 201);
    let id = json(&r)["id"].as_i64().unwrap();
    let report = format!("/api/v1/reports/{id}");

    // B does not see A's draft, and cannot act on it or on A's activity.
    for (method, uri, body) in [
        ("GET", report.clone(), None),
        (
            "PUT",
            report.clone(),
            Some(json!({"revision": 1, "progress": 99, "done": "B"})),
        ),
        ("POST", format!("{report}/submit"), Some(json!({}))),
        (
            "POST",
            format!("{report}/links"),
            Some(json!({"url": "https://b.example.ma/"})),
        ),
        ("POST", format!("{report}/validate"), Some(json!({}))),
        (
            "POST",
            format!("{report}/return"),
            Some(json!({"reason": "B"})),
        ),
        ("GET", "/api/v1/reports/999999".to_string(), None),
    ] {
        let body = body.map(|b| b.to_string());
        let p = app.api(method, &uri, Some(&tb), body.as_deref(), &[]).await;
        assert_eq!(p.status, 404, "{method} {uri}: {}", p.body);
        assert_eq!(problem_of(&p).0, "/api/problems/not-found");
    }
    let on_a = post(
        &app,
        "/api/v1/reports",
        &tb,
        &json!({"activity": "a1", "progress": 99, "done": "B"}),
    )
    .await;
    assert_eq!(on_a.status, 403);
    // B's own key that A used: B's own report, not A's.
    let own = post(
        &app,
        "/api/v1/reports",
        &tb,
        &json!({"activity": "b1", "progress": 10, "done": "B", "idempotency_key": "shared-key-0001"}),
    )
    .await;
    assert_eq!(own.status, 201);
    assert_ne!(json(&own)["id"], id);
    // And A's key sent again by A for another activity is not taken for a new report.
    let reused = post(
        &app,
        "/api/v1/reports",
        &ta,
        &json!({"activity": "b1", "progress": 10, "done": "A", "idempotency_key": "shared-key-0001"}),
    )
    .await;
    assert_eq!(reused.status, 403, "A does not lead b1");

    // The plan's coordinator reads the draft but does not write it.
    assert_eq!(
        app.api("GET", &report, Some(&tc), None, &[]).await.status,
        200
    );
    let submit = post(&app, &format!("{report}/submit"), &tc, &json!({})).await;
    assert_eq!(submit.status, 403);
    assert_eq!(problem_of(&submit).0, "/api/problems/forbidden");

    // Nothing changed.
    let stored = app.db.report(id).await.unwrap().unwrap();
    assert_eq!(
        (stored.status, stored.revision, stored.progress),
        (ReportStatus::Draft, 1, 40)
    );
    assert!(app.db.evidence_of_report(id).await.unwrap().is_empty());
    assert_eq!(app.db.reports_of_activity(a1).await.unwrap().len(), 1);
    // Nor through the back office's pages.
    let mut browser_b = app.signed_in(&leader_b).await;
    let page = browser_b.get(&format!("/fr/office/reports/{id}")).await;
    assert!(
        [403, 404].contains(&page.status.as_u16()),
        "{}",
        page.status
    );
    app.cleanup().await;
}
both_engines!(another_leaders_token_reaches_nothing);
