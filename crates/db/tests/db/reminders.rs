//! The reminder job's storage, on both engines: the activities each project leader answers for,
//! and reminders recorded once per leader, activity, reason and period, with their e-mail queued
//! in the same transaction and listing only what was recorded; two runs at once on two
//! connections queue one e-mail.

use crate::common;

use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::reporting::{ReminderKind, reminder_kind};
use opengov_core::{Lang, LocalizedText, PartialDate};
use opengov_db::dataset::ActivityRec;
use opengov_db::rows::UserChange;
use opengov_db::testing::TestDb;
use opengov_db::{Db, Engine, both_engines};
use std::sync::{Arc, Mutex};

const NOW: i64 = 1_780_000_000_000_000;
const TODAY: &str = "2026-11-23";

fn activity(key: &str, end: Option<&str>, cancelled: bool) -> ActivityRec {
    ActivityRec {
        ogp_id: "MO0055".into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::Fr, &format!("Activité {key}")),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: end.map(|e| PartialDate::parse(e).unwrap()),
        responsible_institution: None,
        weight: 1,
        progress: Some(40),
        cancelled,
        sources: String::new(),
        provenance: Default::default(),
    }
}

/// The demo data, three activities on MO0055 (one late, one silent, one cancelled), a confirmed
/// project leader of MO0055 writing in French, and one whose address is not confirmed.
async fn fixture(db: &Db) -> (i64, i64) {
    db.import_dataset(&common::demo(), NOW, &|_| {})
        .await
        .unwrap();
    db.add_activity(&activity("rem-late", Some("2026-06-30"), false), NOW)
        .await
        .unwrap();
    db.add_activity(&activity("rem-quiet", Some("2027-12-31"), false), NOW)
        .await
        .unwrap();
    db.add_activity(&activity("rem-cancelled", Some("2026-06-30"), true), NOW)
        .await
        .unwrap();
    let commitment = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
    let leader = db
        .create_user("leader@example.ma", "Salma", "h", "fr", NOW)
        .await
        .unwrap()
        .unwrap();
    db.update_user(leader, &UserChange::EmailVerified, NOW)
        .await
        .unwrap();
    let unconfirmed = db
        .create_user("new@example.ma", "Nadia", "h", "ar", NOW)
        .await
        .unwrap()
        .unwrap();
    for u in [leader, unconfirmed] {
        db.grant_role(
            u,
            Role::ProjectLeader,
            ScopeKind::Commitment,
            commitment.id,
            None,
            NOW,
        )
        .await
        .unwrap();
    }
    (leader, commitment.id)
}

/// The leader's due reminders on [`TODAY`] after 60 days without a report, by activity key.
async fn due(db: &Db, leader: i64) -> Vec<(String, i64, ReminderKind)> {
    db.reminder_candidates()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.user_id == leader && r.activity_key.starts_with("rem-"))
        .filter_map(|r| {
            reminder_kind(&r.facts(), TODAY, 60).map(|k| (r.activity_key.clone(), r.activity_id, k))
        })
        .collect()
}

both_engines!(
    reminders_are_recorded_once_per_period,
    |db: Db| async move {
        let (leader, _) = fixture(&db).await;
        let candidates = db.reminder_candidates().await.unwrap();
        // Confirmed leaders only; cancelled activities never.
        assert!(candidates.iter().all(|r| r.email == "leader@example.ma"));
        assert!(candidates.iter().all(|r| r.activity_key != "rem-cancelled"));
        let row = candidates
            .iter()
            .find(|r| r.activity_key == "rem-late")
            .unwrap();
        assert_eq!(row.lang(), Lang::Fr);
        assert_eq!(row.title().get_exact(Lang::Fr), Some("Activité rem-late"));
        let due = due(&db, leader).await;
        let keys: Vec<_> = due.iter().map(|(k, _, kind)| (k.as_str(), *kind)).collect();
        assert_eq!(
            keys,
            [
                ("rem-late", ReminderKind::Late),
                ("rem-quiet", ReminderKind::Silent)
            ]
        );
        let late = due[0].1;
        let quiet = due[1].1;

        // First the late one alone, then both: the second mail lists only the new one.
        let listed = Arc::new(Mutex::new(Vec::new()));
        let seen = listed.clone();
        let job = db
            .record_reminders(
                leader,
                "2026-W48",
                &[(late, ReminderKind::Late)],
                NOW,
                move |rows| {
                    seen.lock().unwrap().push(rows.to_vec());
                    "{}".into()
                },
            )
            .await
            .unwrap();
        assert!(job.is_some());
        let seen = listed.clone();
        let all = [(quiet, ReminderKind::Silent), (late, ReminderKind::Late)];
        let job = db
            .record_reminders(leader, "2026-W48", &all, NOW, move |rows| {
                seen.lock().unwrap().push(rows.to_vec());
                "{}".into()
            })
            .await
            .unwrap();
        assert!(job.is_some());
        assert_eq!(
            *listed.lock().unwrap(),
            [
                vec![(late, ReminderKind::Late)],
                vec![(quiet, ReminderKind::Silent)]
            ]
        );
        // The same period again: nothing recorded, nothing queued, the mail not even written.
        let again = db
            .record_reminders(leader, "2026-W48", &all, NOW, |_| {
                panic!("no mail for a period already reminded")
            })
            .await
            .unwrap();
        assert_eq!(again, None);
        assert_eq!(db.job_counts().await.unwrap().0, 2);
        // The next period reminds again.
        let next = db
            .record_reminders(leader, "2026-W49", &all, NOW, |_| "{}".into())
            .await
            .unwrap();
        assert!(next.is_some());
        assert_eq!(db.job_counts().await.unwrap().0, 3);
        let sent = db.reminders_sent_to(leader).await.unwrap();
        assert_eq!(sent.len(), 4);
        assert_eq!(sent[0], (late, "late".to_string(), "2026-W48".to_string()));
    }
);

/// Two instances run the job at once, each on its own connections: one e-mail per period.
async fn two_runs_at_once_queue_one_mail(engine: Engine) {
    let t = TestDb::new(engine).await;
    let (leader, _) = fixture(&t.db).await;
    let other = Db::connect(&t.url, 4).await.unwrap();
    let due = due(&t.db, leader).await;
    let items: Vec<_> = due.iter().map(|(_, id, k)| (*id, *k)).collect();
    for week in 1..=8 {
        let period = format!("2027-W{week:02}");
        let (a, b) = tokio::join!(
            t.db.record_reminders(leader, &period, &items, NOW, |_| "{}".into()),
            other.record_reminders(leader, &period, &items, NOW, |_| "{}".into()),
        );
        let queued = [a.unwrap(), b.unwrap()].iter().flatten().count();
        assert_eq!(queued, 1, "{period}: one of the two runs queues the mail");
    }
    assert_eq!(t.db.job_counts().await.unwrap().0, 8);
    assert_eq!(t.db.reminders_sent_to(leader).await.unwrap().len(), 16);
    other.close().await;
    t.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_runs_at_once_queue_one_mail_on_postgres() {
    two_runs_at_once_queue_one_mail(Engine::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_runs_at_once_queue_one_mail_on_sqlite() {
    two_runs_at_once_queue_one_mail(Engine::Sqlite).await;
}
