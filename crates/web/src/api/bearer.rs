//! The reporting API's authentication: `Authorization: Bearer <personal token>`. A token acts
//! as its owner with the owner's grants *at the time of the request*: a revoked role stops
//! working at once, and a banned, deleted or unconfirmed owner is refused like an unknown
//! token. Session cookies are not read here (so there is no CSRF to check), and no other route
//! reads tokens.

use crate::auth::api_token;
use crate::auth::crypto;
use crate::kernel::{Problem, must_enrol_account};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::auth::policy::{Action, Actor, Grant, allowed};
use opengov_db::rows::UserRow;

/// The owner of the token a request presents, as the policy sees them.
pub struct TokenCaller {
    pub user: UserRow,
    pub actor: Actor,
}

impl TokenCaller {
    pub fn id(&self) -> i64 {
        self.user.id
    }
}

/// The 401 answer: a problem document and the challenge (RFC 6750).
pub fn unauthorized(headers: &HeaderMap, error: Option<&'static str>) -> Response {
    let mut r = Problem::new(headers, StatusCode::UNAUTHORIZED, "unauthorized").into_response();
    let challenge = match error {
        Some(e) => format!("Bearer realm=\"opengov\", error=\"{e}\""),
        None => "Bearer realm=\"opengov\"".to_string(),
    };
    if let Ok(v) = HeaderValue::from_str(&challenge) {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The secret after `Bearer ` (the scheme in any case), when there is exactly one
/// `Authorization` header.
fn presented(headers: &HeaderMap) -> Option<&str> {
    let mut all = headers.get_all(header::AUTHORIZATION).iter();
    let value = all.next()?;
    if all.next().is_some() {
        return None;
    }
    let (scheme, secret) = value.to_str().ok()?.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| secret.trim())
}

impl FromRequestParts<AppState> for TokenCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let headers = &parts.headers;
        let Some(secret) = presented(headers) else {
            return Err(unauthorized(headers, None));
        };
        let refused = || unauthorized(headers, Some("invalid_token"));
        if !api_token::well_formed(secret) {
            return Err(refused());
        }
        let now = opengov_db::now_micros();
        // Looked up by the hash of the secret: the comparison is the index's, on a value the
        // caller cannot steer (no byte-by-byte comparison of the secret itself).
        let internal = |e| Problem::internal(headers, e).into_response();
        let Some(token) =
            s.db.active_api_token(&crypto::token_hash(secret), now)
                .await
                .map_err(internal)?
        else {
            return Err(refused());
        };
        let Some(user) = s.db.user_by_id(token.user_id).await.map_err(internal)? else {
            return Err(refused());
        };
        if user.banned_at.is_some() || user.deleted_at.is_some() || user.email_verified_at.is_none()
        {
            return Err(refused());
        }
        let grants =
            s.db.roles_of(user.id)
                .await
                .map_err(internal)?
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
            email_verified: true,
        };
        // A token is for those who may hold one: someone whose roles were all taken away
        // keeps their rows, not their access.
        if !allowed(Some(&actor), Action::ManageOwnTokens) {
            return Err(refused());
        }
        tracing::info!(
            token = token.id,
            user = user.id,
            "request with an API token"
        );
        let caller = TokenCaller { user, actor };
        // The second factor that the portal requires of coordinators and administrators is
        // not bypassed by a token made before it was required (or after it was turned off).
        if must_enrol_account(s, &caller.user, &caller.actor) {
            return Err(Problem::refusal(
                headers,
                StatusCode::FORBIDDEN,
                "forbidden",
                "token-api-second-factor",
                &[],
            )
            .into_response());
        }
        Ok(caller)
    }
}
