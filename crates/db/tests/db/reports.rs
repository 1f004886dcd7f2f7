//! Progress reports in storage: a draft, its edits, submission, return with a reason,
//! resubmission and validation, which publishes the progress with every figure above it; a
//! double post is one report; closed plans and cancelled activities are refused; every move is
//! traced and two validations of one report publish it once.

use crate::common;

use opengov_core::reporting::{
    MoveRefusal, ReportRefusal, ReportStatus, Transition, WorkflowError,
};
use opengov_core::{Lang, LocalizedText};
use opengov_db::dataset::ActivityRec;
use opengov_db::rows::{Mover, ReportText};
use opengov_db::{Db, both_engines};

const NOW: i64 = 1_780_000_000_000_000;

fn activity(ogp_id: &str, key: &str, weight: i64) -> ActivityRec {
    ActivityRec {
        ogp_id: ogp_id.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::Fr, "Une activité"),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight,
        progress: Some(0),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    }
}

fn text(progress: u8, done: &str) -> ReportText {
    ReportText {
        progress,
        done: done.into(),
        difficulties: String::new(),
        assistance: String::new(),
        lang: "ar".into(),
    }
}

async fn activity_id(db: &Db, ogp_id: &str, key: &str) -> i64 {
    let c = db.commitment_by_ogp_id(ogp_id).await.unwrap().unwrap();
    let acts = db.activities_of_commitment(c.id).await.unwrap();
    acts.iter().find(|a| a.key == key).unwrap().id
}

/// The demo data with two activities on MO0055 (weights 1 and 3), a project leader and a
/// coordinator, and the moves they make.
struct Fixture {
    act: i64,
    leader: i64,
    coordinator: i64,
    by_leader: Mover<'static>,
    by_coord: Mover<'static>,
}

async fn setup(db: &Db) -> Fixture {
    db.import_dataset(&common::demo(), NOW, &|_| {})
        .await
        .unwrap();
    db.add_activity(&activity("MO0055", "r1", 1), NOW)
        .await
        .unwrap();
    db.add_activity(&activity("MO0055", "r2", 3), NOW)
        .await
        .unwrap();
    let leader = db
        .create_user("leader@example.ma", "Leader", "h", "ar", NOW)
        .await
        .unwrap()
        .unwrap();
    let coordinator = db
        .create_user("coord@example.ma", "Coordinator", "h", "fr", NOW)
        .await
        .unwrap()
        .unwrap();
    Fixture {
        act: activity_id(db, "MO0055", "r1").await,
        leader,
        coordinator,
        by_leader: Mover {
            user_id: leader,
            role: "project_leader",
        },
        by_coord: Mover {
            user_id: coordinator,
            role: "coordinator",
        },
    }
}

