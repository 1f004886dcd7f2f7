//! Where evidence files are kept: a [`Storage`] of objects under generated keys, with a
//! local-folder backend (the default) and an S3-compatible object store (through
//! `object_store`) when a bucket is configured. Part of the ground of the crate: it imports
//! nothing of it.
//!
//! Keys are made by [`new_key`] (random, never a name the user gave); a backend refuses any
//! other shape of key, so no path can be reached through one.

use axum::body::Bytes;
use futures_util::{StreamExt, TryStreamExt};
use object_store::ObjectStoreExt;
use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

/// A storage failure: the backend is unreachable or refused (an operator's problem, answered
/// 500 and logged; never the uploader's).
#[derive(Debug, Clone)]
pub struct StorageError(pub String);

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StorageError {}

pub type StorageResult<T> = Result<T, StorageError>;
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// The bytes of an object, as they are read.
pub type ByteStream = Pin<Box<dyn futures_core::Stream<Item = StorageResult<Bytes>> + Send>>;

/// An object read back: its size and its bytes.
pub struct Object {
    pub size: u64,
    pub body: ByteStream,
}

/// A store of objects by key.
pub trait Storage: Send + Sync + fmt::Debug {
    /// Stores `bytes` under `key` (a key from [`new_key`]), replacing nothing in practice.
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> BoxFuture<'a, StorageResult<()>>;
    /// The object under `key`, `None` when there is none.
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<Option<Object>>>;
    /// Removes the object under `key`; removing what is not there is not an error.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<()>>;
}

/// A new key for an evidence file: `evidence/` and 32 random hexadecimal digits.
pub fn new_key() -> String {
    format!("evidence/{}", uuid::Uuid::new_v4().simple())
}

/// True for a key [`new_key`] makes: a backend takes no other.
pub fn valid_key(key: &str) -> bool {
    key.strip_prefix("evidence/").is_some_and(|rest| {
        rest.len() == 32
            && rest
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

fn checked(key: &str) -> StorageResult<&str> {
    if valid_key(key) {
        Ok(key)
    } else {
        Err(StorageError(format!("not a storage key: {key:?}")))
    }
}

/// Evidence uploads, from the configuration: the largest file taken and where files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadSettings {
    /// The largest file taken, in MB (`OPENGOV_UPLOAD_LIMIT_MB`, default 20; 1 MB is
    /// 1,048,576 bytes here).
    pub limit_mb: u64,
    pub storage: StorageSettings,
}

impl Default for UploadSettings {
    fn default() -> Self {
        UploadSettings {
            limit_mb: 20,
            storage: StorageSettings::default(),
        }
    }
}

impl UploadSettings {
    /// The limit in bytes.
    pub fn limit_bytes(&self) -> usize {
        usize::try_from(self.limit_mb.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX)
    }
}

/// Where the files go, from the configuration.
#[derive(Clone, PartialEq, Eq)]
pub enum StorageSettings {
    /// A folder of the server (`OPENGOV_UPLOADS_DIR`, default `data/uploads`), made on the
    /// first upload.
    Local { dir: PathBuf },
    /// An S3-compatible object store (`OPENGOV_S3_*`).
    S3(S3Settings),
}

impl fmt::Debug for StorageSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageSettings::Local { dir } => write!(f, "local folder {}", dir.display()),
            StorageSettings::S3(s) => write!(
                f,
                "S3 bucket {} at {}",
                s.bucket,
                s.endpoint.as_deref().unwrap_or("the AWS endpoint")
            ),
        }
    }
}

/// An S3-compatible bucket. The secret is never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Settings {
    pub bucket: String,
    /// The server's address (`https://s3.example.ma`); none for AWS itself.
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Accept an `http://` endpoint (a server on the same machine or network).
    pub allow_http: bool,
}

impl Default for StorageSettings {
    fn default() -> Self {
        StorageSettings::Local {
            dir: "data/uploads".into(),
        }
    }
}

