//! Personal API tokens, on both engines: made on the account page (the secret shown once, only
//! its prefix listed, only its hash stored), revoked by their owner, and refused by the API when
//! revoked, expired, malformed, or when the owner is banned, loses the role, or must enrol a
//! second factor. Session cookies are not accepted by the API, nor tokens by the pages.

use crate::common;

use common::*;
use opengov_db::now_micros;
use opengov_db::rows::{NewApiToken, UserChange};
use opengov_web::auth::api_token;
use serde_json::json;

const DAY: i64 = 24 * 3_600 * 1_000_000;

async fn leader(app: &TestApp, email: &str) -> TestUser {
    let c = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    app.user(email)
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, c.id)])
        .verified()
        .create()
        .await
}

/// A request any valid token may make (the report does not exist: 404 once authenticated).
async fn probe(app: &TestApp, token: &str) -> Page {
    app.api("GET", "/api/v1/reports/999999", Some(token), None, &[])
        .await
}

/// A page's text as a reader sees it.
fn shown(body: &str) -> String {
    unescape(&strip_tags(body)).replace("&#39;", "'")
}

fn assert_unauthorized(p: &Page) {
    assert_eq!(p.status, 401, "{}", p.body);
    assert_eq!(p.headers["content-type"], "application/problem+json");
    let challenge = p.headers["www-authenticate"].to_str().unwrap();
    assert!(challenge.starts_with("Bearer"), "{challenge}");
    assert_eq!(json(p)["type"], "/api/problems/unauthorized");
}

async fn tokens_are_made_shown_once_listed_by_prefix_and_revoked(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let user = leader(&app, "leader@example.ma").await;
    let mut browser = app.signed_in(&user).await;
    // The account page leads to the tokens.
    let account = browser.get("/fr/account").await;
    assert!(account.body.contains("/fr/account/tokens"));
    let page = browser.get("/fr/account/tokens").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.headers["cache-control"], "no-store");
    assert!(shown(&page.body).contains("Vous n'avez aucun jeton"));

    let secret = browser.new_token("Système du ministère", "30").await;
    assert!(api_token::well_formed(&secret), "{secret}");
    // Shown once: the list afterwards has its prefix, never the secret.
    let list = browser.get("/fr/account/tokens").await;
    assert!(!list.body.contains(&secret));
    assert!(!list.body.contains(&secret[3..]));
    let prefix = &secret[..3 + api_token::PREFIX_LEN];
    assert!(list.body.contains(&format!("{prefix}…")), "{}", list.body);
    assert!(list.body.contains("Système du ministère"));
    // Stored hashed: the row holds the prefix and the hash of the secret, not the secret.
    let rows = app.db.api_tokens_of(user.id).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert!(!serde_json::to_string(&rows).unwrap().contains(&secret[3..]));
    let found = app
        .db
        .active_api_token(
            &opengov_web::auth::crypto::token_hash(&secret),
            now_micros(),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, rows[0].id);
    let days = (rows[0].expires_at - rows[0].created_at) / DAY;
    assert_eq!(days, 30);
    // It works, and its use is written down.
    assert_eq!(probe(&app, &secret).await.status, 404);
    let list = browser.get("/fr/account/tokens").await;
    assert!(!shown(&list.body).contains("Jamais utilisé"));

    // Revoked by its owner: refused at once; revoking it again finds nothing.
    let revoke = format!("/fr/account/tokens/{}/revoke", rows[0].id);
    let r = browser.post(&revoke, &[]).await;
    assert_eq!(r.status, 303);
    let after = browser.get(r.headers["location"].to_str().unwrap()).await;
    assert!(shown(&after.body).contains("Le jeton est révoqué"));
    assert!(shown(&after.body).contains("Révoqué"));
    assert_unauthorized(&probe(&app, &secret).await);
    assert_eq!(browser.post(&revoke, &[]).await.status, 404);
    // The audit log has both.
    let (events, _) = app.db.audit_page(Some(user.id), 0, 50).await.unwrap();
    let actions: Vec<_> = events.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"api_token.created"), "{actions:?}");
    assert!(actions.contains(&"api_token.revoked"), "{actions:?}");
    // The Arabic page is right to left and translated.
    let ar = browser.get("/ar/account/tokens").await;
    assert_eq!(ar.status, 200);
    assert!(ar.body.contains("dir=\"rtl\""));
    assert!(ar.body.contains("رموز الوصول إلى واجهة البرمجة"));
    app.cleanup().await;
}
both_engines!(tokens_are_made_shown_once_listed_by_prefix_and_revoked);

