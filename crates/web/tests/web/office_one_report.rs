//! One open report per activity, and a form's one-time token that names one report only: a
//! second leader's new report while one is being written, or a token reused on another
//! activity, is refused with a translated reason, through the form and the API alike.

use crate::common;

use common::*;

/// A commitment of plan 3 without activities in the sources.
const A: &str = "MO0055";

async fn leader(app: &TestApp, email: &str) -> Client {
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    let user = app
        .user(email)
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, cm.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

async fn a_second_report_on_an_activity_waits_for_the_first(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "one-a1", 10).await;
    app.add_activity(A, "one-a2", 10).await;
    let mut first = leader(&app, "first@example.ma").await;
    let mut second = leader(&app, "second@example.ma").await;
    let path = "/fr/office/activities/one-a1/reports/new";

    // Both open the form before either posts it.
    let form1 = first.get(path).await;
    let form2 = second.get(path).await;
    let token1 = hidden(&form1.body, "form_token");
    let token2 = hidden(&form2.body, "form_token");
    let r = first
        .post(path, &[("form_token", token1.as_str()), ("progress", "20")])
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let r = second
        .post(path, &[("form_token", token2.as_str()), ("progress", "40")])
        .await;
    assert_ne!(r.status, 303, "a second open report on one activity");
    assert!(!r.status.is_server_error());
    assert!(
        shown(&r.body).contains("Un rapport sur cette activité est déjà en cours"),
        "{}",
        shown(&r.body)
    );
    assert_eq!(app.db.reports_of_activity(a1).await.unwrap().len(), 1);

    // The first leader's token, posted again on another activity, names no report there.
    let other = "/fr/office/activities/one-a2/reports/new";
    let r = first
        .post(
            other,
            &[("form_token", token1.as_str()), ("progress", "50")],
        )
        .await;
    assert_ne!(r.status, 303);
    assert!(!r.status.is_server_error());
    assert!(
        shown(&r.body).contains("Ce formulaire a déjà servi pour un autre rapport"),
        "{}",
        shown(&r.body)
    );
    // And posted by the second leader on the first activity it opens nothing of the first's.
    let r = second
        .post(path, &[("form_token", token1.as_str()), ("progress", "50")])
        .await;
    assert_ne!(r.status, 303);
    assert!(shown(&r.body).contains("Ce formulaire a déjà servi pour un autre rapport"));
    app.cleanup().await;
}
both_engines!(a_second_report_on_an_activity_waits_for_the_first);
