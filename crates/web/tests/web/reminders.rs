//! The reminder job (docs/co-implementation.md, "Reminders"): each project leader with a late or
//! silent activity gets one e-mail in the account's language listing those activities, with a
//! link to the back office; a second run in the same period sends nothing, and two instances
//! running at once send each reminder once.

use crate::common;
use common::*;
use opengov_web::reminders::{Outcome, send_reminders};

const TODAY: &str = "2026-11-23";

async fn reminders_are_mailed_in_the_leaders_language_once(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let late = app
        .add_dated_activity("MO0055", "rem-late", 40, Some("2026-06-30"))
        .await;
    app.add_dated_activity("MO0055", "rem-done", 100, Some("2026-06-30"))
        .await;
    let commitment = app
        .db
        .commitment_by_ogp_id("MO0055")
        .await
        .unwrap()
        .unwrap();
    app.user("salma@example.ma")
        .name("Salma")
        .language("ar")
        .verified()
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, commitment.id)])
        .create()
        .await;
    app.user("yves@example.ma")
        .name("Yves")
        .language("fr")
        .verified()
        .roles(&[(Role::ProjectLeader, ScopeKind::Activity, late)])
        .create()
        .await;
    // An account whose address is not confirmed gets nothing.
    app.user("new@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Activity, late)])
        .create()
        .await;

    let outcome = send_reminders(&app.state, TODAY).await.unwrap();
    assert_eq!(
        outcome,
        Outcome {
            leaders: 2,
            mails: 2
        }
    );
    app.deliver_mail().await;
    assert_eq!(app.state.mailer.sent().len(), 2);

    let fr = app.mail_to("yves@example.ma");
    assert_eq!(fr.language, "fr");
    assert_eq!(
        fr.subject,
        "Rappel\u{a0}: des activités attendent votre rapport"
    );
    assert!(fr.text.contains("Bonjour Yves"), "{}", fr.text);
    assert!(
        fr.text.contains(
            "MO0055 · rem-late\u{a0}: date de fin dépassée (30 juin 2026), avancement 40"
        ),
        "{}",
        fr.text
    );
    assert!(!fr.text.contains("rem-done"), "{}", fr.text);
    assert!(
        fr.text.contains("http://127.0.0.1:8080/fr/office\n"),
        "{}",
        fr.text
    );
    assert!(fr.html.contains("href=\"http://127.0.0.1:8080/fr/office\""));

    let ar = app.mail_to("salma@example.ma");
    assert_eq!(ar.language, "ar");
    assert_eq!(ar.subject, "تذكير: أنشطة في انتظار تقريركم");
    assert!(ar.html.contains("dir=\"rtl\""));
    assert!(ar.text.contains("rem-late"), "{}", ar.text);
    assert!(ar.text.contains("تجاوز تاريخ الانتهاء"), "{}", ar.text);
    assert!(!ar.text.contains("rem-done"), "{}", ar.text);
    assert!(ar.text.contains("http://127.0.0.1:8080/ar/office\n"));

    // Later in the same week: nothing new is due, nothing is sent.
    let again = send_reminders(&app.state, "2026-11-29").await.unwrap();
    assert_eq!(again.mails, 0);
    app.deliver_mail().await;
    assert_eq!(app.state.mailer.sent().len(), 2);

    // The next week, two instances at once: each leader still gets one e-mail.
    let (other, _) = app.instance((*app.state.config).clone(), opengov_mail::Mailer::memory());
    let (a, b) = tokio::join!(
        send_reminders(&app.state, "2026-11-30"),
        send_reminders(&other, "2026-11-30"),
    );
    assert_eq!(a.unwrap().mails + b.unwrap().mails, 2);
    app.deliver_mail().await;
    assert_eq!(app.state.mailer.sent().len(), 4);
    app.cleanup().await;
}
both_engines!(reminders_are_mailed_in_the_leaders_language_once);

async fn a_never_reported_activity_is_reminded_until_cancelled(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let quiet = app
        .add_dated_activity("MO0055", "rem-quiet", 10, None)
        .await;
    let leader = app
        .user("leader@example.ma")
        .language("en")
        .verified()
        .roles(&[(Role::ProjectLeader, ScopeKind::Activity, quiet)])
        .create()
        .await;
    // Never reported and no start date: silent at once.
    let first = send_reminders(&app.state, TODAY).await.unwrap();
    assert_eq!(first.mails, 1);
    app.deliver_mail().await;
    let en = app.mail_to("leader@example.ma");
    assert_eq!(
        en.subject,
        "Reminder: activities are waiting for your report"
    );
    assert!(
        en.text
            .contains("MO0055 · rem-quiet: no report published yet"),
        "{}",
        en.text
    );
    // Cancelled: no reminder in the next period.
    app.db
        .cancel_activity(
            "rem-quiet",
            &opengov_core::LocalizedText::new()
                .with(opengov_core::Lang::En, "Merged")
                .to_json(),
            leader.id,
            opengov_db::now_micros(),
        )
        .await
        .unwrap();
    let after = send_reminders(&app.state, "2026-11-30").await.unwrap();
    assert_eq!(after, Outcome::default());
    app.cleanup().await;
}
both_engines!(a_never_reported_activity_is_reminded_until_cancelled);
