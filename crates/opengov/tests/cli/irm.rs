//! `opengov import-irm`: the IRM's ratings from CSV, all or nothing, in the operator's
//! language; a report imported again replaces its rows. The ratings are an example made for
//! the test, not the IRM's.

use std::process::{Command, Output};

fn opengov(db_url: &str, args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(args)
        .env("OPENGOV_DATABASE_URL", db_url)
        .env("LANG", lang)
        .env_remove("OPENGOV_LANG")
        .env_remove("OPENGOV_CONFIG")
        .output()
        .expect("run opengov")
}

const HEADER: &str = "ogp_id,report_title,report_url,verifiable,relevance,potential_impact,completion,early_results,starred\n";
const URL: &str = "https://irm.example.org/report";

fn ratings_of(url: &str, ogp_id: &str) -> Vec<opengov_db::rows::IrmRatingRow> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let db = opengov_db::Db::connect(url, 1).await.unwrap();
        let cm = db.commitment_by_ogp_id(ogp_id).await.unwrap().unwrap();
        let r = db.irm_ratings_of(cm.id).await.unwrap();
        db.close().await;
        r
    })
}

#[test]
fn import_irm_is_all_or_nothing_and_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("irm.db").display());
    assert!(opengov(&url, &["seed-demo"], "C").status.success());
    let file = dir.path().join("irm.csv");

    // A bad file: every problem by line, in French, and nothing stored.
    std::fs::write(
        &file,
        format!("{HEADER}MO0054,Report,{URL},Yes,,High,,,\nMO9999,Report,{URL},,,,,,\n"),
    )
    .unwrap();
    let out = opengov(&url, &["import-irm", file.to_str().unwrap()], "fr_FR.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Ligne 2, colonne potential_impact\u{a0}: «\u{a0}High\u{a0}» n'est pas une valeur de l'échelle du MEI"),
        "{err}"
    );
    assert!(
        err.contains("Ligne 3, colonne ogp_id\u{a0}: Aucun engagement d'identifiant PGO MO9999"),
        "{err}"
    );
    assert!(
        err.contains("Rien n'a été importé\u{a0}: 2 problèmes trouvés."),
        "{err}"
    );
    assert!(ratings_of(&url, "MO0054").is_empty());

    // A good file, twice: the second import replaces the first's rows.
    std::fs::write(
        &file,
        format!("{HEADER}MO0054,Report,{URL},Yes,Civic Participation,Moderate,Limited,,No\nMO0025,Report,{URL},,,,,,\n"),
    )
    .unwrap();
    for round in 0..2 {
        let out = opengov(
            &url,
            &["import-irm", file.to_str().unwrap(), "--lang", "en"],
            "C",
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        let replaced = if round == 0 { 0 } else { 2 };
        assert!(
            err.contains(&format!(
                "Imported 2 ratings from 1 report ({replaced} replaced)."
            )),
            "{err}"
        );
    }
    let rows = ratings_of(&url, "MO0054");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].completion.stored(), "limited");
    assert_eq!(rows[0].relevance.stored(), "civic_participation");
    // Too large a file is refused without being read.
    std::fs::write(&file, vec![b'a'; 300 * 1024]).unwrap();
    let out = opengov(
        &url,
        &["import-irm", file.to_str().unwrap(), "--lang", "ar"],
        "C",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("حجم الملف يتجاوز 256 كيلوبايت."));
    assert_eq!(ratings_of(&url, "MO0054").len(), 1);
}
