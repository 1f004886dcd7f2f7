//! E-mail for opengov: SMTP in production, `.eml` files in development, memory in tests.
//!
//! The caller translates and renders each message (text and already escaped HTML) and hands
//! it over as an [`Email`]; a [`Mailer`] builds a `multipart/alternative` UTF-8 message
//! from it and delivers it. [`read_mailbox`] and [`read_eml`] read back what a file mailer
//! wrote, for a development mailbox page.

mod email;
mod mailbox;
mod transport;

pub use email::{Email, SentEmail};
pub use mailbox::{MailboxEntry, read_eml, read_mailbox};
pub use transport::{Mailer, SmtpConfig, TlsMode};

/// Why a message could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The sender or the recipient is not a valid address.
    #[error("invalid address: {0}")]
    Address(String),
    /// The message could not be assembled (for example an invalid language tag).
    #[error("cannot build the message: {0}")]
    Build(String),
    /// The SMTP transport is misconfigured or the server refused or failed.
    #[error("transport: {0}")]
    Transport(String),
    /// Writing an `.eml` file failed.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}
