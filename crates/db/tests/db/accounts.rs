//! The account repository functions, on both engines.

use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::kinds::{SessionStage, TokenPurpose, UserStatus};
use opengov_db::rows::{UserChange, UserFilter};
use opengov_db::{Db, both_engines, now_micros};

both_engines!(
    users_roles_sessions_tokens_audit_rates_and_jobs,
    |db: Db| async move {
        let now = now_micros();
        let a = db
            .create_user("a@example.ma", "Amina", "h1", "ar", now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            db.create_user("a@example.ma", "Other", "h2", "fr", now)
                .await
                .unwrap(),
            None,
            "one account per address"
        );
        let b = db
            .create_user("b@example.ma", "Brahim", "h3", "fr", now)
            .await
            .unwrap()
            .unwrap();
        // Changes; an address already taken is refused.
        assert!(
            db.update_user(a, &UserChange::EmailVerified, now)
                .await
                .unwrap()
        );
        assert!(
            !db.update_user(b, &UserChange::Email("a@example.ma".into()), now)
                .await
                .unwrap()
        );
        assert!(
            db.update_user(b, &UserChange::Email("b2@example.ma".into()), now)
                .await
                .unwrap()
        );
        assert_eq!(
            db.user_by_id(b).await.unwrap().unwrap().email.as_deref(),
            Some("b2@example.ma")
        );
        // Roles and the users list's filters.
        assert!(
            db.grant_role(a, Role::Administrator, ScopeKind::Global, 0, None, now)
                .await
                .unwrap()
        );
        assert!(
            !db.grant_role(a, Role::Administrator, ScopeKind::Global, 0, None, now)
                .await
                .unwrap(),
            "granted once"
        );
        assert_eq!(db.count_admins().await.unwrap(), 1);
        let f = |search: Option<&str>, role: Option<Role>, status: Option<UserStatus>| UserFilter {
            search: search.map(str::to_string),
            role,
            status,
        };
        assert_eq!(
            db.list_users(&f(Some("AMI"), None, None), 0, 10)
                .await
                .unwrap()
                .1,
            1
        );
        assert_eq!(
            db.list_users(&f(None, Some(Role::Administrator), None), 0, 10)
                .await
                .unwrap()
                .1,
            1
        );
        assert_eq!(
            db.list_users(&f(None, None, Some(UserStatus::Active)), 0, 10)
                .await
                .unwrap()
                .1,
            2
        );
        assert_eq!(
            db.list_users(&f(Some("%"), None, None), 0, 10)
                .await
                .unwrap()
                .1,
            2,
            "wildcards are not special"
        );
        let role = db.roles_of(a).await.unwrap()[0].id;
        assert!(
            db.revoke_role(b, role).await.unwrap().is_none(),
            "a role is revoked only from its user"
        );
        assert!(db.revoke_role(a, role).await.unwrap().is_some());
        // Sessions.
        db.create_session("s1", a, SessionStage::Full, now, "ip", "ua")
            .await
            .unwrap();
        db.create_session("s2", a, SessionStage::Full, now, "ip", "ua")
            .await
            .unwrap();
        assert_eq!(db.session("s1").await.unwrap().unwrap().1.id, a);
        assert_eq!(db.delete_user_sessions(a, Some("s1")).await.unwrap(), 1);
        assert!(
            db.session("s2").await.unwrap().is_none() && db.session("s1").await.unwrap().is_some()
        );
        // Tokens: once, and not after expiry.
        db.create_token("t1", a, TokenPurpose::Reset, "", now, now + 1_000_000)
            .await
            .unwrap();
        db.create_token("t2", a, TokenPurpose::Reset, "", now - 10, now - 5)
            .await
            .unwrap();
        assert_eq!(
            db.consume_token("t1", TokenPurpose::Verify, now)
                .await
                .unwrap(),
            None,
            "purpose must match"
        );
        assert_eq!(
            db.consume_token("t1", TokenPurpose::Reset, now)
                .await
                .unwrap(),
            Some((a, String::new()))
        );
        assert_eq!(
            db.consume_token("t1", TokenPurpose::Reset, now)
                .await
                .unwrap(),
            None
        );
        assert_eq!(
            db.consume_token("t2", TokenPurpose::Reset, now)
                .await
                .unwrap(),
            None
        );
        // Recovery codes and TOTP steps: each once.
        db.set_recovery_codes(a, &["c1".into(), "c2".into()])
            .await
            .unwrap();
        assert!(db.use_recovery_code(a, "c1", now).await.unwrap());
        assert!(!db.use_recovery_code(a, "c1", now).await.unwrap());
        assert!(db.claim_totp_step(a, 100).await.unwrap());
        assert!(
            !db.claim_totp_step(a, 100).await.unwrap() && !db.claim_totp_step(a, 99).await.unwrap()
        );
        // Audit log and rate limits.
        db.audit(now, Some(a), "x.y", Some(b), "1.2.3.4", "d")
            .await
            .unwrap();
        let (log, total) = db.audit_page(Some(b), 0, 10).await.unwrap();
        assert_eq!((total, log[0].actor_name.as_deref()), (1, Some("Amina")));
        assert_eq!(db.rate_hit("k", 60).await.unwrap(), 1);
        assert_eq!(db.rate_hit("k", 60).await.unwrap(), 2);
        assert_eq!(
            db.rate_hit("k", 120).await.unwrap(),
            1,
            "a new window starts at one"
        );
        // Jobs: claimed once, retried later, failed for good.
        let j = db.enqueue_job("email", "{}", now, 2, now).await.unwrap();
        let claimed = db.claim_job("w1", now, now - 1).await.unwrap().unwrap();
        assert_eq!((claimed.id, claimed.attempts), (j, 1));
        assert!(
            db.claim_job("w2", now, now - 1).await.unwrap().is_none(),
            "locked"
        );
        db.fail_job(j, "boom", Some(now + 10), now).await.unwrap();
        assert!(
            db.claim_job("w2", now, now - 1).await.unwrap().is_none(),
            "not due yet"
        );
        assert_eq!(
            db.claim_job("w2", now + 20, now)
                .await
                .unwrap()
                .unwrap()
                .attempts,
            2
        );
        db.fail_job(j, "boom", None, now).await.unwrap();
        assert_eq!(db.job_counts().await.unwrap(), (0, 0, 1));
        // Deletion keeps an anonymised row.
        assert_eq!(
            db.delete_user_keeping_an_admin(a, now).await.unwrap(),
            opengov_db::rows::Guarded::Done(())
        );
        assert_eq!(
            db.delete_user_keeping_an_admin(a, now).await.unwrap(),
            opengov_db::rows::Guarded::NotFound,
            "an account is deleted once"
        );
        let gone = db.user_by_id(a).await.unwrap().unwrap();
        assert!(gone.email.is_none() && gone.display_name.is_empty() && gone.deleted_at.is_some());
        assert!(
            db.session("s1").await.unwrap().is_none() && db.roles_of(a).await.unwrap().is_empty()
        );
    }
);
