//! The list queries and their filters, on both engines.

use crate::common;

use opengov_core::kinds::ChangeKind;
use opengov_db::both_engines;
use opengov_db::rows::{CommitmentFilter, StatusFilter};
use opengov_db::{Db, now_micros, today};

fn filter() -> CommitmentFilter {
    CommitmentFilter {
        today: today(),
        ..CommitmentFilter::default()
    }
}

both_engines!(commitment_filters_and_pages, |db: Db| async move {
    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let (all, total) = db.commitments_page(&filter(), 0, 100).await.unwrap();
    assert_eq!((all.len(), total), (50, 50));
    let (page2, total) = db.commitments_page(&filter(), 20, 20).await.unwrap();
    assert_eq!((page2.len(), total), (20, 50));
    assert_eq!(
        page2[0].ogp_id, all[20].ogp_id,
        "pages follow the same order"
    );
    let (beyond, total) = db.commitments_page(&filter(), 1000, 20).await.unwrap();
    assert_eq!((beyond.len(), total), (0, 50));

    let f = CommitmentFilter {
        plan: Some(3),
        ..filter()
    };
    let (rows, total) = db.commitments_page(&f, 0, 100).await.unwrap();
    assert_eq!(total, 9);
    assert!(rows.iter().all(|r| r.plan_number == 3));

    let f = CommitmentFilter {
        axis: Some("nap2-local".into()),
        ..filter()
    };
    let ids: Vec<String> = db
        .commitments_page(&f, 0, 100)
        .await
        .unwrap()
        .0
        .into_iter()
        .map(|r| r.ogp_id)
        .collect();
    assert_eq!(ids, vec!["MO0045", "MO0046"]);

    let f = CommitmentFilter {
        institution: Some("house-of-representatives".into()),
        ..filter()
    };
    assert_eq!(db.commitments_page(&f, 0, 100).await.unwrap().1, 10);

    let f = CommitmentFilter {
        status: Some(StatusFilter::NotReported),
        ..filter()
    };
    // Every listed step of MO0008, MO0010 and MO0050 is reported done by a source; the other
    // commitments have an activity not reported, or none.
    assert_eq!(db.commitments_page(&f, 0, 100).await.unwrap().1, 47);
    let f = CommitmentFilter {
        status: Some(StatusFilter::Complete),
        ..filter()
    };
    let complete: Vec<String> = db
        .commitments_page(&f, 0, 100)
        .await
        .unwrap()
        .0
        .into_iter()
        .map(|r| r.ogp_id)
        .collect();
    assert_eq!(complete, ["MO0008", "MO0010", "MO0050"]);

    let f = CommitmentFilter {
        axis: Some("' OR 1=1 --".into()),
        ..filter()
    };
    assert_eq!(
        db.commitments_page(&f, 0, 100).await.unwrap().1,
        0,
        "values are bound, never spliced"
    );
});

both_engines!(statuses_and_delays_follow_activities, |db: Db| async move {
    use opengov_core::{Lang, LocalizedText, PartialDate};
    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let act = |ogp: &str, key: &str, progress: i64, end: &str| opengov_db::dataset::ActivityRec {
        ogp_id: ogp.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::Fr, key),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: PartialDate::parse(end).ok(),
        responsible_institution: Some("house-of-representatives".into()),
        weight: 1,
        progress: Some(progress),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    };
    // Commitments the sources name no activity of.
    db.add_activity(&act("MO0057", "x1", 100, "2020"), now_micros())
        .await
        .unwrap();
    db.add_activity(&act("MO0055", "x2", 30, "2020"), now_micros())
        .await
        .unwrap();
    db.add_activity(&act("MO0056", "x3", 60, "2999"), now_micros())
        .await
        .unwrap();
    let count = |s| {
        let f = CommitmentFilter {
            status: Some(s),
            ..filter()
        };
        let db = db.clone();
        async move {
            db.commitments_page(&f, 0, 100)
                .await
                .unwrap()
                .0
                .into_iter()
                .map(|r| r.ogp_id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        count(StatusFilter::Complete).await,
        vec!["MO0008", "MO0010", "MO0050", "MO0057"]
    );
    assert_eq!(count(StatusFilter::Limited).await, vec!["MO0055"]);
    assert_eq!(count(StatusFilter::Substantial).await, vec!["MO0056"]);
    // MO0054 and MO0065 have steps of the sources past their end and not reported.
    assert_eq!(
        count(StatusFilter::Delayed).await,
        vec!["MO0054", "MO0055", "MO0065"]
    );
    assert_eq!(count(StatusFilter::NotReported).await.len(), 44);
    // Filters combine: any mix of them finds what each finds alone, in the list's order, and
    // pages through it.
    let ids = |f: CommitmentFilter, offset: i64, limit: i64| {
        let db = db.clone();
        async move {
            let (rows, total) = db.commitments_page(&f, offset, limit).await.unwrap();
            (
                rows.into_iter().map(|r| r.ogp_id).collect::<Vec<_>>(),
                total,
            )
        }
    };
    let mo55 = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
    let (everything, _) = ids(filter(), 0, 1000).await;
    for plan in [None, Some(mo55.plan_number)] {
        for axis in [None, mo55.axis_key.clone()] {
            for institution in [None, Some("house-of-representatives".to_string())] {
                for status in [
                    None,
                    Some(StatusFilter::Delayed),
                    Some(StatusFilter::Limited),
                ] {
                    let mut expected = everything.clone();
                    let one = [
                        CommitmentFilter { plan, ..filter() },
                        CommitmentFilter {
                            axis: axis.clone(),
                            ..filter()
                        },
                        CommitmentFilter {
                            institution: institution.clone(),
                            ..filter()
                        },
                        CommitmentFilter { status, ..filter() },
                    ];
                    for f in one {
                        let (alone, _) = ids(f, 0, 1000).await;
                        expected.retain(|id| alone.contains(id));
                    }
                    let all = CommitmentFilter {
                        plan,
                        axis: axis.clone(),
                        institution: institution.clone(),
                        status,
                        ..filter()
                    };
                    let (found, total) = ids(all.clone(), 0, 1000).await;
                    assert_eq!(
                        (&found, total),
                        (&expected, expected.len() as i64),
                        "{all:?}"
                    );
                    let (second, _) = ids(all, 1, 1).await;
                    assert_eq!(
                        second,
                        expected.iter().skip(1).take(1).cloned().collect::<Vec<_>>()
                    );
                }
            }
        }
    }
    // The institution responsible for activities finds those commitments too: the three
    // added here and the House's twelve in the sources.
    let inst = db
        .institution_by_key("house-of-representatives")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(inst.activities_count, 3 + 12);
    assert_eq!(
        db.activities_of_institution(inst.id).await.unwrap().len(),
        3 + 12
    );
    let (acts, total) = db.activities_page(Some("MO0055"), 0, 10).await.unwrap();
    assert_eq!((acts.len(), total), (1, 1));
    let changes = db.latest_changes(3).await.unwrap();
    assert_eq!(changes[0].kind, ChangeKind::ActivityAdded);
    assert_eq!(changes[0].commitment_ogp_id.as_deref(), Some("MO0056"));
});
