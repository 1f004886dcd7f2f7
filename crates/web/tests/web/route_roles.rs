//! Every route x every role, checked against the policy (generated from the access table).

use crate::common;

use common::*;
use opengov_db::now_micros;
use opengov_db::rows::UserChange;
use opengov_web::kernel::{Access, RouteDecl};
use opengov_web::routes::declarations;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    Anonymous,
    Citizen,
    LeaderA,
    LeaderB,
    Coordinator,
    Moderator,
    Admin,
    Banned,
}

const EVERYONE: [Who; 8] = [
    Who::Anonymous,
    Who::Citizen,
    Who::LeaderA,
    Who::LeaderB,
    Who::Coordinator,
    Who::Moderator,
    Who::Admin,
    Who::Banned,
];

/// A browser of `who`: anonymous (having opened the sign-in page), or signed in as the
/// account (the banned one is banned once signed in, so its session is a dead one).
async fn client(app: &TestApp, who: Who, account: Option<&TestUser>) -> Client {
    let Some(account) = account else {
        let mut c = app.client();
        c.get("/fr/account/sign-in").await;
        return c;
    };
    let c = app.signed_in(account).await;
    if who == Who::Banned {
        app.db
            .update_user(account.id, &UserChange::Banned("test".into()), now_micros())
            .await
            .unwrap();
    }
    c
}

/// Whether the policy lets `who` use a route of this access.
fn allowed(access: Access, who: Who) -> bool {
    let signed = !matches!(who, Who::Anonymous | Who::Banned);
    match access {
        Access::Public | Access::Guest => true,
        Access::SignedIn => signed,
        Access::Admin => who == Who::Admin,
        Access::ReportOnActivity | Access::WriteReport => matches!(who, Who::LeaderA | Who::Admin),
        Access::ReadReport => matches!(who, Who::LeaderA | Who::Coordinator | Who::Admin),
        Access::CreatePlan => who == Who::Admin,
        Access::ValidateReport | Access::ManageCommitment => {
            matches!(who, Who::Coordinator | Who::Admin)
        }
        Access::EvidenceFile => matches!(who, Who::LeaderA | Who::Coordinator | Who::Admin),
        Access::OwnTokens => matches!(
            who,
            Who::LeaderA | Who::LeaderB | Who::Coordinator | Who::Admin
        ),
        // The matrix's coordinator has a plan's scope: institutions and the IRM's ratings are
        // for administrators and global coordinators (office_institutions.rs, office_irm.rs).
        Access::ManageInstitutions | Access::ImportIrm | Access::ManageIndicators => {
            who == Who::Admin
        }
        Access::Dev => false,
    }
}

