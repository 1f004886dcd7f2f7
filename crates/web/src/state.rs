//! What every handler shares.

use crate::cache::{Derived, Generations, PageCache, Tag};
use crate::views::FilterOptions;
use opengov_core::Lang;
use opengov_db::Db;
use opengov_i18n::I18n;
use std::sync::Arc;

/// Web settings taken from the configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Served behind https: cookies get `Secure` and responses carry HSTS.
    pub https: bool,
    /// Keep rendered public pages until the data changes (on by default; benchmarks and tests
    /// can turn it off to measure the rendering path).
    pub page_cache: bool,
    /// Development mode: `/dev/mailbox` lists the e-mails written to files.
    pub dev_mode: bool,
    /// Where e-mails are written in development (the file transport's directory).
    pub mail_dir: std::path::PathBuf,
    /// `From:` of the e-mails.
    pub mail_from: String,
    /// Absolute address of the portal, for links in e-mails.
    pub public_url: String,
    pub session_idle_secs: i64,
    pub session_absolute_secs: i64,
    /// Which `X-Forwarded-For` hops to believe (none by default): the client is the
    /// rightmost hop that is not a trusted proxy (see `opengov_core::net`).
    pub proxies: opengov_core::net::ProxyTrust,
    /// Administrators and coordinators must enrol a second factor before using their roles.
    pub require_second_factor: bool,
    /// Who runs the portal and how to reach them, shown on the contact, legal and privacy pages.
    pub site: SiteInfo,
    /// Evidence files: the upload limit and where files are kept.
    pub uploads: crate::evidence::UploadSettings,
    /// The daily reminders to project leaders.
    pub reminders: crate::reminders::ReminderSettings,
}

/// Facts about the body that runs this installation, from the configuration (see
/// docs/operations.md). Each is shown where the law or the reader wants it, and only when set:
/// nothing here has a made-up default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteInfo {
    /// The publisher: the body responsible for the portal (legal notice, privacy notice).
    pub publisher: Option<String>,
    /// The team's e-mail address (contact page, accessibility feedback, privacy requests).
    pub contact_email: Option<String>,
    /// The publisher's postal address.
    pub postal_address: Option<String>,
    /// Who hosts the servers (legal notice).
    pub hosting: Option<String>,
    /// The number under which the processing of personal data was declared to (or
    /// authorised by) the CNDP under law 09-08: privacy notice and registration form.
    pub cndp_declaration: Option<String>,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            https: false,
            page_cache: true,
            dev_mode: false,
            mail_dir: "data/mail".into(),
            mail_from: "Open Government <no-reply@localhost.localdomain>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            session_idle_secs: 30 * 60,
            session_absolute_secs: 12 * 60 * 60,
            proxies: opengov_core::net::ProxyTrust::Off,
            require_second_factor: false,
            site: SiteInfo::default(),
            uploads: crate::evidence::UploadSettings::default(),
            reminders: crate::reminders::ReminderSettings::default(),
        }
    }
}

/// What every handler reads. Cloned for every extractor and layer of every request, so it is
/// one `Arc`: a clone is one reference-count change, not one per field (with a field per
/// `Arc`, clones and drops were about a tenth of a cached page's CPU time).
#[derive(Clone)]
pub struct AppState(Arc<AppParts>);

impl std::ops::Deref for AppState {
    type Target = AppParts;
    fn deref(&self) -> &AppParts {
        &self.0
    }
}

pub struct AppParts {
    pub db: Db,
    pub i18n: &'static I18n,
    pub config: Arc<WebConfig>,
    pub(crate) cache: Arc<PageCache>,
    pub(crate) filter_options: Arc<Derived<Lang, FilterOptions>>,
    /// The illustrative-data flag every page shows (a setting: it changes with "everything").
    pub(crate) illustrative: Arc<Derived<(), bool>>,
    pub mailer: opengov_mail::Mailer,
    /// Where evidence files are kept (`config.uploads.storage`).
    pub storage: Arc<dyn crate::evidence::storage::Storage>,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> AppState {
        let mailer = opengov_mail::Mailer::files(config.mail_dir.clone());
        AppState::with_mailer(db, config, mailer)
    }

    /// Every page body the page cache holds (tests check that none holds per-user bytes).
    pub fn cached_pages(&self) -> Vec<axum::body::Bytes> {
        self.cache.bodies()
    }

    /// Bytes and entries the page cache holds.
    pub fn page_cache_size(&self) -> (u64, u64) {
        self.cache.size()
    }

    /// Inside a Tokio runtime, the database's watch of other instances' changes is started
    /// here (once per database handle; see `opengov_db::changes`).
    pub fn with_mailer(db: Db, config: WebConfig, mailer: opengov_mail::Mailer) -> AppState {
        let generations = Arc::new(Generations::default());
        let sink: Arc<dyn opengov_db::changes::ChangeSink> = generations.clone();
        db.subscribe(Arc::downgrade(&sink));
        if tokio::runtime::Handle::try_current().is_ok() {
            db.watch_changes(opengov_db::changes::WatchOptions::default());
        }
        // The binary opens the storage once before (`evidence::storage::open`) and stops on a
        // bad setting; here a failure is logged and every upload and download is a 500.
        let storage = crate::evidence::storage::open(&config.uploads.storage).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the evidence storage cannot be opened");
            Arc::new(crate::evidence::storage::Unavailable(e))
        });
        AppState(Arc::new(AppParts {
            storage,
            mailer,
            db,
            i18n: opengov_i18n::global(),
            config: Arc::new(config),
            cache: Arc::new(PageCache::new(
                crate::cache::MAX_BYTES,
                crate::cache::MAX_ENTRIES,
                generations.clone(),
            )),
            // The filters' choices are plans, axes and institutions: what the lists show.
            filter_options: Arc::new(Derived::new(generations.clone(), vec![Tag::Lists])),
            illustrative: Arc::new(Derived::new(generations, vec![])),
        }))
    }

    /// An absolute link to `path`, for e-mails.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.config.public_url.trim_end_matches('/'), path)
    }
}
