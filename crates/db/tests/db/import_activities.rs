//! The activities of the research files (`label_*`, `label_written_by_us`, `status`,
//! `progress_percent`), read as they are: a step a source says was done is at 100 % with its
//! source, every other one is not reported (never 0 %); bad rows are refused with their lines.
//! And "not reported" in the portal's own layout: an empty `progress` cell.

use crate::common;

use common::{demo, demo_dir};
use opengov_core::Progress;
use opengov_core::kinds::TitleWording;
use opengov_db::both_engines;
use opengov_db::dataset::{ImportIssue, IssueCode, KnownKeys, read_files, write_dir};
use opengov_db::{Db, now_micros};
use std::path::PathBuf;

both_engines!(
    the_sources_activities_are_stored_with_their_figures_or_not_reported,
    |db: Db| async move {
        db.import_dataset(&demo(), now_micros(), &|_| {})
            .await
            .unwrap();
        let c17 = db.commitment_by_ogp_id("MO0017").await.unwrap().unwrap();
        assert_eq!(
            (c17.figure, c17.activities_count),
            (None, 7),
            "3 of 7 not reported"
        );
        let acts = db.activities_of_commitment(c17.id).await.unwrap();
        assert_eq!(
            acts.iter().filter(|a| a.progress.is_reported()).count(),
            4,
            "the four steps done"
        );
        let c8 = db.commitment_by_ogp_id("MO0008").await.unwrap().unwrap();
        assert_eq!(c8.figure, Some(10_000));
        let a8 = &db.activities_of_commitment(c8.id).await.unwrap()[0];
        assert_eq!(a8.key, "MO0008-1");
        assert_eq!(a8.progress, Progress(Some(100)));
        assert!(a8.progress_source.contains("infomediaire.net"));
        assert_eq!(a8.title_wording, TitleWording::Editors);
        assert_eq!(a8.stated_status, "done");
        // Not reported, never 0 %, with what its source states and when.
        let c65 = db.commitment_by_ogp_id("MO0065").await.unwrap().unwrap();
        let acts = db.activities_of_commitment(c65.id).await.unwrap();
        let planned = acts.iter().find(|a| a.key == "MO0065-11").unwrap();
        assert_eq!(planned.progress, Progress::NOT_REPORTED);
        assert_eq!(planned.stated_status, "planned");
        assert!(planned.progress_source.contains("mactecupdates"));
        let unknown = acts.iter().find(|a| a.key == "MO0065-4").unwrap();
        assert_eq!(
            (unknown.progress, unknown.progress_source.as_str()),
            (Progress::NOT_REPORTED, "")
        );
        let c1 = db.commitment_by_ogp_id("MO0001").await.unwrap().unwrap();
        let acts = db.activities_of_commitment(c1.id).await.unwrap();
        assert_eq!(
            acts.iter().map(|a| a.title_wording).collect::<Vec<_>>(),
            [
                TitleWording::Source,
                TitleWording::Source,
                TitleWording::Shortened,
                TitleWording::Shortened,
                TitleWording::Shortened
            ]
        );
        assert!(acts.iter().all(|a| a.responsible_key.as_deref()
            == Some("ministry-of-administration-reform-and-civil-service")));
        // Exported in the portal's layout, not reported is an empty cell, and what the sources
        // said comes along.
        let dir = tempfile::tempdir().unwrap();
        write_dir(&db.export_dataset().await.unwrap(), dir.path()).unwrap();
        let csv = std::fs::read_to_string(dir.path().join("activities.csv")).unwrap();
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        let cell = |key: &str, col: &str| -> String {
            let i = header.iter().position(|h| *h == col).unwrap();
            let mut r = csv::Reader::from_reader(csv.as_bytes());
            let row = r
                .records()
                .map(Result::unwrap)
                .find(|r| &r[1] == key)
                .unwrap();
            row[i].to_string()
        };
        assert_eq!(cell("MO0001-1", "progress"), "");
        assert_eq!(cell("MO0008-1", "progress"), "100");
        assert_eq!(cell("MO0008-1", "title_written_by_us"), "yes");
        assert_eq!(cell("MO0065-11", "status"), "planned");
        assert_eq!(cell("MO0054-6", "progress_as_of"), "2025-06");
    }
);

/// The demo's plans, axes, commitments and institutions, and `activities` as activities.csv.
fn with_activities(dir: &tempfile::TempDir, activities: &str) -> Vec<PathBuf> {
    let a = dir.path().join("activities.csv");
    std::fs::write(&a, activities).unwrap();
    let mut files: Vec<PathBuf> = [
        "institutions.csv",
        "plans.csv",
        "axes.csv",
        "commitments.csv",
    ]
    .iter()
    .map(|f| demo_dir().join(f))
    .collect();
    files.push(a);
    files
}

