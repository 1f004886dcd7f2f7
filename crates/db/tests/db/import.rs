//! Importing and exporting the CSV layout, on both engines.

use crate::common;

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
    // The sources name 13 of the 22 government commitments of the second plan.
    assert_eq!(
        (p2.recorded_commitments, p2.declared_commitments),
        (13, Some(22))
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
    // The sources' activities: a step a source says was done is at 100 %, every other one is
    // not reported. Only the commitments whose every listed step is done have a figure (MO0008
    // and MO0010 in plan 1, Parliament's MO0050 in plan 2), and the plans say from how many.
    assert_eq!(
        (plans[0].figure, plans[0].reported_commitments),
        (Some(10_000), 2)
    );
    assert_eq!(
        (
            plans[0].parliament_figure,
            plans[0].reported_parliament_commitments
        ),
        (None, 0)
    );
    assert_eq!((plans[1].figure, plans[1].reported_commitments), (None, 0));
    assert_eq!(
        (
            plans[1].parliament_figure,
            plans[1].reported_parliament_commitments
        ),
        (Some(10_000), 1)
    );
    assert_eq!((plans[2].figure, plans[2].reported_commitments), (None, 0));
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
        assert_eq!(again.commitments.len(), 50);
        assert_eq!(again.institutions.len(), 29);
        // What this round added survives the trip: unofficial variants, sources of titles,
        // supporting institutions, names over time, typed assessments.
        assert!(again.institutions.iter().any(|i| !i.later_names.is_empty()));
        assert!(
            again
                .commitments
                .iter()
                .any(|c| !c.support_institution_keys.is_empty())
        );
        assert!(
            again
                .commitments
                .iter()
                .any(|c| !c.title_sources.is_empty())
        );
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
        progress: Some(0),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
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

both_engines!(
    institutions_titles_and_assessments_are_stored_typed,
    |db: Db| async move {
        use opengov_core::Lang;
        use opengov_core::assessment::{EarlyResults, IrmCompletion, PolicyArea, YesNo};
        use opengov_core::kinds::TitleSource;
        db.import_dataset(&demo(), now_micros(), &|_| {})
            .await
            .unwrap();
        // The 29 institutions of institutions.csv, by key, with their official names.
        let insts = db.institutions().await.unwrap();
        assert_eq!(insts.len(), 29);
        let icpc = db
            .institution_by_key("central-authority-for-prevention-of-corruption")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(icpc.kind, InstitutionKind::IndependentAuthority);
        assert_eq!(
            icpc.name().get_exact(Lang::Ar),
            Some("الهيئة المركزية للوقاية من الرشوة")
        );
        assert_eq!(
            (
                icpc.name_valid_from.as_deref(),
                icpc.name_valid_until.as_deref()
            ),
            (Some("2007"), Some("2018"))
        );
        let reform = db
            .institution_by_key("ministry-of-administration-reform-and-civil-service")
            .await
            .unwrap()
            .unwrap();
        let later = reform.later_names();
        assert_eq!(later.len(), 3, "{later:?}");
        assert_eq!(
            later[1].from.map(|d| d.to_string()).as_deref(),
            Some("2021-10")
        );
        assert_eq!(
            later[1].name.get_exact(Lang::Ar),
            Some("وزارة الانتقال الرقمي وإصلاح الإدارة")
        );
        assert!(later[1].name.get_exact(Lang::Fr).is_some());
        // Leads and supporters by key, supporters in the order of the sources.
        let c = db.commitment_by_ogp_id("MO0004").await.unwrap().unwrap();
        assert_eq!(
            c.lead_institution_key.as_deref(),
            Some("ministry-of-administration-reform-and-civil-service")
        );
        let sup: Vec<String> = db
            .supporters_of(c.id)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.key)
            .collect();
        assert_eq!(
            sup,
            vec![
                "ministry-of-industry-trade-investment-and-digital-economy",
                "ministry-delegate-in-charge-of-relations-with-parliament-and-civil-society",
                "high-commission-for-planning"
            ]
        );
        let supported = db
            .commitments_supported_by(
                db.institution_by_key("high-commission-for-planning")
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
            )
            .await
            .unwrap();
        assert_eq!(
            supported
                .iter()
                .map(|c| c.ogp_id.as_str())
                .collect::<Vec<_>>(),
            ["MO0004"]
        );
        // Assessment values and policy areas are codes, read back into their enums.
        assert_eq!(c.ogp_verifiable.0, Some(YesNo::Yes));
        assert_eq!(c.irm_starred.0, Some(YesNo::No));
        let house = db.commitment_by_ogp_id("MO0020").await.unwrap().unwrap();
        assert_eq!(house.irm_completion.0, Some(IrmCompletion::Substantial));
        let c8 = db.commitment_by_ogp_id("MO0008").await.unwrap().unwrap();
        assert_eq!(c8.irm_early_results.0, Some(EarlyResults::Major));
        let tagged = db
            .commitments_of_plan(db.list_plans().await.unwrap()[1].id)
            .await
            .unwrap();
        let mut areas = Vec::new();
        for s in &tagged {
            let row = db.commitment_by_ogp_id(&s.ogp_id).await.unwrap().unwrap();
            areas.extend(row.policy_areas.0);
        }
        assert!(areas.contains(&PolicyArea::OpenData), "{areas:?}");
        // Whose wording a title is.
        let c17 = db.commitment_by_ogp_id("MO0017").await.unwrap().unwrap();
        assert_eq!(
            c17.title_sources().get(&Lang::Ar),
            Some(&TitleSource::Portal)
        );
    }
);

