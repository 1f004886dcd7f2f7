//! Every route x every role, checked against the policy (generated from the access table).

mod common;

use common::client::Client;
use common::*;
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_db::now_micros;
use opengov_web::routes::access::{Access, TABLE};

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
        let (role, kind) = (
            Role::try_from(*role).unwrap(),
            ScopeKind::try_from(*kind).unwrap(),
        );
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
    let mut public_answers: std::collections::HashMap<&str, Vec<u16>> = Default::default();
    for who in EVERYONE {
        let mut c = client(&app, who).await;
        // Actions that end the session come last.
        let ends_session = |e: &&opengov_web::routes::access::RouteAccess| {
            e.method == "POST" && e.route.contains("sign-out")
        };
        let mut last: Vec<_> = TABLE.iter().filter(|e| ends_session(e)).collect();
        last.sort_by_key(|e| std::cmp::Reverse(e.route.len()));
        let ordered: Vec<_> = TABLE
            .iter()
            .filter(|e| !ends_session(e))
            .chain(last)
            .collect();
        for entry in ordered {
            let path = entry
                .sample
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
                    public_answers.entry(entry.sample).or_default().push(status);
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

/// A route registered in the code without an entry in the access table fails here.
#[test]
fn every_registered_route_has_a_policy_entry() {
    let base = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    for dir in ["routes", "api", "routes/account"] {
        for e in std::fs::read_dir(base.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let mut registered = vec![];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for part in text.split(".route(").skip(1) {
            let part = part.trim_start();
            let Some(part) = part.strip_prefix('"') else {
                continue;
            };
            let path = part.split('"').next().unwrap().to_string();
            let end = part
                .find("\n        .route(")
                .or_else(|| part.find(")\n"))
                .unwrap_or(part.len());
            let rest = &part[path.len()..end];
            let methods: Vec<&str> = ["get(", "post(", "put(", "delete(", "patch("]
                .iter()
                .filter(|m| rest.contains(*m))
                .map(|m| m.trim_end_matches('('))
                .collect();
            for m in methods {
                registered.push((m.to_uppercase(), path.clone()));
            }
        }
    }
    assert!(
        registered.len() > 50,
        "found only {} routes",
        registered.len()
    );
    for (method, path) in &registered {
        assert!(
            TABLE.iter().any(|e| e.method == method && e.route == path),
            "{method} {path} has no entry in routes/access.rs"
        );
    }
    for e in TABLE {
        assert!(
            registered
                .iter()
                .any(|(m, p)| m == e.method && p == e.route),
            "{} {} is in the table but not registered",
            e.method,
            e.route
        );
    }
}
