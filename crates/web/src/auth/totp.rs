//! Time-based one-time passwords (RFC 6238, with totp-rs) and recovery codes.

use rand::Rng;
use totp_rs::{Builder, Secret, Totp};

pub const ISSUER: &str = "Open Government";

/// A new random secret, in base32 as authenticator apps take it.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    Builder::new()
        .with_secret(Secret::try_from_base32(secret).ok()?)
        .with_account_name(account.to_string())
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

/// The `otpauth://` address an authenticator app can read.
pub fn url(secret: &str, account: &str) -> String {
    totp(secret, account)
        .and_then(|t| t.to_url().ok())
        .unwrap_or_default()
}

/// The time step `code` (6 digits, spaces allowed) belongs to, when it is valid now (one step
/// of clock skew allowed). The caller accepts each step once.
pub fn step_of(secret: &str, code: &str, now_secs: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    totp(secret, "x").and_then(|t| t.check(&code, now_secs))
}

/// True when `code` is valid now (without the once-only check).
pub fn verify(secret: &str, code: &str, now_secs: u64) -> bool {
    step_of(secret, code, now_secs).is_some()
}

/// True when `code` is valid now and its step was not used before by this user.
pub async fn accept(
    s: &crate::state::AppState,
    user_id: i64,
    secret: &str,
    code: &str,
    now_secs: u64,
) -> bool {
    match step_of(secret, code, now_secs) {
        Some(step) => {
            s.db.claim_totp_step(user_id, i64::try_from(step).unwrap_or(i64::MAX))
                .await
                .unwrap_or(false)
        }
        None => false,
    }
}

/// The code of a moment (tests and enrolment checks).
pub fn code_at(secret: &str, secs: u64) -> String {
    totp(secret, "x")
        .map(|t| t.generate(secs).to_string())
        .unwrap_or_default()
}

/// Ten recovery codes such as `k7m2-q9xa`, each usable once.
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut r = rand::rng();
    (0..10)
        .map(|_| {
            let mut s: String = (0..8)
                .map(|_| ALPHABET[r.random_range(0..ALPHABET.len())] as char)
                .collect();
            s.insert(4, '-');
            s
        })
        .collect()
}

/// The stored form of a recovery code (its hash, ignoring case and spaces).
pub fn recovery_hash(code: &str) -> String {
    let norm: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    crate::auth::crypto::token_hash(&norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_within_one_step_only() {
        let s = new_secret();
        let t = 1_800_000_000;
        let code = code_at(&s, t);
        assert!(verify(&s, &code, t));
        assert!(verify(
            &s,
            &format!("{} {}", &code[..3], &code[3..]),
            t + 29
        ));
        assert!(!verify(&s, &code, t + 120), "expired");
        assert!(!verify(&s, "12345", t) && !verify(&s, "abcdef", t));
        assert!(url(&s, "a@b.ma").starts_with("otpauth://totp/"));
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            recovery_hash(&codes[0].to_uppercase()),
            recovery_hash(&codes[0])
        );
    }
}