/// Writes the demo files into a directory, with `edit` applied to one of them.
fn demo_with(dir: &tempfile::TempDir, name: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    for f in [
        "plans.csv",
        "axes.csv",
        "commitments.csv",
        "institutions.csv",
    ] {
        let text = std::fs::read_to_string(demo_dir().join(f)).unwrap();
        let text = if f == name { edit(&text) } else { text };
        std::fs::write(dir.path().join(f), text).unwrap();
    }
    dir.path().to_path_buf()
}

/// The 1-based column of `name` in the header of `text`.
fn column_of(text: &str, name: &str) -> usize {
    text.lines()
        .next()
        .unwrap()
        .split(',')
        .position(|c| c == name)
        .unwrap()
        + 1
}

both_engines!(
    bad_vocabulary_keys_and_columns_are_refused_with_their_place,
    |db: Db| async move {
        let d = tempfile::tempdir().unwrap();
        // An IRM value no scale has, a policy area OGP does not use, on MO0020's line.
        let dir = demo_with(&d, "commitments.csv", |t| {
            t.replacen(",Substantial,", ",Mostly done,", 1).replacen(
                "Open Parliament Plan",
                "Open Parliament Plans",
                1,
            )
        });
        let issues = read_files(std::slice::from_ref(&dir), &KnownKeys::default()).unwrap_err();
        let text = std::fs::read_to_string(dir.join("commitments.csv")).unwrap();
        let completion = issues
            .iter()
            .find(|i| i.column_name.as_deref() == Some("irm_completion"))
            .unwrap_or_else(|| panic!("{issues:#?}"));
        assert_eq!(completion.code, IssueCode::BadChoice);
        assert_eq!(completion.column, Some(column_of(&text, "irm_completion")));
        assert_eq!(completion.line, 21, "MO0020 is on line 21");
        assert_eq!(completion.detail, "Mostly done");
        assert!(
            completion.allowed.contains("Complete"),
            "{}",
            completion.allowed
        );
        assert!(issues.iter().any(|i| i.code == IssueCode::BadChoice
            && i.column_name.as_deref() == Some("ogp_policy_areas")
            && i.detail == "Open Parliament Plans"));

        // A lead institution key and a supporting one that name no institution.
        let d2 = tempfile::tempdir().unwrap();
        let dir2 = demo_with(&d2, "commitments.csv", |t| {
            t.replacen(",archives-of-morocco,", ",archives-of-atlantis,", 1)
                .replacen(
                    ";high-commission-for-planning",
                    ";high-commission-for-dreams",
                    1,
                )
        });
        let issues = read_files(&[dir2], &KnownKeys::default()).unwrap_err();
        assert!(
            issues.iter().any(|i| i.code == IssueCode::UnknownReference
                && i.column_name.as_deref() == Some("lead_institution_key")
                && i.detail == "archives-of-atlantis"
                && i.line == 4),
            "{issues:#?}"
        );
        assert!(
            issues.iter().any(|i| i.code == IssueCode::UnknownReference
                && i.column_name.as_deref() == Some("support_institution_keys")
                && i.detail == "high-commission-for-dreams"
                && i.line == 5),
            "{issues:#?}"
        );

        // Unofficial translations in a language the portal does not have, or for a field the
        // file does not translate: refused, with the columns that exist.
        let d3 = tempfile::tempdir().unwrap();
        let dir3 = demo_with(&d3, "institutions.csv", |t| {
            let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
            lines[0].push_str(",name_es_unofficial,title_ar_unofficial");
            for l in lines.iter_mut().skip(1) {
                l.push_str(",Ministerio,عنوان");
            }
            lines.join("\n") + "\n"
        });
        let issues = read_files(std::slice::from_ref(&dir3), &KnownKeys::default()).unwrap_err();
        let bad: Vec<_> = issues
            .iter()
            .filter(|i| i.code == IssueCode::BadColumn)
            .collect();
        assert_eq!(bad.len(), 2, "{issues:#?}");
        assert_eq!(bad[0].line, 1);
        assert_eq!(bad[0].column_name.as_deref(), Some("name_es_unofficial"));
        let edited = std::fs::read_to_string(dir3.join("institutions.csv")).unwrap();
        assert_eq!(
            bad[0].column,
            Some(column_of(&edited, "name_es_unofficial"))
        );
        assert!(bad[0].allowed.contains("name_ar_unofficial"));
        // A period that ends before it starts.
        let d4 = tempfile::tempdir().unwrap();
        let dir4 = demo_with(&d4, "institutions.csv", |t| {
            t.replacen("2017-04/2019-10", "2019-10/2017-04", 1)
        });
        let issues = read_files(&[dir4], &KnownKeys::default()).unwrap_err();
        assert!(
            issues.iter().any(|i| i.code == IssueCode::BadPeriod
                && i.column_name.as_deref() == Some("name_valid_period")
                && i.line == 2),
            "{issues:#?}"
        );
        // Nothing of any of them was stored.
        assert_eq!(plans_count(&db).await, 0);
        assert!(db.institutions().await.unwrap().is_empty());
    }
);

