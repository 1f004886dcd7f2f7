//! The HTTP side of opengov: public pages (server-rendered, complete without JavaScript), the
//! read-only JSON API, middleware (request ids, security headers, limits) and the server loop
//! (header-read timeout, graceful shutdown).
#![forbid(unsafe_code)]

pub mod api;
pub mod auth;
mod cache;
mod conditional;
mod error;
mod format;
mod forms;
mod locale;
mod middleware;
pub mod routes;
pub mod server;
mod state;
mod user_nav;
mod views;

pub use server::{ServeOptions, serve};
pub use state::{AppState, WebConfig};

use axum::Router;

/// The whole application, ready to serve or to call in tests.
pub fn app(state: AppState) -> Router {
    let router = routes::router()
        .merge(api::router())
        .with_state(state.clone());
    middleware::wrap(router, &state)
}
