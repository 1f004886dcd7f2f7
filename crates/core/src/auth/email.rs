//! E-mail addresses: a pragmatic check (the confirmation link is the real proof).

pub const MAX_LEN: usize = 254;

/// The address trimmed and lower-cased, or `None` when it cannot be an address.
pub fn normalize(input: &str) -> Option<String> {
    let s = input.trim();
    if s.is_empty() || s.len() > MAX_LEN || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (local, domain) = s.rsplit_once('@')?;
    if local.is_empty() || local.len() > 64 || local.contains('@') || domain.len() < 3 {
        return None;
    }
    if !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || domain.contains("..")
    {
        return None;
    }
    if s.contains(['<', '>', '"', ',', ';', '\\', '(', ')', '[', ']']) {
        return None;
    }
    Some(s.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn addresses() {
        assert_eq!(
            normalize("  Amina@Example.MA ").as_deref(),
            Some("amina@example.ma")
        );
        for bad in [
            "",
            "no-at",
            "a@b",
            "a@.ma",
            "a@b.",
            "a b@c.ma",
            "a@b..ma",
            "<a@b.ma>",
            "a@b.ma\r\nBcc: x@y.z",
            "@b.ma",
        ] {
            assert_eq!(normalize(bad), None, "{bad:?}");
        }
        assert_eq!(normalize(&format!("{}@example.org", "a".repeat(250))), None);
    }
}
