//! Sessions stored in the database (instances share them). The cookie holds a random token;
//! the database keeps its hash. Idle and absolute timeouts are checked on every use; a banned
//! or deleted user's sessions stop working at once.
//!
//! Written here rather than with tower-sessions: its store is keyed by session id only, and we
//! need revocation by user (ban, password change, "sign out everywhere") and the audit trail.

use crate::auth::crypto;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use opengov_core::auth::policy::{Actor, Grant};
use opengov_core::kinds::SessionStage;
use opengov_db::rows::UserRow;

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-og_session"
    } else {
        "og_session"
    }
}

/// A cookie's value from the request headers.
pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/, Secure under https.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, https: bool) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(a) = max_age {
        c.push_str(&format!("; Max-Age={a}"));
    }
    if https {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// A signed-in user, as a handler sees them.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: UserRow,
    /// The stored id (hash) of the session.
    pub session_id: String,
    pub actor: Actor,
}

impl SignedIn {
    pub fn id(&self) -> i64 {
        self.user.id
    }
}

/// The request's user, if signed in.
pub struct Viewer(pub Option<SignedIn>);

/// The client's address: the connection's peer, or behind trusted proxies the rightmost
/// `X-Forwarded-For` hop that is not one of them (never the leftmost, which the client writes).
pub fn client_ip(parts: &Parts, trust: &opengov_core::net::ProxyTrust) -> String {
    let Some(peer) = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return "unknown".into();
    };
    let forwarded: Vec<&str> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    opengov_core::net::client_ip(peer, &forwarded, trust).to_string()
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(v) = parts.extensions.get::<CachedViewer>() {
            return Ok(Viewer(v.0.clone()));
        }
        let found = load(s, &parts.headers).await;
        parts.extensions.insert(CachedViewer(found.clone()));
        Ok(Viewer(found))
    }
}

#[derive(Clone)]
struct CachedViewer(Option<SignedIn>);

async fn load(s: &AppState, headers: &HeaderMap) -> Option<SignedIn> {
    let token = read_cookie(headers, cookie_name(s.config.https))?;
    let id = crypto::token_hash(&token);
    let (session, user) = s.db.session(&id).await.ok()??;
    let now = opengov_db::now_micros();
    let idle = now - session.last_seen_at > s.config.session_idle_secs * 1_000_000;
    let absolute = now - session.created_at > s.config.session_absolute_secs * 1_000_000;
    if idle || absolute || user.banned_at.is_some() || user.deleted_at.is_some() {
        let _ = s.db.delete_session(&id).await;
        return None;
    }
    // A session waiting for its second step is not signed in yet.
    if session.stage != SessionStage::Full {
        return None;
    }
    // Writing on every request would make reads into writes; a minute's precision is enough.
    if now - session.last_seen_at > 60_000_000 {
        let _ = s.db.touch_session(&id, now).await;
    }
    let roles = s.db.roles_of(user.id).await.ok()?;
    let grants = roles
        .iter()
        .map(|r| Grant {
            role: r.role,
            scope: r.scope_kind,
            scope_id: r.scope_id,
        })
        .collect();
    let actor = Actor {
        user_id: user.id,
        grants,
        banned: false,
        email_verified: user.email_verified_at.is_some(),
    };
    Some(SignedIn {
        user,
        session_id: id,
        actor,
    })
}

/// Starts a new session for `user_id` (a new id at every sign-in: no fixation) and returns the
/// `Set-Cookie` value.
pub async fn start(
    s: &AppState,
    user_id: i64,
    stage: SessionStage,
    ip: &str,
    user_agent: &str,
) -> Result<HeaderValue, opengov_db::DbError> {
    let token = crypto::token();
    let ua: String = user_agent.chars().take(200).collect();
    s.db.create_session(
        &crypto::token_hash(&token),
        user_id,
        stage,
        opengov_db::now_micros(),
        ip,
        &ua,
    )
    .await?;
    Ok(set_cookie(
        cookie_name(s.config.https),
        &token,
        None,
        s.config.https,
    ))
}

/// A `Set-Cookie` value that removes the session cookie.
pub fn clear(s: &AppState) -> HeaderValue {
    set_cookie(cookie_name(s.config.https), "", Some(0), s.config.https)
}
