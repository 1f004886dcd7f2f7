//! Where to go after signing in: only a path of this site, never another origin.

/// `next` when it is a local path (`/fr/plans/2?x=1`), otherwise `None`.
pub fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 512
        && !next
            .chars()
            .any(|c| c.is_control() || c == '\\' || c.is_whitespace())
        && !next.contains("://");
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths() {
        assert_eq!(safe_next("/fr/plans/2?x=1"), Some("/fr/plans/2?x=1"));
        for bad in [
            "https://evil.example",
            "//evil.example/x",
            "/\\evil.example",
            "javascript:alert(1)",
            "evil.example",
            "/x\r\nLocation: https://evil.example",
            "/redirect?to=https://evil.example",
            "",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }
}
