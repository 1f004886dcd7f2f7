//! The test application: a fresh database on either engine (with the demo dataset unless told
//! otherwise), the state and the router over it.
//!
//! ```ignore
//! let app = TestApp::new(engine).page_cache(false).config(|c| c.https = true).build().await;
//! ```

use super::Page;
use super::client::Client;
use axum::Router;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use opengov_db::dataset::{KnownKeys, read_files};
use opengov_db::testing::TestDb;
use opengov_db::{Db, Engine, now_micros};
use opengov_mail::Mailer;
use opengov_web::{AppState, WebConfig};
use std::path::PathBuf;
use tower::ServiceExt;

/// One application over its own database; [`TestApp::cleanup`] removes the database.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub db: Db,
    pub engine: Engine,
    test_db: TestDb,
    /// The folder evidence files go to (unless the test configured another storage).
    uploads: tempfile::TempDir,
}

/// How a [`TestApp`] is made; see [`TestApp::new`].
pub struct TestAppBuilder {
    engine: Engine,
    config: WebConfig,
    mailer: Option<Mailer>,
    demo: bool,
}

pub fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/demo")
}

impl TestApp {
    /// A builder: the demo dataset loaded, the default configuration, e-mails kept in memory.
    /// (`TestApp::new(..).build()` reads better than a separate builder type's constructor.)
    #[allow(clippy::new_ret_no_self)]
    pub fn new(engine: Engine) -> TestAppBuilder {
        TestAppBuilder {
            engine,
            config: WebConfig::default(),
            mailer: None,
            demo: true,
        }
    }

    /// The database's address, for a second instance of the application over it.
    pub fn db_url(&self) -> &str {
        &self.test_db.url
    }

    /// Another instance of the application over the same database: its own state, page cache
    /// and mailer (and the same pool).
    pub fn instance(&self, config: WebConfig, mailer: Mailer) -> (AppState, Router) {
        let state = AppState::with_mailer(self.db.clone(), config, mailer);
        (state.clone(), opengov_web::app(state))
    }

    /// Adds an activity (weight 1, titled by its key in French) to a commitment of the demo
    /// data; returns its id.
    #[allow(dead_code)]
    pub async fn add_activity(&self, ogp_id: &str, key: &str, progress: i64) -> i64 {
        self.add_dated_activity(ogp_id, key, progress, None).await
    }

    /// The same, ending on `end` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[allow(dead_code)]
    pub async fn add_dated_activity(
        &self,
        ogp_id: &str,
        key: &str,
        progress: i64,
        end: Option<&str>,
    ) -> i64 {
        use opengov_core::{Lang, LocalizedText, PartialDate};
        let a = opengov_db::dataset::ActivityRec {
            ogp_id: ogp_id.into(),
            key: key.into(),
            position: 1,
            title: LocalizedText::new().with(Lang::Fr, key),
            expected_output: LocalizedText::new(),
            start_date: None,
            end_date: end.map(|e| PartialDate::parse(e).expect("a partial date")),
            responsible_institution: None,
            weight: 1,
            progress: Some(progress),
            cancelled: false,
            sources: String::new(),
            provenance: Default::default(),
        };
        self.db.add_activity(&a, now_micros()).await.unwrap();
        self.db
            .activity_place(key)
            .await
            .unwrap()
            .expect("the activity just added")
            .activity_id
    }

    /// An anonymous browser.
    pub fn client(&self) -> Client {
        let mut c = Client::on(self.router.clone());
        if self.state.config.https {
            c.origin = Some("https://localhost".into());
        }
        c
    }

    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, &[]).await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Page {
        self.request_with("GET", uri, headers).await
    }

    /// A request with any method and no body.
    pub async fn request(&self, method: &str, uri: &str) -> Page {
        self.request_with(method, uri, &[]).await
    }

    pub async fn request_with(&self, method: &str, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = Request::builder().method(method).uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).to_string(),
            bytes,
        }
    }

    /// E-mails queued so far, sent (the job worker run until the queue is empty).
    pub async fn deliver_mail(&self) {
        while opengov_web::auth::mail::run_one(&self.state, "test-worker").await {}
    }

    /// The last e-mail sent to `to` (with the in-memory mailer).
    pub fn mail_to(&self, to: &str) -> opengov_mail::SentEmail {
        self.state
            .mailer
            .sent()
            .into_iter()
            .rev()
            .find(|m| m.to == to)
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }

    /// Closes the pool and drops the PostgreSQL database.
    pub async fn cleanup(self) {
        self.test_db.cleanup().await;
    }

    /// The local folder evidence files are stored in (a temporary folder of this test).
    pub fn uploads_dir(&self) -> &std::path::Path {
        self.uploads.path()
    }

    /// The files stored in the local uploads folder.
    pub fn stored_files(&self) -> Vec<PathBuf> {
        let dir = self.uploads.path().join("evidence");
        match std::fs::read_dir(dir) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        }
    }

    /// A file kept as evidence of a report, as an upload would keep it; its id.
    pub async fn add_evidence_file(&self, report: i64, name: &str, bytes: &[u8]) -> i64 {
        opengov_web::evidence::keep_file(
            &self.state,
            report,
            name,
            axum::body::Bytes::copy_from_slice(bytes),
        )
        .await
        .expect("stored")
        .expect("kept")
    }
}

impl TestAppBuilder {
    /// Keep rendered pages (the default) or render every request.
    pub fn page_cache(mut self, on: bool) -> Self {
        self.config.page_cache = on;
        self
    }

    /// Changes the web configuration.
    pub fn config(mut self, change: impl FnOnce(&mut WebConfig)) -> Self {
        change(&mut self.config);
        self
    }

    /// Another mailer than the in-memory one.
    pub fn mailer(mut self, mailer: Mailer) -> Self {
        self.mailer = Some(mailer);
        self
    }

    /// Load the repository's demo dataset (the default) or start from an empty database.
    pub fn demo(mut self, on: bool) -> Self {
        self.demo = on;
        self
    }

    pub async fn build(mut self) -> TestApp {
        let test_db = TestDb::new(self.engine).await;
        let uploads = tempfile::tempdir().expect("a folder for the uploads");
        if self.config.uploads.storage == opengov_web::evidence::StorageSettings::default() {
            self.config.uploads.storage = opengov_web::evidence::StorageSettings::Local {
                dir: uploads.path().to_path_buf(),
            };
        }
        if self.demo {
            let ds = read_files(&[demo_dir()], &KnownKeys::default()).expect("demo data");
            test_db
                .db
                .import_dataset(&ds, now_micros(), &|_| {})
                .await
                .expect("import the demo data");
        }
        let mailer = self.mailer.unwrap_or_else(Mailer::memory);
        let state = AppState::with_mailer(test_db.db.clone(), self.config, mailer);
        TestApp {
            router: opengov_web::app(state.clone()),
            db: test_db.db.clone(),
            state,
            engine: self.engine,
            test_db,
            uploads,
        }
    }
}