fn refused(files: &[PathBuf]) -> Vec<ImportIssue> {
    read_files(files, &KnownKeys::default()).expect_err("refused")
}

const RESEARCH_HEADER: &str = "plan_key,ogp_id,commitment_position,position,label_en,label_fr,label_ar,\
label_written_by_us,label_basis,start_date,end_date,responsible_institution,\
responsible_institution_key,status,progress_percent,as_of,source_urls,notes\n";

#[test]
fn bad_rows_of_the_research_layout_are_refused_with_their_lines() {
    let d = tempfile::tempdir().unwrap();
    let rows = "\
nap1,MO0001,1,1,A step,,,no,commitment_component,,,,,done,,,https://example.org/a,
nap1,MO0001,1,1,The same position,,,no,commitment_component,,,,,,,,,
nap1,MO9999,,1,Unknown commitment,,,yes,reported_action,,,,,,,,,
nap1,MO0002,2,x,Bad values,,,maybe,reported_action,2019-13,,,,,140,2020-02-30,,
nap2,,19,1,No OGP id,,,shortened,scheduled_activity,2022-04,2022-09,,,not done (per parliamentary question),,,,
nap1,MO0004,4,1,,,,no,commitment_component,,,,,,,,,
nap1,MO0004,4,2,Unknown institution,,,no,commitment_component,,,X,nowhere-ministry,,,,,
nap1,MO0005,5,1,Bad key,,,no,commitment_component,,,X,<script>,,,,,
";
    let issues = refused(&with_activities(&d, &format!("{RESEARCH_HEADER}{rows}")));
    let has = |line: u64, col: &str, code: IssueCode| {
        issues.iter().any(|i| {
            i.file.ends_with("activities.csv")
                && i.line == line
                && i.column_name.as_deref() == Some(col)
                && i.code == code
        })
    };
    for (line, col, code) in [
        (3, "position", IssueCode::Duplicate),
        (4, "ogp_id", IssueCode::UnknownReference),
        (5, "position", IssueCode::NotANumber),
        (5, "label_written_by_us", IssueCode::BadChoice),
        (5, "start_date", IssueCode::BadDate),
        (5, "progress_percent", IssueCode::OutOfRange),
        (5, "as_of", IssueCode::BadDate),
        (6, "ogp_id", IssueCode::Required),
        (7, "label_en", IssueCode::Required),
        (
            8,
            "responsible_institution_key",
            IssueCode::UnknownReference,
        ),
        (9, "responsible_institution_key", IssueCode::BadChoice),
    ] {
        assert!(
            has(line, col, code),
            "line {line} {col} {code:?}: {issues:#?}"
        );
    }
    // The first row is fine: nothing is said of it.
    assert!(!issues.iter().any(|i| i.line == 2), "{issues:#?}");
    // Each problem names its column's number in the header, as the other files' do.
    let bad = issues
        .iter()
        .find(|i| i.column_name.as_deref() == Some("label_written_by_us"))
        .unwrap();
    assert_eq!(bad.column, Some(8));
    assert_eq!(bad.allowed, "yes, shortened, no");
    // A file without the columns the layout needs is refused as a whole.
    let issues = refused(&with_activities(
        &d,
        "plan_key,ogp_id,label_en,label_written_by_us\nnap1,MO0001,A step,no\n",
    ));
    assert!(issues.iter().any(
        |i| i.code == IssueCode::MissingColumn && i.column_name.as_deref() == Some("position")
    ));
}

#[test]
fn what_a_source_states_gives_a_figure_only_when_it_is_done_or_a_percent() {
    let d = tempfile::tempdir().unwrap();
    let rows = "\
nap1,MO0001,1,1,Done,,,no,reported_action,,,,,done,,2020,https://example.org/a,
nap1,MO0001,1,2,Started,,,yes,reported_action,,,,,started,,2025-06,https://example.org/b,
nap1,MO0001,1,3,Planned,,,shortened,planned_step,,2024-07-05,,,planned,,,https://example.org/c,
nap1,MO0001,1,4,No status,,,no,commitment_component,,,,,,,,https://example.org/d,
nap1,MO0001,1,5,A percent,,,no,reported_action,,,,,started,40,,https://example.org/e,
nap1,MO0001,1,6,An unknown status,,,no,reported_action,,,,,almost done,,,https://example.org/f,
";
    let ds = read_files(
        &with_activities(&d, &format!("{RESEARCH_HEADER}{rows}")),
        &KnownKeys::default(),
    )
    .unwrap();
    let got: Vec<(&str, Option<i64>, &str, TitleWording)> = ds
        .activities
        .iter()
        .map(|a| {
            (
                a.key.as_str(),
                a.progress,
                a.provenance.progress_source.as_str(),
                a.provenance.title_wording,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "MO0001-1",
                Some(100),
                "https://example.org/a",
                TitleWording::Source
            ),
            (
                "MO0001-2",
                None,
                "https://example.org/b",
                TitleWording::Editors
            ),
            (
                "MO0001-3",
                None,
                "https://example.org/c",
                TitleWording::Shortened
            ),
            // Nothing stated: its sources describe the activity, not a figure.
            ("MO0001-4", None, "", TitleWording::Source),
            (
                "MO0001-5",
                Some(40),
                "https://example.org/e",
                TitleWording::Source
            ),
            // Kept as written; the pages say nothing of a status they do not know.
            (
                "MO0001-6",
                None,
                "https://example.org/f",
                TitleWording::Source
            ),
        ]
    );
    assert!(ds.activities.iter().all(|a| a.weight == 1 && !a.cancelled));
    assert_eq!(
        ds.activities[1]
            .provenance
            .progress_as_of
            .map(|d| d.to_string()),
        Some("2025-06".into())
    );
    assert_eq!(ds.activities[5].provenance.stated_status, "almost done");
}

