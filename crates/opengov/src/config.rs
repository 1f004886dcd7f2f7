//! Typed configuration: defaults, then `opengov.toml`, then `OPENGOV_*` environment
//! variables, then command-line flags.

use crate::cli::{Cli, Command};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address to listen on.
    pub bind: String,
    /// `sqlite://...` (embedded default) or `postgres://...`.
    pub database_url: String,
    /// Load the demo dataset into an empty database on start.
    pub demo: bool,
    /// Served behind https (Secure cookies, HSTS).
    pub https: bool,
    /// Keep rendered public pages until the data changes.
    pub page_cache: bool,
    pub max_connections: u32,
    pub header_read_timeout_secs: u64,
    /// A connection with no request in progress for this long is closed.
    pub idle_timeout_secs: u64,
    /// HTTP connections open at once (below the file handle limit); more wait.
    pub max_open_connections: usize,
    /// Accept HTTP/2 with prior knowledge (h2c) from a proxy; HTTP/1.1 only otherwise.
    pub http2: bool,
    pub shutdown_grace_secs: u64,
    /// `text` or `json` logs.
    pub log_format: String,
    /// Development mode: `/dev/mailbox` lists the e-mails written to `mail_dir`.
    pub dev: bool,
    /// `files` (write .eml files into `mail_dir`) or `smtp`.
    pub mail_transport: String,
    pub mail_dir: String,
    pub mail_from: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    /// `starttls`, `tls` or `none`.
    pub smtp_tls: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// The portal's public address, for links in e-mails.
    pub public_url: String,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    /// Take the client's address from `X-Forwarded-For`, behind proxies only: the rightmost hop
    /// that is not one of `trusted_proxies` (addresses or CIDR networks) or, when none is
    /// listed, the hop `forwarded_hops` from the right.
    pub trust_forwarded_for: bool,
    pub trusted_proxies: Vec<String>,
    pub forwarded_hops: usize,
    /// Administrators and coordinators must enrol a second factor before using their roles.
    pub require_second_factor: bool,
    /// The body responsible for the portal (legal notice, privacy notice).
    pub publisher: Option<String>,
    /// The team's e-mail address (contact page, accessibility feedback, privacy requests).
    pub contact_email: Option<String>,
    pub postal_address: Option<String>,
    /// Who hosts the servers (legal notice).
    pub hosting_provider: Option<String>,
    /// The CNDP's number for the declaration of the processing of personal data (law 09-08).
    pub cndp_declaration: Option<String>,
    /// The largest evidence file taken, in MB (1 to 1024).
    pub upload_limit_mb: u64,
    /// The folder evidence files are kept in, when no S3 bucket is configured.
    pub uploads_dir: String,
    /// An S3-compatible bucket for evidence files (instead of `uploads_dir`), with its server's
    /// address (none for AWS itself), region, access key and whether `http://` is accepted (a
    /// server on the same machine or network).
    pub s3_bucket: Option<String>,
    pub s3_endpoint: Option<String>,
    pub s3_region: String,
    pub s3_access_key_id: Option<String>,
    pub s3_secret_access_key: Option<String>,
    pub s3_allow_http: bool,
    /// Send the daily reminders to project leaders from `serve`.
    pub reminders: bool,
    /// Days without a report after which an activity's leaders are reminded (1 to 3650).
    pub reminder_silent_days: u32,
    /// At most one reminder per activity and reason in each period of this many days (1 to
    /// 366; 7 is an ISO week).
    pub reminder_every_days: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "127.0.0.1:8080".into(),
            database_url: "sqlite://data/opengov.db".into(),
            demo: true,
            https: false,
            page_cache: true,
            max_connections: 8,
            header_read_timeout_secs: 10,
            idle_timeout_secs: 60,
            max_open_connections: 1024,
            http2: false,
            shutdown_grace_secs: 20,
            log_format: "text".into(),
            dev: false,
            mail_transport: "files".into(),
            mail_dir: "data/mail".into(),
            mail_from: "Open Government <no-reply@localhost.localdomain>".into(),
            smtp_host: "localhost".into(),
            smtp_port: 587,
            smtp_tls: "starttls".into(),
            smtp_username: None,
            smtp_password: None,
            public_url: "http://127.0.0.1:8080".into(),
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            trust_forwarded_for: false,
            trusted_proxies: Vec::new(),
            forwarded_hops: 1,
            require_second_factor: true,
            publisher: None,
            contact_email: None,
            postal_address: None,
            hosting_provider: None,
            cndp_declaration: None,
            upload_limit_mb: 20,
            uploads_dir: "data/uploads".into(),
            s3_bucket: None,
            s3_endpoint: None,
            s3_region: "us-east-1".into(),
            s3_access_key_id: None,
            s3_secret_access_key: None,
            s3_allow_http: false,
            reminders: true,
            reminder_silent_days: 60,
            reminder_every_days: 7,
        }
    }
}

