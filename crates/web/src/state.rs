//! What every handler shares.

use crate::cache::{Derived, PageCache};
use crate::routes::FilterOptions;
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
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            https: false,
            page_cache: true,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub i18n: &'static I18n,
    pub config: Arc<WebConfig>,
    pub(crate) cache: Arc<PageCache>,
    pub(crate) filter_options: Arc<Derived<Lang, FilterOptions>>,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> AppState {
        AppState {
            db,
            i18n: opengov_i18n::global(),
            config: Arc::new(config),
            cache: Arc::new(PageCache::new(4096)),
            filter_options: Arc::new(Derived::new()),
        }
    }
}