async fn the_token_form_refuses_bad_input_and_others_cannot_revoke(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a = leader(&app, "a@example.ma").await;
    let b = leader(&app, "b@example.ma").await;
    let mut browser = app.signed_in(&a).await;
    browser.get("/fr/account/tokens").await;
    let long = "n".repeat(81);
    for (name, expiry, field) in [
        ("", "90", "f-name"),
        ("   ", "90", "f-name"),
        (long.as_str(), "90", "f-name"),
        ("a\u{7}b", "90", "f-name"),
        ("Système", "7", "f-expiry"),
        ("Système", "", "f-expiry"),
    ] {
        let p = browser
            .post("/fr/account/tokens", &[("name", name), ("expiry", expiry)])
            .await;
        assert_eq!(p.status, 400, "{name:?} {expiry:?}");
        assert!(p.body.contains(&format!("href=\"#{field}\"")), "{name:?}");
        assert!(secret_in(&p.body).is_none());
    }
    // A form without its CSRF token changes nothing either.
    let forged = browser
        .post_raw(
            "/fr/account/tokens",
            &[("name".into(), "x".into()), ("expiry".into(), "90".into())],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(app.db.api_tokens_of(a.id).await.unwrap().is_empty());

    // At most ten in force at once.
    for i in 0..10 {
        browser.new_token(&format!("Système {i}"), "90").await;
    }
    let over = browser
        .post(
            "/fr/account/tokens",
            &[("name", "Un de trop"), ("expiry", "90")],
        )
        .await;
    assert_eq!(over.status, 409);
    assert!(shown(&over.body).contains("10 jetons en vigueur"));
    assert_eq!(app.db.api_tokens_of(a.id).await.unwrap().len(), 10);

    // Another leader cannot revoke A's token.
    let id = app.db.api_tokens_of(a.id).await.unwrap()[0].id;
    let mut other = app.signed_in(&b).await;
    other.get("/fr/account/tokens").await;
    let p = other
        .post(&format!("/fr/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(p.status, 404);
    assert!(
        app.db.api_tokens_of(a.id).await.unwrap()[0]
            .revoked_at
            .is_none()
    );
    for bad in ["0", "x", "-1"] {
        let p = other
            .post(&format!("/fr/account/tokens/{bad}/revoke"), &[])
            .await;
        assert_eq!(p.status, 404, "{bad}");
    }
    // A citizen has no tokens page.
    let citizen = app.user("citizen@example.ma").verified().create().await;
    let mut c = app.signed_in(&citizen).await;
    assert_eq!(c.get("/fr/account/tokens").await.status, 403);
    app.cleanup().await;
}
both_engines!(the_token_form_refuses_bad_input_and_others_cannot_revoke);

/// A token stored directly (as one made long ago would be): its secret.
async fn stored_token(app: &TestApp, user_id: i64, expires_at: i64) -> String {
    let s = api_token::new_secret();
    let t = NewApiToken {
        user_id,
        name: "stored",
        prefix: &s.prefix,
        hash: &s.hash,
        expires_at,
    };
    app.db
        .create_api_token(&t, 100, now_micros() - 100 * DAY)
        .await
        .unwrap()
        .unwrap();
    s.secret
}

async fn the_api_refuses_what_is_not_a_live_token_of_a_live_owner(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.add_activity("MO0054", "a1", 10).await;
    let user = leader(&app, "leader@example.ma").await;
    let secret = app.token_of(&user, "Système").await;
    assert_eq!(probe(&app, &secret).await.status, 404);

    // No token, a malformed one, another scheme, an unknown one, an expired one.
    let expired = stored_token(&app, user.id, now_micros() - DAY).await;
    let unknown = api_token::new_secret().secret;
    let p = app.api("GET", "/api/v1/reports/1", None, None, &[]).await;
    assert_unauthorized(&p);
    assert_eq!(p.headers["www-authenticate"], "Bearer realm=\"opengov\"");
    for bad in ["x", "og_short", &unknown, &expired, &secret.to_uppercase()] {
        let p = probe(&app, bad).await;
        assert_unauthorized(&p);
        assert!(
            p.headers["www-authenticate"]
                .to_str()
                .unwrap()
                .contains("invalid_token")
        );
    }
    let basic = app
        .api(
            "GET",
            "/api/v1/reports/1",
            None,
            None,
            &[("authorization", &format!("Basic {secret}"))],
        )
        .await;
    assert_unauthorized(&basic);
    // Every reporting route asks for it, and writes nothing without it.
    let body = json!({"activity": "a1", "progress": 10, "done": "x"}).to_string();
    for (method, uri) in [
        ("POST", "/api/v1/reports"),
        ("PUT", "/api/v1/reports/1"),
        ("POST", "/api/v1/reports/1/links"),
        ("POST", "/api/v1/reports/1/submit"),
        ("POST", "/api/v1/reports/1/validate"),
        ("POST", "/api/v1/reports/1/return"),
    ] {
        assert_unauthorized(&app.api(method, uri, None, Some(&body), &[]).await);
        assert_unauthorized(&app.api(method, uri, Some(&expired), Some(&body), &[]).await);
    }

    // A signed-in browser's session is not a token (and no CSRF problem is raised either).
    let mut browser = app.signed_in(&user).await;
    let cookie = browser
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let p = app
        .api(
            "POST",
            "/api/v1/reports",
            None,
            Some(&body),
            &[("cookie", &cookie)],
        )
        .await;
    assert_unauthorized(&p);
    // And a token is not a session: the pages do not read it.
    let page = app
        .get_with(
            "/fr/account",
            &[("authorization", &format!("Bearer {secret}"))],
        )
        .await;
    assert_eq!(page.status, 303);
    assert!(
        page.headers["location"]
            .to_str()
            .unwrap()
            .contains("/account/sign-in")
    );
    let office = app
        .get_with(
            "/fr/office",
            &[("authorization", &format!("Bearer {secret}"))],
        )
        .await;
    assert_eq!(office.status, 303);
    assert!(
        app.db
            .reports_of_activity(
                app.db
                    .activity_place("a1")
                    .await
                    .unwrap()
                    .unwrap()
                    .activity_id
            )
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(browser.get("/fr/account/tokens").await.status, 200);

    // The owner's current grants count: without the role, the token stops working.
    let role = app.db.roles_of(user.id).await.unwrap()[0].id;
    app.db.revoke_role(user.id, role).await.unwrap().unwrap();
    assert_unauthorized(&probe(&app, &secret).await);
    let c = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    app.db
        .grant_role(
            user.id,
            Role::ProjectLeader,
            ScopeKind::Commitment,
            c.id,
            None,
            now_micros(),
        )
        .await
        .unwrap();
    assert_eq!(probe(&app, &secret).await.status, 404);
    // A banned owner's tokens are refused.
    app.db
        .update_user(user.id, &UserChange::Banned("test".into()), now_micros())
        .await
        .unwrap();
    assert_unauthorized(&probe(&app, &secret).await);
    app.cleanup().await;
}
both_engines!(the_api_refuses_what_is_not_a_live_token_of_a_live_owner);

async fn a_coordinator_without_a_second_factor_is_refused_when_one_is_required(engine: Engine) {
    let app = TestApp::new(engine)
        .config(|c| c.require_second_factor = true)
        .build()
        .await;
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let coordinator = app
        .user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    let secret = stored_token(&app, coordinator.id, now_micros() + DAY).await;
    let p = probe(&app, &secret).await;
    assert_eq!(p.status, 403, "{}", p.body);
    assert_eq!(json(&p)["code"], "token-api-second-factor");
    // Nor does the tokens page open before enrolling.
    let mut browser = app.signed_in(&coordinator).await;
    let page = browser.get("/fr/account/tokens").await;
    assert_eq!(page.status, 303);
    assert!(
        page.headers["location"]
            .to_str()
            .unwrap()
            .contains("two-step")
    );
    // A project leader needs none.
    let user = leader(&app, "leader@example.ma").await;
    let secret = app.token_of(&user, "Système").await;
    assert_eq!(probe(&app, &secret).await.status, 404);
    app.cleanup().await;
}
both_engines!(a_coordinator_without_a_second_factor_is_refused_when_one_is_required);
