//! The catalogue's writes in storage: a plan created and moved through its statuses, an axis,
//! a commitment created with its sort key and counts, edited with one history row per changed
//! field, an event per edit and status move; a closed plan refuses every write; a duplicate OGP
//! id, an axis of another plan and an unknown institution are refused and change nothing.

use crate::common;

use opengov_core::catalogue_edit::{
    CheckedAxis, CheckedPlan, CommitmentFacts, EditError, PlanInput, check_plan,
};
use opengov_core::kinds::PlanStatus;
use opengov_core::plan::PlanStatusError;
use opengov_core::{Lang, LocalizedText};
use opengov_db::rows::CatalogueWrite;
use opengov_db::{Db, both_engines};

const NOW: i64 = 1_780_000_000_000_000;

fn plan(number: &str) -> CheckedPlan {
    check_plan(&PlanInput {
        number: Some(number.into()),
        title: vec![(Lang::Fr, "Plan quatre".into())],
        start: "2028".into(),
        end: "2030".into(),
    })
    .unwrap()
}

fn facts(title: &str, axis: Option<&str>) -> CommitmentFacts {
    CommitmentFacts {
        title: LocalizedText::new().with(Lang::Fr, title),
        commitment_type: "government".into(),
        axis: axis.map(Into::into),
        weight: 1,
        ogp_values: "access_to_information".into(),
        ..CommitmentFacts::default()
    }
}

both_engines!(
    a_plan_its_axis_and_commitment_are_written_with_their_history,
    |db: Db| async move {
        db.import_dataset(&common::demo(), NOW, &|_| {})
            .await
            .unwrap();
        let user = db
            .create_user("admin@example.ma", "Admin", "h", "fr", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            db.create_plan(&plan("3"), NOW).await.unwrap(),
            CatalogueWrite::Refused(vec![EditError::NumberTaken])
        );
        let CatalogueWrite::Done(pid) = db.create_plan(&plan("4"), NOW).await.unwrap() else {
            panic!("plan 4 is made");
        };
        let p = db.plan_by_number(4).await.unwrap().unwrap();
        assert_eq!(
            (p.id, p.status, p.key.as_str()),
            (pid, PlanStatus::Drafting, "nap4")
        );
        let axis = CheckedAxis {
            title: LocalizedText::new().with(Lang::Fr, "Transparence"),
            position: Some(1),
        };
        let CatalogueWrite::Done(key) = db.create_axis(pid, &axis, NOW).await.unwrap() else {
            panic!("the axis is made");
        };
        assert_eq!(key, "nap4-axis1");

        // Refused: a taken OGP id, an axis of another plan, an unknown institution.
        let mut bad = facts("X", Some("nap3-local"));
        bad.lead = Some("nowhere".into());
        assert_eq!(
            db.create_commitment(pid, "MO0054", &bad, NOW)
                .await
                .unwrap(),
            CatalogueWrite::Refused(vec![
                EditError::OgpIdTaken,
                EditError::UnknownAxis,
                EditError::UnknownInstitution {
                    field: "lead".into()
                },
            ])
        );
        let CatalogueWrite::Done(cid) = db
            .create_commitment(pid, "MO0099", &facts("Avant", Some(key.as_str())), NOW)
            .await
            .unwrap()
        else {
            panic!("the commitment is made");
        };
        let cm = db.commitment_by_ogp_id("MO0099").await.unwrap().unwrap();
        assert_eq!(
            (cm.id, cm.plan_number, cm.axis_key.as_deref()),
            (cid, 4, Some(key.as_str()))
        );
        let p = db.plan_by_number(4).await.unwrap().unwrap();
        assert_eq!(p.recorded_commitments, 1);
        let axes = db.axes_of_plan(pid).await.unwrap();
        assert_eq!(axes[0].recorded_commitments, 1);
        assert_eq!(db.commitments_of_plan(pid).await.unwrap().len(), 1);

        // An edit: one history row per changed field, an event, the axis left counts none.
        let version = db.data_version().await.unwrap();
        let mut after = facts("Après", None);
        after.title = after.title.with(Lang::En, "After");
        after.weight = 3;
        assert_eq!(
            db.edit_commitment(cid, &after, user, "administrator", NOW + 1)
                .await
                .unwrap(),
            CatalogueWrite::Done(4)
        );
        assert!(db.data_version().await.unwrap() > version);
        let history = db.history_of_commitment(cid).await.unwrap();
        let fields: Vec<&str> = history.iter().map(|h| h.field.as_str()).collect();
        assert_eq!(fields.len(), 4);
        for f in ["title_fr", "title_en", "axis", "weight"] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
        let title = history.iter().find(|h| h.field == "title_fr").unwrap();
        assert_eq!(
            (title.old_value.as_str(), title.new_value.as_str()),
            ("Avant", "Après")
        );
        assert_eq!(title.role, "administrator");
        assert_eq!(
            db.axes_of_plan(pid).await.unwrap()[0].recorded_commitments,
            0
        );
        // The same facts again: nothing written.
        assert_eq!(
            db.edit_commitment(cid, &after, user, "administrator", NOW + 2)
                .await
                .unwrap(),
            CatalogueWrite::Done(0)
        );
        assert_eq!(db.history_of_commitment(cid).await.unwrap().len(), 4);
        assert!(db.figure_mismatches().await.unwrap().is_empty());

        // The status: one step forward at a time, each an event.
        assert_eq!(
            db.move_plan_status(pid, PlanStatus::Implementing, user, NOW)
                .await
                .unwrap(),
            Err(PlanStatusError::NotNext {
                from: PlanStatus::Drafting,
                to: PlanStatus::Implementing
            })
        );
        for to in [
            PlanStatus::Consultation,
            PlanStatus::Implementing,
            PlanStatus::Completed,
        ] {
            assert!(
                db.move_plan_status(pid, to, user, NOW)
                    .await
                    .unwrap()
                    .is_ok()
            );
        }
        assert_eq!(
            db.move_plan_status(pid, PlanStatus::Completed, user, NOW)
                .await
                .unwrap(),
            Err(PlanStatusError::Closed)
        );
        let events = db.events_after(0, 20).await.unwrap();
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "commitment_changed",
                "plan_status_changed",
                "plan_status_changed",
                "plan_status_changed"
            ]
        );
        assert!(
            events
                .iter()
                .all(|e| e.plan_id == Some(pid) && e.visibility == "public")
        );
        assert_eq!(events[0].commitment_id, Some(cid));

        // Closed: every write refused, nothing changes.
        assert_eq!(
            db.edit_plan(pid, &plan("4"), NOW).await.unwrap(),
            CatalogueWrite::PlanClosed
        );
        assert_eq!(
            db.create_axis(pid, &axis, NOW).await.unwrap(),
            CatalogueWrite::PlanClosed
        );
        let axis_id = db.axes_of_plan(pid).await.unwrap()[0].id;
        assert_eq!(
            db.edit_axis(axis_id, &axis, NOW).await.unwrap(),
            CatalogueWrite::PlanClosed
        );
        assert_eq!(
            db.create_commitment(pid, "MO0098", &facts("X", None), NOW)
                .await
                .unwrap(),
            CatalogueWrite::PlanClosed
        );
        assert_eq!(
            db.edit_commitment(cid, &facts("Z", None), user, "administrator", NOW)
                .await
                .unwrap(),
            CatalogueWrite::PlanClosed
        );
        assert_eq!(db.history_of_commitment(cid).await.unwrap().len(), 4);
        assert!(db.commitment_by_ogp_id("MO0098").await.unwrap().is_none());
    }
);
