//! Rate limits kept in the database (fixed windows), so they hold across instances.

use crate::state::AppState;

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub max: i64,
    pub window_secs: i64,
}

// Sign-in: guesses are counted per (address, IP) and per IP, which stops one source soon; per
// address alone only with a much higher bound, so that someone else's failures cannot lock the
// owner out (who can still reset the password in any case).
pub const SIGN_IN_PAIR: Limit = Limit {
    name: "sign-in-pair",
    max: 10,
    window_secs: 900,
};
pub const SIGN_IN_IP: Limit = Limit {
    name: "sign-in-ip",
    max: 30,
    window_secs: 900,
};
pub const SIGN_IN_ACCOUNT: Limit = Limit {
    name: "sign-in-account",
    max: 100,
    window_secs: 900,
};
/// Re-authentication of a signed-in user (password, address, deletion, second factor): like a
/// sign-in, so a stolen session cannot guess the password without bound.
pub const REAUTH_ACCOUNT: Limit = Limit {
    name: "reauth-account",
    max: 10,
    window_secs: 900,
};
pub const REAUTH_IP: Limit = Limit {
    name: "reauth-ip",
    max: 30,
    window_secs: 900,
};
/// Address changes requested by one account.
pub const EMAIL_CHANGE_ACCOUNT: Limit = Limit {
    name: "email-change-account",
    max: 3,
    window_secs: 3600,
};
/// Messages to one address typed into a form (registration, reset, address change), whatever
/// the form: nobody can make the portal flood someone's mailbox.
pub const MAIL_TO_ADDRESS: Limit = Limit {
    name: "mail-to-address",
    max: 5,
    window_secs: 3600,
};
pub const TWO_STEP_ACCOUNT: Limit = Limit {
    name: "two-step-account",
    max: 10,
    window_secs: 900,
};
pub const REGISTER_IP: Limit = Limit {
    name: "register-ip",
    max: 10,
    window_secs: 3600,
};
pub const REGISTER_ACCOUNT: Limit = Limit {
    name: "register-account",
    max: 3,
    window_secs: 3600,
};
pub const RESET_IP: Limit = Limit {
    name: "reset-ip",
    max: 10,
    window_secs: 3600,
};
pub const RESET_ACCOUNT: Limit = Limit {
    name: "reset-account",
    max: 5,
    window_secs: 3600,
};
pub const VERIFY_ACCOUNT: Limit = Limit {
    name: "verify-account",
    max: 5,
    window_secs: 3600,
};

/// Counts a hit for `key` under `limit`; false when the limit is passed.
pub async fn allow(s: &AppState, limit: Limit, key: &str) -> bool {
    let now = opengov_db::now_micros() / 1_000_000;
    let window = now - now.rem_euclid(limit.window_secs);
    let bucket = format!("{}:{}", limit.name, crate::auth::crypto::token_hash(key));
    match s.db.rate_hit(&bucket, window).await {
        Ok(hits) => hits <= limit.max,
        Err(e) => {
            // Fail closed: a broken counter must not open the door to brute force.
            tracing::error!(error = %e, "rate limit counter failed");
            false
        }
    }
}