both_engines!(
    unofficial_translations_are_kept_apart_and_exported_back,
    |db: Db| async move {
        use opengov_core::Lang;
        let d = tempfile::tempdir().unwrap();
        // A small fixture: one plan, one axis, one commitment, one institution, each with
        // unofficial translations beside (and, for the institution, under) official texts.
        let plans = file(
            &d,
            "plans.csv",
            "plan_key,number,title_en,status\np,1,Plan,implementing\n",
        );
        let axes = file(
            &d,
            "axes.csv",
            "plan_key,axis_key,title_fr,title_ar_unofficial,title_en_unofficial\n\
             p,p-ax,Accès à l'information,الحصول على المعلومات,Access to information\n",
        );
        let inst = file(
            &d,
            "institutions.csv",
            "key,kind,name_en,name_ar,name_ar_unofficial,name_fr_unofficial,name_valid_period,later_names_fr\n\
             m,independent authority,Ministry,وزارة,ترجمة لا تُعرض,Ministère,2021-10-,Ministère bis (2024-10)\n",
        );
        let cms = file(
            &d,
            "commitments.csv",
            "plan_key,axis_key,ogp_id,title_en,title_zgh_unofficial,commitment_type,lead_institution_key,ogp_verifiable\n\
             p,p-ax,XX1,Open data,ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ,government,m,yes\n",
        );
        let ds = read_files(&[plans, axes, inst, cms], &KnownKeys::default()).unwrap();
        db.import_dataset(&ds, now_micros(), &|_| {}).await.unwrap();
        let i = db.institution_by_key("m").await.unwrap().unwrap();
        assert_eq!(i.kind, InstitutionKind::IndependentAuthority);
        // Official and unofficial are two texts: the official Arabic name stays official.
        assert_eq!(i.name().get_exact(Lang::Ar), Some("وزارة"));
        assert_eq!(i.name_unofficial().get_exact(Lang::Fr), Some("Ministère"));
        assert_eq!(i.name_valid_from.as_deref(), Some("2021-10"));
        let c = db.commitment_by_ogp_id("XX1").await.unwrap().unwrap();
        assert_eq!(
            opengov_db::rows::CommitmentRow::text(&c.title_unofficial).get_exact(Lang::Zgh),
            Some("ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ")
        );
        assert_eq!(
            opengov_db::rows::CommitmentRow::text(&c.title).get_exact(Lang::Zgh),
            None
        );
        // Exported to the same columns, and read back the same.
        let out = tempfile::tempdir().unwrap();
        write_dir(&db.export_dataset().await.unwrap(), out.path()).unwrap();
        let again = read_files(&[out.path().to_path_buf()], &KnownKeys::default()).unwrap();
        assert_eq!(again.axes[0].title_unofficial, ds.axes[0].title_unofficial);
        assert_eq!(
            again.institutions[0].name_unofficial,
            ds.institutions[0].name_unofficial
        );
        assert_eq!(
            again.institutions[0].later_names,
            ds.institutions[0].later_names
        );
        assert_eq!(
            again.commitments[0].title_unofficial,
            ds.commitments[0].title_unofficial
        );
        let exported = std::fs::read_to_string(out.path().join("institutions.csv")).unwrap();
        assert!(
            exported
                .lines()
                .next()
                .unwrap()
                .contains("name_fr_unofficial")
        );
        assert!(exported.contains("2021-10/"), "{exported}");
        assert!(exported.contains("Ministère bis (2024-10)"), "{exported}");
    }
);
