//! The back office's catalogue: an administrator creates a plan, an axis and a commitment in
//! four languages, edits them, sees what is untranslated, moves the plan's status; the public
//! pages show it at once with the commitment's change history; who may not is refused, a closed
//! plan refuses every write, and bad input gets a translated error and changes nothing.

use crate::common;

use common::*;

fn shown(body: &str) -> String {
    unescape(&strip_tags(body))
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

async fn admin(app: &TestApp) -> Client {
    let user = app
        .user("admin-plans@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

async fn coordinator(app: &TestApp, email: &str, plan: i64) -> Client {
    let plan = app.db.plan_by_number(plan).await.unwrap().unwrap();
    let user = app
        .user(email)
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

/// A commitment form in four languages, with `changes` over the defaults.
fn commitment_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("ogp_id", "MO0099"),
        ("title_ar", "بوابة البيانات المفتوحة"),
        ("title_fr", "Portail des données ouvertes"),
        ("title_en", "Open data portal"),
        ("title_zgh", "ⴰⵙⵎⵙⵙⴰⵙ ⵏ ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ"),
        ("problem_fr", "Les données publiques sont dispersées."),
        ("description_fr", "Publier les données des ministères."),
        ("how_it_helps_fr", "Les citoyens les trouvent en un lieu."),
        ("commitment_type", "government"),
        ("axis", "nap4-axis1"),
        ("position", "1"),
        ("weight", "1"),
        ("lead", ""),
        ("supporters", ""),
        ("contact", "contact@example.ma"),
        ("start", "2028-01"),
        ("end", "2029-12"),
        ("value_access_to_information", "yes"),
        ("area_open_data", "yes"),
    ];
    for (k, v) in changes {
        match form.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = v,
            None => form.push((k, v)),
        }
    }
    form
}

async fn plan_four(c: &mut Client) {
    let r = c
        .post(
            "/fr/office/plans/new",
            &[
                ("number", "4"),
                ("title_fr", "Plan d'action national pour l'avenir"),
                ("title_ar", "خطة العمل الوطنية 2028-2030"),
                ("start", "2028"),
                ("end", "2030"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let r = c
        .post(
            "/fr/office/plans/4/axes/new",
            &[("title_fr", "Transparence"), ("position", "1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
}

async fn an_administrator_builds_a_plan_that_the_public_sees_at_once(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = admin(&app).await;
    let home = c.get("/fr/office").await;
    assert!(
        home.body.contains("/fr/office/plans/new"),
        "{}",
        shown(&home.body)
    );
    assert_eq!(c.get("/fr/office/plans/new").await.status, 200);
    // The public lists, kept in the page cache before the plan exists.
    assert!(!shown(&app.get("/fr/plans").await.body).contains("pour l'avenir"));

    // Bad plans: a taken number, none, no title, an end before the start.
    for (form, message) in [
        (
            vec![("number", "3"), ("title_fr", "X")],
            "Un autre plan porte déjà ce numéro.",
        ),
        (
            vec![("number", "abc"), ("title_fr", "X")],
            "Saisissez un numéro de plan de 1 à 9999.",
        ),
        (
            vec![("number", "4")],
            "Saisissez un titre dans au moins une langue.",
        ),
        (
            vec![
                ("number", "4"),
                ("title_fr", "X"),
                ("start", "2030"),
                ("end", "2029"),
            ],
            "La fin ne peut pas précéder le début.",
        ),
    ] {
        let r = c.post("/fr/office/plans/new", &form).await;
        assert_eq!(r.status, 400, "{message}");
        assert!(
            shown(&r.body).contains(message),
            "{message}: {}",
            shown(&r.body)
        );
    }
    assert!(app.db.plan_by_number(4).await.unwrap().is_none());

    plan_four(&mut c).await;
    let plan = app.db.plan_by_number(4).await.unwrap().unwrap();
    assert_eq!(plan.status, opengov_core::kinds::PlanStatus::Drafting);
    assert!(
        shown(&app.get("/fr/plans").await.body).contains("Plan d'action national pour l'avenir")
    );
    let office = shown(&c.get("/fr/office/plans/4").await.body);
    assert!(
        office.contains("Transparence") && office.contains("En cours d'élaboration"),
        "{office}"
    );

    // A commitment in four languages; a second with the same OGP id is refused beside it.
    let new = "/fr/office/plans/4/commitments/new";
    assert_eq!(c.get(new).await.status, 200);
    let r = c.post(new, &commitment_form(&[])).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let r = c.post(new, &commitment_form(&[("ogp_id", "mo0099")])).await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Un autre engagement porte déjà cet identifiant OGP."));
    let r = c.post(new, &commitment_form(&[("ogp_id", "MO0054")])).await;
    assert_eq!(r.status, 400);
    let plan = app.db.plan_by_number(4).await.unwrap().unwrap();
    assert_eq!(plan.recorded_commitments, 1);

    let public = shown(&app.get("/fr/commitments/MO0099").await.body);
    assert!(public.contains("Portail des données ouvertes"), "{public}");
    assert!(public.contains("Cet engagement n'a pas été modifié depuis sa publication."));
    let en = shown(&app.get("/en/commitments/MO0099").await.body);
    assert!(en.contains("Open data portal"));

    // The untranslated view: the axis and the long texts are in French only.
    let u = c.get("/fr/office/plans/4/untranslated").await;
    assert_eq!(u.status, 200);
    assert!(u.body.contains("/fr/office/plans/4/axes/nap4-axis1/edit"));
    assert!(u.body.contains("/fr/office/commitments/MO0099/edit"));
    let text = shown(&u.body);
    assert!(
        text.contains("Problème traité") && text.contains("arabe, anglais, amazighe"),
        "{text}"
    );

    // An edit shows at once on the cached public page, with its history.
    let edit = c.get("/fr/office/commitments/MO0099/edit").await;
    assert_eq!(edit.status, 200);
    assert!(edit.body.contains("value=\"Portail des données ouvertes\""));
    assert!(
        edit.body
            .contains("name=\"value_access_to_information\" value=\"yes\" checked")
    );
    let r = c
        .post(
            "/fr/office/commitments/MO0099/edit",
            &commitment_form(&[
                ("title_fr", "Portail national des données ouvertes"),
                ("weight", "2"),
                ("problem_ar", "البيانات العمومية متفرقة."),
            ]),
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let public = shown(&app.get("/fr/commitments/MO0099").await.body);
    assert!(
        public.contains("Portail national des données ouvertes"),
        "{public}"
    );
    assert!(public.contains("Historique des modifications"));
    assert!(public.contains("Titre (français)") && public.contains("par un administrateur"));
    assert!(
        public.contains("Portail des données ouvertes"),
        "the old value is shown"
    );
    assert!(public.contains("Poids") && public.contains("Problème traité (arabe)"));
    assert!(
        !public.contains("admin-plans@example.ma"),
        "never who, only the role"
    );
    let history = app
        .db
        .history_of_commitment(
            app.db
                .commitment_by_ogp_id("MO0099")
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap();
    assert_eq!(history.len(), 3, "one row per changed field and language");
    // The same form again changes nothing and writes no history.
    let same = commitment_form(&[
        ("title_fr", "Portail national des données ouvertes"),
        ("weight", "2"),
        ("problem_ar", "البيانات العمومية متفرقة."),
    ]);
    assert_eq!(
        c.post("/fr/office/commitments/MO0099/edit", &same)
            .await
            .status,
        303
    );
    let id = app
        .db
        .commitment_by_ogp_id("MO0099")
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(app.db.history_of_commitment(id).await.unwrap().len(), 3);

    // Hostile markup is stored as text and escaped where it is shown.
    let r = c
        .post(
            "/fr/office/commitments/MO0099/edit",
            &commitment_form(&[("title_fr", "<script>alert(1)</script>")]),
        )
        .await;
    assert_eq!(r.status, 303);
    let page = app.get("/fr/commitments/MO0099").await;
    assert!(!page.body.contains("<script>alert(1)"));
    assert!(
        page.body.contains("&#60;script&#62;alert(1)"),
        "shown as text"
    );

    // The plan and its axis are edited too.
    let r = c
        .post(
            "/fr/office/plans/4/edit",
            &[
                ("title_fr", "Plan d'action national révisé"),
                ("end", "2031"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    assert!(shown(&app.get("/fr/plans").await.body).contains("Plan d'action national révisé"));
    let r = c
        .post(
            "/fr/office/plans/4/axes/nap4-axis1/edit",
            &[
                ("title_fr", "Transparence et données"),
                ("title_en", "Transparency"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(shown(&app.get("/fr/plans/4").await.body).contains("Transparence et données"));

    // The status moves forward one step at a time, the same form twice moves it once.
    let status = "/fr/office/plans/4/status";
    let r = c.post(status, &[("to", "implementing")]).await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains("Un plan avance d'un statut à la fois."));
    assert_eq!(c.post(status, &[("to", "consultation")]).await.status, 303);
    assert_eq!(c.post(status, &[("to", "consultation")]).await.status, 409);
    assert_eq!(c.post(status, &[("to", "nonsense")]).await.status, 400);
    let plan = app.db.plan_by_number(4).await.unwrap().unwrap();
    assert_eq!(plan.status, opengov_core::kinds::PlanStatus::Consultation);
    assert!(shown(&app.get("/fr/plans/4").await.body).contains("En consultation"));
    app.cleanup().await;
}
both_engines!(an_administrator_builds_a_plan_that_the_public_sees_at_once);

async fn only_the_plans_coordinators_and_administrators_manage_it(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut a = admin(&app).await;
    plan_four(&mut a).await;
    let mut other = coordinator(&app, "coordinator4@example.ma", 4).await;
    for path in [
        "/fr/office/plans/new",
        "/fr/office/plans/3/edit",
        "/fr/office/plans/3/axes/new",
        "/fr/office/plans/3/axes/nap3-local/edit",
        "/fr/office/plans/3/commitments/new",
        "/fr/office/plans/3/untranslated",
        "/fr/office/commitments/MO0054/edit",
    ] {
        assert_eq!(other.get(path).await.status, 403, "{path}");
    }
    let r = other
        .post("/fr/office/commitments/MO0054/edit", &commitment_form(&[]))
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(
        other
            .post("/fr/office/plans/3/status", &[("to", "completed")])
            .await
            .status,
        403
    );

    // A project leader of the commitment may not edit it.
    let cm = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    let leader = app
        .user("leader-plans@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, cm.id)])
        .verified()
        .create()
        .await;
    let mut l = app.signed_in(&leader).await;
    assert_eq!(
        l.get("/fr/office/commitments/MO0054/edit").await.status,
        403
    );
    assert_eq!(l.get("/fr/office/plans/new").await.status, 403);

    // The plan's own coordinator edits its commitment: the history says "a coordinator".
    let mut own = coordinator(&app, "coordinator3@example.ma", 3).await;
    let edit = own.get("/fr/office/commitments/MO0054/edit").await;
    assert_eq!(edit.status, 200);
    let r = own
        .post(
            "/fr/office/commitments/MO0054/edit",
            &[
                ("title_fr", "Un titre revu par la coordination"),
                ("commitment_type", "government"),
                ("weight", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let public = shown(&app.get("/fr/commitments/MO0054").await.body);
    assert!(public.contains("Un titre revu par la coordination"));
    assert!(public.contains("par un coordinateur"), "{public}");

    // A closed plan (plan 2 is completed) refuses every write, whoever asks, with the reason.
    for (path, form) in [
        ("/fr/office/commitments/MO0025/edit", commitment_form(&[])),
        ("/fr/office/plans/2/edit", vec![("title_fr", "X")]),
        ("/fr/office/plans/2/axes/new", vec![("title_fr", "X")]),
        (
            "/fr/office/plans/2/commitments/new",
            commitment_form(&[("ogp_id", "MO0098")]),
        ),
        ("/fr/office/plans/2/status", vec![("to", "completed")]),
    ] {
        let r = a.post(path, &form).await;
        assert_eq!(r.status, 409, "{path}");
        assert!(
            shown(&r.body).contains("Ce plan est clos"),
            "{path}: {}",
            shown(&r.body)
        );
    }
    assert!(
        app.db
            .commitment_by_ogp_id("MO0098")
            .await
            .unwrap()
            .is_none()
    );
    app.cleanup().await;
}
both_engines!(only_the_plans_coordinators_and_administrators_manage_it);

async fn bad_commitment_forms_get_a_translated_error_and_change_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = admin(&app).await;
    plan_four(&mut c).await;
    let long = "x".repeat(4001);
    let new = "/fr/office/plans/4/commitments/new";
    for (changes, message) in [
        (
            vec![("ogp_id", "M0099")],
            "Saisissez un identifiant OGP de deux lettres majuscules",
        ),
        (
            vec![
                ("title_ar", ""),
                ("title_fr", ""),
                ("title_en", ""),
                ("title_zgh", ""),
            ],
            "Saisissez un titre dans au moins une langue.",
        ),
        (
            vec![("start", "2029"), ("end", "2028-06")],
            "La fin ne peut pas précéder le début.",
        ),
        (
            vec![("end", "2029-13")],
            "Saisissez une date sous la forme 2024, 2024-09 ou 2024-09-30.",
        ),
        (
            vec![("axis", "nap3-local")],
            "Choisissez un axe de ce plan.",
        ),
        (
            vec![("lead", "no-such-institution")],
            "Cette institution est inconnue",
        ),
        (
            vec![("supporters", "house-of-representatives; nowhere")],
            "Cette institution est inconnue",
        ),
        (vec![("weight", "0")], "Saisissez un poids de 1 à 1000."),
        (
            vec![("commitment_type", "other")],
            "Choisissez de qui relève l'engagement.",
        ),
        (
            vec![("problem_en", long.as_str())],
            "Ce texte est trop long",
        ),
        (
            vec![("title_fr", "Titre\u{7}")],
            "un caractère qui ne peut pas être affiché",
        ),
        (
            vec![("position", "-1")],
            "Saisissez une position de 1 à 999",
        ),
    ] {
        let r = c.post(new, &commitment_form(&changes)).await;
        assert_eq!(r.status, 400, "{message}");
        let text = shown(&r.body);
        assert!(text.contains(message), "{message}: {text}");
    }
    assert!(
        app.db
            .commitment_by_ogp_id("MO0099")
            .await
            .unwrap()
            .is_none()
    );

    // The same on an edit: nothing changes, no history.
    let cm = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    let r = c
        .post(
            "/fr/office/commitments/MO0054/edit",
            &commitment_form(&[("title_fr", "<b>nouveau</b>"), ("weight", "abc")]),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        !r.body.contains("<b>nouveau</b>"),
        "the value kept is escaped"
    );
    let after = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.title, cm.title);
    assert!(
        app.db
            .history_of_commitment(cm.id)
            .await
            .unwrap()
            .is_empty()
    );
    app.cleanup().await;
}
both_engines!(bad_commitment_forms_get_a_translated_error_and_change_nothing);
