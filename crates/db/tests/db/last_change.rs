//! The "last updated" date of plan and commitment pages: the latest change recorded for them.

use crate::common;

use opengov_core::{Lang, LocalizedText};
use opengov_db::dataset::ActivityRec;
use opengov_db::{Db, both_engines};

fn activity(ogp_id: &str, key: &str) -> ActivityRec {
    ActivityRec {
        ogp_id: ogp_id.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, "An activity"),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight: 1,
        progress: Some(10),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    }
}

both_engines!(
    a_change_dates_its_commitment_and_plan_only,
    |db: Db| async move {
        let c54 = db.commitment_by_ogp_id("MO0054").await.unwrap();
        assert!(c54.is_none(), "an empty database");
        let imported = 1_700_000_000_000_000;
        db.import_dataset(&common::demo(), imported, &|_| {})
            .await
            .unwrap();
        let c54 = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
        let c55 = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
        let c13 = db.commitment_by_ogp_id("MO0013").await.unwrap().unwrap();
        assert_eq!(c54.plan_id, c55.plan_id);
        assert_ne!(c54.plan_id, c13.plan_id);

        // After the import, everything is dated by it.
        for c in [&c54, &c55, &c13] {
            assert_eq!(
                db.commitment_last_change(c.id, c.plan_id).await.unwrap(),
                Some(imported),
                "{}",
                c.ogp_id
            );
            assert_eq!(
                db.plan_last_change(c.plan_id).await.unwrap(),
                Some(imported)
            );
        }

        // A new activity on MO0054 dates MO0054 and its plan, not its neighbour nor another plan.
        let later = imported + 86_400_000_000;
        db.add_activity(&activity("MO0054", "t1"), later)
            .await
            .unwrap();
        assert_eq!(
            db.commitment_last_change(c54.id, c54.plan_id)
                .await
                .unwrap(),
            Some(later)
        );
        assert_eq!(db.plan_last_change(c54.plan_id).await.unwrap(), Some(later));
        assert_eq!(
            db.commitment_last_change(c55.id, c55.plan_id)
                .await
                .unwrap(),
            Some(imported)
        );
        assert_eq!(
            db.plan_last_change(c13.plan_id).await.unwrap(),
            Some(imported)
        );

        // A progress update later still.
        let latest = later + 3_600_000_000;
        db.update_activity("t1", 2, 60, false, latest)
            .await
            .unwrap();
        assert_eq!(
            db.commitment_last_change(c54.id, c54.plan_id)
                .await
                .unwrap(),
            Some(latest)
        );

        // Unknown ids have no change.
        assert_eq!(db.plan_last_change(-1).await.unwrap(), None);
        assert_eq!(db.commitment_last_change(-1, -1).await.unwrap(), None);
    }
);
