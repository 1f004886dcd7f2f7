//! Personal API tokens, on both engines: created within a bound, listed newest first, revoked
//! by their owner only, found by their hash while active, their use written down at most once a
//! minute, and gone with their owner's account.

use opengov_db::rows::{Guarded, NewApiToken};
use opengov_db::{Db, both_engines, now_micros};

const MINUTE: i64 = 60_000_000;
const DAY: i64 = 24 * 60 * MINUTE;

fn token<'a>(user_id: i64, name: &'a str, hash: &'a str, expires_at: i64) -> NewApiToken<'a> {
    NewApiToken {
        user_id,
        name,
        prefix: &hash[..8],
        hash,
        expires_at,
    }
}

both_engines!(
    tokens_are_created_listed_found_and_revoked,
    |db: Db| async move {
        let now = now_micros();
        let a = db
            .create_user("a@example.ma", "Amina", "h", "ar", now)
            .await
            .unwrap()
            .unwrap();
        let b = db
            .create_user("b@example.ma", "Brahim", "h", "fr", now)
            .await
            .unwrap()
            .unwrap();
        let h1 = "1".repeat(64);
        let h2 = "2".repeat(64);
        let h3 = "3".repeat(64);
        let t1 = db
            .create_api_token(
                &token(a, "Système du ministère", &h1, now + 90 * DAY),
                2,
                now,
            )
            .await
            .unwrap()
            .unwrap();
        let t2 = db
            .create_api_token(&token(a, "Expired", &h2, now + DAY), 2, now + MINUTE)
            .await
            .unwrap()
            .unwrap();
        // At the bound of active tokens, a third is refused; B has his own bound.
        assert_eq!(
            db.create_api_token(&token(a, "Third", &h3, now + DAY), 2, now)
                .await
                .unwrap(),
            None
        );
        assert_eq!(db.api_tokens_of(a).await.unwrap().len(), 2);
        // The list, newest first, holds the prefix and never the hash.
        let list = db.api_tokens_of(a).await.unwrap();
        assert_eq!(list.iter().map(|t| t.id).collect::<Vec<_>>(), vec![t2, t1]);
        assert_eq!(list[1].prefix, "11111111");
        assert_eq!(list[1].name, "Système du ministère");
        assert!(!serde_json::to_string(&list).unwrap().contains(&h1));
        assert!(db.api_tokens_of(b).await.unwrap().is_empty());

        // Found by its hash while active; the first use is written down, the next within a minute
        // is not, the one after a minute is.
        let found = db.active_api_token(&h1, now + 1).await.unwrap().unwrap();
        assert_eq!((found.id, found.user_id), (t1, a));
        assert_eq!(found.last_used_at, Some(now + 1));
        db.active_api_token(&h1, now + 30_000_000)
            .await
            .unwrap()
            .unwrap();
        let stored = |db: Db| async move { db.api_tokens_of(a).await.unwrap()[1].last_used_at };
        assert_eq!(stored(db.clone()).await, Some(now + 1));
        db.active_api_token(&h1, now + 2 * MINUTE)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored(db.clone()).await, Some(now + 2 * MINUTE));
        // An unknown hash, or an expired token, is not found.
        assert!(db.active_api_token(&h3, now).await.unwrap().is_none());
        assert!(
            db.active_api_token(&h2, now + 2 * DAY)
                .await
                .unwrap()
                .is_none()
        );
        // Once expired, it no longer counts against the bound.
        assert!(
            db.create_api_token(&token(a, "Third", &h3, now + 3 * DAY), 2, now + 2 * DAY)
                .await
                .unwrap()
                .is_some()
        );

        // Only its owner revokes it, once; then it is not found.
        assert!(db.revoke_api_token(b, t1, now).await.unwrap().is_none());
        assert!(
            db.active_api_token(&h1, now + 3 * MINUTE)
                .await
                .unwrap()
                .is_some()
        );
        let revoked = db
            .revoke_api_token(a, t1, now + 4 * MINUTE)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(revoked.id, t1);
        assert!(db.revoke_api_token(a, t1, now).await.unwrap().is_none());
        assert!(
            db.active_api_token(&h1, now + 5 * MINUTE)
                .await
                .unwrap()
                .is_none()
        );
        let row = db
            .api_tokens_of(a)
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.id == t1)
            .unwrap();
        assert_eq!(row.revoked_at, Some(now + 4 * MINUTE));
        assert!(!row.is_active(now + 5 * MINUTE));

        // The same secret cannot be stored twice.
        assert!(
            db.create_api_token(&token(b, "Copy", &h1, now + DAY), 5, now)
                .await
                .is_err()
        );

        // A deleted account's tokens go with it.
        assert!(matches!(
            db.delete_user_keeping_an_admin(a, now).await.unwrap(),
            Guarded::Done(())
        ));
        assert!(db.api_tokens_of(a).await.unwrap().is_empty());
        assert!(
            db.active_api_token(&h3, now + 2 * DAY)
                .await
                .unwrap()
                .is_none()
        );
    }
);
