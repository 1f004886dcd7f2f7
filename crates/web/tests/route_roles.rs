//! Every route x every role, checked against the policy (generated from the route declarations).

mod common;

use common::client::Client;
use common::*;
use opengov_db::now_micros;
use opengov_web::kernel::{Access, RouteDecl};
use opengov_web::routes::declarations;

const PW: &str = "lantern orchard velvet compass";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

async fn user(app: &App, email: &str, roles: &[(&str, &str, i64)]) -> i64 {
    let hash = opengov_web::auth::crypto::hash_password(PW.into())
        .await
        .unwrap();
    let db = &app.state.db;
    let id = db
        .create_user(email, email, &hash, "fr", now_micros())
        .await
        .unwrap()
        .unwrap();
    db.update_user(
        id,
        &opengov_db::rows::UserChange::EmailVerified,
        now_micros(),
    )
    .await
    .unwrap();
    for (role, kind, scope) in roles {
        db.grant_role(id, role, kind, *scope, None, now_micros())
            .await
            .unwrap();
    }
    id
}

async fn client<'a>(app: &'a App, who: Who) -> Client<'a> {
    let mut c = Client::new(app);
    let email = match who {
        Who::Anonymous => {
            c.get("/fr/account/sign-in").await;
            return c;
        }
        Who::Citizen => "citizen@example.ma",
        Who::LeaderA => "leader-a@example.ma",
        Who::LeaderB => "leader-b@example.ma",
        Who::Coordinator => "coordinator@example.ma",
        Who::Moderator => "moderator@example.ma",
        Who::Admin => "admin@example.ma",
        Who::Banned => "banned@example.ma",
    };
    let r = c
        .submit("/fr/account/sign-in", &[("email", email), ("password", PW)])
        .await;
    assert_eq!(r.status, 303, "{who:?} signs in");
    if who == Who::Banned {
        let id = app.state.db.user_by_email(email).await.unwrap().unwrap().id;
        app.state
            .db
            .update_user(
                id,
                &opengov_db::rows::UserChange::Banned("test".into()),
                now_micros(),
            )
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
        Access::ReportProgress => matches!(who, Who::LeaderA | Who::Coordinator | Who::Admin),
        Access::Dev => false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_for_every_role_follows_the_policy() {
    let app = app().await;
    let db = app.state.db.clone();
    let a = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap(); // plan 3
    let b = db.commitment_by_ogp_id("MO0025").await.unwrap().unwrap(); // plan 2
    let plan3 = db.plan_by_number(3).await.unwrap().unwrap();
    user(&app, "citizen@example.ma", &[]).await;
    user(
        &app,
        "leader-a@example.ma",
        &[("project_leader", "commitment", a.id)],
    )
    .await;
    user(
        &app,
        "leader-b@example.ma",
        &[("project_leader", "commitment", b.id)],
    )
    .await;
    user(
        &app,
        "coordinator@example.ma",
        &[("coordinator", "plan", plan3.id)],
    )
    .await;
    user(&app, "moderator@example.ma", &[("moderator", "global", 0)]).await;
    user(&app, "admin@example.ma", &[("administrator", "global", 0)]).await;
    user(&app, "banned@example.ma", &[("administrator", "global", 0)]).await;
    let target = user(&app, "target@example.ma", &[("moderator", "global", 0)]).await;
    let role_id = db.roles_of(target).await.unwrap()[0].id;

    let mut failures = Vec::new();
    let mut public_answers: std::collections::HashMap<String, Vec<u16>> = Default::default();
    for who in EVERYONE {
        let mut c = client(&app, who).await;
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
            let path = sample
                .replace("{target}", &target.to_string())
                .replace("{role}", &role_id.to_string());
            let r = if entry.method == "GET" {
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
                // Allowed: the page, a redirect after an action, or a validation error (400)
                // for the empty forms posted here.
                (_, true) => [200, 303, 400].contains(&status) && !to_sign_in,
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

/// Every declaration is a route the router really serves: another method on its path is
/// answered 405 by the route's own method router (an unregistered path would be the 404 page).
#[tokio::test]
async fn every_declared_route_is_registered_and_declared_once() {
    let app = app().await;
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
        let sample = d.sample().replace("{target}", "1").replace("{role}", "1");
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
