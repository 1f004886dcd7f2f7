//! The progress rule as stored: after any sequence of changes (activities added with a
//! progress or not reported, changed, moved, cancelled, deleted; weights; progress reports
//! drafted, returned, validated), every stored figure, and the count of commitments each axis's
//! and plan's figure comes from, equals a fresh computation (DESIGN.md section 6), on both
//! engines. The demo data they start from has the sources' activities, most not reported.

use crate::common;

use opengov_core::reporting::Transition;
use opengov_core::{Lang, LocalizedText, PartialDate};
use opengov_db::dataset::ActivityRec;
use opengov_db::rows::{Mover, ReportText};
use opengov_db::testing::TestDb;
use opengov_db::{Db, Engine, now_micros};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    /// An activity with a progress, or not reported (`None`, as imported from sources that
    /// give no figure).
    Add {
        commitment: usize,
        weight: i64,
        progress: Option<i64>,
        end_month: Option<u8>,
    },
    Update {
        activity: usize,
        weight: i64,
        progress: i64,
        cancelled: bool,
    },
    Move {
        activity: usize,
        commitment: usize,
    },
    Delete {
        activity: usize,
    },
    Weight {
        commitment: usize,
        weight: i64,
    },
    /// A progress report on an activity: left as a draft (0), submitted then returned (1),
    /// or submitted and validated (2). Refused on a cancelled activity or a closed plan.
    Report {
        activity: usize,
        progress: u8,
        outcome: u8,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        // Half the activities go to plan 3 (MO0054, MO0063), the one open to reports.
        4 => (prop_oneof![0..8usize, 6..8usize], 1..=10i64, proptest::option::weighted(0.7, 0..=100i64), proptest::option::of(1..=12u8))
            .prop_map(|(commitment, weight, progress, end_month)| Op::Add { commitment, weight, progress, end_month }),
        3 => (0..40usize, 1..=10i64, 0..=100i64, any::<bool>())
            .prop_map(|(activity, weight, progress, cancelled)| Op::Update { activity, weight, progress, cancelled }),
        1 => (0..40usize, 0..8usize).prop_map(|(activity, commitment)| Op::Move { activity, commitment }),
        1 => (0..40usize).prop_map(|activity| Op::Delete { activity }),
        1 => (0..8usize, 1..=5i64).prop_map(|(commitment, weight)| Op::Weight { commitment, weight }),
        3 => (0..40usize, 0..=100u8, prop_oneof![1 => 0..2u8, 2 => Just(2u8)])
            .prop_map(|(activity, progress, outcome)| Op::Report { activity, progress, outcome }),
    ]
}

/// Commitments spread over two plans, several axes, Parliament and "no axis".
const COMMITMENTS: [&str; 8] = [
    "MO0001", "MO0007", "MO0013", "MO0019", "MO0025", "MO0045", "MO0054", "MO0063",
];

/// The id of the activity `key`, wherever moves have taken it.
async fn activity_id_of(db: &Db, key: &str) -> i64 {
    for ogp in COMMITMENTS {
        let c = db.commitment_by_ogp_id(ogp).await.unwrap().unwrap();
        let acts = db.activities_of_commitment(c.id).await.unwrap();
        if let Some(a) = acts.iter().find(|a| a.key == key) {
            return a.id;
        }
    }
    panic!("activity {key} not found")
}

static CASE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// Reports published across the cases: the sequences must really publish some.
static PUBLISHED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