async fn every_route_for_every_role_follows_the_policy(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let db = app.db.clone();
    let a = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap(); // plan 3
    let b = db.commitment_by_ogp_id("MO0025").await.unwrap().unwrap(); // plan 2
    let plan3 = db.plan_by_number(3).await.unwrap().unwrap();
    let global = |role| (role, ScopeKind::Global, 0);
    let mut accounts = std::collections::HashMap::new();
    for (who, email, roles) in [
        (Who::Citizen, "citizen@example.ma", vec![]),
        (
            Who::LeaderA,
            "leader-a@example.ma",
            vec![(Role::ProjectLeader, ScopeKind::Commitment, a.id)],
        ),
        (
            Who::LeaderB,
            "leader-b@example.ma",
            vec![(Role::ProjectLeader, ScopeKind::Commitment, b.id)],
        ),
        (
            Who::Coordinator,
            "coordinator@example.ma",
            vec![(Role::Coordinator, ScopeKind::Plan, plan3.id)],
        ),
        (
            Who::Moderator,
            "moderator@example.ma",
            vec![global(Role::Moderator)],
        ),
        (
            Who::Admin,
            "admin@example.ma",
            vec![global(Role::Administrator)],
        ),
        (
            Who::Banned,
            "banned@example.ma",
            vec![global(Role::Administrator)],
        ),
    ] {
        let user = app
            .user(email)
            .name(email)
            .roles(&roles)
            .verified()
            .create()
            .await;
        accounts.insert(who, user);
    }
    let target = app
        .user("target@example.ma")
        .roles(&[global(Role::Moderator)])
        .verified()
        .create()
        .await
        .id;
    let role_id = db.roles_of(target).await.unwrap()[0].id;
    // An activity of leader A's commitment with a draft of leader A: the office's routes act on
    // them (a draft cannot be validated, so the coordinator's empty posts change nothing).
    let activity = app.add_activity("MO0054", "matrix-a1", 10).await;
    let report = db
        .create_report(
            activity,
            accounts[&Who::LeaderA].id,
            &opengov_db::rows::ReportText {
                progress: 20,
                done: "Matrix".into(),
                difficulties: String::new(),
                assistance: String::new(),
                lang: "fr".into(),
            },
            "matrix-report-token-0001",
            now_micros(),
        )
        .await
        .unwrap()
        .unwrap();

    // The draft's evidence: a file to download and, for each role, one to remove (a leader's
    // removal must not take the file the next role downloads).
    let pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    let shown = app.add_evidence_file(report, "preuve.pdf", pdf).await;
    // Two API tokens of every account (a citizen's or a moderator's too, as one left from a
    // role since taken away): one for the reporting API, one for the revocation route.
    let mut tokens = std::collections::HashMap::new();
    for (who, user) in &accounts {
        let mut pair = Vec::new();
        for name in ["matrix api", "matrix revoke"] {
            let s = opengov_web::auth::api_token::new_secret();
            let t = opengov_db::rows::NewApiToken {
                user_id: user.id,
                name,
                prefix: &s.prefix,
                hash: &s.hash,
                expires_at: now_micros() + 86_400_000_000,
            };
            let id = db
                .create_api_token(&t, 10, now_micros())
                .await
                .unwrap()
                .unwrap();
            pair.push((s.secret, id));
        }
        tokens.insert(*who, pair);
    }

    // A national indicator and one of commitment A, each with a value, for the indicator
    // routes (`{indicator}`, `{value}`).
    let indicator = |name: &str| opengov_db::rows::IndicatorFields {
        name: opengov_core::LocalizedText::new().with(opengov_core::Lang::Fr, name),
        unit: Default::default(),
        description: Default::default(),
        baseline: None,
        target: None,
    };
    let indicator_value = opengov_db::rows::NewIndicatorValue {
        period: opengov_core::indicator::IndicatorPeriod::parse("2024").unwrap(),
        value: 1.0,
        source_url: "https://example.ma/source".into(),
        note: String::new(),
    };
    let mut indicator_ids = Vec::new();
    for scope in [None, Some(a.id)] {
        let id = db
            .create_indicator(scope, &indicator("matrix indicator"), now_micros())
            .await
            .unwrap();
        db.add_indicator_value(id, &indicator_value, now_micros())
            .await
            .unwrap();
        let value = db.indicator(id).await.unwrap().unwrap().values[0].id;
        indicator_ids.push((id, value));
    }

    let mut failures = Vec::new();
    let mut public_answers: std::collections::HashMap<String, Vec<u16>> = Default::default();
    // A project leader of A whose grant the office's revoke route removes: granted again
    // before each role's turn, so that each allowed role finds one to remove.
    let matrix_leader = app
        .user("matrix-leader@example.ma")
        .verified()
        .create()
        .await;
    for who in EVERYONE {
        db.grant_role(
            matrix_leader.id,
            Role::ProjectLeader,
            ScopeKind::Commitment,
            a.id,
            None,
            now_micros(),
        )
        .await
        .unwrap();
        let leader_role = db.roles_of(matrix_leader.id).await.unwrap()[0].id;
        let mut c = client(&app, who, accounts.get(&who)).await;
        let doomed = app.add_evidence_file(report, "preuve.pdf", pdf).await;
        // Actions that end the session come last.
        let ends_session = |e: &&RouteDecl| e.method == "POST" && e.path.contains("sign-out");
        let table = declarations();
        let mut last: Vec<_> = table.iter().filter(|e| ends_session(e)).collect();
        last.sort_by_key(|e| std::cmp::Reverse(e.path.len()));
        let ordered: Vec<_> = table
            .iter()
            .filter(|e| !ends_session(e))
            .chain(last)
            .collect();
        for entry in ordered {
            let sample = entry.sample();
            let role = if entry.path.starts_with("/{lang}/office/") {
                leader_role
            } else {
                role_id
            };
            let path = sample
                .replace("{target}", &target.to_string())
                .replace("{role}", &role.to_string())
                .replace("{activity}", "matrix-a1")
                .replace("{report}", &report.to_string())
                .replace(
                    "{indicator}",
                    &indicator_ids[usize::from(entry.path.contains("/commitments/"))]
                        .0
                        .to_string(),
                )
                .replace(
                    "{value}",
                    &indicator_ids[usize::from(entry.path.contains("/commitments/"))]
                        .1
                        .to_string(),
                )
                .replace(
                    "{token}",
                    &tokens.get(&who).unwrap_or(&tokens[&Who::LeaderA])[1]
                        .1
                        .to_string(),
                );
            let path = if path.ends_with("/delete") {
                path.replace("{evidence}", &doomed.to_string())
            } else {
                path.replace("{evidence}", &shown.to_string())
            };
            let api = entry.path.starts_with("/api/") && entry.access != Access::Public;
            let r = if api {
                // As an administration's system: its owner's token, no cookie, a body that
                // changes nothing (a stale revision, a draft that cannot be validated...).
                let secret = tokens.get(&who).map(|t| t[0].0.as_str());
                app.api(entry.method, &path, secret, Some(api_body(entry)), &[])
                    .await
            } else if entry.method == "GET" {
                c.get(&path).await
            } else {
                c.post(&path, &[]).await
            };
            let status = r.status.as_u16();
            let location = r
                .headers
                .get("location")
                .map(|l| l.to_str().unwrap().to_string())
                .unwrap_or_default();
            assert!(status < 500, "{who:?} {} {path}: {status}", entry.method);
            let to_sign_in = status == 303 && location.contains("/account/sign-in?next=");
            let ok = match (entry.access, allowed(entry.access, who)) {
                (Access::Public, _) => {
                    public_answers.entry(sample).or_default().push(status);
                    status != 403
                }
                (Access::Dev, _) => status == 404,
                // A file of an unpublished report is not there for whoever may not see it,
                // signed in or not.
                (Access::EvidenceFile, true) => status == 200,
                (Access::EvidenceFile, false) => status == 404,
                // The reporting API: a refusal by the form's checks or the report's state
                // when allowed; 401 without a live token (a banned owner's, or one whose owner
                // may hold none), else 403, or 404 for a report the caller may not see.
                (_, true) if api => [200, 201, 409, 422].contains(&status),
                (_, false) if api && matches!(who, Who::Anonymous | Who::Banned) => status == 401,
                (_, false) if api => [401, 403, 404].contains(&status),
                // Allowed: the page, a redirect after an action, a validation error (400) for
                // the empty forms posted here, or a move the report's state refuses (409).
                (_, true) => [200, 303, 400, 409].contains(&status) && !to_sign_in,
                // Not allowed: anonymous (and banned, whose session is dead) are sent to
                // sign in; signed-in users get 403.
                (_, false) if matches!(who, Who::Anonymous | Who::Banned) => to_sign_in,
                (_, false) => status == 403 || status == 404,
            };
            if !ok {
                failures.push(format!(
                    "{who:?} {} {path} -> {status} {location}",
                    entry.method
                ));
            }
        }
    }
    for (sample, answers) in public_answers {
        assert!(
            answers.windows(2).all(|w| w[0] == w[1]),
            "{sample} answers differently by role: {answers:?}"
        );
    }
    assert!(
        failures.is_empty(),
        "{} answers break the policy:\n{}",
        failures.len(),
        failures.join("\n")
    );
    app.cleanup().await;
}
both_engines!(every_route_for_every_role_follows_the_policy);

