//! Random tokens, their stored hashes, and Argon2id password hashing on blocking threads.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random token (256 bits), URL-safe.
pub fn token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// What the database keeps of a token: its SHA-256, so a leaked table gives no usable token.
pub fn token_hash(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Constant-time comparison of two secrets.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Argon2id hash of a password (blocking; for the command line).
pub fn password_hash_blocking(password: &str) -> String {
    password_auth::generate_hash(password)
}

/// Argon2id hash of a password, computed off the async threads.
pub async fn hash_password(password: String) -> Option<String> {
    tokio::task::spawn_blocking(move || password_auth::generate_hash(password))
        .await
        .ok()
}

/// Checks a password against a stored hash off the async threads. With no hash (unknown
/// account) a dummy hash is checked, so that the answer takes the same time.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        password_auth::generate_hash("not a real password, only for timing")
    });
    let known = hash.is_some();
    let hash = hash
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| DUMMY.clone());
    tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .unwrap_or(false)
        && known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (token(), token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "abcd"));
    }

    #[tokio::test]
    async fn passwords_round_trip_without_truncation() {
        let long = "é".repeat(300);
        let h = hash_password(long.clone()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(long.clone(), Some(h.clone())).await);
        let mut other = long.clone();
        other.push('x');
        assert!(!verify_password(other, Some(h)).await, "no truncation");
        assert!(!verify_password(long, None).await);
    }
}