async fn apply(db: &Db, ops: &[Op]) {
    let mut keys: Vec<String> = Vec::new();
    let case = CASE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut n = 0;
    let author = db
        .create_user(
            &format!("leader-{case}@example.ma"),
            "Leader",
            "h",
            "ar",
            now_micros(),
        )
        .await
        .unwrap()
        .unwrap();
    let by = Mover {
        user_id: author,
        role: "project_leader",
    };
    // Activities that have reports: deleting them is refused (they are cancelled instead).
    let mut reported: std::collections::HashSet<String> = Default::default();
    for op in ops {
        let now = now_micros();
        match op {
            Op::Add {
                commitment,
                weight,
                progress,
                end_month,
            } => {
                n += 1;
                let key = format!("act-{case}-{n}");
                let a = ActivityRec {
                    ogp_id: COMMITMENTS[*commitment].into(),
                    key: key.clone(),
                    position: n,
                    title: LocalizedText::new().with(Lang::En, &key),
                    expected_output: LocalizedText::new(),
                    start_date: None,
                    end_date: end_month
                        .and_then(|m| PartialDate::parse(&format!("2025-{m:02}")).ok()),
                    responsible_institution: None,
                    weight: *weight,
                    progress: *progress,
                    cancelled: false,
                    sources: String::new(),
                    provenance: Default::default(),
                };
                db.add_activity(&a, now).await.unwrap();
                keys.push(key);
            }
            Op::Update {
                activity,
                weight,
                progress,
                cancelled,
            } if !keys.is_empty() => {
                let k = &keys[activity % keys.len()];
                db.update_activity(k, *weight, *progress, *cancelled, now)
                    .await
                    .unwrap();
            }
            Op::Move {
                activity,
                commitment,
            } if !keys.is_empty() => {
                let k = &keys[activity % keys.len()];
                db.move_activity(k, COMMITMENTS[*commitment], now)
                    .await
                    .unwrap();
            }
            Op::Delete { activity } if !keys.is_empty() => {
                let i = activity % keys.len();
                if reported.contains(&keys[i]) {
                    assert!(db.delete_activity(&keys[i], now).await.is_err());
                } else {
                    let k = keys.remove(i);
                    db.delete_activity(&k, now).await.unwrap();
                }
            }
            Op::Report {
                activity,
                progress,
                outcome,
            } if !keys.is_empty() => {
                let k = keys[activity % keys.len()].clone();
                let id = activity_id_of(db, &k).await;
                let text = ReportText {
                    progress: *progress,
                    done: "x".into(),
                    difficulties: String::new(),
                    assistance: String::new(),
                    lang: "ar".into(),
                };
                let token = format!("t-{case}-{n}-{k}-{progress}-{outcome}-{now}");
                let created = db
                    .create_report(id, author, &text, &token, now)
                    .await
                    .unwrap();
                if let Ok(report) = created {
                    reported.insert(k.clone());
                    if *outcome > 0
                        && db
                            .move_report(report, Transition::Submit, by, "", now)
                            .await
                            .unwrap()
                            .is_ok()
                    {
                        let last = if *outcome == 1 {
                            Transition::Return
                        } else {
                            Transition::Validate
                        };
                        let moved = db.move_report(report, last, by, "r", now).await.unwrap();
                        if last == Transition::Validate && moved.is_ok() {
                            PUBLISHED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                }
            }
            Op::Weight { commitment, weight } => {
                db.set_commitment_weight(COMMITMENTS[*commitment], *weight, now)
                    .await
                    .unwrap();
            }
            _ => {}
        }
        let m = db.figure_mismatches().await.unwrap();
        assert!(m.is_empty(), "after {op:?}: {m:#?}");
    }
}

fn run(engine: Engine, cases: u32) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let t = rt.block_on(async {
        let t = TestDb::new(engine).await;
        t.db.import_dataset(&common::demo(), now_micros(), &|_| {})
            .await
            .unwrap();
        t
    });
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        ..ProptestConfig::default()
    });
    runner
        .run(&proptest::collection::vec(op(), 1..25), |ops| {
            rt.block_on(apply(&t.db, &ops));
            Ok(())
        })
        .unwrap();
    rt.block_on(t.cleanup());
    assert!(
        PUBLISHED.load(std::sync::atomic::Ordering::Relaxed) > 0,
        "no sequence published a report"
    );
}

#[test]
fn stored_figures_equal_a_fresh_computation_sqlite() {
    run(Engine::Sqlite, 24);
}

