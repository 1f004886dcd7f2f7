//! "How this figure is computed" on a commitment page: each activity's weight, progress and the
//! report behind it, and the sum that gives the figure the page shows, changing at once with a
//! published report or a cancelled activity.

use crate::common;

use common::*;

/// A commitment of plan 3 without activities in the sources: its figure is the test's own.
const A: &str = "MO0055";

async fn activity(app: &TestApp, key: &str, weight: i64, progress: i64) -> i64 {
    use opengov_core::{Lang, LocalizedText};
    let a = opengov_db::dataset::ActivityRec {
        ogp_id: A.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::Fr, &format!("Activité {key}")),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight,
        progress: Some(progress),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    };
    app.db.add_activity(&a, 1).await.unwrap();
    app.db
        .activity_place(key)
        .await
        .unwrap()
        .unwrap()
        .activity_id
}

/// The text of the page's "how this figure is computed" section.
fn section(body: &str) -> String {
    let at = body.find("id=\"computed\"").expect("a computed section");
    let end = body[at..].find("</section>").unwrap() + at;
    shown(&body[at..end])
}

async fn a_commitment_page_shows_how_its_figure_is_computed_down_to_the_evidence(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    activity(&app, "c1", 3, 10).await;
    activity(&app, "c2", 1, 30).await;
    let cm = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    let mut public = app.client();
    let page = public.get(&format!("/fr/commitments/{A}")).await;
    assert!(page.body.contains("href=\"#computed\""));
    let text = section(&page.body);
    // (3 × 10 + 1 × 30) ÷ 4 = 15 %.
    assert!(text.contains("Comment ce chiffre est calculé"), "{text}");
    assert!(page.body.contains("60 ÷ 4 = 15\u{202F}%"), "{text}");
    assert!(text.contains("Pas encore de rapport"), "{text}");

    // A leader reports 70 % on c1 with a link; the coordinator publishes it.
    let leader = app
        .user("leader@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, cm.id)])
        .verified()
        .create()
        .await;
    let mut leader = app.signed_in(&leader).await;
    let coordinator = app
        .user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, cm.plan_id)])
        .verified()
        .create()
        .await;
    let mut coordinator = app.signed_in(&coordinator).await;
    let path = "/fr/office/activities/c1/reports/new";
    let form = leader.get(path).await;
    let token = hidden(&form.body, "form_token");
    let r = leader
        .post(
            path,
            &[
                ("form_token", token.as_str()),
                ("progress", "70"),
                ("done", "Plateforme ouverte"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let report = r.headers["location"].to_str().unwrap().to_string();
    let id: i64 = report.rsplit('/').next().unwrap().parse().unwrap();
    let r = leader
        .post(
            &format!("{report}/evidence"),
            &[("url", "https://data.gov.ma/plateforme")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let page = leader.get(&report).await;
    let revision = hidden(&page.body, "revision");
    let r = leader
        .post(
            &report,
            &[
                ("revision", revision.as_str()),
                ("progress", "70"),
                ("done", "Plateforme ouverte"),
                ("then", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let r = coordinator.post(&format!("{report}/validate"), &[]).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));

    // At once: (3 × 70 + 1 × 30) ÷ 4 = 60 %, the row links to the report on the timeline,
    // which carries the evidence.
    let page = public.get(&format!("/fr/commitments/{A}")).await;
    let text = section(&page.body);
    assert!(page.body.contains("240 ÷ 4 = 60\u{202F}%"), "{text}");
    assert!(text.contains("210"), "{text}");
    assert!(text.contains("Rapport publié le"), "{text}");
    assert!(text.contains("1 justificatif"), "{text}");
    assert!(page.body.contains(&format!("href=\"#report-{id}\"")));
    assert!(page.body.contains(&format!("id=\"report-{id}\"")));
    assert_eq!(
        app.db
            .commitment_by_ogp_id(A)
            .await
            .unwrap()
            .unwrap()
            .figure,
        Some(6_000)
    );

    // A cancelled activity stops counting: 210 ÷ 3 = 70 %.
    let r = coordinator
        .post(
            "/fr/office/activities/c2/cancel",
            &[("reason", "Remplacée par l'activité c1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let page = public.get(&format!("/fr/commitments/{A}")).await;
    let text = section(&page.body);
    assert!(
        text.contains("Non comptée") && text.contains("annulée"),
        "{text}"
    );
    assert!(page.body.contains("210 ÷ 3 = 70\u{202F}%"), "{text}");
    app.cleanup().await;
}
both_engines!(a_commitment_page_shows_how_its_figure_is_computed_down_to_the_evidence);

async fn a_commitment_with_an_activity_not_reported_says_why_it_has_no_figure(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut public = app.client();
    // MO0054's activities come from the sources without a figure.
    let page = public.get("/ar/commitments/MO0054").await;
    let text = section(&page.body);
    assert!(text.contains("لا نسبة بعد"), "{text}");
    assert!(text.contains("لا تتوفر معطيات بعد"), "{text}");
    assert!(!text.contains(" = "), "{text}");
    app.cleanup().await;
}
both_engines!(a_commitment_with_an_activity_not_reported_says_why_it_has_no_figure);

async fn a_plan_page_shows_the_sum_behind_its_figure(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    activity(&app, "c1", 3, 10).await;
    activity(&app, "c2", 1, 30).await;
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let stored = plan.figure.expect("plan 3 has a computed figure");
    let page = app.client().get("/fr/plans/3").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("href=\"#how-computed\""));
    assert!(
        page.body
            .contains("href=\"/fr/commitments/MO0055#computed\""),
        "the commitment's row leads to its own computation"
    );
    let text = shown(&page.body);
    assert!(
        text.contains("Les chiffres derrière l'avancement du plan"),
        "{text}"
    );
    // The plan's sum: "A ÷ B = C %", where A ÷ B rounds to C and C is the stored figure.
    let label = "engagements du gouvernement ayant un chiffre)";
    let at = page.body.find(label).expect("the plan's sum") + label.len();
    let strong = &page.body[at..];
    let start = strong.find("<strong dir=\"ltr\">").unwrap() + 18;
    let sum = &strong[start..start + strong[start..].find("</strong>").unwrap()];
    let (left, right) = sum.split_once(" = ").unwrap();
    let (a, b) = left.split_once(" ÷ ").unwrap();
    let a: f64 = a.replace('\u{202F}', "").replace(',', ".").parse().unwrap();
    let b: f64 = b.parse().unwrap();
    let c: u32 = right
        .trim_end_matches('%')
        .trim_end_matches('\u{202F}')
        .parse()
        .unwrap();
    assert_eq!((a / b).round() as u32, c, "{sum}");
    assert_eq!(
        opengov_core::progress::Figure(stored as u32).percent(),
        c,
        "{sum}"
    );
    app.cleanup().await;
}
both_engines!(a_plan_page_shows_the_sum_behind_its_figure);