both_engines!(
    a_report_goes_from_draft_to_published_through_a_return,
    |db: Db| async move {
        let Fixture {
            act,
            leader,
            coordinator,
            by_leader,
            by_coord,
        } = setup(&db).await;
        let id = db
            .create_report(act, leader, &text(40, "Atelier tenu"), "tok-1", NOW)
            .await
            .unwrap()
            .unwrap();
        // The same form posted twice is one report.
        let again = db
            .create_report(act, leader, &text(40, "Atelier tenu"), "tok-1", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again, id);
        assert_eq!(db.reports_of_activity(act).await.unwrap().len(), 1);

        // An edit is not a move; validating a draft is refused; nothing changes.
        let r = db
            .move_report(id, Transition::Edit, by_leader, "", NOW)
            .await
            .unwrap();
        assert!(
            matches!(r, Err(MoveRefusal::Workflow(WorkflowError::NotFrom { .. }))),
            "{r:?}"
        );
        let r = db
            .move_report(id, Transition::Validate, by_coord, "", NOW)
            .await
            .unwrap();
        assert!(
            matches!(r, Err(MoveRefusal::Workflow(WorkflowError::NotFrom { .. }))),
            "{r:?}"
        );
        assert_eq!(
            db.report(id).await.unwrap().unwrap().status,
            ReportStatus::Draft
        );

        // An edit from a stale form is refused; from the current one it is saved.
        let stale = db.edit_report(id, 0, &text(50, "x"), NOW).await.unwrap();
        assert_eq!(stale.unwrap_err(), WorkflowError::Stale);
        let edited = db
            .edit_report(id, 1, &text(45, "Atelier tenu à Rabat"), NOW + 1)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((edited.progress, edited.revision), (45, 2));
        let link = db
            .add_evidence_link(id, "https://example.ma/pv.pdf", NOW)
            .await
            .unwrap();
        assert!(link.is_ok());

        // Submitted, returned with a reason, edited, submitted again.
        let sub = db
            .move_report(id, Transition::Submit, by_leader, "", NOW + 2)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (sub.status, sub.submitted_at),
            (ReportStatus::Submitted, Some(NOW + 2))
        );
        let plan3 = db.plan_by_number(3).await.unwrap().unwrap();
        let queue = db.submitted_reports_of_plan(plan3.id).await.unwrap();
        assert_eq!(queue.iter().map(|r| r.id).collect::<Vec<_>>(), vec![id]);
        // A submitted report is not edited, and takes no more evidence.
        let locked = db.edit_report(id, 2, &text(90, "x"), NOW).await.unwrap();
        assert!(
            matches!(locked, Err(WorkflowError::NotFrom { .. })),
            "{locked:?}"
        );
        assert!(
            db.add_evidence_link(id, "https://example.ma/x", NOW)
                .await
                .unwrap()
                .is_err()
        );
        let back = db
            .move_report(
                id,
                Transition::Return,
                by_coord,
                "Joindre le procès-verbal",
                NOW + 3,
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(back.status, ReportStatus::Returned);
        assert!(
            db.submitted_reports_of_plan(plan3.id)
                .await
                .unwrap()
                .is_empty()
        );
        db.edit_report(id, 2, &text(60, "Atelier tenu, PV joint"), NOW + 4)
            .await
            .unwrap()
            .unwrap();
        db.move_report(id, Transition::Submit, by_leader, "", NOW + 5)
            .await
            .unwrap()
            .unwrap();

        // Nothing public has changed yet.
        let c = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
        assert_eq!(c.figure, Some(0));

        // Validated: published, and the activity and every figure above it change at once.
        let published = db
            .move_report(id, Transition::Validate, by_coord, "", NOW + 6)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (published.status, published.published_at),
            (ReportStatus::Published, Some(NOW + 6))
        );
        let acts = db.activities_of_commitment(c.id).await.unwrap();
        let r1 = acts.iter().find(|a| a.key == "r1").unwrap();
        assert_eq!(r1.progress, 60);
        let c = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
        // Weights 1 and 3: (60 * 1 + 0 * 3) / 4 = 15 %, stored in hundredths.
        assert_eq!(c.figure, Some(1500));
        assert!(db.figure_mismatches().await.unwrap().is_empty());
        assert_eq!(
            db.commitment_last_change(c.id, c.plan_id).await.unwrap(),
            Some(NOW + 6)
        );

        // A second validation publishes nothing more: a published report is final.
        let twice = db
            .move_report(id, Transition::Validate, by_coord, "", NOW + 7)
            .await
            .unwrap();
        assert_eq!(
            twice.unwrap_err(),
            MoveRefusal::Workflow(WorkflowError::Published)
        );

        // Every move is traced, with who, which role and why.
        let trace = db.report_transitions(id).await.unwrap();
        let moves: Vec<_> = trace
            .iter()
            .map(|t| (t.from_status, t.to_status, t.role.as_str()))
            .collect();
        assert_eq!(
            moves,
            vec![
                (
                    ReportStatus::Draft,
                    ReportStatus::Submitted,
                    "project_leader"
                ),
                (
                    ReportStatus::Submitted,
                    ReportStatus::Returned,
                    "coordinator"
                ),
                (
                    ReportStatus::Returned,
                    ReportStatus::Submitted,
                    "project_leader"
                ),
                (
                    ReportStatus::Submitted,
                    ReportStatus::Published,
                    "coordinator"
                ),
            ]
        );
        assert_eq!(trace[1].reason, "Joindre le procès-verbal");
        assert_eq!(trace[1].user_id, Some(coordinator));

        // The events: the return for staff, the publication for everyone.
        let events = db.events_after(0, 10).await.unwrap();
        let kinds: Vec<_> = events
            .iter()
            .map(|e| (e.kind.as_str(), e.visibility.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![("report_returned", "staff"), ("report_published", "public")]
        );
        assert!(
            events
                .iter()
                .all(|e| e.commitment_id == Some(c.id) && e.item_id == id)
        );
        assert!(db.events_after(events[1].id, 10).await.unwrap().is_empty());
        let evidence = db.evidence_of_report(id).await.unwrap();
        assert_eq!(evidence.len(), 1);
        assert_eq!(
            (evidence[0].kind.as_str(), evidence[0].url.as_str()),
            ("link", "https://example.ma/pv.pdf")
        );
    }
);

