//! Two instances of the application on one PostgreSQL database behave as one: sessions, rate
//! limits and the job queue live in the database.

use crate::common;

use common::*;
use opengov_db::Db;
use opengov_web::{AppState, WebConfig};
use std::collections::BTreeSet;

/// PostgreSQL only, by nature: several instances behind a load balancer is the PostgreSQL
/// deployment (SQLite is the embedded, single-instance engine), and the job queue's
/// `FOR UPDATE SKIP LOCKED` is PostgreSQL's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_rate_limits_and_jobs_are_shared_between_two_instances() {
    let app = TestApp::new(Engine::Postgres).build().await;
    // A second instance: its own pool, cache and mailer, the same database.
    let db2 = Db::connect(app.db_url(), 4).await.unwrap();
    let state2 = AppState::with_mailer(
        db2.clone(),
        WebConfig::default(),
        opengov_mail::Mailer::memory(),
    );
    let router2 = opengov_web::app(state2.clone());
    let user = app
        .user("two@example.ma")
        .name("Two")
        .verified()
        .create()
        .await;

    // Signed in on instance 1, recognised by instance 2; signed out on 2, dead on 1.
    let mut one = app.signed_in(&user).await;
    let mut two = Client::on(router2.clone());
    two.cookies = one.cookies.clone();
    assert_eq!(
        two.get("/fr/account").await.status,
        200,
        "the session is known to instance 2"
    );
    assert_eq!(two.post("/fr/account/sign-out", &[]).await.status, 303);
    assert_eq!(
        one.get("/fr/account").await.status,
        303,
        "and ended for instance 1"
    );

    // Failed sign-ins counted across both instances reach the limit.
    let mut a = app.client();
    let mut b = Client::on(router2.clone());
    a.get("/fr/account/sign-in").await;
    b.get("/fr/account/sign-in").await;
    let mut limited = false;
    for i in 0..12 {
        let c = if i % 2 == 0 { &mut a } else { &mut b };
        let r = c
            .post(
                "/fr/account/sign-in",
                &[
                    ("email", "two@example.ma"),
                    ("password", "not the password"),
                ],
            )
            .await;
        if r.status == 429 {
            limited = true;
            // 10 attempts per account (the successful sign-in above counted as one).
            assert!(i >= 9, "limited too early ({i})");
            break;
        }
    }
    assert!(limited, "the account limit holds across instances");

    // Jobs: 40 e-mails, two workers racing; each is sent exactly once (SKIP LOCKED).
    for n in 0..40 {
        let m = opengov_mail::Email {
            to: format!("r{n}@example.ma"),
            to_name: None,
            subject: format!("n{n}"),
            text: "t".into(),
            html: "<p>t</p>".into(),
            language: "fr".into(),
        };
        opengov_web::auth::mail::queue(&app.state, &m)
            .await
            .unwrap();
    }
    let s1 = app.state.clone();
    let s2 = state2.clone();
    let w1 =
        tokio::spawn(async move { while opengov_web::auth::mail::run_one(&s1, "w1").await {} });
    let w2 =
        tokio::spawn(async move { while opengov_web::auth::mail::run_one(&s2, "w2").await {} });
    w1.await.unwrap();
    w2.await.unwrap();
    let sent: Vec<String> = app
        .state
        .mailer
        .sent()
        .into_iter()
        .chain(state2.mailer.sent())
        .map(|m| m.subject)
        .collect();
    let unique: BTreeSet<&String> = sent.iter().collect();
    assert_eq!(sent.len(), 40, "each job ran once: {} sends", sent.len());
    assert_eq!(unique.len(), 40);
    assert!(
        !app.state.mailer.sent().is_empty() && !state2.mailer.sent().is_empty(),
        "both workers took jobs"
    );
    assert_eq!(app.state.db.job_counts().await.unwrap(), (0, 40, 0));
    db2.close().await;
    app.cleanup().await;
}

