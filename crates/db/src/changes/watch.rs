//! The background tasks that hear of changes made elsewhere: a PostgreSQL `LISTEN` on
//! [`CHANNEL`](super::CHANNEL), and a periodic check of the data version and the recorded tags
//! (both engines) that heals lost notifications and sees writes of other processes.

use super::{Change, ChangeHub};
use crate::backend::{counted, postgres, sqlite};
use crate::{Db, DbResult, Pool};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

/// How changes made elsewhere are heard.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// Time between two checks of the recorded changes.
    pub check_every: Duration,
    /// Listen to PostgreSQL notifications (off only to test the periodic check alone).
    pub listen: bool,
    /// Recorded changes older than this are pruned.
    pub keep: Duration,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            check_every: Duration::from_secs(1),
            listen: true,
            keep: Duration::from_secs(15 * 60),
        }
    }
}

const PRUNE_EVERY: Duration = Duration::from_secs(60);

pub(super) fn start(db: &Db, opts: WatchOptions) {
    let hub = Arc::downgrade(&db.changes);
    let pool = db.pool.clone();
    let listener_pool = match (&pool, opts.listen) {
        (Pool::Postgres(p), true) => {
            // A pool of its own, so that the listening connection is not one of the requests'.
            let lp = sqlx::postgres::PgPoolOptions::new()
                .max_connections(1)
                .connect_lazy_with((*p.connect_options()).clone());
            tokio::spawn(listen(lp.clone(), hub.clone()));
            Some(lp)
        }
        _ => None,
    };
    tokio::spawn(async move {
        check(pool, hub, opts).await;
        if let Some(lp) = listener_pool {
            lp.close().await;
        }
    });
}

// The check's statements count into the hub's own counter, not the requests'.
async fn changes_since(
    pool: &Pool,
    hub: &ChangeHub,
    after: i64,
) -> DbResult<(i64, Vec<(i64, String)>)> {
    let n = &hub.background_statements;
    match pool {
        Pool::Sqlite(p) => sqlite::changes_since(counted::Pool::new(p, n, hub), after).await,
        Pool::Postgres(p) => postgres::changes_since(counted::Pool::new(p, n, hub), after).await,
    }
}

async fn prune(pool: &Pool, hub: &ChangeHub, before: i64) -> DbResult<u64> {
    let n = &hub.background_statements;
    match pool {
        Pool::Sqlite(p) => sqlite::prune_change_tags(counted::Pool::new(p, n, hub), before).await,
        Pool::Postgres(p) => {
            postgres::prune_change_tags(counted::Pool::new(p, n, hub), before).await
        }
    }
}

fn closed(pool: &Pool) -> bool {
    match pool {
        Pool::Sqlite(p) => p.is_closed(),
        Pool::Postgres(p) => p.is_closed(),
    }
}

/// Until the pool is closed or every handle dropped: the periodic check, and now and then the
/// pruning of old rows.
async fn check(pool: Pool, hub: Weak<ChangeHub>, opts: WatchOptions) {
    let mut every = tokio::time::interval(opts.check_every);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut pruned = Instant::now();
    let mut failing = false;
    loop {
        every.tick().await;
        if closed(&pool) {
            return;
        }
        let Some(hub) = hub.upgrade() else { return };
        match changes_since(&pool, &hub, hub.floor().unwrap_or(0)).await {
            Ok((current, rows)) => {
                hub.catch_up(current, &rows);
                failing = false;
            }
            Err(e) => {
                if !failing && !closed(&pool) {
                    tracing::warn!(error = %e, "cannot check the recorded changes");
                }
                failing = true;
            }
        }
        if pruned.elapsed() >= PRUNE_EVERY {
            pruned = Instant::now();
            let keep = i64::try_from(opts.keep.as_micros()).unwrap_or(i64::MAX);
            if let Err(e) = prune(&pool, &hub, crate::now_micros().saturating_sub(keep)).await {
                tracing::warn!(error = %e, "cannot prune the recorded changes");
            }
        }
    }
}

/// Passes each notification on; reconnects after a failure (what was sent meanwhile is caught
/// up by the periodic check). Ends when its pool is closed.
async fn listen(pool: sqlx::PgPool, hub: Weak<ChangeHub>) {
    let mut failing = false;
    while !pool.is_closed() {
        let failure = match sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(mut l) => match l.listen(super::CHANNEL).await {
                Ok(()) => loop {
                    match l.recv().await {
                        Ok(note) => {
                            failing = false;
                            let Some(hub) = hub.upgrade() else { return };
                            if let Some(ch) = Change::from_payload(note.payload()) {
                                hub.apply(&ch);
                            }
                        }
                        Err(e) => break e,
                    }
                },
                Err(e) => e,
            },
            Err(e) => e,
        };
        if pool.is_closed() || hub.strong_count() == 0 {
            return;
        }
        if !failing {
            tracing::warn!(error = %failure, "change notifications interrupted; reconnecting");
        }
        failing = true;
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
