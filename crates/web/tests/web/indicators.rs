//! Indicators: a commitment's (its plan's coordinators) and national ones (administrators and
//! global coordinators) made in the back office, shown at once on the cached public pages as
//! an SVG line chart (title, description, baseline, target, axes) with a table of every value,
//! its period and its source; who may not; and what bad input gets.

use crate::common;

use common::*;

async fn coordinator_of(app: &TestApp, plan: i64, email: &str) -> Client {
    let plan = app.db.plan_by_number(plan).await.unwrap().unwrap();
    let user = app
        .user(email)
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

async fn global_coordinator(app: &TestApp) -> Client {
    let user = app
        .user("global@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

fn indicator<'a>(
    name: &'a str,
    baseline_year: &'a str,
    target_year: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("unit", "%"),
        (
            "description",
            "Part des demandes traitées dans le délai légal",
        ),
        ("baseline_value", "10"),
        ("baseline_year", baseline_year),
        ("target_value", "80"),
        ("target_year", target_year),
    ]
}

fn value<'a>(period: &'a str, v: &'a str, source: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("period", period),
        ("value", v),
        ("source_url", source),
        ("note", ""),
    ]
}

fn location(p: &Page) -> String {
    p.headers
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Creates an indicator through the form at `base` (`/fr/office/...indicators`); gives the
/// path of its edit page.
async fn create(c: &mut Client, base: &str, name: &str) -> String {
    let r = c
        .post(&format!("{base}/new"), &indicator(name, "2020", "2026"))
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let at = location(&r);
    assert!(
        at.starts_with(&format!("{base}/")) && at.ends_with("/edit"),
        "{at}"
    );
    at
}

/// The first delete form's action on an edit page.
fn delete_action(body: &str) -> String {
    let end = body.find("/delete\"").expect("a delete form") + "/delete".len();
    let start = body[..end].rfind('"').unwrap() + 1;
    body[start..end].to_string()
}

/// The x of each point of the page's first chart, in the line's order.
fn points_x(body: &str) -> Vec<f64> {
    body.split("<circle ")
        .skip(1)
        .map(|c| {
            let at = c.find("cx=\"").unwrap() + 4;
            c[at..].split('"').next().unwrap().parse().unwrap()
        })
        .collect()
}

async fn a_commitment_indicator_shows_on_its_page_at_once(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = coordinator_of(&app, 3, "coordinator@example.ma").await;
    // Read once, so that the page is in the cache before the change.
    let before = app.get("/fr/commitments/MO0054").await;
    assert_eq!(before.status, 200);
    assert!(!before.body.contains("id=\"indicators\""));

    let office = c.get("/fr/office/commitments/MO0054").await;
    assert!(
        office
            .body
            .contains("href=\"/fr/office/commitments/MO0054/indicators\"")
    );
    let list = c.get("/fr/office/commitments/MO0054/indicators").await;
    assert_eq!(list.status, 200);
    assert!(shown(&list.body).contains("Aucun indicateur pour l'instant."));
    let base = "/fr/office/commitments/MO0054/indicators";
    let edit = create(&mut c, base, "Demandes d'accès traitées").await;
    let values = edit.replace("/edit", "/values");
    for (period, v, source) in [
        ("2024-06", "40,5", "https://data.gov.ma/acces-2024"),
        ("2022", "25", "https://data.gov.ma/acces-2022"),
    ] {
        let r = c.post(&values, &value(period, v, source)).await;
        assert_eq!(r.status, 303, "{}", shown(&r.body));
    }

    let page = app.get("/fr/commitments/MO0054").await;
    let text = shown(&page.body);
    assert!(page.body.contains("id=\"indicators\""));
    assert!(page.body.contains("role=\"img\""));
    assert!(page.body.contains("<title id=\"indicator-"));
    assert!(text.contains("Demandes d'accès traitées"));
    assert!(text.contains("Graphique linéaire de 2 valeurs, de 2022 à 2024-06"));
    let spaced = text.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(spaced.contains("Valeur de référence : 10 (2020)"));
    assert!(spaced.contains("Cible : 80 (2026)"));
    assert!(page.body.contains("class=\"chart-baseline\""));
    assert!(page.body.contains("class=\"chart-target\""));
    // The table: each value, its period and its source.
    assert!(page.body.contains("<caption id=\"indicator-"));
    assert!(text.contains("40,5"));
    assert!(
        page.body
            .contains("href=\"https://data.gov.ma/acces-2022\"")
    );
    assert!(
        page.body
            .contains("href=\"https://data.gov.ma/acces-2024\"")
    );
    assert!(!page.body.contains("<script"));
    // Time runs with the reading: left to right in French, right to left in Arabic.
    let x = points_x(&page.body);
    assert_eq!(x.len(), 2);
    assert!(x[0] < x[1], "{x:?}");
    let ar = app.get("/ar/commitments/MO0054").await;
    let x = points_x(&ar.body);
    assert!(x[0] > x[1], "{x:?}");
    assert!(shown(&ar.body).contains("القيمة المرجعية"));

    // Deleting a value shows at once too.
    let edit_page = c.get(&edit).await;
    let delete = delete_action(&edit_page.body);
    let r = c.post(&delete, &[]).await;
    assert_eq!(r.status, 303);
    let page = app.get("/fr/commitments/MO0054").await;
    let links = [
        page.body.contains("acces-2022"),
        page.body.contains("acces-2024"),
    ];
    assert_eq!(links.iter().filter(|l| **l).count(), 1, "one value left");
    // A second delete of the same value changes nothing.
    let r = c.post(&delete, &[]).await;
    assert_eq!(r.status, 303);
    let cm = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    let stored = app.db.commitment_indicators(cm.id).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].values.len(), 1);
    app.cleanup().await;
}
both_engines!(a_commitment_indicator_shows_on_its_page_at_once);

