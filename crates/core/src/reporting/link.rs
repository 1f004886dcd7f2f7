//! Evidence given as a link: an `http` or `https` address of a page elsewhere.

use url::Url;

/// The longest link kept, in bytes (as typed and once normalised).
pub const MAX_LINK: usize = 2000;

/// Why a link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("no link given")]
    Empty,
    #[error("the link is longer than {MAX_LINK} bytes")]
    TooLong,
    /// A space or a control character inside the link.
    #[error("the link holds a space or a control character")]
    Whitespace,
    /// Not an absolute address at all.
    #[error("not a web address")]
    Invalid,
    /// Another scheme than `http` and `https` (`javascript:`, `data:`, `file:`, `ftp:` ...).
    #[error("only http and https links are kept")]
    Scheme,
    /// A user name or a password in the address (`https://user:pw@host/`), which also serves
    /// to disguise the real host (`https://gov.ma@evil.example/`).
    #[error("the link holds a user name or a password")]
    UserInfo,
    #[error("the link names no host")]
    NoHost,
}

impl LinkError {
    /// Every refusal (their messages must exist in every language).
    pub const ALL: [LinkError; 7] = [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::Whitespace,
        LinkError::Invalid,
        LinkError::Scheme,
        LinkError::UserInfo,
        LinkError::NoHost,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            LinkError::Empty => "evidence-error-link-empty",
            LinkError::TooLong => "evidence-error-link-too-long",
            LinkError::Whitespace => "evidence-error-link-whitespace",
            LinkError::Invalid => "evidence-error-link-invalid",
            LinkError::Scheme => "evidence-error-link-scheme",
            LinkError::UserInfo => "evidence-error-link-userinfo",
            LinkError::NoHost => "evidence-error-link-host",
        }
    }
}

/// Checks a link typed or pasted as evidence and returns it normalised (scheme and host in
/// lower case, an international host name in its ASCII form, the path percent-encoded): the
/// form that is stored and shown. Spaces around the link are dropped; inside it, a space or a
/// control character refuses it (the URL standard would silently remove tabs and line breaks,
/// so they are refused before parsing).
pub fn check_link(raw: &str) -> Result<String, LinkError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(LinkError::Empty);
    }
    if s.len() > MAX_LINK {
        return Err(LinkError::TooLong);
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(LinkError::Whitespace);
    }
    let url = Url::parse(s).map_err(|e| match e {
        url::ParseError::EmptyHost => LinkError::NoHost,
        _ => LinkError::Invalid,
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(LinkError::Scheme);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(LinkError::UserInfo);
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(LinkError::NoHost);
    }
    let normalised = url.to_string();
    if normalised.len() > MAX_LINK {
        return Err(LinkError::TooLong);
    }
    Ok(normalised)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn web_links_are_kept_normalised() {
        for (raw, want) in [
            (
                "https://www.gov.ma/rapport.pdf",
                "https://www.gov.ma/rapport.pdf",
            ),
            ("  HTTP://Example.MA  ", "http://example.ma/"),
            (
                "https://example.ma/a b".replace(' ', "%20").as_str(),
                "https://example.ma/a%20b",
            ),
            (
                "https://example.ma/تقرير",
                "https://example.ma/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1",
            ),
            (
                "https://example.ma:8443/x?y=1#z",
                "https://example.ma:8443/x?y=1#z",
            ),
            ("https://203.0.113.5/x", "https://203.0.113.5/x"),
        ] {
            assert_eq!(check_link(raw).as_deref(), Ok(want), "{raw:?}");
        }
        // An Arabic host name is kept in its ASCII form.
        let idn = check_link("https://وزارة.ma/").unwrap();
        assert!(idn.starts_with("https://xn--") && idn.ends_with(".ma/") && idn.is_ascii());
    }

    #[test]
    fn other_schemes_are_refused() {
        for raw in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "ftp://example.ma/x",
            "mailto:a@example.ma",
            "vbscript:x",
        ] {
            assert_eq!(check_link(raw), Err(LinkError::Scheme), "{raw:?}");
        }
    }

    #[test]
    fn user_names_and_passwords_are_refused() {
        for raw in [
            "https://user:secret@example.ma/",
            "https://www.gov.ma@evil.example/",
            "http://user@example.ma",
            "https://:pw@example.ma/",
        ] {
            assert_eq!(check_link(raw), Err(LinkError::UserInfo), "{raw:?}");
        }
    }

    #[test]
    fn spaces_controls_and_malformed_links_are_refused() {
        assert_eq!(check_link(""), Err(LinkError::Empty));
        assert_eq!(check_link(" \n "), Err(LinkError::Empty));
        for raw in [
            "https://exa mple.ma/",
            "https://example.ma/\tx",
            "https://example.ma/\nx",
            "https://example.ma/\0",
            "https://example.ma/\u{a0}x",
        ] {
            assert_eq!(check_link(raw), Err(LinkError::Whitespace), "{raw:?}");
        }
        for raw in [
            "example.ma",
            "/relative/path",
            "https://exa<mple.ma/",
            "https://[::1/",
        ] {
            assert_eq!(check_link(raw), Err(LinkError::Invalid), "{raw:?}");
        }
        assert_eq!(check_link("https://"), Err(LinkError::NoHost));
    }

    #[test]
    fn links_have_a_length_limit() {
        let base = "https://example.ma/";
        let at_limit = format!("{base}{}", "a".repeat(MAX_LINK - base.len()));
        assert_eq!(check_link(&at_limit), Ok(at_limit.clone()));
        assert_eq!(check_link(&format!("{at_limit}a")), Err(LinkError::TooLong));
        // Within the limit as typed, over it once percent-encoded.
        let grows = format!("{base}{}", "ب".repeat(900));
        assert_eq!(check_link(&grows), Err(LinkError::TooLong));
        assert_eq!(
            LinkError::TooLong.message_id(),
            "evidence-error-link-too-long"
        );
    }

    proptest! {
        #[test]
        fn a_kept_link_is_a_web_link_and_checks_again_to_itself(raw in any::<String>()) {
            if let Ok(kept) = check_link(&raw) {
                prop_assert!(kept.starts_with("http://") || kept.starts_with("https://"));
                prop_assert!(kept.len() <= MAX_LINK);
                prop_assert!(!kept.chars().any(|c| c.is_whitespace() || c.is_control()));
                prop_assert_eq!(check_link(&kept), Ok(kept.clone()));
            }
        }

        #[test]
        fn generated_web_links_are_kept(host in "[a-z]{1,20}\\.[a-z]{2,6}", path in "[a-zA-Z0-9/_.-]{0,40}") {
            let raw = format!("https://{host}/{path}");
            prop_assert!(check_link(&raw).is_ok(), "{}", raw);
        }
    }
}
