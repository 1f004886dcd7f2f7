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
    pub shutdown_grace_secs: u64,
    /// `text` or `json` logs.
    pub log_format: String,
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
            shutdown_grace_secs: 20,
            log_format: "text".into(),
        }
    }
}

/// The keys read from `OPENGOV_*` environment variables.
const KEYS: [&str; 9] = [
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
        .with_writer(std::io::stderr);
    if c.log_format == "json" {
        builder.json().flatten_event(true).init();
    } else {
        builder.init();
    }
}
