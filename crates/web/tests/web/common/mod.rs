//! Shared by the web tests: the test application ([`TestApp`]) on either engine, test accounts
//! signed in through the forms, a browser-like client, page readers, and [`both_engines!`].
#![allow(dead_code, unused_imports, unused_macros)]

pub mod api;
pub mod app;
pub mod client;
pub mod evidence;
pub mod files;
pub mod html;
pub mod users;

pub use api::{json, post, problem_of, secret_in};
pub use app::{TestApp, TestAppBuilder, demo_dir};
pub use client::{Client, Part};
pub use html::*;
pub use opengov_core::auth::policy::{Role, ScopeKind};
pub use opengov_db::Engine;
pub use users::{PASSWORD, TestUser};

use axum::http::{HeaderMap, StatusCode};

/// An answer of the application, its body as text (and as it was sent, for compressed ones).
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    pub bytes: axum::body::Bytes,
}

/// Runs `async fn name(engine: Engine)` as two tests, `name::sqlite` and `name::postgres`
/// (the storage tests' `opengov_db::both_engines!` names them the same way). Write the
/// function, then `both_engines!(name);` below it. The PostgreSQL test fails, never passes,
/// when no server answers at `OPENGOV_TEST_PG_URL` (see `opengov_db::testing`).
macro_rules! both_engines {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(opengov_db::Engine::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(opengov_db::Engine::Postgres).await;
            }
        }
    )+};
}
pub(crate) use both_engines;
