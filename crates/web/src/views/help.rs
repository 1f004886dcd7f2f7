//! The help and trust pages: contact, legal notice, privacy notice, accessibility statement and
//! glossary. Their text is written per language in `crates/web/content/{lang}/{page}.html`
//! (editable content comes later); the facts about the publisher come from the configuration.

use super::Chrome;
use crate::state::SiteInfo;
use askama::Template;

/// One of the help pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    Contact,
    Legal,
    Privacy,
    Accessibility,
    Glossary,
}

impl Help {
    /// The name of its content file (and of its path after the language).
    pub fn code(self) -> &'static str {
        match self {
            Help::Contact => "contact",
            Help::Legal => "legal-notice",
            Help::Privacy => "privacy",
            Help::Accessibility => "accessibility",
            Help::Glossary => "glossary",
        }
    }

    /// The message id of its title.
    pub fn title_id(self) -> &'static str {
        match self {
            Help::Contact => "help-contact-title",
            Help::Legal => "help-legal-title",
            Help::Privacy => "help-privacy-title",
            Help::Accessibility => "page-accessibility-title",
            Help::Glossary => "help-glossary-title",
        }
    }
}

/// The day the accessibility statement was last checked against the pages (keyboard, 320 px
/// reflow, axe-core in the four languages): change it with the statement.
pub const ACCESSIBILITY_REVIEWED: &str = "2026-12-01";

#[derive(Template)]
#[template(path = "help.html")]
pub struct HelpPage {
    pub c: Chrome,
    /// [`Help::code`] of the page shown.
    pub page: &'static str,
    pub site: SiteInfo,
    /// [`ACCESSIBILITY_REVIEWED`] in words, and as written.
    pub reviewed: String,
    pub reviewed_iso: &'static str,
    /// The session timeouts in force, in words ("30 minutes", "12 hours"): privacy notice.
    pub idle: String,
    pub absolute: String,
}
