//! The import of the IRM's ratings in the back office (upload, preview, confirm) and their
//! attributed, read-only block on the commitment page; who may, and what bad files get.
//! The ratings below are an example made for the tests, not the IRM's.

use crate::common;

use common::*;

const HEADER: &str = "ogp_id,report_title,report_url,verifiable,relevance,potential_impact,completion,early_results,starred\n";
const URL: &str = "https://irm.example.org/morocco-results-report";

fn example() -> String {
    format!(
        "{HEADER}MO0054,Example results report,{URL},Yes,Access to Information;Civic Participation,Moderate,Substantial,Marginal,No\n\
         mo0025,Example results report,{URL},No,,Minor,Limited,Did Not Change,\n"
    )
}

async fn importer(app: &TestApp) -> Client {
    let user = app
        .user("irm-admin@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut c = app.signed_in(&user).await;
    assert_eq!(c.get("/fr/office/irm").await.status, 200);
    c
}

async fn upload(c: &mut Client, csv: &[u8]) -> Page {
    c.post_multipart(
        "/fr/office/irm",
        &[Part::file("file", "irm.csv", "text/csv", csv)],
        false,
    )
    .await
}

/// The text of the confirmation form's `csv` field, as a browser would post it back.
fn confirm_text(body: &str) -> String {
    let start = body.find("name=\"csv\"").expect("a confirmation form");
    let rest = &body[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</textarea>").unwrap();
    unescape(&rest[open..close])
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

async fn ratings_are_previewed_confirmed_and_shown_attributed(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = importer(&app).await;
    // The commitment page, cached before the import.
    let before = app.get("/en/commitments/MO0054").await;
    assert!(
        !before
            .body
            .contains("Assessed by the Independent Reporting Mechanism")
    );

    let csv = example();
    let preview = upload(&mut c, csv.as_bytes()).await;
    assert_eq!(preview.status, 200, "{}", shown(&preview.body));
    let text = shown(&preview.body);
    assert!(
        text.contains("Vérifiez ses lignes, puis confirmez l'import."),
        "{text}"
    );
    assert!(text.contains("MO0025") && text.contains("Example results report"));
    assert!(
        text.contains("Substantiel") || text.contains("Substantial"),
        "{text}"
    );
    // Nothing is stored before the confirmation.
    let cm = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    assert!(app.db.irm_ratings_of(cm.id).await.unwrap().is_empty());

    let back = confirm_text(&preview.body);
    assert_eq!(back.trim(), csv.trim());
    let r = c
        .post_multipart(
            "/fr/office/irm",
            &[Part::text("confirm", "yes"), Part::text("csv", &back)],
            false,
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let done = c
        .get(r.headers.get("location").unwrap().to_str().unwrap())
        .await;
    assert!(
        shown(&done.body).contains("2 évaluations du MEI importées."),
        "{}",
        shown(&done.body)
    );
    assert!(shown(&done.body).contains("Example results report"));
    let stored = app.db.irm_ratings_of(cm.id).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].report_url, URL);

    // The page shows the block at once, attributed and linked, apart from the progress.
    let page = app.get("/en/commitments/MO0054").await;
    let body = &page.body;
    assert!(body.contains("Assessed by the Independent Reporting Mechanism"));
    assert!(body.contains(&format!("href=\"{URL}\"")));
    assert!(body.contains("Example results report"));
    let irm = &body[body.find("id=\"irm-title\"").unwrap()..];
    let irm = &irm[..irm.find("</section>").unwrap()];
    assert!(shown(irm).contains("Moderate") && shown(irm).contains("Marginal"));
    assert!(shown(irm).contains("Civic participation"), "{}", shown(irm));
    let progress = &body[body.find("id=\"progress-title\"").unwrap()..];
    let progress = &progress[..progress.find("</section>").unwrap()];
    assert!(
        !progress.contains("Independent Reporting Mechanism"),
        "never mixed with the progress"
    );
    // The values of the demo's sources still show, under their own heading.
    assert!(irm.contains("Recorded from the sources"));

    // Importing the same report again replaces its rows: one rating left, the new value.
    let again = format!(
        "{HEADER}MO0054,Example results report,{URL},Yes,,Transformative,Complete,Major,Yes\n"
    );
    let preview = upload(&mut c, again.as_bytes()).await;
    assert_eq!(preview.status, 200);
    let r = c
        .post_multipart(
            "/fr/office/irm",
            &[
                Part::text("confirm", "yes"),
                Part::text("csv", &confirm_text(&preview.body)),
            ],
            false,
        )
        .await;
    assert_eq!(r.status, 303);
    let stored = app.db.irm_ratings_of(cm.id).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].potential_impact.stored(), "transformative");
    let mo25 = app
        .db
        .commitment_by_ogp_id("MO0025")
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.db.irm_ratings_of(mo25.id).await.unwrap().is_empty(),
        "the report's rows were replaced"
    );
    let page = app.get("/fr/commitments/MO0025").await;
    assert!(!page.body.contains("Example results report"));
    app.cleanup().await;
}
both_engines!(ratings_are_previewed_confirmed_and_shown_attributed);

