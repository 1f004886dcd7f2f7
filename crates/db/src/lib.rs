//! Storage for opengov: one codebase over SQLite (embedded default) and PostgreSQL
//! (scale-out). Every repository function is written once, with `$n` placeholders, and
//! expanded into one module per engine (`sqlite` and `postgres`), together with the [`Db`]
//! method that runs it on the engine the handle was opened on (see `backend`).
#![forbid(unsafe_code)]

mod backend;
pub mod changes;
mod clock;
mod connect;
pub mod dataset;
mod error;
pub mod rows;
pub mod synthetic;
#[cfg(feature = "testing")]
pub mod testing;

pub use clock::{now_micros, today};
pub use connect::{Engine, MIN_SQLITE_VERSION, redact as redact_url};
pub use error::{DbError, DbResult};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A database handle, cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    statements: Arc<AtomicU64>,
    /// Passes committed changes on to the page caches (see [`changes`]).
    changes: Arc<changes::ChangeHub>,
    /// The read path of an SQLite file (none for PostgreSQL and in-memory SQLite).
    lite: Option<Arc<backend::lite::LiteReaders>>,
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

    /// True when no plan is stored yet.
    pub async fn is_empty(&self) -> DbResult<bool> {
        Ok(self.list_plans().await?.is_empty())
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}
