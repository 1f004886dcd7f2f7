//! Importing and exporting the CSV layout, on both engines.

mod common;

use common::{demo, demo_dir};
use opengov_core::kinds::{FigureScope, InstitutionKind};
use opengov_db::both_engines;
use opengov_db::dataset::{IssueCode, KnownKeys, read_files, write_dir};
use opengov_db::{Db, now_micros};
use std::path::{Path, PathBuf};

async fn plans_count(db: &Db) -> usize {
    db.list_plans().await.unwrap().len()
}

both_engines!(demo_data_is_stored_as_published, |db: Db| async move {
    db.import_dataset(&demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let plans = db.list_plans().await.unwrap();
    assert_eq!(
        plans.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    let p2 = &plans[1];
    // The sources name 12 of the 22 government commitments of the second plan.
    assert_eq!(
        (p2.recorded_commitments, p2.declared_commitments),
        (12, Some(22))
    );
    assert_eq!(p2.recorded_parliament_commitments, 4);
    assert_eq!(
        (
            plans[0].recorded_commitments,
            plans[0].recorded_parliament_commitments
        ),
        (18, 6)
    );
    assert_eq!(plans[2].recorded_commitments, 9);
    // No activity is published: no figure anywhere, never a 0 %.
    assert!(
        plans
            .iter()
            .all(|p| p.figure.is_none() && p.parliament_figure.is_none())
    );
    let c = db.commitment_by_ogp_id("MO0013").await.unwrap().unwrap();
    assert_eq!((c.figure, c.activities_count), (None, 0));
    // Officially reported figures are kept with their dates and sources.
    let f = db.reported_figures_of_plan(plans[0].id).await.unwrap();
    assert!(f.iter().any(|f| f.scope == FigureScope::Plan
        && f.percent == 84
        && f.sources.contains("leseco.ma")));
    let f = db.reported_figures_of_commitment(c.id).await.unwrap();
    assert_eq!(f.iter().map(|f| f.percent).collect::<Vec<_>>(), vec![25]);
    let f3 = db.reported_figures_of_plan(plans[2].id).await.unwrap();
    assert!(
        f3.iter().any(|f| f.scope == FigureScope::Axis
            && f.reference == "nap3-local"
            && f.percent == 48)
    );
    // Institutions come from the lead institutions; Parliament's commitments are led by Parliament.
    let insts = db.institutions().await.unwrap();
    let house = insts
        .iter()
        .find(|i| i.key == "house-of-representatives")
        .expect("House of Representatives");
    assert_eq!(
        (house.kind, house.commitments_count),
        (InstitutionKind::Parliament, 10)
    );
    assert_eq!(db.figure_mismatches().await.unwrap(), Vec::<String>::new());
    // Importing the same data again changes nothing but the change log.
    db.import_dataset(&demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    assert_eq!(db.list_plans().await.unwrap().len(), 3);
    assert_eq!(db.institutions().await.unwrap().len(), insts.len());
});

fn read_dir_files(dir: &Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

both_engines!(
    import_export_import_gives_identical_data,
    |db: Db| async move {
        db.import_dataset(&demo(), now_micros(), &|_| {})
            .await
            .unwrap();
        let first = db.export_dataset().await.unwrap();
        let dir_a = tempfile::tempdir().unwrap();
        write_dir(&first, dir_a.path()).unwrap();

        // A second, empty database of the same engine.
        let second = opengov_db::testing::TestDb::new(db.engine()).await;
        let ds = read_files(&[dir_a.path().to_path_buf()], &KnownKeys::default())
            .expect("the export reads back");
        second
            .db
            .import_dataset(&ds, now_micros(), &|_| {})
            .await
            .unwrap();
        let again = second.db.export_dataset().await.unwrap();
        assert_eq!(first, again, "datasets differ after a round trip");
        let dir_b = tempfile::tempdir().unwrap();
        write_dir(&again, dir_b.path()).unwrap();
        let (a, b) = (read_dir_files(dir_a.path()), read_dir_files(dir_b.path()));
        assert_eq!(a.len(), 7);
        assert_eq!(a, b, "exported files differ");
        assert_eq!(again.commitments.len(), 49);
        second.cleanup().await;
    }
);

/// Writes `content` as `name` in a fresh directory and returns its path.
fn file(dir: &tempfile::TempDir, name: &str, content: &str) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn problems(files: &[PathBuf]) -> Vec<opengov_db::dataset::ImportIssue> {
    read_files(files, &KnownKeys::default()).expect_err("the files are refused")
}

#[test]
fn every_problem_is_reported_with_file_line_and_column() {
    let d = tempfile::tempdir().unwrap();
    let plans = file(
        &d,
        "plans.csv",
        "plan_key,number,title_en,start_date,end_date,status\n\
         p1,1,Plan one,2024-13,2026,implementing\n\
         p2,abc,Plan two,2024,2026,sleeping\n\
         p1,3,,2024,2026,completed\n",
    );
    let commitments = file(
        &d,
        "commitments.csv",
        "plan_key,axis_key,ogp_id,title_en,commitment_type,start_date\n\
         p9,,MO1,A title,government,2020\n\
         p1,nowhere,MO1,Another,government,2020-02-30\n",
    );
    let issues = problems(&[plans.clone(), commitments.clone()]);
    let has = |name: &str, line: u64, col: &str, code: IssueCode| {
        issues.iter().any(|i| {
            i.file.ends_with(name)
                && i.line == line
                && i.column_name.as_deref() == Some(col)
                && i.code == code
        })
    };
    assert!(
        has("plans.csv", 2, "start_date", IssueCode::BadDate),
        "{issues:#?}"
    );
    assert!(
        has("plans.csv", 3, "number", IssueCode::NotANumber),
        "{issues:#?}"
    );
    assert!(
        has("plans.csv", 3, "status", IssueCode::BadChoice),
        "{issues:#?}"
    );
    assert!(
        has("plans.csv", 4, "title_ar", IssueCode::Required),
        "{issues:#?}"
    );
    assert!(
        has("plans.csv", 4, "plan_key", IssueCode::Duplicate),
        "{issues:#?}"
    );
    assert!(
        has(
            "commitments.csv",
            2,
            "plan_key",
            IssueCode::UnknownReference
        ),
        "{issues:#?}"
    );
    assert!(
        has(
            "commitments.csv",
            3,
            "axis_key",
            IssueCode::UnknownReference
        ),
        "{issues:#?}"
    );
    assert!(
        has("commitments.csv", 3, "ogp_id", IssueCode::Duplicate),
        "{issues:#?}"
    );
    assert!(
        has("commitments.csv", 3, "start_date", IssueCode::BadDate),
        "{issues:#?}"
    );
    // Columns are numbered from 1, as a spreadsheet shows them.
    let date = issues
        .iter()
        .find(|i| i.code == IssueCode::BadDate && i.file.ends_with("plans.csv"))
        .unwrap();
    assert_eq!(date.column, Some(4));
}

#[test]
fn malformed_unknown_missing_and_oversized_files_are_refused() {
    let d = tempfile::tempdir().unwrap();
    let ragged = file(
        &d,
        "plans.csv",
        "plan_key,number,title_en,status\np1,1,\"unterminated,implementing\np2,2\n",
    );
    let unknown = file(&d, "other.csv", "a,b,c\n1,2,3\n");
    let missing = file(&d, "axes.csv", "axis_key,title_en\nax,Axis\n");
    let huge = file(
        &d,
        "documents.csv",
        &format!(
            "plan_key,doc_type,title,url\n,report,{},https://example.org\n",
            "x".repeat(30_000)
        ),
    );
    let hostile = file(
        &d,
        "docs2.csv",
        "plan_key,doc_type,title,url\n,report,t,javascript:alert(1)\n",
    );
    let missing_file = d.path().join("nope.csv");
    let issues = problems(&[ragged, unknown, missing, huge, hostile, missing_file]);
    let codes: Vec<IssueCode> = issues.iter().map(|i| i.code).collect();
    for c in [
        IssueCode::Syntax,
        IssueCode::UnknownFile,
        IssueCode::MissingColumn,
        IssueCode::TooLong,
        IssueCode::BadChoice,
        IssueCode::Unreadable,
    ] {
        assert!(codes.contains(&c), "{c:?} missing from {issues:#?}");
    }
}

both_engines!(a_refused_import_changes_nothing, |db: Db| async move {
    let d = tempfile::tempdir().unwrap();
    // A valid plan file and a commitments file with one bad line: nothing at all is stored.
    std::fs::copy(demo_dir().join("plans.csv"), d.path().join("plans.csv")).unwrap();
    let c = file(
        &d,
        "commitments.csv",
        "plan_key,ogp_id,title_en,commitment_type,weight\nnap1,MO9,T,government,0\n",
    );
    let issues = read_files(&[d.path().join("plans.csv"), c], &KnownKeys::default()).unwrap_err();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].code, IssueCode::OutOfRange);
    assert_eq!(plans_count(&db).await, 0);
    // A dataset that fails inside the transaction (an activity of an unknown commitment)
    // leaves the database as it was.
    let mut ds = demo();
    ds.activities.push(opengov_db::dataset::ActivityRec {
        ogp_id: "XX9999".into(),
        key: "a1".into(),
        position: 1,
        title: opengov_core::LocalizedText::new().with(opengov_core::Lang::En, "x"),
        expected_output: Default::default(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight: 1,
        progress: 0,
        cancelled: false,
        sources: String::new(),
    });
    assert!(db.import_dataset(&ds, now_micros(), &|_| {}).await.is_err());
    assert_eq!(plans_count(&db).await, 0);
    assert!(db.institutions().await.unwrap().is_empty());
});

both_engines!(hostile_text_is_stored_verbatim, |db: Db| async move {
    let mut ds = demo();
    let evil = "'); DROP TABLE plans; -- <script>alert(1)</script>";
    ds.commitments[0].notes = evil.to_string();
    db.import_dataset(&ds, now_micros(), &|_| {}).await.unwrap();
    let c = db
        .commitment_by_ogp_id(&ds.commitments[0].ogp_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.notes, evil);
    assert_eq!(plans_count(&db).await, 3);
});
