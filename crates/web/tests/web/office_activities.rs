//! A coordinator's back office on a commitment: its activities (add, edit, cancel with a
//! public reason) and its project leaders (assign, remove); who may, and what bad input gets.

use crate::common;

use common::*;

/// A commitment of the open plan whose activities the sources do not name: its figure is
/// only the activities added here.
const A: &str = "MO0055";

async fn coordinator(app: &TestApp, plan: i64) -> Client {
    let plan = app.db.plan_by_number(plan).await.unwrap().unwrap();
    let user = app
        .user(&format!("coordinator{}@example.ma", plan.number))
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

async fn activities_of(app: &TestApp) -> Vec<opengov_db::rows::ActivityRow> {
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    app.db.activities_of_commitment(cm.id).await.unwrap()
}

fn activity_form<'a>(title_fr: &'a str, end: &'a str, weight: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title_fr", title_fr),
        ("title_ar", ""),
        ("start", "2025-01"),
        ("end", end),
        ("responsible", ""),
        ("weight", weight),
    ]
}

async fn a_coordinator_adds_edits_and_cancels_activities_and_assigns_leaders(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = coordinator(&app, 3).await;
    let home = c.get("/fr/office").await;
    assert!(
        home.body.contains("/fr/office/plans/3"),
        "{}",
        shown(&home.body)
    );
    let plan = c.get("/fr/office/plans/3").await;
    assert_eq!(plan.status, 200);
    assert!(plan.body.contains("/fr/office/commitments/MO0055"));
    let page = c.get("/fr/office/commitments/MO0055").await;
    assert_eq!(page.status, 200);
    assert!(shown(&page.body).contains("Cet engagement n'a encore aucune activité."));

    // Bad forms: each error beside its field, nothing stored.
    let new = "/fr/office/commitments/MO0055/activities/new";
    assert_eq!(c.get(new).await.status, 200);
    let long = "x".repeat(601);
    for (form, message) in [
        (
            activity_form("", "2025-12", "1"),
            "Saisissez un intitulé dans une langue au moins.",
        ),
        (
            activity_form("Atelier", "2025-13", "1"),
            "Ce n'est pas une date",
        ),
        (
            activity_form("Atelier", "2024-12", "1"),
            "L'échéance précède le début.",
        ),
        (
            activity_form("Atelier", "2025-12", "0"),
            "Le poids est un nombre entier de 1 à 1000.",
        ),
        (
            activity_form("Atelier", "2025-12", "abc"),
            "Le poids est un nombre entier",
        ),
        (
            activity_form(&long, "2025-12", "1"),
            "Ce texte est trop long",
        ),
        (
            activity_form("<script>alert(1)</script>\u{7}", "2025-12", "1"),
            "caractère de contrôle",
        ),
    ] {
        let r = c.post(new, &form).await;
        assert_eq!(r.status, 400, "{message}");
        assert!(
            shown(&r.body).contains(message),
            "{message}: {}",
            shown(&r.body)
        );
        assert!(!r.body.contains("<script>alert"));
    }
    let mut unknown = activity_form("Atelier", "2025-12", "1");
    unknown[4] = ("responsible", "no-such-institution");
    let r = c.post(new, &unknown).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Choisissez une institution dans la liste."));
    assert!(activities_of(&app).await.is_empty());

    // Two activities.
    let r = c
        .post(new, &activity_form("Atelier de lancement", "2025-06", "1"))
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let r = c
        .post(new, &activity_form("Portail publié", "2026-06", "1"))
        .await;
    assert_eq!(r.status, 303);
    let acts = activities_of(&app).await;
    assert_eq!(acts.len(), 2);
    assert_eq!(acts[0].progress, 0);
    let public = app.client().get("/fr/commitments/MO0055").await;
    assert!(shown(&public.body).contains("Atelier de lancement"));

    // A project leader, by address: unknown and unconfirmed accounts are refused.
    let leaders = "/fr/office/commitments/MO0055/leaders";
    let r = c.post(leaders, &[("email", "nobody@example.ma")]).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Aucun compte ne porte cette adresse."));
    app.user("unconfirmed@example.ma").create().await;
    let r = c
        .post(leaders, &[("email", "unconfirmed@example.ma")])
        .await;
    assert_eq!(r.status, 400);
    let leader = app.user("leader@example.ma").verified().create().await;
    let r = c.post(leaders, &[("email", " Leader@Example.ma ")]).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let mut l = app.signed_in(&leader).await;
    let office = l.get("/fr/office").await;
    let key = &acts[0].key;
    assert!(
        office
            .body
            .contains(&format!("/fr/office/activities/{key}/reports/new"))
    );

    // Edited: the weights change the commitment's figure at once.
    app.db.update_activity(key, 1, 100, false, 1).await.unwrap();
    let edit = format!("/fr/office/activities/{key}/edit");
    let form = c.get(&edit).await;
    assert!(form.body.contains("Atelier de lancement"));
    let r = c
        .post(
            &edit,
            &activity_form("Atelier de lancement (Rabat)", "2025-06", "3"),
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    assert_eq!(cm.figure, Some(7_500));

    // Cancelled with its public reason: out of the figures, no more reports, an event.
    let cancel = format!("/fr/office/activities/{key}/cancel");
    let r = c.post(&cancel, &[("reason", " ")]).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Indiquez le motif de l'annulation."));
    let r = c
        .post(
            &cancel,
            &[("reason", "Fusionnée avec l'activité suivante.")],
        )
        .await;
    assert_eq!(r.status, 303);
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    assert_eq!(cm.figure, Some(0));
    let events = app.db.events_after(0, 100).await.unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.kind == "activity_cancelled" && e.visibility == "public")
    );
    let r = l
        .get(&format!("/fr/office/activities/{key}/reports/new"))
        .await;
    assert_eq!(r.status, 409);

    // Removed: the leader's office no longer lists the commitment's activities.
    let page = c.get("/fr/office/commitments/MO0055").await;
    let at = page.body.find("/leaders/").expect("a remove form");
    let rest = &page.body[at + "/leaders/".len()..];
    let role_id = &rest[..rest.find('/').unwrap()];
    let r = c.post(&format!("{leaders}/{role_id}/revoke"), &[]).await;
    assert_eq!(r.status, 303);
    let office = l.get("/fr/office").await;
    assert!(!office.body.contains("/reports/new"));
    app.cleanup().await;
}
both_engines!(a_coordinator_adds_edits_and_cancels_activities_and_assigns_leaders);

