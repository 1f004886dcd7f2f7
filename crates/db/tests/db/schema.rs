//! The two migration folders describe the same schema, and SQLite runs with the settings
//! DESIGN.md asks for.

use opengov_db::testing::TestDb;
use std::collections::BTreeSet;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_have_the_same_tables_columns_and_nullability() {
    let s = TestDb::sqlite().await;
    let p = TestDb::postgres().await;
    let a = columns(&s.url).await;
    let b = columns(&p.url).await;
    assert!(a.len() > 60, "schema looks empty: {a:?}");
    let only_sqlite: Vec<_> = a.difference(&b).collect();
    let only_pg: Vec<_> = b.difference(&a).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_pg:?}"
    );
    // Same migration file names on both sides.
    let names = |d: &str| -> BTreeSet<String> {
        std::fs::read_dir(format!("{}/migrations/{d}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect()
    };
    assert_eq!(names("sqlite"), names("postgres"));
    s.cleanup().await;
    p.cleanup().await;
}

/// (table, column, nullable) of every table but sqlx's own.
async fn columns(url: &str) -> BTreeSet<(String, String, bool)> {
    use sqlx::Connection;
    let mut out = BTreeSet::new();
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        let tables: Vec<(String,)> = sqlx::query_as(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        )
        .fetch_all(&mut c)
        .await
        .unwrap();
        for (t,) in tables {
            let cols: Vec<(i64, String, String, i64, Option<String>, i64)> =
                sqlx::query_as(sqlx::AssertSqlSafe(format!("PRAGMA table_info({t})")))
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
            for (_, name, _, notnull, _, pk) in cols {
                // SQLite's INTEGER PRIMARY KEY is NOT NULL in practice.
                out.insert((t.clone(), name, notnull == 0 && pk == 0));
            }
        }
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        let cols: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(&mut c)
        .await
        .unwrap();
        for (t, col, n) in cols {
            out.insert((t, col, n == "YES"));
        }
    }
    out
}

#[tokio::test]
async fn sqlite_runs_in_wal_with_full_sync_and_foreign_keys() {
    let s = TestDb::sqlite().await;
    let (journal, sync, fk) =
        s.db.sqlite_pragmas()
            .await
            .unwrap()
            .expect("an SQLite database");
    assert_eq!(journal.to_lowercase(), "wal");
    assert_eq!(sync, 2, "synchronous=FULL is 2");
    assert_eq!(fk, 1);
    s.cleanup().await;
}

#[tokio::test]
async fn an_unknown_database_url_is_refused_clearly() {
    let e = opengov_db::Db::connect("mysql://x", 1)
        .await
        .err()
        .expect("refused");
    assert!(e.to_string().contains("unsupported database URL"), "{e}");
}
