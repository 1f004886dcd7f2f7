//! Storage for opengov: one codebase over SQLite (embedded default) and PostgreSQL
//! (scale-out). Every SQL statement is written once, with `$n` placeholders, inside the
//! `backend!` macro, which expands it into one module per engine (`sqlite` and `postgres`);
//! [`Db`] dispatches each call to the engine it was opened on.
#![forbid(unsafe_code)]

mod backend;
mod connect;
pub mod dataset;
mod error;
pub mod rows;
pub mod synthetic;
#[cfg(feature = "testing")]
pub mod testing;

pub use connect::{Engine, MIN_SQLITE_VERSION, redact as redact_url};
pub use error::{DbError, DbResult};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A database handle, cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    statements: Arc<AtomicU64>,
}

#[derive(Clone)]
pub(crate) enum Pool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// What a caller knows of a running database: its engine and how many statements ran.
impl Db {
    pub fn engine(&self) -> Engine {
        match self.pool {
            Pool::Sqlite(_) => Engine::Sqlite,
            Pool::Postgres(_) => Engine::Postgres,
        }
    }

    /// Number of SQL statements run through this handle (and its clones) so far. Tests use it
    /// to bound the statements a page runs.
    pub fn statements_run(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

/// Calls the function of the same name in the engine module the handle was opened on.
macro_rules! dispatch {
    ($self:expr, $f:ident ( $($arg:expr),* $(,)? )) => {
        match &$self.pool {
            $crate::Pool::Sqlite(p) => {
                let pool = $crate::backend::counted::Pool::new(p, &$self.statements);
                $crate::backend::sqlite::$f(pool, $($arg),*).await
            }
            $crate::Pool::Postgres(p) => {
                let pool = $crate::backend::counted::Pool::new(p, &$self.statements);
                $crate::backend::postgres::$f(pool, $($arg),*).await
            }
        }
    };
}

mod api;
pub use api::*;