async fn only_the_plans_coordinators_manage_its_commitments(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let key = {
        app.add_activity(A, "a1", 0).await;
        "a1"
    };
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    let leader = app
        .user("leader@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, cm.id)])
        .verified()
        .create()
        .await;
    let mut leader = app.signed_in(&leader).await;
    let mut other = coordinator(&app, 2).await;
    for c in [&mut leader, &mut other] {
        assert_eq!(c.get("/fr/office/commitments/MO0055").await.status, 403);
        assert_eq!(c.get("/fr/office/plans/3").await.status, 403);
        let r = c
            .post(
                "/fr/office/commitments/MO0055/activities/new",
                &activity_form("Intrus", "2025-06", "1"),
            )
            .await;
        assert_eq!(r.status, 403);
        let r = c
            .post(
                &format!("/fr/office/activities/{key}/cancel"),
                &[("reason", "non")],
            )
            .await;
        assert_eq!(r.status, 403);
        let r = c
            .post(
                "/fr/office/commitments/MO0055/leaders",
                &[("email", "leader@example.ma")],
            )
            .await;
        assert_eq!(r.status, 403);
    }
    assert_eq!(activities_of(&app).await.len(), 1);
    assert!(!activities_of(&app).await[0].cancelled);
    // A closed plan is read-only: plan 2 is completed.
    let r = other.get("/fr/office/commitments/MO0025").await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("Ce plan est clos"));
    // A role id that is not a leader of this commitment is the 404 page.
    let mut c = coordinator(&app, 3).await;
    let admin = app
        .user("admin@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let admin_role = app.db.roles_of(admin.id).await.unwrap()[0].id;
    let r = c
        .post(
            &format!("/fr/office/commitments/MO0055/leaders/{admin_role}/revoke"),
            &[],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(app.db.roles_of(admin.id).await.unwrap().len(), 1);
    app.cleanup().await;
}
both_engines!(only_the_plans_coordinators_manage_its_commitments);
