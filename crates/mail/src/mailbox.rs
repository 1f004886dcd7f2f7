//! The development mailbox: reading back the `.eml` files written by a file mailer.

use std::borrow::Cow;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

use mail_parser::{Address, MessageParser};
use serde::Serialize;

/// Files larger than this are skipped (nothing the portal sends comes close).
const MAX_EML_BYTES: u64 = 10 * 1024 * 1024;

/// The development mailbox: the .eml files of a directory, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MailboxEntry {
    /// The file name, without any directory.
    pub file: String,
    /// The first recipient, as `Name <address>` or `address`.
    pub to: String,
    /// The decoded subject.
    pub subject: String,
    /// The `Date` header in RFC 3339, or empty when missing.
    pub date: String,
    /// The decoded text/plain part, with LF line ends.
    pub text: String,
    /// The decoded text/html part, with LF line ends.
    pub html: String,
}

/// Up to `limit` messages of `dir`, newest first. Unreadable or unparsable files, hidden
/// files, symbolic links and other entries are skipped; a missing directory gives nothing.
pub fn read_mailbox(dir: &Path, limit: usize) -> Vec<MailboxEntry> {
    if limit == 0 {
        return Vec::new();
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(SystemTime, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            if !is_eml_name(&name) {
                return None;
            }
            // `DirEntry::metadata` does not follow symbolic links.
            let meta = entry.metadata().ok()?;
            if !meta.is_file() {
                return None;
            }
            Some((meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), name))
        })
        .collect();
    // Newest first; names start with a timestamp, so they break ties in the same order.
    files.sort_unstable_by(|a, b| b.cmp(a));
    files
        .into_iter()
        .filter_map(|(_, name)| read_entry(dir, name))
        .take(limit)
        .collect()
}

/// One message of `dir` by file name. Names with a `/`, `\` or `..`, hidden names and names
/// not ending in `.eml` are refused, so that only files directly in `dir` can be read.
pub fn read_eml(dir: &Path, file: &str) -> Option<MailboxEntry> {
    if !is_eml_name(file) {
        return None;
    }
    let meta = fs::symlink_metadata(dir.join(file)).ok()?;
    if !meta.is_file() {
        return None;
    }
    read_entry(dir, file.to_owned())
}

fn is_eml_name(name: &str) -> bool {
    name.len() > ".eml".len()
        && name.ends_with(".eml")
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && !name.contains("..")
        && !name.chars().any(char::is_control)
}

fn read_entry(dir: &Path, file: String) -> Option<MailboxEntry> {
    let mut raw = Vec::new();
    fs::File::open(dir.join(&file))
        .ok()?
        .take(MAX_EML_BYTES + 1)
        .read_to_end(&mut raw)
        .ok()?;
    if raw.len() as u64 > MAX_EML_BYTES {
        return None;
    }
    parse_entry(file, &raw)
}

fn parse_entry(file: String, raw: &[u8]) -> Option<MailboxEntry> {
    let message = MessageParser::default().parse(raw)?;
    Some(MailboxEntry {
        to: message.to().map(first_address).unwrap_or_default(),
        subject: message.subject().unwrap_or_default().to_owned(),
        date: message.date().map(|d| d.to_rfc3339()).unwrap_or_default(),
        text: message.body_text(0).map(unix_lines).unwrap_or_default(),
        html: message.body_html(0).map(unix_lines).unwrap_or_default(),
        file,
    })
}

/// Bodies travel with CRLF line ends; the mailbox shows them with LF, as they were written.
fn unix_lines(body: Cow<'_, str>) -> String {
    if body.contains('\r') {
        body.replace("\r\n", "\n")
    } else {
        body.into_owned()
    }
}

fn first_address(address: &Address<'_>) -> String {
    let Some(first) = address.first() else {
        return String::new();
    };
    match (first.name(), first.address()) {
        (Some(name), Some(addr)) => format!("{name} <{addr}>"),
        (None, Some(addr)) => addr.to_owned(),
        (Some(name), None) => name.to_owned(),
        (None, None) => String::new(),
    }
}
