//! Evidence files in storage: a file is recorded on a draft or returned report, read back with
//! where its report sits (for the policy), removed while the report may change; a submitted or
//! published report's evidence is never added to nor removed.

use crate::common;

use opengov_core::kinds::PlanStatus;
use opengov_core::reporting::{ReportStatus, Transition, WorkflowError};
use opengov_core::{Lang, LocalizedText};
use opengov_db::dataset::ActivityRec;
use opengov_db::rows::{Mover, NewEvidenceFile, ReportText};
use opengov_db::{Db, both_engines};

const NOW: i64 = 1_780_000_000_000_000;

fn file(key: &str) -> NewEvidenceFile {
    NewEvidenceFile {
        storage_key: key.into(),
        file_name: "procès-verbal.pdf".into(),
        media_type: "application/pdf".into(),
        size: 1234,
        sha256: "ab".repeat(32),
    }
}

/// The demo data, an activity on MO0054, its leader and a draft report by them.
async fn draft(db: &Db) -> (i64, i64) {
    db.import_dataset(&common::demo(), NOW, &|_| {})
        .await
        .unwrap();
    db.add_activity(
        &ActivityRec {
            ogp_id: "MO0054".into(),
            key: "ev1".into(),
            position: 1,
            title: LocalizedText::new().with(Lang::Fr, "Une activité"),
            expected_output: LocalizedText::new(),
            start_date: None,
            end_date: None,
            responsible_institution: None,
            weight: 1,
            progress: Some(0),
            cancelled: false,
            sources: String::new(),
            provenance: Default::default(),
        },
        NOW,
    )
    .await
    .unwrap();
    let c = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
    let act = db.activities_of_commitment(c.id).await.unwrap()[0].id;
    let leader = db
        .create_user("leader@example.ma", "Leader", "h", "ar", NOW)
        .await
        .unwrap()
        .unwrap();
    let text = ReportText {
        progress: 30,
        done: "Atelier tenu".into(),
        difficulties: String::new(),
        assistance: String::new(),
        lang: "fr".into(),
    };
    let report = db
        .create_report(act, leader, &text, "tok-ev", NOW)
        .await
        .unwrap()
        .unwrap();
    (report, leader)
}

both_engines!(
    a_file_is_recorded_read_with_its_place_and_removed,
    |db: Db| async move {
        let (report, leader) = draft(&db).await;
        let id = db
            .add_evidence_file(report, &file("k-1"), NOW)
            .await
            .unwrap()
            .unwrap();
        let e = db.evidence_by_id(id).await.unwrap().unwrap();
        let c = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
        let plan = db.plan_by_number(3).await.unwrap().unwrap();
        assert_eq!(
            (
                e.kind.as_str(),
                e.storage_key.as_str(),
                e.file_name.as_str(),
                e.media_type.as_str(),
                e.size,
            ),
            ("file", "k-1", "procès-verbal.pdf", "application/pdf", 1234)
        );
        assert_eq!(e.sha256, "ab".repeat(32));
        let p = &e.place;
        assert_eq!(
            (p.report_id, p.report_status, p.author_id),
            (report, ReportStatus::Draft, Some(leader))
        );
        assert_eq!(
            (p.commitment_id, p.plan_id, p.plan_status),
            (c.id, plan.id, PlanStatus::Implementing)
        );
        assert_eq!(
            p.lead_institution_id.is_some(),
            c.lead_institution_key.is_some()
        );
        let office = db
            .activity_place_by_id(p.activity_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                office.commitment_id,
                office.lead_institution_id,
                office.plan_status
            ),
            (p.commitment_id, p.lead_institution_id, p.plan_status)
        );
        assert!(db.evidence_by_id(id + 1000).await.unwrap().is_none());
        assert_eq!(db.evidence_of_report(report).await.unwrap().len(), 1);

        // Another report's id does not reach it; its own does, once.
        assert!(
            db.delete_evidence(report + 1000, id).await.is_err(),
            "no such report"
        );
        let removed = db.delete_evidence(report, id).await.unwrap().unwrap();
        assert_eq!(removed.map(|r| r.storage_key).as_deref(), Some("k-1"));
        assert!(
            db.delete_evidence(report, id)
                .await
                .unwrap()
                .unwrap()
                .is_none()
        );
        assert!(db.evidence_of_report(report).await.unwrap().is_empty());
        assert!(db.evidence_by_id(id).await.unwrap().is_none());
    }
);

both_engines!(
    a_submitted_or_published_report_keeps_its_evidence,
    |db: Db| async move {
        let (report, leader) = draft(&db).await;
        let kept = db
            .add_evidence_file(report, &file("k-kept"), NOW)
            .await
            .unwrap()
            .unwrap();
        let by = Mover {
            user_id: leader,
            role: "project_leader",
        };
        db.move_report(report, Transition::Submit, by, "", NOW + 1)
            .await
            .unwrap()
            .unwrap();
        let refused = db
            .add_evidence_file(report, &file("k-late"), NOW + 2)
            .await
            .unwrap();
        assert!(
            matches!(refused, Err(WorkflowError::NotFrom { .. })),
            "{refused:?}"
        );
        let refused = db.delete_evidence(report, kept).await.unwrap();
        assert!(
            matches!(refused, Err(WorkflowError::NotFrom { .. })),
            "{refused:?}"
        );
        db.move_report(report, Transition::Validate, by, "", NOW + 3)
            .await
            .unwrap()
            .unwrap();
        assert!(db.delete_evidence(report, kept).await.unwrap().is_err());
        assert!(
            db.add_evidence_file(report, &file("k-later"), NOW + 4)
                .await
                .unwrap()
                .is_err()
        );
        let all = db.evidence_of_report(report).await.unwrap();
        assert_eq!(
            all.iter()
                .map(|e| e.storage_key.as_str())
                .collect::<Vec<_>>(),
            vec!["k-kept"]
        );
        let e = db.evidence_by_id(kept).await.unwrap().unwrap();
        assert_eq!(e.place.report_status, ReportStatus::Published);
    }
);
