//! Opening a database: SQLite (WAL, synchronous=FULL, foreign keys, busy timeout, version
//! check) or PostgreSQL, chosen by the URL.

use crate::backend::lite::LiteReaders;
use crate::{Db, DbError, DbResult, Pool};
use sqlx::ConnectOptions;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

/// The oldest SQLite we accept: 3.35 brought `RETURNING` and `DROP COLUMN`.
pub const MIN_SQLITE_VERSION: (u32, u32, u32) = (3, 35, 0);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// Parses `3.45.1` into a comparable triple.
pub fn parse_sqlite_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut it = v.trim().split('.').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next()??, it.next().flatten().unwrap_or(0)))
}

/// Refuses an SQLite library older than [`MIN_SQLITE_VERSION`] with a clear message.
pub fn check_sqlite_version(v: &str) -> DbResult<()> {
    let found = parse_sqlite_version(v)
        .ok_or_else(|| DbError::Config(format!("cannot read the SQLite version '{v}'")))?;
    if found < MIN_SQLITE_VERSION {
        let (a, b, c) = MIN_SQLITE_VERSION;
        return Err(DbError::Config(format!(
            "SQLite {v} is too old: opengov needs SQLite {a}.{b}.{c} or newer"
        )));
    }
    Ok(())
}

impl Db {
    /// Opens the database named by `url`: `sqlite://path` (created if missing),
    /// `sqlite::memory:` or `postgres://...`.
    pub async fn connect(url: &str, max_connections: u32) -> DbResult<Db> {
        let mut lite = None;
        let pool = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(max_connections.max(2))
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            Pool::Postgres(pool)
        } else if url.starts_with("sqlite:") {
            let memory = url.contains(":memory:") || url.contains("mode=memory");
            let mut opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("cache_size", "-32000")
                .pragma("temp_store", "memory");
            if !memory {
                if let Some(dir) = std::path::Path::new(opts.get_filename()).parent()
                    && !dir.as_os_str().is_empty()
                {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        DbError::Config(format!("cannot create {}: {e}", dir.display()))
                    })?;
                }
                lite = Some(Arc::new(LiteReaders::new(
                    opts.get_filename().to_path_buf(),
                )));
                opts = opts
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full);
            }
            opts = opts.log_statements(tracing::log::LevelFilter::Trace);
            // An in-memory database lives as long as its one connection.
            let max = if memory { 1 } else { max_connections.max(1) };
            let pool = SqlitePoolOptions::new()
                .max_connections(max)
                .min_connections(if memory { 1 } else { 0 })
                .idle_timeout(if memory {
                    None
                } else {
                    Some(Duration::from_secs(600))
                })
                .max_lifetime(if memory {
                    None
                } else {
                    Some(Duration::from_secs(3600))
                })
                .connect_with(opts)
                .await?;
            let v: (String,) = sqlx::query_as("SELECT sqlite_version()")
                .fetch_one(&pool)
                .await?;
            check_sqlite_version(&v.0)?;
            Pool::Sqlite(pool)
        } else {
            return Err(DbError::Config(format!(
                "unsupported database URL (expected sqlite:// or postgres://): {}",
                redact(url)
            )));
        };
        let db = Db {
            pool,
            statements: Arc::new(AtomicU64::new(0)),
            changes: Arc::default(),
            lite,
        };
        // Nothing is cached yet: changes up to the current version need not be passed on (a
        // database not migrated yet has no version; `migrate` reads it then).
        db.start_changes_at_current_version().await;
        Ok(db)
    }

    /// Applies the migrations of the engine in use.
    pub async fn migrate(&self) -> DbResult<()> {
        match &self.pool {
            Pool::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Pool::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        self.start_changes_at_current_version().await;
        Ok(())
    }

    /// SQLite pragmas as the connection sees them (journal mode, synchronous, foreign keys).
    pub async fn sqlite_pragmas(&self) -> DbResult<Option<(String, i64, i64)>> {
        match &self.pool {
            Pool::Sqlite(p) => {
                let mut c = p.acquire().await?;
                let j: (String,) = sqlx::query_as("PRAGMA journal_mode")
                    .fetch_one(&mut *c)
                    .await?;
                let s: (i64,) = sqlx::query_as("PRAGMA synchronous")
                    .fetch_one(&mut *c)
                    .await?;
                let f: (i64,) = sqlx::query_as("PRAGMA foreign_keys")
                    .fetch_one(&mut *c)
                    .await?;
                Ok(Some((j.0, s.0, f.0)))
            }
            Pool::Postgres(_) => Ok(None),
        }
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_old_sqlite_is_refused_with_a_clear_message() {
        assert!(check_sqlite_version("3.45.1").is_ok());
        assert!(check_sqlite_version("3.35.0").is_ok());
        let e = check_sqlite_version("3.31.1").unwrap_err().to_string();
        assert!(
            e.contains("3.31.1 is too old") && e.contains("3.35.0"),
            "{e}"
        );
        assert!(check_sqlite_version("garbage").is_err());
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
