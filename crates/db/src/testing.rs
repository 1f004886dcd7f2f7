//! Databases for tests (cargo feature `testing`): a fresh SQLite file or a fresh PostgreSQL
//! database per test, removed when the test ends, whether it passes or panics. A PostgreSQL
//! test never passes silently without a server: when none answers at `OPENGOV_TEST_PG_URL`
//! (default `postgres://postgres@127.0.0.1:5432/postgres`), it fails.

use crate::{Db, Engine};
use sqlx::Connection;

pub const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A migrated, empty database. [`TestDb::cleanup`] removes it at the end of a test; when the
/// test panics (or forgets to call it), dropping the value removes it.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pg: Option<PgDatabase>,
    _dir: Option<tempfile::TempDir>,
}

/// The server URL tests create their databases on.
pub fn admin_url() -> String {
    std::env::var("OPENGOV_TEST_PG_URL").unwrap_or_else(|_| DEFAULT_PG_URL.to_string())
}

fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let cut = base
        .rfind('/')
        .filter(|i| *i > "postgres://".len())
        .unwrap_or(base.len());
    format!("{}/{}{}", &base[..cut], name, query)
}

impl TestDb {
    pub async fn new(engine: Engine) -> TestDb {
        match engine {
            Engine::Sqlite => TestDb::sqlite().await,
            Engine::Postgres => TestDb::postgres().await,
        }
    }

    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let db = Db::connect(&url, 4).await.expect("open SQLite");
        db.migrate().await.expect("migrate SQLite");
        TestDb {
            db,
            url,
            pg: None,
            _dir: Some(dir),
        }
    }

    pub async fn postgres() -> TestDb {
        let admin = admin_url();
        let name = format!("opengov_test_{}", random_suffix());
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "PostgreSQL is required for this test and did not answer at {admin}: {e}. \
                 Run ./scripts/test.sh (it starts PostgreSQL) or set OPENGOV_TEST_PG_URL."
                )
            });
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create test database");
        let _ = conn.close().await;
        // From here on, a panic (a failed connection or migration) still drops the database.
        let pg = PgDatabase { name: Some(name) };
        let url = replace_db_name(&admin, pg.name());
        let db = Db::connect(&url, 4).await.expect("open PostgreSQL");
        db.migrate().await.expect("migrate PostgreSQL");
        TestDb {
            db,
            url,
            pg: Some(pg),
            _dir: None,
        }
    }

    /// The name of the PostgreSQL database (none on SQLite).
    pub fn pg_name(&self) -> Option<&str> {
        self.pg.as_ref().map(PgDatabase::name)
    }

    /// Closes the pool and removes the database.
    pub async fn cleanup(self) {
        self.db.close().await;
        if let Some(mut pg) = self.pg
            && let Some(name) = pg.name.take()
        {
            drop_database(&name).await;
        }
    }
}

/// A PostgreSQL test database, dropped with this value unless [`TestDb::cleanup`] dropped it.
struct PgDatabase {
    name: Option<String>,
}

impl PgDatabase {
    fn name(&self) -> &str {
        self.name.as_deref().unwrap_or_default()
    }
}

impl Drop for PgDatabase {
    /// Runs while a failed test unwinds, maybe on a thread of the test's runtime, which cannot
    /// wait on itself: the statement runs on a thread of its own with a small runtime.
    fn drop(&mut self) {
        let Some(name) = self.name.take() else {
            return;
        };
        let done = std::thread::spawn(move || {
            match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt.block_on(drop_database(&name)),
                Err(e) => eprintln!("cannot drop the test database {name}: {e}"),
            }
        })
        .join();
        if done.is_err() {
            eprintln!("cannot drop a test database: its thread panicked");
        }
    }
}

/// `DROP DATABASE ... WITH (FORCE)`, which also ends the connections still open on it. Never
/// panics (it runs while a failed test unwinds); a failure is printed.
async fn drop_database(name: &str) {
    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    let result = match sqlx::PgConnection::connect(&admin_url()).await {
        Ok(mut conn) => {
            let r = sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut conn)
                .await;
            let _ = conn.close().await;
            r.map(|_| ())
        }
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        eprintln!("cannot drop the test database {name}: {e}");
    }
}

fn random_suffix() -> String {
    use rand::Rng;
    let mut r = rand::rng();
    (0..16)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[r.random_range(0..36)]))
        .collect()
}

/// Runs a test body once on SQLite and once on PostgreSQL:
/// `both_engines!(name, |db| async move { ... });` makes `name::sqlite` and `name::postgres`.
#[cfg(feature = "testing")]
#[macro_export]
macro_rules! both_engines {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let t = $crate::testing::TestDb::new($crate::Engine::Sqlite).await;
                ($body)(t.db.clone()).await;
                t.cleanup().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let t = $crate::testing::TestDb::new($crate::Engine::Postgres).await;
                ($body)(t.db.clone()).await;
                t.cleanup().await;
            }
        }
    };
}