#[test]
fn stored_figures_equal_a_fresh_computation_postgres() {
    run(Engine::Postgres, 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worked_example_of_the_rule() {
    let t = TestDb::sqlite().await;
    let db = &t.db;
    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let add = |ogp: &str, key: &str, weight: i64, progress: i64| ActivityRec {
        ogp_id: ogp.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, key),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: PartialDate::parse("2020-01").ok(),
        responsible_institution: None,
        weight,
        progress: Some(progress),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    };
    let figure = |ogp: &'static str| async move {
        db.commitment_by_ogp_id(ogp).await.unwrap().unwrap().figure
    };
    // The sources' activities of MO0054 are all not reported: no figure, never 0 %.
    assert_eq!(figure("MO0054").await, None);
    assert!(db.figure_mismatches().await.unwrap().is_empty());
    // MO0055: weights 1 and 3, progress 100 and 20 -> (100 + 60) / 4 = 40 %.
    db.add_activity(&add("MO0055", "a", 1, 100), now_micros())
        .await
        .unwrap();
    db.add_activity(&add("MO0055", "b", 3, 20), now_micros())
        .await
        .unwrap();
    // MO0057 (another axis): 80 %.
    db.add_activity(&add("MO0057", "c", 1, 80), now_micros())
        .await
        .unwrap();
    let c = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
    assert_eq!(c.figure, Some(4_000));
    assert_eq!(
        c.pending_end.as_deref(),
        Some("2020-01-31"),
        "activity b is past its end before 100 %"
    );
    let plan = db.plan_by_number(3).await.unwrap().unwrap();
    // Plan = mean of its commitments with a figure: (40 + 80) / 2 = 60 %, from 2 of its 9.
    assert_eq!(plan.figure, Some(6_000));
    assert_eq!(
        (plan.reported_commitments, plan.recorded_commitments),
        (2, 9)
    );
    let axes = db.axes_of_plan(plan.id).await.unwrap();
    let tp = axes
        .iter()
        .find(|a| a.key == "nap3-transparency-participation")
        .unwrap();
    // MO0055 alone: MO0054 (not reported) and MO0056 (no activity) have no figure.
    assert_eq!(tp.figure, Some(4_000));
    assert_eq!((tp.reported_commitments, tp.recorded_commitments), (1, 3));
    let eq = axes.iter().find(|a| a.key == "nap3-equal-access").unwrap();
    assert_eq!(
        eq.figure, None,
        "an axis without reported activity has no figure"
    );
    // One activity not reported takes MO0057's figure away, and the plan's comes from MO0055.
    let unknown = ActivityRec {
        progress: None,
        ..add("MO0057", "d", 1, 0)
    };
    db.add_activity(&unknown, now_micros()).await.unwrap();
    assert_eq!(figure("MO0057").await, None);
    let plan = db.plan_by_number(3).await.unwrap().unwrap();
    assert_eq!((plan.figure, plan.reported_commitments), (Some(4_000), 1));
    // Once it has a progress (a validated report, the back office), the figure is back.
    db.update_activity("d", 1, 60, false, now_micros())
        .await
        .unwrap();
    assert_eq!(figure("MO0057").await, Some(7_000));
    db.delete_activity("d", now_micros()).await.unwrap();
    assert_eq!(figure("MO0057").await, Some(8_000));
    // Cancelling b leaves a alone: 100 %.
    db.update_activity("b", 3, 20, true, now_micros())
        .await
        .unwrap();
    assert_eq!(figure("MO0055").await, Some(10_000));
    // Deleting every activity returns to "not reported", not to 0 %.
    db.delete_activity("a", now_micros()).await.unwrap();
    db.delete_activity("b", now_micros()).await.unwrap();
    assert_eq!(figure("MO0055").await, None);
    assert_eq!(
        db.plan_by_number(3).await.unwrap().unwrap().figure,
        Some(8_000)
    );
    // An activity key is added once; moving it by re-import updates both commitments.
    assert!(
        db.add_activity(&add("MO0055", "c", 1, 0), now_micros())
            .await
            .is_err()
    );
    assert_eq!(figure("MO0057").await, Some(8_000));
    // Out-of-range values are refused and change nothing.
    assert!(
        db.update_activity("c", 0, 50, false, now_micros())
            .await
            .is_err()
    );
    assert!(
        db.update_activity("c", 1, 101, false, now_micros())
            .await
            .is_err()
    );
    assert!(
        db.add_activity(
            &ActivityRec {
                progress: Some(101),
                ..add("MO0057", "e", 1, 0)
            },
            now_micros()
        )
        .await
        .is_err()
    );
    assert_eq!(figure("MO0057").await, Some(8_000));
    assert!(db.figure_mismatches().await.unwrap().is_empty());
    t.cleanup().await;
}