async fn a_failing_mail_server_is_retried_with_backoff_then_given_up(engine: Engine) {
    let app = TestApp::new(engine).demo(false).build().await;
    // An SMTP server that refuses connections.
    let smtp = opengov_mail::Mailer::smtp(&opengov_mail::SmtpConfig {
        host: "127.0.0.1".into(),
        port: 9,
        tls: opengov_mail::TlsMode::None,
        username: None,
        password: None,
        timeout_secs: 2,
    })
    .unwrap();
    let state = AppState::with_mailer(app.state.db.clone(), WebConfig::default(), smtp);
    let m = opengov_mail::Email {
        to: "x@example.ma".into(),
        to_name: None,
        subject: "s".into(),
        text: "t".into(),
        html: "h".into(),
        language: "fr".into(),
    };
    opengov_web::auth::mail::queue(&state, &m).await.unwrap();
    assert!(opengov_web::auth::mail::run_one(&state, "w").await);
    // Not due again before its backoff.
    assert!(!opengov_web::auth::mail::run_one(&state, "w").await);
    assert_eq!(state.db.job_counts().await.unwrap(), (1, 0, 0));
    app.cleanup().await;
}
both_engines!(a_failing_mail_server_is_retried_with_backoff_then_given_up);

/// Waits until `url` on `router` shows `text`; fails after `limit`.
async fn shows_within(router: &axum::Router, url: &str, text: &str, limit: std::time::Duration) {
    let started = std::time::Instant::now();
    loop {
        let mut c = Client::on(router.clone());
        if c.get(url).await.body.contains(text) {
            return;
        }
        assert!(
            started.elapsed() < limit,
            "{url} does not show {text:?} after {limit:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn activity(key: &str, title: &str) -> opengov_db::dataset::ActivityRec {
    use opengov_core::{Lang, LocalizedText};
    opengov_db::dataset::ActivityRec {
        ogp_id: "MO0054".into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, title),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight: 1,
        progress: Some(20),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_one_instance_shows_on_the_other_within_two_seconds() {
    let app = TestApp::new(Engine::Postgres).build().await;
    // Instance 2 hears of changes by LISTEN/NOTIFY only (its periodic check is too slow to
    // matter here).
    let db2 = Db::connect(app.db_url(), 4).await.unwrap();
    db2.watch_changes(opengov_db::changes::WatchOptions {
        check_every: std::time::Duration::from_secs(600),
        ..Default::default()
    });
    let two = opengov_web::app(AppState::with_mailer(
        db2.clone(),
        WebConfig::default(),
        opengov_mail::Mailer::memory(),
    ));
    // Instance 3 only by the periodic check, as after a lost notification.
    let db3 = Db::connect(app.db_url(), 4).await.unwrap();
    db3.watch_changes(opengov_db::changes::WatchOptions {
        listen: false,
        ..Default::default()
    });
    let three = opengov_web::app(AppState::with_mailer(
        db3.clone(),
        WebConfig::default(),
        opengov_mail::Mailer::memory(),
    ));
    let url = "/en/commitments/MO0054";
    let unrelated = "/en/commitments/MO0013";
    for r in [&app.router, &two, &three] {
        let mut c = Client::on(r.clone());
        assert!(!c.get(url).await.body.contains("Publish the draft"));
        c.get(unrelated).await;
    }
    // Let the listener of instance 2 start listening before the change.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let statements3 = db3.statements_run();

    app.state
        .db
        .add_activity(
            &activity("n1", "Publish the draft"),
            opengov_db::now_micros(),
        )
        .await
        .unwrap();
    let limit = std::time::Duration::from_secs(2);
    shows_within(
        &app.router,
        url,
        "Publish the draft",
        std::time::Duration::ZERO,
    )
    .await;
    shows_within(&two, url, "Publish the draft", limit).await;
    shows_within(&three, url, "Publish the draft", limit).await;
    // Instance 3 re-rendered the changed page only; the unrelated one came from its cache.
    let rendered = db3.statements_run() - statements3;
    let mut c = Client::on(three.clone());
    c.get(unrelated).await;
    assert_eq!(
        db3.statements_run() - statements3,
        rendered,
        "unrelated page still cached"
    );

    // A second change, heard the same two ways.
    app.state
        .db
        .update_activity("n1", 1, 90, false, opengov_db::now_micros())
        .await
        .unwrap();
    shows_within(&two, url, "90%", limit).await;
    shows_within(&three, url, "90%", limit).await;
    db2.close().await;
    db3.close().await;
    app.cleanup().await;
}
