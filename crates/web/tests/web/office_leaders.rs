//! A coordinator assigns a project leader to a whole commitment or to one of its activities:
//! a leader of one activity reports on it and on nothing else of the commitment.

use crate::common;

use common::*;

/// A commitment of plan 3 without activities in the sources.
const A: &str = "MO0055";

async fn a_leader_can_answer_for_one_activity_only(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.add_activity(A, "lead-a1", 10).await;
    app.add_activity(A, "lead-a2", 10).await;
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let coordinator = app
        .user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    let mut coordinator = app.signed_in(&coordinator).await;
    let leader = app
        .user("one-activity@example.ma")
        .verified()
        .create()
        .await;
    let office = format!("/fr/office/commitments/{A}");
    let page = coordinator.get(&office).await;
    assert!(shown(&page.body).contains("Tout l'engagement (chaque activité)"));
    assert!(page.body.contains("value=\"lead-a2\""));

    // An activity that is not this commitment's, or none, is refused beside the field.
    for bad in ["MO0054-1", "lead-none", "<script>", &"x".repeat(5000)] {
        let r = coordinator
            .post(
                &format!("{office}/leaders"),
                &[("email", "one-activity@example.ma"), ("scope", bad)],
            )
            .await;
        assert_eq!(r.status, 400, "{bad}");
        assert!(
            shown(&r.body)
                .contains("Choisissez l'engagement ou l'une de ses activités non annulées"),
            "{}",
            shown(&r.body)
        );
    }
    assert!(app.db.roles_of(leader.id).await.unwrap().is_empty());

    // Assigned to lead-a1 only.
    let r = coordinator
        .post(
            &format!("{office}/leaders"),
            &[("email", "one-activity@example.ma"), ("scope", "lead-a1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let roles = app.db.roles_of(leader.id).await.unwrap();
    assert_eq!(roles.len(), 1);
    let page = coordinator.get(&office).await;
    assert!(
        shown(&page.body).contains("lead-a1"),
        "{}",
        shown(&page.body)
    );
    let mut leader_client = app.signed_in(&leader).await;
    let own = leader_client
        .get("/fr/office/activities/lead-a1/reports/new")
        .await;
    assert_eq!(own.status, 200, "{}", shown(&own.body));
    let other = leader_client
        .get("/fr/office/activities/lead-a2/reports/new")
        .await;
    assert_eq!(other.status, 403);
    let home = leader_client.get("/fr/office").await;
    assert!(
        home.body
            .contains("/fr/office/activities/lead-a1/reports/new")
    );
    assert!(
        !home
            .body
            .contains("/fr/office/activities/lead-a2/reports/new")
    );

    // Removed: the activity's report form is refused again.
    let r = coordinator
        .post(&format!("{office}/leaders/{}/revoke", roles[0].id), &[])
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let again = leader_client
        .get("/fr/office/activities/lead-a1/reports/new")
        .await;
    assert_eq!(again.status, 403);
    app.cleanup().await;
}
both_engines!(a_leader_can_answer_for_one_activity_only);
