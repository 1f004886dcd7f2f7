//! Where a read runs: on an SQLite file, the rusqlite read path of [`lite`](super::lite); on
//! PostgreSQL and on an in-memory SQLite database, sqlx. Both count one statement per read,
//! like the executors of [`counted`](super::counted).

use super::args::{Arg, bound};
use super::counted;
use super::lite::FromLite;
use crate::{Db, DbError, DbResult, Pool};
use sqlx::FromRow;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use std::sync::atomic::Ordering;

/// A type a read returns, on either path.
pub(crate) trait Record:
    FromLite + for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

impl<T> Record for T where
    T: FromLite + for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

impl Db {
    /// Every row of `sql`.
    pub(crate) async fn all<T: Record>(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<T>> {
        if let Some(lite) = &self.lite {
            self.statements.fetch_add(1, Ordering::Relaxed);
            return lite.all(sql, args);
        }
        Ok(match &self.pool {
            Pool::Sqlite(p) => {
                bound(sql, args)
                    .fetch_all(counted::Pool::new(p, &self.statements, &self.changes))
                    .await?
            }
            Pool::Postgres(p) => {
                bound(sql, args)
                    .fetch_all(counted::Pool::new(p, &self.statements, &self.changes))
                    .await?
            }
        })
    }

    /// The first row of `sql`, if there is one.
    pub(crate) async fn optional<T: Record>(
        &self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> DbResult<Option<T>> {
        if let Some(lite) = &self.lite {
            self.statements.fetch_add(1, Ordering::Relaxed);
            return lite.optional(sql, args);
        }
        Ok(match &self.pool {
            Pool::Sqlite(p) => {
                bound(sql, args)
                    .fetch_optional(counted::Pool::new(p, &self.statements, &self.changes))
                    .await?
            }
            Pool::Postgres(p) => {
                bound(sql, args)
                    .fetch_optional(counted::Pool::new(p, &self.statements, &self.changes))
                    .await?
            }
        })
    }

    /// The first row of `sql`, which must exist.
    pub(crate) async fn one<T: Record>(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<T> {
        self.optional(sql, args)
            .await?
            .ok_or(DbError::Sqlx(sqlx::Error::RowNotFound))
    }
}