#[test]
fn the_portal_layout_reads_an_empty_progress_as_not_reported() {
    let d = tempfile::tempdir().unwrap();
    let header = "ogp_id,activity_key,weight,progress,title_en,title_written_by_us,status,\
progress_source_urls,progress_as_of\n";
    let ds = read_files(
        &with_activities(
            &d,
            &format!(
                "{header}MO0001,k1,1,,Not reported,,,,\n\
                 MO0001,k2,2,40,Reported,yes,done,https://example.org/x,2024-11\n"
            ),
        ),
        &KnownKeys::default(),
    )
    .unwrap();
    assert_eq!(ds.activities[0].progress, None);
    assert_eq!(
        ds.activities[0].provenance.title_wording,
        TitleWording::Source
    );
    assert_eq!(ds.activities[1].progress, Some(40));
    assert_eq!(
        ds.activities[1].provenance.title_wording,
        TitleWording::Editors
    );
    assert_eq!(
        ds.activities[1].provenance.progress_source,
        "https://example.org/x"
    );
    // Still a number from 0 to 100 when given, and a known wording.
    let issues = refused(&with_activities(
        &d,
        &format!("{header}MO0001,k1,1,abc,T,,,,\nMO0001,k2,1,101,T,maybe,,,2024-13\n"),
    ));
    for (line, col, code) in [
        (2, "progress", IssueCode::NotANumber),
        (3, "progress", IssueCode::OutOfRange),
        (3, "title_written_by_us", IssueCode::BadChoice),
        (3, "progress_as_of", IssueCode::BadDate),
    ] {
        assert!(
            issues
                .iter()
                .any(|i| i.line == line && i.column_name.as_deref() == Some(col) && i.code == code),
            "line {line} {col}: {issues:#?}"
        );
    }
}

both_engines!(
    an_activity_of_the_sources_stays_not_reported_until_a_number_is_set,
    |db: Db| async move {
        db.import_dataset(&demo(), now_micros(), &|_| {})
            .await
            .unwrap();
        // MO0010's only step is done: 100 %, with its source.
        let c = db.commitment_by_ogp_id("MO0010").await.unwrap().unwrap();
        assert_eq!(c.figure, Some(10_000));
        // The back office sets a progress on one of MO0016's steps not reported: MO0016 gets
        // its figure, and the source of the imported figure of the other step stays with it.
        let c16 = db.commitment_by_ogp_id("MO0016").await.unwrap().unwrap();
        assert_eq!(c16.figure, None);
        let acts = db.activities_of_commitment(c16.id).await.unwrap();
        let (todo, done) = (&acts[0], &acts[1]);
        assert_eq!(
            (todo.progress, done.progress),
            (Progress::NOT_REPORTED, Progress(Some(100)))
        );
        db.update_activity(&todo.key, 1, 50, false, now_micros())
            .await
            .unwrap();
        let c16 = db.commitment_by_ogp_id("MO0016").await.unwrap().unwrap();
        assert_eq!(c16.figure, Some(7_500));
        let acts = db.activities_of_commitment(c16.id).await.unwrap();
        assert_eq!(acts[0].progress, Progress(Some(50)));
        assert!(!acts[1].progress_source.is_empty());
        // A new figure on an imported one is no longer the source's: its source goes.
        db.update_activity(&done.key, 1, 90, false, now_micros())
            .await
            .unwrap();
        let acts = db.activities_of_commitment(c16.id).await.unwrap();
        assert_eq!(
            (acts[1].progress, acts[1].progress_source.as_str()),
            (Progress(Some(90)), "")
        );
        // The same figure again (a weight changed) keeps it.
        db.update_activity(&acts[0].key, 2, 50, false, now_micros())
            .await
            .unwrap();
        assert_eq!(db.figure_mismatches().await.unwrap(), Vec::<String>::new());
    }
);
