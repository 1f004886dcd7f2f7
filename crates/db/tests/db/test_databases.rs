//! Test databases leave nothing behind: not after `cleanup`, not when a test panics.

use opengov_db::testing::{TestDb, admin_url};
use sqlx::Connection;

async fn pg_database_exists(name: &str) -> bool {
    let mut c = sqlx::PgConnection::connect(&admin_url())
        .await
        .expect("PostgreSQL is required for this test");
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pg_database WHERE datname = $1")
        .bind(name)
        .fetch_one(&mut c)
        .await
        .unwrap();
    n.0 == 1
}

/// Runs a test body that creates a database, records its name and panics; returns the name.
async fn name_left_by_a_panicking_test(engine: opengov_db::Engine) -> (String, String) {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let task = tokio::spawn(async move {
        let t = TestDb::new(engine).await;
        t.db.set_setting("k", "v").await.unwrap();
        let _ = tx.send((t.pg_name().unwrap_or_default().to_string(), t.url.clone()));
        panic!("a failing test");
    });
    let err = task.await.expect_err("the test body panics");
    assert!(err.is_panic());
    rx.await.expect("the test body created its database first")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_postgres_test_drops_its_database() {
    let (name, _) = name_left_by_a_panicking_test(opengov_db::Engine::Postgres).await;
    assert!(name.starts_with("opengov_test_"), "{name}");
    assert!(
        !pg_database_exists(&name).await,
        "{name} is still on the server"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_sqlite_test_removes_its_file() {
    let (_, url) = name_left_by_a_panicking_test(opengov_db::Engine::Sqlite).await;
    let path = url.trim_start_matches("sqlite://");
    assert!(path.ends_with("test.db"), "{url}");
    assert!(
        !std::path::Path::new(path).exists(),
        "{path} is still there"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cleanup_and_a_plain_drop_both_remove_the_postgres_database() {
    let t = TestDb::postgres().await;
    let name = t.pg_name().expect("a PostgreSQL database").to_string();
    assert!(pg_database_exists(&name).await);
    t.cleanup().await;
    assert!(!pg_database_exists(&name).await, "cleanup left {name}");

    let t = TestDb::postgres().await;
    let name = t.pg_name().unwrap().to_string();
    assert!(pg_database_exists(&name).await);
    drop(t);
    assert!(!pg_database_exists(&name).await, "drop left {name}");
}
