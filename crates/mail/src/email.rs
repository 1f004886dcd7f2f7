//! The message to send and how it becomes a MIME message.

use lettre::Address;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, MultiPart};
use serde::{Deserialize, Serialize};

use crate::MailError;

/// One message to send, already translated and rendered by the caller (the HTML part is
/// already escaped by the caller's templates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email {
    /// The recipient's address, such as `amina@example.org`.
    pub to: String,
    /// The recipient's display name, if known.
    pub to_name: Option<String>,
    pub subject: String,
    /// The text/plain part.
    pub text: String,
    /// The text/html part, already escaped.
    pub html: String,
    /// The message's language tag: "ar", "fr", "en" or "zgh".
    pub language: String,
}

/// A sent message as kept by the memory and file transports.
#[derive(Debug, Clone)]
pub struct SentEmail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub language: String,
    /// The message exactly as it would go on the wire (CRLF line endings).
    pub raw: Vec<u8>,
}

impl SentEmail {
    pub(crate) fn new(email: &Email, raw: Vec<u8>) -> SentEmail {
        SentEmail {
            to: email.to.trim().to_owned(),
            subject: one_line(&email.subject),
            text: email.text.clone(),
            html: email.html.clone(),
            language: email.language.clone(),
            raw,
        }
    }
}

/// The `Content-Language` header (RFC 3282), which lettre does not define.
#[derive(Debug, Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let tag = s.trim();
        if is_language_tag(tag) {
            Ok(ContentLanguage(tag.to_owned()))
        } else {
            Err(format!("invalid language tag {tag:?}").into())
        }
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// A BCP 47 tag in its simple form: subtags of 1 to 8 ASCII letters or digits.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.split('-').all(|sub| {
            (1..=8).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// A header text on one line: line breaks and other control characters become spaces, so
/// that no caller-provided text can start a header of its own.
fn one_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    flat.trim().to_owned()
}

/// Builds the MIME message: `multipart/alternative` with a text and an HTML part, UTF-8,
/// with `Content-Language`, `Date` and `Message-ID` headers.
pub(crate) fn build_message(from: &str, email: &Email) -> Result<Message, MailError> {
    let from: Mailbox = from
        .trim()
        .parse()
        .map_err(|e| MailError::Address(format!("sender {from:?}: {e}")))?;
    let to_address: Address = email
        .to
        .trim()
        .parse()
        .map_err(|e| MailError::Address(format!("recipient {:?}: {e}", email.to)))?;
    let to_name = email
        .to_name
        .as_deref()
        .map(one_line)
        .filter(|name| !name.is_empty());
    let language =
        ContentLanguage::parse(&email.language).map_err(|e| MailError::Build(e.to_string()))?;
    let message_id = format!("<{:032x}@{}>", rand::random::<u128>(), from.email.domain());

    Message::builder()
        .from(from)
        .to(Mailbox::new(to_name, to_address))
        .subject(one_line(&email.subject))
        .message_id(Some(message_id))
        .header(language)
        .multipart(MultiPart::alternative_plain_html(
            email.text.clone(),
            email.html.clone(),
        ))
        .map_err(|e| MailError::Build(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["ar", "fr", "en", "zgh", "zgh-Tfng", "ar-MA"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "-", "ar-", "a b", "ar\r\nBcc: x", "toolongsubtag"] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
    }

    #[test]
    fn one_line_flattens_breaks() {
        assert_eq!(one_line(" Hi\r\nBcc: x\u{2028}y "), "Hi  Bcc: x y");
    }
}
