//! Statements are counted here, and only here: every engine function runs its statements
//! through a [`Pool`] or a [`Tx`], executors that add one to the handle's counter for each
//! statement and hand it on to sqlx. Opening and committing a transaction are not counted.
//! A [`Pool`] also carries the handle's [`ChangeHub`], which a write tells of its committed
//! change ([`Pool::publish`]).

use super::dialect::Dialect;
use crate::changes::{Change, ChangeHub};
use futures_core::future::BoxFuture;
use futures_core::stream::BoxStream;
use sqlx::{Database, Describe, Either, Error, Execute, Executor, SqlStr};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

fn count(n: &AtomicU64) {
    n.fetch_add(1, Ordering::Relaxed);
}

/// A pool whose statements are counted.
pub(crate) struct Pool<'a, DB: Database> {
    pool: &'a sqlx::Pool<DB>,
    n: &'a AtomicU64,
    changes: &'a ChangeHub,
}

impl<DB: Database> Clone for Pool<'_, DB> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<DB: Database> Copy for Pool<'_, DB> {}

impl<DB: Database> fmt::Debug for Pool<'_, DB> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pool").field("statements", &self.n).finish()
    }
}

impl<'a, DB: Dialect> Pool<'a, DB> {
    pub(crate) fn new(pool: &'a sqlx::Pool<DB>, n: &'a AtomicU64, changes: &'a ChangeHub) -> Self {
        Pool { pool, n, changes }
    }

    /// Tells the page caches of a committed change (call it after `commit`).
    pub(crate) fn publish(&self, ch: &Change) {
        self.changes.apply(ch);
    }

    /// Opens a transaction with the engine's [`Dialect::BEGIN`].
    pub(crate) async fn begin(self) -> Result<Tx<'a, DB>, Error> {
        Ok(Tx {
            tx: self.pool.begin_with(DB::BEGIN).await?,
            n: self.n,
        })
    }
}

/// A transaction whose statements are counted.
pub(crate) struct Tx<'a, DB: Database> {
    tx: sqlx::Transaction<'static, DB>,
    n: &'a AtomicU64,
}

impl<DB: Database> Tx<'_, DB> {
    pub(crate) async fn commit(self) -> Result<(), Error> {
        self.tx.commit().await
    }
}

impl<DB: Database> fmt::Debug for Tx<'_, DB> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tx").field("statements", &self.n).finish()
    }
}

type Step<DB> = Either<<DB as Database>::QueryResult, <DB as Database>::Row>;

impl<'a, DB: Database> Executor<'a> for Pool<'a, DB>
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Result<Step<DB>, Error>>
    where
        'a: 'e,
        E: 'q + Execute<'q, DB>,
    {
        count(self.n);
        self.pool.fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<DB::Row>, Error>>
    where
        'a: 'e,
        E: 'q + Execute<'q, DB>,
    {
        count(self.n);
        self.pool.fetch_optional(query)
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement, Error>>
    where
        'a: 'e,
    {
        self.pool.prepare_with(sql, parameters)
    }

    fn describe<'e>(self, sql: SqlStr) -> BoxFuture<'e, Result<Describe<DB>, Error>>
    where
        'a: 'e,
    {
        self.pool.describe(sql)
    }
}

impl<'c, DB: Database> Executor<'c> for &'c mut Tx<'_, DB>
where
    for<'x> &'x mut DB::Connection: Executor<'x, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Result<Step<DB>, Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, DB>,
    {
        count(self.n);
        (&mut *self.tx).fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<DB::Row>, Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, DB>,
    {
        count(self.n);
        (&mut *self.tx).fetch_optional(query)
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement, Error>>
    where
        'c: 'e,
    {
        (&mut *self.tx).prepare_with(sql, parameters)
    }

    fn describe<'e>(self, sql: SqlStr) -> BoxFuture<'e, Result<Describe<DB>, Error>>
    where
        'c: 'e,
    {
        (&mut *self.tx).describe(sql)
    }
}