/// The keys read from `OPENGOV_*` environment variables.
const KEYS: [&str; 44] = [
    "reminders",
    "reminder_silent_days",
    "reminder_every_days",
    "upload_limit_mb",
    "uploads_dir",
    "s3_bucket",
    "s3_endpoint",
    "s3_region",
    "s3_access_key_id",
    "s3_secret_access_key",
    "s3_allow_http",
    "publisher",
    "contact_email",
    "postal_address",
    "hosting_provider",
    "cndp_declaration",
    "idle_timeout_secs",
    "max_open_connections",
    "http2",
    "trusted_proxies",
    "forwarded_hops",
    "require_second_factor",
    "dev",
    "mail_transport",
    "mail_dir",
    "mail_from",
    "smtp_host",
    "smtp_port",
    "smtp_tls",
    "smtp_username",
    "smtp_password",
    "public_url",
    "session_idle_minutes",
    "session_absolute_hours",
    "trust_forwarded_for",
    "bind",
    "database_url",
    "demo",
    "https",
    "page_cache",
    "max_connections",
    "header_read_timeout_secs",
    "shutdown_grace_secs",
    "log_format",
];

/// Values given as flags; only those present override the rest.
#[derive(Serialize, Default)]
struct Flags {
    #[serde(skip_serializing_if = "Option::is_none")]
    bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    demo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_cache: Option<bool>,
}

impl Config {
    /// The web layer's settings; an entry of `trusted_proxies` that is neither an address nor
    /// a network is refused.
    pub fn web(&self) -> Result<opengov_web::WebConfig, String> {
        let proxies = opengov_core::net::ProxyTrust::from_config(
            self.trust_forwarded_for,
            self.forwarded_hops,
            &self.trusted_proxies,
        )
        .map_err(|bad| {
            format!("trusted_proxies: {bad:?} is neither an IP address nor a network (10.0.0.0/8)")
        })?;
        Ok(opengov_web::WebConfig {
            https: self.https,
            page_cache: self.page_cache,
            dev_mode: self.dev,
            mail_dir: self.mail_dir.clone().into(),
            mail_from: self.mail_from.clone(),
            public_url: self.public_url.clone(),
            session_idle_secs: self.session_idle_minutes.clamp(1, 24 * 60) * 60,
            session_absolute_secs: self.session_absolute_hours.clamp(1, 24 * 30) * 3600,
            proxies,
            require_second_factor: self.require_second_factor,
            site: self.site()?,
            uploads: self.uploads()?,
            reminders: self.reminders()?,
        })
    }

    /// The reminder job's settings, within their bounds.
    fn reminders(&self) -> Result<opengov_web::reminders::ReminderSettings, String> {
        if !(1..=3650).contains(&self.reminder_silent_days) {
            return Err(format!(
                "reminder_silent_days: {} is not between 1 and 3650",
                self.reminder_silent_days
            ));
        }
        if !(1..=366).contains(&self.reminder_every_days) {
            return Err(format!(
                "reminder_every_days: {} is not between 1 and 366",
                self.reminder_every_days
            ));
        }
        Ok(opengov_web::reminders::ReminderSettings {
            enabled: self.reminders,
            silent_days: self.reminder_silent_days,
            every_days: self.reminder_every_days,
        })
    }