/// The storage the settings name. An S3 setting that the client refuses (a malformed
/// endpoint, an empty bucket name) is an error, reported when the server starts.
pub fn open(settings: &StorageSettings) -> Result<Arc<dyn Storage>, String> {
    match settings {
        StorageSettings::Local { dir } => Ok(Arc::new(LocalFolder { dir: dir.clone() })),
        StorageSettings::S3(s) => {
            if s.bucket.trim().is_empty() {
                return Err("s3_bucket is empty".into());
            }
            let mut b = object_store::aws::AmazonS3Builder::new()
                .with_bucket_name(&s.bucket)
                .with_region(&s.region)
                .with_access_key_id(&s.access_key_id)
                .with_secret_access_key(&s.secret_access_key)
                .with_allow_http(s.allow_http);
            if let Some(endpoint) = &s.endpoint {
                let rest = endpoint
                    .strip_prefix("https://")
                    .or_else(|| endpoint.strip_prefix("http://").filter(|_| s.allow_http));
                if rest.is_none_or(|r| r.is_empty() || r.contains(char::is_whitespace)) {
                    return Err(format!(
                        "s3_endpoint: {endpoint:?} is not an https:// address (or http:// with \
                         s3_allow_http)"
                    ));
                }
                // Path-style addresses (`endpoint/bucket/key`), which every S3-compatible
                // server answers.
                b = b
                    .with_endpoint(endpoint)
                    .with_virtual_hosted_style_request(false);
            }
            let store = b
                .build()
                .map_err(|e| format!("the S3 settings are refused: {e}"))?;
            Ok(Arc::new(ObjectStore {
                store: Arc::new(store),
            }))
        }
    }
}

/// A storage that could not be opened: every call fails with the reason.
#[derive(Debug)]
pub struct Unavailable(pub String);

impl Storage for Unavailable {
    fn put<'a>(&'a self, _: &'a str, _: Bytes) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move { Err(StorageError(self.0.clone())) })
    }
    fn get<'a>(&'a self, _: &'a str) -> BoxFuture<'a, StorageResult<Option<Object>>> {
        Box::pin(async move { Err(StorageError(self.0.clone())) })
    }
    fn delete<'a>(&'a self, _: &'a str) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move { Err(StorageError(self.0.clone())) })
    }
}

/// Files in a folder of the server, one per key (`evidence/<hex>` is a file of the folder's
/// `evidence/` folder). A file is written beside its place and renamed into it, so a reader
/// never sees half of one.
#[derive(Debug)]
pub struct LocalFolder {
    dir: PathBuf,
}

impl LocalFolder {
    fn path(&self, key: &str) -> StorageResult<PathBuf> {
        Ok(self.dir.join(checked(key)?))
    }
}

fn io(what: &str, e: std::io::Error) -> StorageError {
    StorageError(format!("{what}: {e}"))
}

/// How much of a local file is read at a time.
const CHUNK: usize = 64 * 1024;

impl Storage for LocalFolder {
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            use tokio::io::AsyncWriteExt;
            let path = self.path(key)?;
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent)
                    .await
                    .map_err(|e| io("cannot make the uploads folder", e))?;
            }
            let part = path.with_extension(format!("part-{}", uuid::Uuid::new_v4().simple()));
            let written = async {
                let mut f = tokio::fs::File::create(&part).await?;
                f.write_all(&bytes).await?;
                f.sync_all().await?;
                tokio::fs::rename(&part, &path).await
            }
            .await;
            if let Err(e) = written {
                let _ = tokio::fs::remove_file(&part).await;
                return Err(io("cannot write an uploaded file", e));
            }
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<Option<Object>>> {
        Box::pin(async move {
            let path = self.path(key)?;
            let file = match tokio::fs::File::open(&path).await {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(io("cannot open an uploaded file", e)),
            };
            let size = file
                .metadata()
                .await
                .map_err(|e| io("cannot read an uploaded file", e))?
                .len();
            let body = futures_util::stream::try_unfold(file, |mut f| async move {
                use tokio::io::AsyncReadExt;
                let mut buf = vec![0u8; CHUNK];
                let n = f
                    .read(&mut buf)
                    .await
                    .map_err(|e| io("cannot read an uploaded file", e))?;
                if n == 0 {
                    return Ok(None);
                }
                buf.truncate(n);
                Ok(Some((Bytes::from(buf), f)))
            });
            Ok(Some(Object {
                size,
                body: Box::pin(body),
            }))
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(io("cannot remove an uploaded file", e)),
            }
        })
    }
}

