//! The account's API tokens page: the secret of a token just made (shown this once), the
//! owner's tokens by their prefix, and the form of a new one.

use super::Chrome;
use crate::forms::FieldView;
use askama::Template;

/// One token in the owner's list (never its secret).
pub struct TokenLine {
    pub name: String,
    /// `og_` and the first characters of the secret.
    pub prefix: String,
    pub created: String,
    pub expires: String,
    pub last_used: String,
    /// `active`, `expired` or `revoked`.
    pub status_code: &'static str,
    pub status: String,
    /// Where its revocation posts; none once it no longer works.
    pub revoke_action: Option<String>,
}

#[derive(Template)]
#[template(path = "account/tokens.html")]
pub struct TokensPage {
    pub c: Chrome,
    pub csrf: String,
    pub notice: Option<String>,
    /// (field id, message) for the error summary.
    pub errors: Vec<(String, String)>,
    pub error_summary: String,
    pub intro: Vec<String>,
    /// The secret of the token just made.
    pub created: Option<String>,
    pub create_action: String,
    pub fields: Vec<FieldView>,
    pub tokens: Vec<TokenLine>,
}
