//! Accounts on the web: sessions in the database, CSRF protection, rate limits, password
//! hashing off the async threads, one-time tokens, and e-mail through the job queue.

pub mod api_token;
pub mod crypto;
pub mod csrf;
pub mod mail;
pub mod rate;
pub mod reset;
pub mod session;
pub mod totp;
pub mod verify;

pub use session::{SignedIn, Viewer};
