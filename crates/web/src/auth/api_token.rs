//! Personal API tokens' secrets: made here, shown once to their owner, stored as their SHA-256
//! (`crypto::token_hash`) with their first characters as a prefix the owner can recognise.
//!
//! A secret is `og_` followed by 43 URL-safe characters (256 random bits): the fixed start lets
//! secret scanners and people tell it apart from other credentials.

use super::crypto;

/// The fixed start of every secret.
pub const SECRET_START: &str = "og_";
/// How many characters of the random part are kept as the prefix.
pub const PREFIX_LEN: usize = 8;
/// Length of the random part (`crypto::token`).
const RANDOM_LEN: usize = 43;

/// A new secret, as shown once to its owner, with what is stored of it.
pub struct NewSecret {
    pub secret: String,
    pub prefix: String,
    pub hash: String,
}

pub fn new_secret() -> NewSecret {
    let secret = format!("{SECRET_START}{}", crypto::token());
    NewSecret {
        prefix: secret[SECRET_START.len()..SECRET_START.len() + PREFIX_LEN].to_string(),
        hash: crypto::token_hash(&secret),
        secret,
    }
}

/// True when `s` has the shape of a secret (checked before any database lookup).
pub fn well_formed(s: &str) -> bool {
    s.strip_prefix(SECRET_START).is_some_and(|rest| {
        rest.len() == RANDOM_LEN
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// How the list shows a token: its fixed start and prefix, then an ellipsis.
pub fn shown_prefix(prefix: &str) -> String {
    format!("{SECRET_START}{prefix}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_well_formed_and_stored_hashed() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a.secret, b.secret);
        assert!(well_formed(&a.secret), "{}", a.secret);
        assert!(a.secret.starts_with(&format!("og_{}", a.prefix)));
        assert_eq!(a.prefix.len(), PREFIX_LEN);
        assert_eq!(a.hash, crypto::token_hash(&a.secret));
        assert!(!a.hash.contains(&a.secret[3..]));
        for bad in [
            "",
            "og_",
            &a.secret[3..],
            &format!("{}x", a.secret),
            &a.secret[..a.secret.len() - 1],
            &format!("og_{}", "é".repeat(43)),
            &format!("OG_{}", &a.secret[3..]),
        ] {
            assert!(!well_formed(bad), "{bad}");
        }
        assert_eq!(shown_prefix("abcdefgh"), "og_abcdefgh…");
    }
}