/// The body the matrix sends to a route of the reporting API: nothing it could change.
fn api_body(entry: &RouteDecl) -> &'static str {
    match (entry.method, entry.path) {
        ("POST", "/api/v1/reports") => r#"{"activity": "matrix-a1", "progress": 10, "done": ""}"#,
        ("PUT", _) => r#"{"revision": 999, "progress": 10, "done": ""}"#,
        (_, p) if p.ends_with("/links") => r#"{"url": "javascript:alert(1)"}"#,
        (_, p) if p.ends_with("/submit") => r#"{"revision": 999}"#,
        _ => "{}",
    }
}

/// Every declaration is a route the router really serves: another method on its path is
/// answered 405 by the route's own method router (an unregistered path would be the 404 page).
async fn every_declared_route_is_registered_and_declared_once(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let table = declarations();
    assert!(table.len() > 50, "only {} routes declared", table.len());
    for (i, d) in table.iter().enumerate() {
        assert!(
            !table[..i]
                .iter()
                .any(|x| x.method == d.method && x.path == d.path),
            "{} {} declared twice",
            d.method,
            d.path
        );
        let sample = d
            .sample()
            .replace("{target}", "1")
            .replace("{role}", "1")
            .replace("{activity}", "a1")
            .replace("{report}", "1")
            .replace("{evidence}", "1")
            .replace("{token}", "1");
        let r = app.request("DELETE", &sample).await;
        assert_eq!(
            r.status, 405,
            "DELETE {sample} (declared {} {})",
            d.method, d.path
        );
    }
    // And a path that is declared nowhere is the translated 404 page.
    let r = app.get("/fr/nowhere").await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("lang=\"fr\""));
    app.cleanup().await;
}
both_engines!(every_declared_route_is_registered_and_declared_once);