    /// Where evidence files go: the S3 bucket when one is named (with its key pair), else the
    /// uploads folder. The storage is opened once here, so that a setting its client refuses
    /// stops the server at start rather than failing every upload.
    fn uploads(&self) -> Result<opengov_web::evidence::UploadSettings, String> {
        use opengov_web::evidence::storage::{S3Settings, open};
        use opengov_web::evidence::{StorageSettings, UploadSettings};
        if !(1..=1024).contains(&self.upload_limit_mb) {
            return Err(format!(
                "upload_limit_mb: {} is not between 1 and 1024",
                self.upload_limit_mb
            ));
        }
        fn given(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|v| !v.is_empty())
        }
        let storage = match given(&self.s3_bucket) {
            Some(bucket) => {
                let (Some(id), Some(secret)) = (
                    given(&self.s3_access_key_id),
                    given(&self.s3_secret_access_key),
                ) else {
                    return Err(
                        "s3_bucket is set: s3_access_key_id and s3_secret_access_key are needed too"
                            .into(),
                    );
                };
                StorageSettings::S3(S3Settings {
                    bucket: bucket.to_string(),
                    endpoint: given(&self.s3_endpoint).map(str::to_string),
                    region: self.s3_region.trim().to_string(),
                    access_key_id: id.to_string(),
                    secret_access_key: secret.to_string(),
                    allow_http: self.s3_allow_http,
                })
            }
            None => {
                if self.uploads_dir.trim().is_empty() {
                    return Err("uploads_dir is empty".into());
                }
                StorageSettings::Local {
                    dir: self.uploads_dir.trim().into(),
                }
            }
        };
        open(&storage)?;
        Ok(UploadSettings {
            limit_mb: self.upload_limit_mb,
            storage,
        })
    }

    /// The facts about the publisher shown on the help pages: blank values count as unset; a
    /// contact address that is not an e-mail address, or a value with control characters, is
    /// refused (the pages would show it to everyone).
    fn site(&self) -> Result<opengov_web::SiteInfo, String> {
        let clean = |key: &str, v: &Option<String>| -> Result<Option<String>, String> {
            let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
                return Ok(None);
            };
            if v.chars().any(|c| c.is_control() && c != '\n') || v.chars().count() > 300 {
                return Err(format!(
                    "{key}: control characters or over 300 characters: {v:?}"
                ));
            }
            Ok(Some(v.to_string()))
        };
        let contact_email = clean("contact_email", &self.contact_email)?;
        if let Some(e) = &contact_email
            && opengov_core::auth::email::normalize(e).is_none()
        {
            return Err(format!("contact_email: {e:?} is not an e-mail address"));
        }
        Ok(opengov_web::SiteInfo {
            publisher: clean("publisher", &self.publisher)?,
            contact_email,
            postal_address: clean("postal_address", &self.postal_address)?,
            hosting: clean("hosting_provider", &self.hosting_provider)?,
            cndp_declaration: clean("cndp_declaration", &self.cndp_declaration)?,
        })
    }

    /// The server loop's bounds.
    pub fn serve_options(&self) -> opengov_web::ServeOptions {
        use std::time::Duration;
        opengov_web::ServeOptions {
            header_read_timeout: Duration::from_secs(self.header_read_timeout_secs.max(1)),
            idle_timeout: Duration::from_secs(self.idle_timeout_secs.max(1)),
            max_connections: self.max_open_connections.max(1),
            http2: self.http2,
            shutdown_grace: Duration::from_secs(self.shutdown_grace_secs),
        }
    }

    pub fn mailer(&self) -> Result<opengov_mail::Mailer, String> {
        match self.mail_transport.as_str() {
            "files" => Ok(opengov_mail::Mailer::files(self.mail_dir.clone())),
            "smtp" => {
                let tls = match self.smtp_tls.as_str() {
                    "tls" => opengov_mail::TlsMode::Tls,
                    "none" => opengov_mail::TlsMode::None,
                    _ => opengov_mail::TlsMode::StartTls,
                };
                opengov_mail::Mailer::smtp(&opengov_mail::SmtpConfig {
                    host: self.smtp_host.clone(),
                    port: self.smtp_port,
                    tls,
                    username: self.smtp_username.clone(),
                    password: self.smtp_password.clone(),
                    timeout_secs: 20,
                })
                .map_err(|e| e.to_string())
            }
            other => Err(format!(
                "unknown mail_transport {other:?} (expected files or smtp)"
            )),
        }
    }

    pub fn load(cli: &Cli) -> Result<Config, Box<figment::Error>> {
        let file = cli
            .config
            .clone()
            .unwrap_or_else(|| PathBuf::from("opengov.toml"));
        let mut flags = Flags {
            database_url: cli.database_url.clone(),
            ..Flags::default()
        };
        if let Some(Command::Serve(s)) = &cli.command {
            flags.bind = s.bind.clone();
            if s.no_demo {
                flags.demo = Some(false);
            }
            if s.no_page_cache {
                flags.page_cache = Some(false);
            }
        }
        Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::file(file))
            // Only the configuration's own keys: other OPENGOV_* variables (OPENGOV_LANG,
            // OPENGOV_TEST_PG_URL, ...) belong to other tools.
            .merge(Env::prefixed("OPENGOV_").only(&KEYS))
            .merge(Serialized::defaults(flags))
            .extract()
            .map_err(Box::new)
    }
}