async fn bad_files_are_refused_line_by_line_and_change_nothing(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = importer(&app).await;
    let big = format!("{HEADER}{}", "x".repeat(300 * 1024));
    let cases: Vec<(Vec<u8>, u16, &str)> = vec![
        (
            b"ogp_id,title,score\nMO0054,R,3\n".to_vec(),
            400,
            "« title » n'est pas une colonne du format",
        ),
        (
            b"ogp_id,title,score\nMO0054,R,3\n".to_vec(),
            400,
            "La colonne report_url manque.",
        ),
        (
            format!("{HEADER}MO9999,R,{URL},,,,,,\n").into_bytes(),
            400,
            "Ligne 2, colonne ogp_id : Aucun engagement d'identifiant PGO MO9999",
        ),
        (
            format!("{HEADER}MO0054,R,{URL},,,,Done,,\n").into_bytes(),
            400,
            "« Done » n'est pas une valeur de l'échelle du MEI (valeurs : Not Started, Limited, Substantial, Complete, Withdrawn)",
        ),
        (
            format!("{HEADER}MO0054,<script>alert(1)</script>,{URL},,,,,,\n").into_bytes(),
            400,
            "Les balises HTML",
        ),
        (
            format!("{HEADER}MO0054,R,javascript:alert(1),,,,,,\n").into_bytes(),
            400,
            "n'est pas une adresse web",
        ),
        (
            format!("{HEADER}MO0054,R,{URL},,,,,,\nMO0054,R,{URL},,,,,,\n").into_bytes(),
            400,
            "Ligne 3, colonne ogp_id : Cet engagement est déjà évalué",
        ),
        (b"\xff\xfe\x00bad".to_vec(), 400, "Le fichier est illisible"),
        (HEADER.as_bytes().to_vec(), 400, "Choisissez un fichier CSV"),
        (big.into_bytes(), 413, "Le fichier dépasse 256 Ko."),
    ];
    for (csv, status, message) in cases {
        let r = upload(&mut c, &csv).await;
        assert_eq!(r.status.as_u16(), status, "{message}: {}", shown(&r.body));
        // Spaces before French punctuation are the no-break kinds; compared as plain spaces.
        let text = shown(&r.body).replace(['\u{a0}', '\u{202f}'], " ");
        assert!(text.contains(message), "{message}: {text}");
        assert!(text.contains("Rien n'a été importé"), "{text}");
        assert!(
            !r.body.contains("name=\"confirm\""),
            "no confirmation of a bad file"
        );
        // The markup is shown as text, never as markup.
        assert!(!r.body.contains("<script>"));
    }
    // A confirmed file is checked again: a bad one posted with `confirm` stores nothing.
    let bad = format!("{HEADER}MO9999,R,{URL},,,,,,\n");
    let r = c
        .post_multipart(
            "/fr/office/irm",
            &[Part::text("confirm", "yes"), Part::text("csv", &bad)],
            false,
        )
        .await;
    assert_eq!(r.status, 400);
    // No file at all.
    let r = c
        .post_multipart(
            "/fr/office/irm",
            &[Part::file("file", "", "application/octet-stream", b"")],
            false,
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(app.db.irm_reports().await.unwrap().is_empty());
    // Without the CSRF token: refused.
    let r = c
        .post_multipart_raw(
            "/fr/office/irm",
            &[Part::text("confirm", "yes"), Part::text("csv", &example())],
            false,
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(app.db.irm_reports().await.unwrap().is_empty());
    // A plan's coordinator may not import.
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let coordinator = app
        .user("coordinator3@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    let mut p = app.signed_in(&coordinator).await;
    assert_eq!(p.get("/fr/office/irm").await.status, 403);
    let global = app
        .user("global@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut g = app.signed_in(&global).await;
    assert_eq!(g.get("/fr/office/irm").await.status, 200);
    app.cleanup().await;
}
both_engines!(bad_files_are_refused_line_by_line_and_change_nothing);
