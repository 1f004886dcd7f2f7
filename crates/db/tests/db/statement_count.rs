//! `Db::statements_run` counts each SQL statement once, reads and transactions alike, on
//! both engines (page tests bound the statements a page runs with it).

use crate::common;

use opengov_core::kinds::SessionStage;
use opengov_db::both_engines;
use opengov_db::rows::CommitmentFilter;
use opengov_db::{Db, Engine, now_micros, today};

/// The statements `f` ran on `db`.
async fn ran<T>(db: &Db, f: impl Future<Output = T>) -> u64 {
    let before = db.statements_run();
    f.await;
    db.statements_run() - before
}

both_engines!(each_statement_counts_once, |db: Db| async move {
    assert_eq!(ran(&db, db.data_version()).await, 1);
    assert_eq!(ran(&db, db.list_plans()).await, 1);
    // An upsert, the data version bump and its change tags, in one transaction (BEGIN and
    // COMMIT not counted); on PostgreSQL the notification to the other instances too.
    let notify = u64::from(db.engine() == Engine::Postgres);
    assert_eq!(ran(&db, db.set_setting("site", "x")).await, 3 + notify);
    assert_eq!(ran(&db, db.setting("site")).await, 1);

    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let all = CommitmentFilter {
        today: today(),
        ..CommitmentFilter::default()
    };
    // The count, then the page; past the end only the count runs.
    assert_eq!(ran(&db, db.commitments_page(&all, 0, 10)).await, 2);
    assert_eq!(ran(&db, db.commitments_page(&all, 1000, 10)).await, 1);
    // Four key lists.
    assert_eq!(ran(&db, db.known_keys()).await, 4);

    let user = db
        .create_user("a@example.org", "A", "h", "ar", now_micros())
        .await
        .unwrap()
        .unwrap();
    db.create_session("s1", user, SessionStage::Full, now_micros(), "ip", "ua")
        .await
        .unwrap();
    // The session, then its user; an unknown session stops after the first.
    assert_eq!(ran(&db, db.session("s1")).await, 2);
    assert_eq!(ran(&db, db.session("nope")).await, 1);
    // The old codes deleted, then one insert per code.
    let codes = vec!["c1".to_string(), "c2".to_string(), "c3".to_string()];
    assert_eq!(ran(&db, db.set_recovery_codes(user, &codes)).await, 4);
    // The administrators' lock (PostgreSQL), the is-an-administrator check, five deletes and
    // the anonymising update.
    let lock = u64::from(db.engine() == Engine::Postgres);
    assert_eq!(
        ran(&db, db.delete_user_keeping_an_admin(user, now_micros())).await,
        lock + 7
    );
});
