//! The HTTP side of opengov: public pages (server-rendered, complete without JavaScript), the
//! read-only JSON API, middleware (request ids, security headers, limits) and the server loop
//! (header-read timeout, graceful shutdown).
#![forbid(unsafe_code)]

pub mod api;
mod assets;
pub mod auth;
mod bidi;
mod cache;
mod conditional;
pub mod evidence;
mod format;
mod forms;
pub mod kernel;
mod locale;
mod middleware;
mod queries;
pub mod reminders;
pub mod routes;
pub mod server;
mod state;
mod user_nav;
mod views;

pub use server::{ServeOptions, serve};
pub use state::{AppState, SiteInfo, WebConfig};

use axum::Router;

/// The whole application, ready to serve or to call in tests.
pub fn app(state: AppState) -> Router {
    let router = routes::router().with_state(state.clone());
    middleware::wrap(router, &state)
}
