//! Databases for tests: a fresh SQLite file or a fresh PostgreSQL database per test. A
//! PostgreSQL test never passes silently without a server: when none answers at
//! `OPENGOV_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`), it fails.

use crate::{Db, Engine};
use sqlx::Connection;

pub const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A migrated, empty database that removes itself with [`TestDb::cleanup`].
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

fn admin_url() -> String {
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
            pg_name: None,
            _dir: Some(dir),
        }
    }

    pub async fn postgres() -> TestDb {
        let admin = admin_url();
        let name = format!("opengov_test_{}", uuid_like());
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
        let url = replace_db_name(&admin, &name);
        let db = Db::connect(&url, 4).await.expect("open PostgreSQL");
        db.migrate().await.expect("migrate PostgreSQL");
        TestDb {
            db,
            url,
            pg_name: Some(name),
            _dir: None,
        }
    }

    /// Closes the pool and drops the PostgreSQL database.
    pub async fn cleanup(self) {
        self.db.close().await;
        if let Some(name) = self.pg_name
            && let Ok(mut conn) = sqlx::PgConnection::connect(&admin_url()).await
        {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
            )))
            .execute(&mut conn)
            .await;
        }
    }
}

fn uuid_like() -> String {
    use rand::Rng;
    let mut r = rand::rng();
    (0..16)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[r.random_range(0..36)]))
        .collect()
}

/// Runs a test body once on SQLite and once on PostgreSQL:
/// `both_engines!(name, |db| async move { ... });` makes `name_sqlite` and `name_postgres`.
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
