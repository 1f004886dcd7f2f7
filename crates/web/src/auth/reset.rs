//! Password reset requests, as a job. The request only queues the work, so that it answers in
//! the same time whether the account exists or not (the look-up, the new link and the e-mail
//! took four writes for a known address and none for an unknown one). The job worker then
//! sends the link, valid one hour, to an account that is neither banned nor deleted.

use crate::auth::crypto;
use crate::auth::mail::{self, Kind};
use crate::state::AppState;
use opengov_core::Lang;
use opengov_core::kinds::TokenPurpose;
use serde::{Deserialize, Serialize};

/// How long a reset link works.
pub const RESET_MINUTES: i64 = 60;

/// The job's kind in the queue.
pub const JOB: &str = "password-reset";

#[derive(Serialize, Deserialize)]
struct Request {
    address: String,
    lang: String,
    ip: String,
}

/// Queues a reset request for `address` (one write, whoever owns it).
pub async fn request(
    s: &AppState,
    address: &str,
    lang: Lang,
    ip: &str,
) -> Result<(), opengov_db::DbError> {
    let payload = serde_json::to_string(&Request {
        address: address.to_string(),
        lang: lang.code().to_string(),
        ip: ip.to_string(),
    })
    .map_err(|e| opengov_db::DbError::Invalid(e.to_string()))?;
    let now = opengov_db::now_micros();
    s.db.enqueue_job(JOB, &payload, now, 3, now).await?;
    Ok(())
}

/// Runs one queued request: a new link and its e-mail when the address has a usable account.
pub async fn run(s: &AppState, payload: &str) -> Result<(), String> {
    let r: Request =
        serde_json::from_str(payload).map_err(|e| format!("unreadable payload: {e}"))?;
    let err = |e: opengov_db::DbError| e.to_string();
    let Some(u) =
        s.db.user_by_email(&r.address)
            .await
            .map_err(err)?
            .filter(|u| u.deleted_at.is_none() && u.banned_at.is_none())
    else {
        return Ok(());
    };
    let token = crypto::token();
    let now = opengov_db::now_micros();
    s.db.drop_tokens(u.id, TokenPurpose::Reset)
        .await
        .map_err(err)?;
    s.db.create_token(
        &crypto::token_hash(&token),
        u.id,
        TokenPurpose::Reset,
        "",
        now,
        now + RESET_MINUTES * 60_000_000,
    )
    .await
    .map_err(err)?;
    let l = Lang::from_code(&u.language)
        .or_else(|| Lang::from_code(&r.lang))
        .unwrap_or(Lang::DEFAULT);
    let link = s.absolute(&format!(
        "/{}/account/reset/confirm?token={token}",
        l.code()
    ));
    mail::queue(
        s,
        &mail::compose(l, Kind::Reset, &r.address, &u.display_name, Some(&link)),
    )
    .await
    .map_err(err)?;
    let action = "password.reset_requested";
    if let Err(e) = s.db.audit(now, None, action, Some(u.id), &r.ip, "").await {
        // The link is sent; a retry would send another.
        tracing::error!(error = %e, action, "cannot write the audit log");
    }
    Ok(())
}