async fn national_indicators_are_for_administrators_and_global_coordinators(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    // The demo has no indicator: the page says so (and is now cached).
    let empty = app.get("/fr/indicators").await;
    assert_eq!(empty.status, 200);
    assert!(shown(&empty.body).contains("Aucun indicateur national n'est encore publié."));
    assert!(!empty.body.contains("<svg"));

    // Refused: a plan's coordinator, a project leader, a citizen, and anonymous visitors.
    let mut plan_coordinator = coordinator_of(&app, 3, "coordinator@example.ma").await;
    let mo0054 = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    let leader = app
        .user("leader@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, mo0054.id)])
        .verified()
        .create()
        .await;
    let mut leader = app.signed_in(&leader).await;
    for c in [&mut plan_coordinator, &mut leader] {
        assert_eq!(c.get("/fr/office/indicators").await.status, 403);
        let r = c
            .post(
                "/fr/office/indicators/new",
                &indicator("Refusé", "2020", "2026"),
            )
            .await;
        assert_eq!(r.status, 403);
    }
    // A project leader does not manage a commitment's indicators; nor does another plan's
    // coordinator.
    assert_eq!(
        leader
            .get("/fr/office/commitments/MO0054/indicators")
            .await
            .status,
        403
    );
    let mut other = coordinator_of(&app, 2, "other@example.ma").await;
    let r = other
        .post(
            "/fr/office/commitments/MO0054/indicators/new",
            &indicator("Refusé", "2020", "2026"),
        )
        .await;
    assert_eq!(r.status, 403);
    let r = app.client().get("/fr/office/indicators").await;
    assert_eq!(r.status, 303);
    assert!(location(&r).contains("/account/sign-in?next="));
    assert!(app.db.national_indicators().await.unwrap().is_empty());
    assert!(
        app.db
            .commitment_indicators(mo0054.id)
            .await
            .unwrap()
            .is_empty()
    );

    // A global coordinator: the office home links to them; create, add a value.
    let mut g = global_coordinator(&app).await;
    let home = g.get("/fr/office").await;
    assert!(home.body.contains("href=\"/fr/office/indicators\""));
    let edit = create(
        &mut g,
        "/fr/office/indicators",
        "Lois publiées en données ouvertes",
    )
    .await;
    let r = g
        .post(
            &edit.replace("/edit", "/values"),
            &value("2025", "12", "https://www.sgg.gov.ma/bo-2025"),
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let page = app.get("/fr/indicators").await;
    let text = shown(&page.body);
    assert!(text.contains("Lois publiées en données ouvertes"));
    assert!(page.body.contains("role=\"img\""));
    assert!(
        page.body
            .contains("href=\"https://www.sgg.gov.ma/bo-2025\"")
    );
    assert!(
        text.contains("Graphique linéaire d'une valeur, de 2025 à 2025"),
        "{:?}",
        &text[text.find("Graphique").unwrap()..][..100]
    );
    // A single value stands in the middle.
    assert_eq!(points_x(&page.body), [320.0]);
    // Edit: a new name in English keeps the French one.
    let id = edit
        .trim_end_matches("/edit")
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let r = g
        .post(
            &format!("/en/office/indicators/{id}/edit"),
            &indicator("Laws published as open data", "2020", "2026"),
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    assert!(shown(&app.get("/en/indicators").await.body).contains("Laws published as open data"));
    assert!(
        shown(&app.get("/fr/indicators").await.body).contains("Lois publiées en données ouvertes")
    );
    // A national indicator is not reached through a commitment, nor the other way round.
    let r = g
        .get(&format!(
            "/fr/office/commitments/MO0054/indicators/{id}/edit"
        ))
        .await;
    assert_eq!(r.status, 404);
    app.cleanup().await;
}
both_engines!(national_indicators_are_for_administrators_and_global_coordinators);

async fn bad_input_is_refused_clearly_and_changes_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut g = global_coordinator(&app).await;
    let base = "/fr/office/indicators";
    let long = "x".repeat(301);
    for (form, message) in [
        (
            indicator("", "2020", "2026"),
            "Indiquez le nom de l'indicateur.",
        ),
        (
            indicator("Cible trop tôt", "2024", "2020"),
            "L'année cible ne peut pas précéder l'année de référence.",
        ),
        (indicator(&long, "2020", "2026"), "Ce texte est trop long"),
        (
            indicator("Année fausse", "20x0", "2026"),
            "Indiquez une année entre 1900 et 2100",
        ),
    ] {
        let r = g.post(&format!("{base}/new"), &form).await;
        assert_eq!(r.status, 400, "{message}");
        let text = shown(&r.body);
        assert!(text.contains(message), "{message}: {text}");
    }
    let mut half = indicator("Sans année", "2020", "2026");
    half[4].1 = "";
    let r = g.post(&format!("{base}/new"), &half).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Indiquez la valeur et son année, ou ni l'une ni l'autre."));
    assert!(app.db.national_indicators().await.unwrap().is_empty());

    let edit = create(&mut g, base, "Indicateur").await;
    let values = edit.replace("/edit", "/values");
    let ok = g
        .post(&values, &value("2024", "12", "https://example.ma/a"))
        .await;
    assert_eq!(ok.status, 303);
    let huge = "9".repeat(40);
    let note = "n".repeat(501);
    for (form, message) in [
        (
            value("2025", "douze", "https://example.ma/b"),
            "Ce n'est pas un nombre",
        ),
        (
            value("2024", "13", "https://example.ma/b"),
            "Cet indicateur a déjà une valeur pour cette période.",
        ),
        (
            value("2025", "13", "javascript:alert(1)"),
            "Indiquez la source sous forme de lien commençant par https:// ou http://.",
        ),
        (value("2025", "13", ""), "Indiquez la source"),
        (
            value("2024-13", "13", "https://example.ma/b"),
            "Indiquez une année (AAAA) ou un mois (AAAA-MM)",
        ),
        (
            value("2025", &huge, "https://example.ma/b"),
            "Ce nombre est trop long ou trop grand.",
        ),
        (
            value("2025", "", "https://example.ma/b"),
            "Indiquez un nombre.",
        ),
    ] {
        let r = g.post(&values, &form).await;
        assert_eq!(r.status, 400, "{message}");
        let text = shown(&r.body);
        assert!(text.contains(message), "{message}: {text}");
        // The typed values come back.
        assert!(r.body.contains(&format!("value=\"{}\"", form[0].1)) || form[0].1.is_empty());
    }
    let mut with_note = value("2025", "13", "https://example.ma/b");
    with_note[3].1 = &note;
    let r = g.post(&values, &with_note).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Ce texte est trop long"));
    let stored = app.db.national_indicators().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].values.len(), 1);
    assert_eq!(stored[0].values[0].value, 12.0);
    // The public page never shows a hostile link.
    assert!(!app.get("/fr/indicators").await.body.contains("javascript:"));
    // An unknown indicator is a 404, an id that is no number too.
    assert_eq!(g.get(&format!("{base}/999999/edit")).await.status, 404);
    assert_eq!(g.get(&format!("{base}/abc/edit")).await.status, 404);
    app.cleanup().await;
}
both_engines!(bad_input_is_refused_clearly_and_changes_nothing);
