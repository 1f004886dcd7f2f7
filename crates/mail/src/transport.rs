//! Where messages go: an SMTP server, a directory of `.eml` files, or memory.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::MailError;
use crate::email::{Email, SentEmail, build_message};

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// Plain text, for a trusted relay on the same host or network only.
    None,
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    #[default]
    StartTls,
    /// TLS from the first byte, "submissions" (usually port 465).
    Tls,
}

/// Settings of the SMTP server in production.
#[derive(Clone, Serialize, Deserialize)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub username: Option<String>,
    pub password: Option<String>,
    /// Timeout of each network step, in seconds; 0 keeps lettre's default (60 s).
    pub timeout_secs: u64,
}

impl fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("timeout_secs", &self.timeout_secs)
            .finish()
    }
}

/// Sends messages. Cloning is cheap and clones share the same transport (and, for a memory
/// mailer, the same list of sent messages).
#[derive(Clone)]
pub struct Mailer {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        server: String,
    },
    Files(PathBuf),
    Memory(Arc<Mutex<Vec<SentEmail>>>),
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Smtp { server, .. } => write!(f, "Mailer::Smtp({server})"),
            Kind::Files(dir) => write!(f, "Mailer::Files({})", dir.display()),
            Kind::Memory(_) => f.write_str("Mailer::Memory"),
        }
    }
}

impl Mailer {
    /// A mailer that sends through an SMTP server. Nothing is connected until the first
    /// [`send`](Mailer::send); each send opens its own connection.
    pub fn smtp(cfg: &SmtpConfig) -> Result<Mailer, MailError> {
        let host = cfg.host.trim();
        if host.is_empty() {
            return Err(MailError::Transport("the SMTP host is empty".into()));
        }
        let tls_error = |e: lettre::transport::smtp::Error| {
            MailError::Transport(format!("TLS settings for {host}: {e}"))
        };
        let mut builder = match cfg.tls {
            TlsMode::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            TlsMode::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(tls_error)?
            }
            TlsMode::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(tls_error)?,
        }
        .port(cfg.port);
        match (&cfg.username, &cfg.password) {
            (Some(user), password) => {
                builder = builder.credentials(Credentials::new(
                    user.clone(),
                    password.clone().unwrap_or_default(),
                ));
            }
            (None, Some(_)) => {
                return Err(MailError::Transport(
                    "an SMTP password is set without a username".into(),
                ));
            }
            (None, None) => {}
        }
        if cfg.timeout_secs > 0 {
            builder = builder.timeout(Some(Duration::from_secs(cfg.timeout_secs)));
        }
        Ok(Mailer {
            kind: Kind::Smtp {
                transport: builder.build(),
                server: format!("{host}:{}", cfg.port),
            },
        })
    }

    /// A development mailer that writes each message to `<dir>/<timestamp>-<random>.eml`,
    /// creating the directory when needed.
    pub fn files(dir: impl Into<PathBuf>) -> Mailer {
        Mailer {
            kind: Kind::Files(dir.into()),
        }
    }

    /// A test mailer that keeps the messages in memory; see [`sent`](Mailer::sent).
    pub fn memory() -> Mailer {
        Mailer {
            kind: Kind::Memory(Arc::default()),
        }
    }

    /// Messages sent so far through a memory mailer (empty for other kinds).
    pub fn sent(&self) -> Vec<SentEmail> {
        match &self.kind {
            Kind::Memory(sent) => sent.lock().unwrap_or_else(PoisonError::into_inner).clone(),
            Kind::Smtp { .. } | Kind::Files(_) => Vec::new(),
        }
    }

    /// Builds the message from `from` (such as `Open Government <no-reply@example.org>`)
    /// and `email`, and delivers it.
    pub async fn send(&self, from: &str, email: &Email) -> Result<(), MailError> {
        let message = build_message(from, email)?;
        match &self.kind {
            Kind::Smtp { transport, server } => {
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Transport(format!("{server}: {e}")))?;
            }
            Kind::Files(dir) => write_eml(dir, &message.formatted()).await?,
            Kind::Memory(sent) => {
                let sent_email = SentEmail::new(email, message.formatted());
                sent.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(sent_email);
            }
        }
        Ok(())
    }
}

/// Writes `raw` to a new `.eml` file of `dir`, through a hidden temporary file so that a
/// reader never sees a partial message.
async fn write_eml(dir: &Path, raw: &[u8]) -> Result<(), MailError> {
    tokio::fs::create_dir_all(dir).await?;
    let name = format!("{}-{:016x}.eml", file_timestamp(), rand::random::<u64>());
    let part = dir.join(format!(".{name}.part"));
    if let Err(e) = tokio::fs::write(&part, raw).await {
        let _ = tokio::fs::remove_file(&part).await;
        return Err(e.into());
    }
    if let Err(e) = tokio::fs::rename(&part, dir.join(&name)).await {
        let _ = tokio::fs::remove_file(&part).await;
        return Err(e.into());
    }
    Ok(())
}

/// The current UTC time as `20260501T093012.123456789Z`, which sorts like time.
fn file_timestamp() -> String {
    let now = OffsetDateTime::now_utc();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}.{:09}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
        now.nanosecond()
    )
}