both_engines!(
    reports_on_a_closed_plan_or_a_cancelled_activity_are_refused,
    |db: Db| async move {
        let Fixture {
            act,
            leader,
            coordinator: _,
            by_leader,
            by_coord,
        } = setup(&db).await;
        // Plan 1 is completed: closed.
        db.add_activity(&activity("MO0001", "old", 1), NOW)
            .await
            .unwrap();
        let old = activity_id(&db, "MO0001", "old").await;
        let r = db
            .create_report(old, leader, &text(10, "x"), "tok-old", NOW)
            .await
            .unwrap();
        assert_eq!(r, Err(ReportRefusal::PlanClosed));
        assert!(db.reports_of_activity(old).await.unwrap().is_empty());

        // A report submitted before its activity is cancelled cannot be published after.
        let id = db
            .create_report(act, leader, &text(30, "x"), "tok-2", NOW)
            .await
            .unwrap()
            .unwrap();
        db.move_report(id, Transition::Submit, by_leader, "", NOW)
            .await
            .unwrap()
            .unwrap();
        db.update_activity("r1", 1, 0, true, NOW).await.unwrap();
        let r = db
            .move_report(id, Transition::Validate, by_coord, "", NOW)
            .await
            .unwrap();
        assert_eq!(
            r.unwrap_err(),
            MoveRefusal::Refused(ReportRefusal::ActivityCancelled)
        );
        assert_eq!(
            db.report(id).await.unwrap().unwrap().status,
            ReportStatus::Submitted
        );
        // It can still go back to its authors.
        let back = db
            .move_report(id, Transition::Return, by_coord, "Activité annulée", NOW)
            .await
            .unwrap();
        assert_eq!(back.unwrap().status, ReportStatus::Returned);
        // Unknown ids are not found.
        assert!(
            db.move_report(999_999, Transition::Submit, by_leader, "", NOW)
                .await
                .is_err()
        );
        assert!(db.report(999_999).await.unwrap().is_none());
    }
);

both_engines!(
    two_validations_of_one_report_at_once_publish_it_once,
    |db: Db| async move {
        let Fixture {
            act,
            leader,
            coordinator: _,
            by_leader,
            by_coord,
        } = setup(&db).await;
        let id = db
            .create_report(act, leader, &text(80, "x"), "tok-3", NOW)
            .await
            .unwrap()
            .unwrap();
        db.move_report(id, Transition::Submit, by_leader, "", NOW)
            .await
            .unwrap()
            .unwrap();
        let (a, b) = tokio::join!(
            db.move_report(id, Transition::Validate, by_coord, "", NOW + 1),
            db.move_report(id, Transition::Validate, by_coord, "", NOW + 2),
        );
        let ok = [a.unwrap(), b.unwrap()]
            .iter()
            .filter(|r| r.is_ok())
            .count();
        assert_eq!(ok, 1, "exactly one validation publishes");
        let published = db
            .report_transitions(id)
            .await
            .unwrap()
            .iter()
            .filter(|t| t.to_status == ReportStatus::Published)
            .count();
        assert_eq!(published, 1);
        assert_eq!(
            db.events_after(0, 10)
                .await
                .unwrap()
                .iter()
                .filter(|e| e.kind == "report_published")
                .count(),
            1
        );
    }
);

both_engines!(
    a_draft_with_links_is_made_once_with_its_links,
    |db: Db| async move {
        let Fixture { act, leader, .. } = setup(&db).await;
        let links = vec![
            "https://www.example.ma/pv.pdf".to_string(),
            "https://www.example.ma/photos".to_string(),
        ];
        let (id, created) = db
            .create_report_with_links(act, leader, &text(40, "x"), &links, "api:1:k1", NOW)
            .await
            .unwrap()
            .unwrap();
        assert!(created);
        let urls = |db: Db| async move {
            db.evidence_of_report(id)
                .await
                .unwrap()
                .into_iter()
                .map(|e| (e.kind, e.url))
                .collect::<Vec<_>>()
        };
        let want = vec![
            ("link".to_string(), links[0].clone()),
            ("link".to_string(), links[1].clone()),
        ];
        assert_eq!(urls(db.clone()).await, want);
        // The same token again: the same report, its links not added twice.
        let (again, created) = db
            .create_report_with_links(act, leader, &text(90, "y"), &links, "api:1:k1", NOW + 1)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((again, created), (id, false));
        assert_eq!(urls(db.clone()).await, want);
        assert_eq!(db.report(id).await.unwrap().unwrap().progress, 40);
        assert_eq!(db.reports_of_activity(act).await.unwrap().len(), 1);
        // A closed plan takes no report, with or without links, and stores nothing.
        db.add_activity(&activity("MO0001", "old-links", 1), NOW)
            .await
            .unwrap();
        let old = activity_id(&db, "MO0001", "old-links").await;
        let r = db
            .create_report_with_links(old, leader, &text(10, "x"), &links, "api:1:k2", NOW)
            .await
            .unwrap();
        assert_eq!(r, Err(ReportRefusal::PlanClosed));
        assert!(db.reports_of_activity(old).await.unwrap().is_empty());
    }
);