/// An object store reached through `object_store` (S3 and compatible servers).
#[derive(Debug)]
pub struct ObjectStore {
    store: Arc<dyn object_store::ObjectStore>,
}

fn os(what: &str, e: object_store::Error) -> StorageError {
    StorageError(format!("{what}: {e}"))
}

impl Storage for ObjectStore {
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            let path = object_store::path::Path::from(checked(key)?);
            self.store
                .put(&path, bytes.into())
                .await
                .map_err(|e| os("cannot store an uploaded file", e))?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<Option<Object>>> {
        Box::pin(async move {
            let path = object_store::path::Path::from(checked(key)?);
            let got = match self.store.get(&path).await {
                Ok(g) => g,
                Err(object_store::Error::NotFound { .. }) => return Ok(None),
                Err(e) => return Err(os("cannot read an uploaded file", e)),
            };
            let size = got.meta.size;
            let body = got
                .into_stream()
                .map_err(|e| os("cannot read an uploaded file", e))
                .boxed();
            Ok(Some(Object { size, body }))
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            let path = object_store::path::Path::from(checked(key)?);
            match self.store.delete(&path).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(os("cannot remove an uploaded file", e)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_and_nothing_else_is_one() {
        let (a, b) = (new_key(), new_key());
        assert_ne!(a, b);
        assert!(valid_key(&a) && valid_key(&b), "{a}");
        for bad in [
            "",
            "evidence/",
            "evidence/../../etc/passwd",
            "evidence/ABCDEF0123456789ABCDEF0123456789",
            "other/0123456789abcdef0123456789abcdef",
            "/evidence/0123456789abcdef0123456789abcdef",
            "evidence/0123456789abcdef0123456789abcdef/x",
            "rapport.pdf",
        ] {
            assert!(!valid_key(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_secret_is_never_printed() {
        let s = StorageSettings::S3(S3Settings {
            bucket: "preuves".into(),
            endpoint: Some("http://127.0.0.1:9000".into()),
            region: "us-east-1".into(),
            access_key_id: "id".into(),
            secret_access_key: "very-secret".into(),
            allow_http: true,
        });
        let shown = format!("{s:?}");
        assert!(
            shown.contains("preuves") && !shown.contains("very-secret"),
            "{shown}"
        );
    }

    #[tokio::test]
    async fn a_local_folder_keeps_reads_and_removes_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(&StorageSettings::Local {
            dir: dir.path().join("uploads"),
        })
        .unwrap();
        let key = new_key();
        assert!(store.get(&key).await.unwrap().is_none());
        store
            .put(&key, Bytes::from_static(b"%PDF-1.7"))
            .await
            .unwrap();
        let got = store.get(&key).await.unwrap().unwrap();
        assert_eq!(got.size, 8);
        let bytes: Vec<Bytes> = got.body.try_collect().await.unwrap();
        assert_eq!(bytes.concat(), b"%PDF-1.7");
        // Only the file is left in the folder: no partial write beside it.
        let names: Vec<_> = std::fs::read_dir(dir.path().join("uploads/evidence"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        store.delete(&key).await.unwrap();
        store.delete(&key).await.unwrap();
        assert!(store.get(&key).await.unwrap().is_none());
        assert!(store.put("../escape", Bytes::new()).await.is_err());
        assert!(store.get("evidence/../../x").await.is_err());
    }
}