pub fn init_logs(c: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal: not in log files or journald, and not
        // formatted into every request's span there.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if c.log_format == "json" {
        builder.json().flatten_event(true).init();
    } else {
        builder.init();
    }
}

impl Config {
    /// Opens and migrates the configured database.
    pub async fn open_db(&self) -> anyhow::Result<opengov_db::Db> {
        use anyhow::Context;
        let db = opengov_db::Db::connect(&self.database_url, self.max_connections)
            .await
            .with_context(|| {
                format!(
                    "cannot open the database {}",
                    opengov_db::redact_url(&self.database_url)
                )
            })?;
        db.migrate().await.context("cannot migrate the database")?;
        Ok(db)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opengov_web::evidence::StorageSettings;

    #[test]
    fn evidence_files_go_to_the_folder_or_to_a_complete_s3_setting() {
        let c = Config::default();
        let u = c.uploads().unwrap();
        assert_eq!(u.limit_mb, 20);
        assert_eq!(
            u.storage,
            StorageSettings::Local {
                dir: "data/uploads".into()
            }
        );
        let s3 = Config {
            s3_bucket: Some("preuves".into()),
            s3_endpoint: Some("http://127.0.0.1:9000".into()),
            s3_access_key_id: Some("id".into()),
            s3_secret_access_key: Some("secret".into()),
            s3_allow_http: true,
            ..Config::default()
        };
        assert!(matches!(
            s3.uploads().unwrap().storage,
            StorageSettings::S3(ref b) if b.bucket == "preuves" && b.allow_http
        ));
        let no_keys = Config {
            s3_secret_access_key: None,
            ..s3.clone()
        };
        assert!(
            no_keys
                .uploads()
                .unwrap_err()
                .contains("s3_secret_access_key")
        );
        for bad in [0, 1025] {
            let c = Config {
                upload_limit_mb: bad,
                ..Config::default()
            };
            assert!(c.uploads().unwrap_err().contains("upload_limit_mb"));
        }
        for endpoint in ["not a url", "ftp://127.0.0.1", "https://"] {
            let bad = Config {
                s3_endpoint: Some(endpoint.into()),
                ..s3.clone()
            };
            assert!(
                bad.uploads().unwrap_err().contains("s3_endpoint"),
                "{endpoint}"
            );
        }
        let plain_http = Config {
            s3_allow_http: false,
            ..s3
        };
        assert!(plain_http.uploads().is_err(), "http:// needs s3_allow_http");
    }
}
