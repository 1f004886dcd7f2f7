//! Every write tells what it changed: the tags reach the subscribers at once after the commit,
//! are recorded under the new data version, and name the commitment, its plan, axis and
//! institutions (before and after an activity moves or goes).

use crate::common;

use opengov_core::{Lang, LocalizedText};
use opengov_db::changes::{ChangeSink, Tag};
use opengov_db::dataset::ActivityRec;
use opengov_db::{Db, both_engines, now_micros};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Heard(Mutex<Vec<Vec<Tag>>>);

impl ChangeSink for Heard {
    fn changed(&self, tags: &[Tag]) {
        self.0.lock().unwrap().push(tags.to_vec());
    }
}

impl Heard {
    fn last(&self) -> Vec<Tag> {
        self.0.lock().unwrap().last().cloned().unwrap_or_default()
    }
    fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

fn activity(ogp_id: &str, key: &str, institution: Option<&str>) -> ActivityRec {
    ActivityRec {
        ogp_id: ogp_id.into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, "An activity"),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: institution.map(str::to_string),
        weight: 1,
        progress: Some(10),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    }
}

both_engines!(writes_tell_what_they_changed, |db: Db| async move {
    let heard = Arc::new(Heard::default());
    let sink: Arc<dyn ChangeSink> = heard.clone();
    db.subscribe(Arc::downgrade(&sink));

    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    assert_eq!(heard.last(), vec![Tag::All], "an import changes everything");

    let institutions = db.institutions().await.unwrap();
    let (a, b) = (&institutions[0], &institutions[1]);
    let c54 = db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
    let c13 = db.commitment_by_ogp_id("MO0013").await.unwrap().unwrap();
    let lead = |c: &opengov_db::rows::CommitmentRow| {
        c.lead_institution_key
            .as_ref()
            .map(|k| institutions.iter().find(|i| &i.key == k).unwrap().id)
    };
    let axes = db.all_axes().await.unwrap();
    let axis54 = c54
        .axis_key
        .as_ref()
        .map(|k| axes.iter().find(|x| &x.key == k).unwrap().id)
        .expect("MO0054 has an axis");

    let version = db.data_version().await.unwrap();
    db.add_activity(&activity("MO0054", "t1", Some(&a.key)), now_micros())
        .await
        .unwrap();
    assert_eq!(db.data_version().await.unwrap(), version + 1);
    let tags = heard.last();
    for t in [
        Tag::Lists,
        Tag::Commitment(c54.id),
        Tag::Plan(c54.plan_id),
        Tag::Axis(axis54),
        Tag::Institution(a.id),
    ] {
        assert!(tags.contains(&t), "{t:?} in {tags:?}");
    }
    if let Some(l) = lead(&c54) {
        assert!(tags.contains(&Tag::Institution(l)), "the lead institution");
    }
    assert!(!tags.contains(&Tag::Commitment(c13.id)));
    assert!(!tags.contains(&Tag::All));

    db.update_activity("t1", 1, 60, false, now_micros())
        .await
        .unwrap();
    assert!(heard.last().contains(&Tag::Institution(a.id)));

    // Moved to another commitment: both commitments, both plans, the activity's institution.
    db.move_activity("t1", "MO0013", now_micros())
        .await
        .unwrap();
    let tags = heard.last();
    for t in [
        Tag::Commitment(c54.id),
        Tag::Commitment(c13.id),
        Tag::Plan(c54.plan_id),
        Tag::Plan(c13.plan_id),
        Tag::Institution(a.id),
    ] {
        assert!(tags.contains(&t), "{t:?} in {tags:?}");
    }

    // Deleted: its institution still hears of it.
    db.add_activity(&activity("MO0054", "t2", Some(&b.key)), now_micros())
        .await
        .unwrap();
    db.delete_activity("t2", now_micros()).await.unwrap();
    let tags = heard.last();
    assert!(tags.contains(&Tag::Institution(b.id)), "{tags:?}");
    assert!(tags.contains(&Tag::Commitment(c54.id)));

    db.set_commitment_weight("MO0054", 2, now_micros())
        .await
        .unwrap();
    assert!(heard.last().contains(&Tag::Plan(c54.plan_id)));
    db.set_setting("illustrative", "1").await.unwrap();
    assert_eq!(heard.last(), vec![Tag::All]);

    // A failed write tells nothing.
    let n = heard.count();
    assert!(
        db.update_activity("nope", 1, 5, false, now_micros())
            .await
            .is_err()
    );
    assert!(db.delete_activity("nope", now_micros()).await.is_err());
    assert_eq!(heard.count(), n);
});
