//! E-mail address verification: a one-time link sent by e-mail, valid for two days.

use crate::auth::crypto;
use crate::auth::mail::{self, Kind};
use crate::state::AppState;
use opengov_core::Lang;
use opengov_core::kinds::TokenPurpose;

/// How long a verification link works.
pub const VERIFY_HOURS: i64 = 48;

/// Creates a verification link and queues its e-mail.
pub async fn send_verification(
    s: &AppState,
    user_id: i64,
    address: &str,
    name: &str,
    lang: Lang,
) -> Result<(), opengov_db::DbError> {
    let token = crypto::token();
    let now = opengov_db::now_micros();
    s.db.drop_tokens(user_id, TokenPurpose::Verify).await?;
    s.db.create_token(
        &crypto::token_hash(&token),
        user_id,
        TokenPurpose::Verify,
        "",
        now,
        now + VERIFY_HOURS * 3_600_000_000,
    )
    .await?;
    let link = s.absolute(&format!("/{}/account/verify?token={token}", lang.code()));
    mail::queue(
        s,
        &mail::compose(lang, Kind::Verify, address, name, Some(&link)),
    )
    .await
}
