//! Institutions in the back office: create, edit (names in four languages, kind), merge two
//! records of the same institution; who may, and what bad input gets.

use crate::common;

use common::*;
use opengov_core::Lang;
use opengov_core::kinds::ChangeKind;

async fn global_coordinator(app: &TestApp) -> Client {
    let user = app
        .user("global-coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    app.signed_in(&user).await
}

fn new_form<'a>(key: &'a str, kind: &'a str, fr: &'a str, ar: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("key", key),
        ("kind", kind),
        ("name_ar", ar),
        ("name_fr", fr),
        ("name_en", ""),
        ("name_zgh", ""),
    ]
}

async fn a_global_coordinator_creates_and_edits_institutions(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = global_coordinator(&app).await;
    let home = c.get("/fr/office").await;
    assert!(home.body.contains("href=\"/fr/office/institutions\""));
    assert!(home.body.contains("href=\"/fr/office/irm\""));
    let list = c.get("/fr/office/institutions").await;
    assert_eq!(list.status, 200);
    assert!(
        shown(&list.body).contains("House of Representatives")
            || shown(&list.body).contains("Chambre des représentants")
    );
    let before = app.db.institutions().await.unwrap().len();

    let form = c.get("/fr/office/institutions/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"name_zgh\""));
    let r = c
        .post(
            "/fr/office/institutions/new",
            &new_form(
                "",
                "independent_authority",
                "Agence nationale des données",
                "الوكالة الوطنية للبيانات",
            ),
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let made = app
        .db
        .institution_by_key("agence-nationale-des-donnees")
        .await
        .unwrap()
        .expect("made from the French name");
    assert_eq!(
        made.kind,
        opengov_core::kinds::InstitutionKind::IndependentAuthority
    );
    assert_eq!(app.db.institutions().await.unwrap().len(), before + 1);
    // The public list shows it at once (the lists' cache tag was bumped).
    let public = app.get("/ar/institutions").await;
    assert!(public.body.contains("الوكالة الوطنية للبيانات"));
    let found = c.get("/fr/office/institutions?q=donn%C3%A9es").await;
    assert!(shown(&found.body).contains("Agence nationale des données"));
    assert!(!shown(&found.body).contains("House of Representatives"));

    // Edit: another kind, an English name; the public page shows them.
    let page = c
        .get("/fr/office/institutions/agence-nationale-des-donnees/edit")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Agence nationale des donn"));
    let r = c
        .post(
            "/fr/office/institutions/agence-nationale-des-donnees/edit",
            &[
                ("kind", "government"),
                ("name_ar", "الوكالة الوطنية للبيانات"),
                ("name_fr", "Agence nationale des données"),
                ("name_en", "National Data Agency"),
                ("name_zgh", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let public = app
        .get("/en/institutions/agence-nationale-des-donnees")
        .await;
    assert!(
        public.body.contains("National Data Agency"),
        "{}",
        shown(&public.body)
    );
    assert!(public.body.contains("Government"));
    let changes = app.db.latest_changes(5).await.unwrap();
    assert!(
        changes
            .iter()
            .any(|ch| ch.kind == ChangeKind::InstitutionEdited
                && ch.subject == "agence-nationale-des-donnees")
    );
    assert!(
        changes
            .iter()
            .any(|ch| ch.kind == ChangeKind::InstitutionCreated)
    );
    app.cleanup().await;
}
both_engines!(a_global_coordinator_creates_and_edits_institutions);

async fn bad_institution_forms_are_refused_and_change_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let admin = app
        .user("admin@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut c = app.signed_in(&admin).await;
    c.get("/fr/office/institutions/new").await;
    let before = app.db.institutions().await.unwrap();
    let house = app
        .db
        .institution_by_key("house-of-representatives")
        .await
        .unwrap()
        .unwrap();
    let house_fr = house.name().get_exact(Lang::Fr).unwrap().to_string();
    let long = "x".repeat(301);
    for (fields, message) in [
        (
            new_form("", "government", "", ""),
            "Indiquez le nom de l'institution dans au moins une langue.",
        ),
        (
            new_form("", "ministry", "Une agence", ""),
            "Choisissez un type dans la liste.",
        ),
        (
            new_form("Bad Key!", "government", "Une agence", ""),
            "La clé se compose de lettres minuscules",
        ),
        (
            new_form("", "government", "<script>alert(1)</script>", ""),
            "Un nom ne peut contenir ni balise HTML",
        ),
        (
            new_form("", "government", &long, ""),
            "Un nom compte au plus 300 caractères.",
        ),
        (
            new_form("", "government", "", "وكالة"),
            "Aucune clé ne peut être faite",
        ),
        (
            new_form("house-of-representatives", "government", "Une agence", ""),
            "La clé house-of-representatives est déjà prise",
        ),
        // The same name as another institution, but for case and spaces.
        (
            new_form(
                "",
                "parliament",
                &format!("  {}  ", house_fr.to_uppercase()),
                "",
            ),
            "Une autre institution porte déjà ce nom (house-of-representatives).",
        ),
    ] {
        let r = c.post("/fr/office/institutions/new", &fields).await;
        assert_eq!(r.status, 400, "{fields:?}: {}", shown(&r.body));
        assert!(
            shown(&r.body).contains(message),
            "{message}: {}",
            shown(&r.body)
        );
        assert!(r.body.contains("error-summary"));
    }
    // The edit form refuses a name taken by another record, and keeps its own.
    let r = c
        .post(
            "/fr/office/institutions/parliament/edit",
            &[
                ("kind", "parliament"),
                ("name_fr", &house_fr),
                ("name_ar", ""),
                ("name_en", ""),
                ("name_zgh", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains("Une autre institution porte déjà ce nom"));
    let r = c
        .post(
            "/fr/office/institutions/house-of-representatives/edit",
            &[
                ("kind", "parliament"),
                ("name_fr", &house_fr),
                ("name_ar", ""),
                ("name_en", ""),
                ("name_zgh", ""),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        303,
        "its own name is no clash: {}",
        shown(&r.body)
    );
    // A merge into itself or into nothing.
    for (into, message) in [
        (
            "house-of-representatives",
            "Une fiche ne peut pas être fusionnée avec elle-même",
        ),
        ("", "Choisissez dans la liste la fiche à garder."),
        (
            "no-such-institution",
            "Choisissez dans la liste la fiche à garder.",
        ),
    ] {
        let r = c
            .post(
                "/fr/office/institutions/house-of-representatives/merge",
                &[("into", into)],
            )
            .await;
        assert_eq!(r.status, 400, "{into}");
        assert!(
            shown(&r.body).contains(message),
            "{message}: {}",
            shown(&r.body)
        );
    }
    let after = app.db.institutions().await.unwrap();
    assert_eq!(after.len(), before.len());
    assert!(
        app.db
            .merged_institution("house-of-representatives")
            .await
            .unwrap()
            .is_none()
    );
    // A query that cannot be read is the translated 400 page.
    let r = c.get("/fr/office/institutions?q=%ZZ%").await;
    assert!(r.status == 400 || r.status == 200, "{}", r.status);
    assert!(r.body.contains("lang=\"fr\""));
    // An unknown institution is the 404 page; a plan coordinator may not manage institutions.
    assert_eq!(
        c.get("/fr/office/institutions/nowhere/edit").await.status,
        404
    );
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let coordinator = app
        .user("coordinator3@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    let mut p = app.signed_in(&coordinator).await;
    assert_eq!(p.get("/fr/office/institutions").await.status, 403);
    assert_eq!(
        p.post(
            "/fr/office/institutions/new",
            &new_form("", "government", "Agence", "")
        )
        .await
        .status,
        403
    );
    assert_eq!(app.db.institutions().await.unwrap().len(), before.len());
    app.cleanup().await;
}
both_engines!(bad_institution_forms_are_refused_and_change_nothing);

async fn merging_moves_every_reference_and_redirects_the_old_address(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let db = app.db.clone();
    let cm = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
    let from_key = cm.lead_institution_key.clone().expect("MO0054 has a lead");
    let into_key = "high-commission-for-planning";
    assert_ne!(from_key, into_key);
    let from = db.institution_by_key(&from_key).await.unwrap().unwrap();
    let into = db.institution_by_key(into_key).await.unwrap().unwrap();
    let led_before = db.commitments_led_by(from.id).await.unwrap().len();
    let kept_led_before = db.commitments_led_by(into.id).await.unwrap().len();
    assert!(led_before > 0);
    // An activity the old record is responsible for, and a leader acting for it.
    app.add_activity("MO0025", "merge-a1", 30).await;
    let activity = db
        .activities_of_commitment(db.commitment_by_ogp_id("MO0025").await.unwrap().unwrap().id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.key == "merge-a1")
        .unwrap();
    let checked =
        opengov_core::activity_edit::check_activity(&opengov_core::activity_edit::ActivityInput {
            title: vec![(Lang::Fr, "Activité de la fusion".into())],
            expected_output: vec![],
            start: String::new(),
            end: String::new(),
            weight: "1".into(),
        })
        .unwrap();
    db.edit_activity(
        &activity.key,
        &checked,
        Some(from.id),
        opengov_db::now_micros(),
    )
    .await
    .unwrap();
    let leader = app
        .user("leader@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Institution, from.id)])
        .verified()
        .create()
        .await;
    // The commitment page is in the cache before the merge.
    let page = app.get("/fr/commitments/MO0054").await;
    assert!(page.body.contains(&format!("/fr/institutions/{from_key}")));

    let mut c = global_coordinator(&app).await;
    let form = c
        .get(&format!("/fr/office/institutions/{from_key}/merge"))
        .await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains(&format!("value=\"{into_key}\"")));
    assert!(
        !form.body.contains(&format!("value=\"{from_key}\"")),
        "not into itself"
    );
    let r = c
        .post(
            &format!("/fr/office/institutions/{from_key}/merge"),
            &[("into", into_key)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));

    // The old record is gone; its address sends to the kept one.
    assert!(db.institution_by_key(&from_key).await.unwrap().is_none());
    let old = app.get(&format!("/ar/institutions/{from_key}")).await;
    assert_eq!(old.status, 301);
    assert_eq!(
        old.headers.get("location").unwrap().to_str().unwrap(),
        format!("/ar/institutions/{into_key}")
    );
    // Every reference moved, counts recomputed.
    let kept = db.institution_by_key(into_key).await.unwrap().unwrap();
    let led = db.commitments_led_by(kept.id).await.unwrap();
    assert_eq!(led.len(), kept_led_before + led_before);
    assert_eq!(
        kept.commitments_count as usize,
        kept_led_before + led_before
    );
    assert!(led.iter().any(|x| x.ogp_id == "MO0054"));
    let acts = db.activities_of_institution(kept.id).await.unwrap();
    assert!(acts.iter().any(|a| a.key == "merge-a1"));
    let roles = db.roles_of(leader.id).await.unwrap();
    assert_eq!(roles.len(), 1);
    assert_eq!(
        (roles[0].scope_kind, roles[0].scope_id),
        (ScopeKind::Institution, kept.id)
    );
    // The cached commitment page shows the kept institution at once.
    let page = app.get("/fr/commitments/MO0054").await;
    assert!(page.body.contains(&format!("/fr/institutions/{into_key}")));
    assert!(
        !page
            .body
            .contains(&format!("/fr/institutions/{from_key}\""))
    );
    let list = app.get("/fr/institutions").await;
    assert!(
        !list
            .body
            .contains(&format!("/fr/institutions/{from_key}\""))
    );
    // Logged as a public change.
    let changes = db.latest_changes(5).await.unwrap();
    assert!(
        changes
            .iter()
            .any(|ch| ch.kind == ChangeKind::InstitutionsMerged
                && ch.subject == format!("{from_key} → {into_key}"))
    );
    // Its key cannot be taken again by a new institution (it still redirects).
    let r = c
        .post(
            "/fr/office/institutions/new",
            &new_form(&from_key, "government", "Une agence nouvelle", ""),
        )
        .await;
    assert_eq!(r.status, 400);
    app.cleanup().await;
}
both_engines!(merging_moves_every_reference_and_redirects_the_old_address);
