//! The back office's progress reports: a project leader drafts, submits, answers a return; a
//! coordinator returns and validates; the public pages change at once. Who may do what, and
//! what bad input gets.

use crate::common;

use common::*;
use opengov_core::reporting::ReportStatus;

/// The commitment of plan 3 the tests report on, and another one of the same plan: neither
/// has an activity in the sources, so that their figures are those of the activities added
/// here.
const A: &str = "MO0055";
const B: &str = "MO0057";

async fn leader_of(app: &TestApp, email: &str, ogp_id: &str) -> Client {
    let c = app.db.commitment_by_ogp_id(ogp_id).await.unwrap().unwrap();
    let user = app
        .user(email)
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, c.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

async fn coordinator_of_plan_3(app: &TestApp) -> Client {
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let user = app
        .user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

fn location(p: &Page) -> String {
    p.headers
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Opens the new-report form of an activity and posts it; returns the answer.
async fn draft(c: &mut Client, key: &str, fields: &[(&str, &str)]) -> Page {
    let path = format!("/fr/office/activities/{key}/reports/new");
    let form = c.get(&path).await;
    assert_eq!(form.status, 200, "{}", shown(&form.body));
    let token = hidden(&form.body, "form_token");
    let mut all = vec![("form_token", token.as_str())];
    all.extend_from_slice(fields);
    c.post(&path, &all).await
}

fn report_id(p: &Page) -> i64 {
    let to = location(p);
    assert_eq!(p.status, 303, "{}", shown(&p.body));
    to.rsplit('/').next().unwrap().parse().unwrap()
}

async fn status_of(app: &TestApp, id: i64) -> ReportStatus {
    app.db.report(id).await.unwrap().unwrap().status
}

async fn figure_of(app: &TestApp, ogp_id: &str) -> Option<i64> {
    app.db
        .commitment_by_ogp_id(ogp_id)
        .await
        .unwrap()
        .unwrap()
        .figure
}

async fn a_report_is_drafted_submitted_returned_resubmitted_and_published(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "a1", 10).await;
    app.add_activity(A, "a2", 30).await;
    assert_eq!(figure_of(&app, A).await, Some(2_000));
    let mut leader = leader_of(&app, "leader@example.ma", A).await;
    let mut coordinator = coordinator_of_plan_3(&app).await;
    let mut public = app.client();
    let before = public.get(&format!("/fr/commitments/{A}")).await;
    assert!(shown(&before.body).contains("Aucun rapport d'avancement n'a encore été publié"));

    // The leader lands on their activities and writes a report on one.
    let home = leader.get("/fr/office").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("/fr/office/activities/a1/reports/new"));
    assert!(shown(&home.body).contains("Mes activités"));
    let path = "/fr/office/activities/a1/reports/new";
    let form = leader.get(path).await;
    let token = hidden(&form.body, "form_token");
    let fields = [
        ("form_token", token.as_str()),
        ("progress", "70"),
        ("done", "Atelier de lancement tenu à Rabat"),
        ("difficulties", ""),
        ("assistance", ""),
    ];
    let id = report_id(&leader.post(path, &fields).await);
    // A double click posts the same form twice: one report.
    assert_eq!(report_id(&leader.post(path, &fields).await), id);
    assert_eq!(app.db.reports_of_activity(a1).await.unwrap().len(), 1);
    // Opening the new-report form again leads to the report being written.
    let again = leader.get(path).await;
    assert_eq!(location(&again), format!("/fr/office/reports/{id}"));
    assert_eq!(status_of(&app, id).await, ReportStatus::Draft);

    // Submitted from its page.
    let report = format!("/fr/office/reports/{id}");
    let page = leader.get(&report).await;
    assert_eq!(page.status, 200);
    assert!(shown(&page.body).contains("Brouillon"));
    let revision = hidden(&page.body, "revision");
    let r = leader
        .post(
            &report,
            &[
                ("revision", revision.as_str()),
                ("progress", "70"),
                ("done", "Atelier de lancement tenu à Rabat"),
                ("then", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    assert_eq!(status_of(&app, id).await, ReportStatus::Submitted);
    // Nothing public yet.
    assert_eq!(figure_of(&app, A).await, Some(2_000));

    // The coordinator's queue lists it; a return needs a reason.
    let queue = coordinator.get("/fr/office").await;
    assert!(queue.body.contains(&report), "{}", shown(&queue.body));
    assert!(shown(&queue.body).contains("Rapports à valider"));
    let r = coordinator
        .post(&format!("{report}/return"), &[("reason", "  ")])
        .await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Indiquez le motif du renvoi"));
    assert_eq!(status_of(&app, id).await, ReportStatus::Submitted);
    let r = coordinator
        .post(
            &format!("{report}/return"),
            &[("reason", "Joignez le compte rendu de l'atelier.")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    assert_eq!(status_of(&app, id).await, ReportStatus::Returned);

    // The leader sees it returned, with the reason, and answers.
    let home = leader.get("/fr/office").await;
    assert!(shown(&home.body).contains("Renvoyé pour correction"));
    let page = leader.get(&report).await;
    let text = shown(&page.body);
    assert!(
        text.contains("Joignez le compte rendu de l'atelier."),
        "{text}"
    );
    let revision = hidden(&page.body, "revision");
    let r = leader
        .post(
            &report,
            &[
                ("revision", revision.as_str()),
                ("progress", "70"),
                ("done", "Atelier tenu à Rabat ; compte rendu publié."),
                ("then", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));

    // Validated: published, and every figure above the activity changes at once.
    let r = coordinator.post(&format!("{report}/validate"), &[]).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    assert_eq!(status_of(&app, id).await, ReportStatus::Published);
    assert_eq!(figure_of(&app, A).await, Some(5_000));
    let after = public.get(&format!("/fr/commitments/{A}")).await;
    let text = shown(&after.body);
    assert!(text.contains("compte rendu publié"), "{text}");
    assert!(text.contains("50"), "{text}");
    // Its page tells every move, in order, with the role that made it.
    let page = coordinator.get(&report).await;
    let text = shown(&page.body);
    let moves: Vec<usize> = [
        "Soumis à validation",
        "Renvoyé pour correction",
        "Validé et publié",
    ]
    .iter()
    .map(|m| text.find(m).unwrap_or_else(|| panic!("{m} in {text}")))
    .collect();
    assert!(moves.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("Coordinateur"));
    // A published report never changes.
    let r = leader
        .post(
            &report,
            &[
                ("revision", "3"),
                ("progress", "90"),
                ("done", "Autre"),
                ("then", "save"),
            ],
        )
        .await;
    assert_eq!(r.status, 409, "{}", shown(&r.body));
    assert_eq!(app.db.report(id).await.unwrap().unwrap().progress, 70);
    app.cleanup().await;
}
both_engines!(a_report_is_drafted_submitted_returned_resubmitted_and_published);

async fn a_leader_cannot_see_or_touch_another_leaders_activities(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.add_activity(A, "a1", 10).await;
    let b1 = app.add_activity(B, "b1", 10).await;
    let mut a = leader_of(&app, "leader-a@example.ma", A).await;
    let mut b = leader_of(&app, "leader-b@example.ma", B).await;
    let id = report_id(&draft(&mut b, "b1", &[("progress", "40"), ("done", "B")]).await);
    let home = a.get("/fr/office").await;
    assert!(home.body.contains("a1"));
    assert!(!home.body.contains("/fr/office/activities/b1"));
    assert!(!home.body.contains(&format!("/fr/office/reports/{id}")));
    assert_eq!(
        a.get("/fr/office/activities/b1/reports/new").await.status,
        403
    );
    let r = a
        .post(
            "/fr/office/activities/b1/reports/new",
            &[("progress", "90"), ("done", "A")],
        )
        .await;
    assert_eq!(r.status, 403);
    let report = format!("/fr/office/reports/{id}");
    assert_eq!(a.get(&report).await.status, 403);
    for (path, fields) in [
        (
            report.clone(),
            vec![("revision", "1"), ("progress", "90"), ("then", "submit")],
        ),
        (format!("{report}/validate"), vec![]),
        (format!("{report}/return"), vec![("reason", "non")]),
    ] {
        assert_eq!(a.post(&path, &fields).await.status, 403, "{path}");
    }
    // A guessed id of no report is the 404 page.
    assert_eq!(a.get("/fr/office/reports/999999").await.status, 404);
    let r = app.db.report(id).await.unwrap().unwrap();
    assert_eq!((r.status, r.progress), (ReportStatus::Draft, 40));
    assert_eq!(app.db.reports_of_activity(b1).await.unwrap().len(), 1);
    // And a leader cannot validate their own report.
    let r = b
        .post(
            &report,
            &[
                ("revision", "1"),
                ("progress", "40"),
                ("done", "B"),
                ("then", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(b.post(&format!("{report}/validate"), &[]).await.status, 403);
    assert_eq!(status_of(&app, id).await, ReportStatus::Submitted);
    app.cleanup().await;
}
both_engines!(a_leader_cannot_see_or_touch_another_leaders_activities);

async fn bad_reports_get_translated_errors_and_change_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let a1 = app.add_activity(A, "a1", 50).await;
    let mut leader = leader_of(&app, "leader@example.ma", A).await;
    let long = "x".repeat(4001);
    for (progress, done, message) in [
        ("-1", "ok", "Saisissez un nombre entier de 0 à 100."),
        ("101", "ok", "Saisissez un nombre entier de 0 à 100."),
        ("abc", "ok", "Saisissez un nombre entier de 0 à 100."),
        ("", "ok", "Saisissez un nombre entier de 0 à 100."),
        ("50.5", "ok", "Saisissez un nombre entier de 0 à 100."),
        (
            "<script>alert(1)</script>",
            "ok",
            "Saisissez un nombre entier",
        ),
        ("60", long.as_str(), "Ce texte est trop long"),
        ("60", "bell \u{7} here", "caractère de contrôle"),
    ] {
        let r = draft(&mut leader, "a1", &[("progress", progress), ("done", done)]).await;
        assert_eq!(r.status, 400, "{progress:?}");
        let text = shown(&r.body);
        assert!(text.contains(message), "{progress:?}: {text}");
        assert!(!r.body.contains("<script>alert"));
    }
    assert!(app.db.reports_of_activity(a1).await.unwrap().is_empty());
    // In Arabic, the same error in Arabic.
    let path = "/ar/office/activities/a1/reports/new";
    let form = leader.get(path).await;
    let token = hidden(&form.body, "form_token");
    let r = leader
        .post(path, &[("form_token", token.as_str()), ("progress", "٢٠٠")])
        .await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("أدخلوا عددًا صحيحًا من 0 إلى 100"));
    // Arabic-Indic digits are read.
    let r = leader
        .post(path, &[("form_token", token.as_str()), ("progress", "٢٠")])
        .await;
    let id = report_id(&r);
    assert_eq!(app.db.report(id).await.unwrap().unwrap().progress, 20);

    // Submitting needs what was done (or evidence), and a lower figure needs its reason.
    let report = format!("/fr/office/reports/{id}");
    let submit = |done: &'static str, difficulties: &'static str| {
        vec![
            ("revision", "1"),
            ("progress", "20"),
            ("done", done),
            ("difficulties", difficulties),
            ("then", "submit"),
        ]
    };
    let r = leader.post(&report, &submit("", "")).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Décrivez ce qui a été réalisé"));
    let r = leader.post(&report, &submit("Fait", "")).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("inférieur à celui publié"));
    assert_eq!(status_of(&app, id).await, ReportStatus::Draft);
    // A form opened before another edit is refused.
    let r = leader
        .post(
            &report,
            &[("revision", "1"), ("progress", "55"), ("then", "save")],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = leader
        .post(
            &report,
            &[("revision", "1"), ("progress", "60"), ("then", "save")],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("Ce rapport a changé depuis l'ouverture du formulaire"));
    assert_eq!(app.db.report(id).await.unwrap().unwrap().progress, 55);
    app.cleanup().await;
}
both_engines!(bad_reports_get_translated_errors_and_change_nothing);

async fn no_report_on_a_cancelled_activity_or_in_a_closed_plan(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let cancelled = app.add_activity(A, "a1", 10).await;
    app.db.update_activity("a1", 1, 10, true, 1).await.unwrap();
    let mut leader = leader_of(&app, "leader@example.ma", A).await;
    let token = "x".repeat(30);
    let r = leader.get("/fr/office/activities/a1/reports/new").await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("Cette activité est annulée"));
    let r = leader
        .post(
            "/fr/office/activities/a1/reports/new",
            &[
                ("progress", "20"),
                ("done", "x"),
                ("form_token", token.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, 409, "{}", shown(&r.body));
    assert!(
        app.db
            .reports_of_activity(cancelled)
            .await
            .unwrap()
            .is_empty()
    );
    // Plan 1 is completed: closed, read-only for everyone.
    let closed = app.add_activity("MO0001", "old1", 10).await;
    let mut old = leader_of(&app, "old@example.ma", "MO0001").await;
    let r = old.get("/fr/office/activities/old1/reports/new").await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("Ce plan est clos"));
    let r = old
        .post(
            "/ar/office/activities/old1/reports/new",
            &[("progress", "20"), ("done", "x")],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("هذه الخطة مغلقة"));
    assert!(app.db.reports_of_activity(closed).await.unwrap().is_empty());
    app.cleanup().await;
}
both_engines!(no_report_on_a_cancelled_activity_or_in_a_closed_plan);

async fn the_office_tells_a_citizen_they_have_nothing_to_do_and_links_staff(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let citizen = app.user("citizen@example.ma").verified().create().await;
    let mut c = app.signed_in(&citizen).await;
    let home = c.get("/ar/office").await;
    assert_eq!(home.status, 200);
    assert!(shown(&home.body).contains("لا يتولى حسابكم أي نشاط"));
    assert!(!c.get("/fr/account").await.body.contains("/fr/office"));
    let mut leader = leader_of(&app, "leader@example.ma", A).await;
    assert!(leader.get("/fr/account").await.body.contains("/fr/office"));
    // An administrator may report on any activity; their drafts are listed on their office.
    app.add_activity(A, "a1", 0).await;
    let admin = app
        .user("admin@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut admin = app.signed_in(&admin).await;
    let id = report_id(&draft(&mut admin, "a1", &[("progress", "5"), ("done", "x")]).await);
    let home = admin.get("/fr/office").await;
    assert!(shown(&home.body).contains("Mes rapports en cours"));
    assert!(home.body.contains(&format!("/fr/office/reports/{id}")));
    let anonymous = app.client().get("/fr/office").await;
    assert_eq!(anonymous.status, 303);
    assert!(location(&anonymous).contains("/fr/account/sign-in?next="));
    app.cleanup().await;
}
both_engines!(the_office_tells_a_citizen_they_have_nothing_to_do_and_links_staff);

async fn a_plans_late_activities_and_requests_for_assistance_follow_published_reports(
    engine: Engine,
) {
    let app = TestApp::new(engine).build().await;
    app.add_dated_activity(A, "late1", 10, Some("2025-03"))
        .await;
    app.add_dated_activity(A, "future1", 10, Some("2099-12"))
        .await;
    let mut leader = leader_of(&app, "leader@example.ma", A).await;
    let mut coordinator = coordinator_of_plan_3(&app).await;
    let mut public = app.client();
    let late = public.get("/fr/plans/3/late").await;
    assert_eq!(late.status, 200);
    let text = shown(&late.body);
    assert!(
        text.contains("late1") && !text.contains("future1"),
        "{text}"
    );
    let none = public.get("/ar/plans/3/assistance").await;
    assert!(shown(&none.body).contains("لا يوجد أي طلب دعم مفتوح"));
    // A report that completes the late activity and asks for help.
    let id = report_id(
        &draft(
            &mut leader,
            "late1",
            &[
                ("progress", "100"),
                ("done", "Terminé"),
                ("assistance", "Un appui juridique du comité de pilotage."),
            ],
        )
        .await,
    );
    let report = format!("/fr/office/reports/{id}");
    let r = leader
        .post(
            &report,
            &[
                ("revision", "1"),
                ("progress", "100"),
                ("done", "Terminé"),
                ("assistance", "Un appui juridique du comité de pilotage."),
                ("then", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    // The queue marks the request.
    assert!(shown(&coordinator.get("/fr/office").await.body).contains("Demande d'appui"));
    assert_eq!(
        coordinator
            .post(&format!("{report}/validate"), &[])
            .await
            .status,
        303
    );
    let late = public.get("/fr/plans/3/late").await;
    assert!(
        !shown(&late.body).contains("late1"),
        "no longer late once at 100 %"
    );
    let open = public.get("/fr/plans/3/assistance").await;
    assert!(shown(&open.body).contains("Un appui juridique du comité de pilotage."));
    // The plan page links both.
    let plan = public.get("/fr/plans/3").await;
    assert!(plan.body.contains("/fr/plans/3/late") && plan.body.contains("/fr/plans/3/assistance"));
    app.cleanup().await;
}
both_engines!(a_plans_late_activities_and_requests_for_assistance_follow_published_reports);
