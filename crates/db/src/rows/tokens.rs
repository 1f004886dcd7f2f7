//! Rows of personal API tokens (never their secret: only its hash is stored, and only its
//! prefix is read back for the owner's list).

use serde::Serialize;

/// A personal API token as its owner's list and the API's authentication read it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ApiTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    /// The secret's first characters, shown so that the owner can tell their tokens apart.
    pub prefix: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

impl ApiTokenRow {
    /// Neither revoked nor expired at `now`.
    pub fn is_active(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at > now
    }
}

/// A new token: what is stored of it.
#[derive(Debug, Clone)]
pub struct NewApiToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub prefix: &'a str,
    /// SHA-256 of the secret, in hexadecimal.
    pub hash: &'a str,
    pub expires_at: i64,
}
