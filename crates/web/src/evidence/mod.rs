//! Evidence of progress reports (docs/co-implementation.md, "Evidence storage"): files and
//! links a project leader adds to a report that may still change, and the files served back.
//!
//! - [`storage`]: where files are kept (a local folder, or an S3-compatible store), under
//!   generated keys;
//! - [`upload`]: the posted form (multipart with a `file`, or a `url`), read within the upload
//!   limit, CSRF-checked;
//! - [`keep_file`]: a file's kind read from its bytes (`infer`, then
//!   `opengov_core::reporting::classify`), images decoded and encoded again (no EXIF), its
//!   SHA-256, stored, then recorded;
//! - [`serve`]: the answer that sends a stored file back.

mod reencode;
pub mod serve;
pub mod storage;
pub mod upload;

pub use serve::{file_href, serve};
pub use storage::{StorageSettings, UploadSettings};
pub use upload::{EvidenceForm, Given};

use crate::kernel::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::http::StatusCode;
use opengov_core::Lang;
use opengov_core::reporting::{EvidenceType, FileRefusal, LinkError, stored_file_name};
use opengov_db::rows::NewEvidenceFile;
use opengov_i18n::Arg;

/// Why a piece of evidence is not kept: each is a translated message and changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The file itself (its kind, its name, an image that cannot be read).
    File(FileRefusal),
    Link(LinkError),
    /// A file over the upload limit.
    TooLarge,
    /// Neither a file nor a link.
    Nothing,
    /// A file and a link at once: one piece of evidence per post.
    Both,
    /// The report was submitted or published: its evidence no longer changes.
    Locked,
}

impl Refusal {
    pub fn status(self) -> StatusCode {
        match self {
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::Locked => StatusCode::CONFLICT,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    /// The explanation, in `lang` (the limit named in MB for a file too large).
    pub fn text(self, s: &AppState, lang: Lang) -> String {
        match self {
            Refusal::File(f) => s.i18n.t(lang, f.message_id()),
            Refusal::Link(l) => s.i18n.t(lang, l.message_id()),
            Refusal::TooLarge => too_large_text(s, lang),
            Refusal::Nothing => s.i18n.t(lang, "evidence-error-nothing"),
            Refusal::Both => s.i18n.t(lang, "evidence-error-both"),
            Refusal::Locked => s.i18n.t(lang, "evidence-error-locked"),
        }
    }
}

/// "The file is larger than N MB", with the configured limit.
pub fn too_large_text(s: &AppState, lang: Lang) -> String {
    let limit = i64::try_from(s.config.uploads.limit_mb).unwrap_or(i64::MAX);
    s.i18n.ta(
        lang,
        "evidence-error-too-large",
        &[("limit", Arg::Count(limit))],
    )
}

/// A file read and checked, ready to store.
#[derive(Debug)]
struct Checked {
    kind: EvidenceType,
    bytes: Bytes,
    sha256: String,
}

/// Decides what an upload is and what is stored of it (CPU work: run it off the async
/// threads): the kind from the bytes, never from the name or the browser's word; images
/// decoded and encoded again; the SHA-256 of what is stored.
fn check_file(name: &str, bytes: Bytes, limit: usize) -> Result<Checked, Refusal> {
    use sha2::Digest;
    if bytes.len() > limit {
        return Err(Refusal::TooLarge);
    }
    let sniffed = infer::get(&bytes).map(|t| t.mime_type());
    let kind = opengov_core::reporting::classify(sniffed, &bytes, name).map_err(Refusal::File)?;
    let bytes = match reencode::image(kind, &bytes) {
        Some(Ok(clean)) if clean.len() > limit => {
            return Err(Refusal::File(FileRefusal::TooManyPixels));
        }
        Some(Ok(clean)) => Bytes::from(clean),
        Some(Err(refusal)) => return Err(Refusal::File(refusal)),
        // Documents are kept as they came (no copy).
        None => bytes,
    };
    let digest = sha2::Sha256::digest(&bytes);
    let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Checked {
        kind,
        bytes,
        sha256,
    })
}

/// Keeps an uploaded file as evidence of a report: checked, stored under a new key, recorded.
/// A refusal stores nothing; a report that stopped being editable meanwhile has the stored
/// object removed again.
pub async fn keep_file(
    s: &AppState,
    report_id: i64,
    name: &str,
    bytes: Bytes,
) -> Result<Result<i64, Refusal>, AppError> {
    let limit = s.config.uploads.limit_bytes();
    let raw_name = name.to_string();
    let checked = tokio::task::spawn_blocking(move || check_file(&raw_name, bytes, limit))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "checking an upload failed");
            AppError::internal()
        })?;
    let checked = match checked {
        Ok(c) => c,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let key = storage::new_key();
    let file = NewEvidenceFile {
        storage_key: key.clone(),
        file_name: stored_file_name(name, checked.kind),
        media_type: checked.kind.media_type().to_string(),
        size: i64::try_from(checked.bytes.len()).unwrap_or(i64::MAX),
        sha256: checked.sha256,
    };
    s.storage
        .put(&key, checked.bytes)
        .await
        .map_err(storage_failed)?;
    let recorded =
        s.db.add_evidence_file(report_id, &file, opengov_db::now_micros())
            .await;
    match recorded {
        Ok(Ok(id)) => Ok(Ok(id)),
        Ok(Err(_)) => {
            forget(s, &key).await;
            Ok(Err(Refusal::Locked))
        }
        Err(e) => {
            forget(s, &key).await;
            Err(e.into())
        }
    }
}

/// Keeps a link (http or https only) as evidence of a report.
pub async fn keep_link(
    s: &AppState,
    report_id: i64,
    raw: &str,
) -> Result<Result<i64, Refusal>, AppError> {
    let url = match opengov_core::reporting::check_link(raw) {
        Ok(u) => u,
        Err(e) => return Ok(Err(Refusal::Link(e))),
    };
    Ok(s.db
        .add_evidence_link(report_id, &url, opengov_db::now_micros())
        .await?
        .map_err(|_| Refusal::Locked))
}

/// Removes a piece of evidence of a report that may still change: the row, then the stored
/// object. `None` when the report has no evidence of this id.
pub async fn remove(
    s: &AppState,
    report_id: i64,
    evidence_id: i64,
) -> Result<Option<Result<(), Refusal>>, AppError> {
    match s.db.delete_evidence(report_id, evidence_id).await? {
        Err(_) => Ok(Some(Err(Refusal::Locked))),
        Ok(None) => Ok(None),
        Ok(Some(row)) => {
            if row.kind == "file" {
                forget(s, &row.storage_key).await;
            }
            Ok(Some(Ok(())))
        }
    }
}

/// Removes a stored object no row names; a failure leaves an orphan, logged for the operator.
async fn forget(s: &AppState, key: &str) {
    if let Err(e) = s.storage.delete(key).await {
        tracing::error!(error = %e, key, "a stored file no evidence names could not be removed");
    }
}

fn storage_failed(e: storage::StorageError) -> AppError {
    tracing::error!(error = %e, "the evidence storage failed");
    AppError::internal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_and_what_is_stored_is_hashed() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        let pdf = Bytes::from_static(pdf);
        let c = check_file("rapport", pdf.clone(), 1024).unwrap();
        assert_eq!(c.kind, EvidenceType::Pdf);
        assert_eq!(c.bytes, pdf);
        assert_eq!(c.sha256.len(), 64);
        let html = Bytes::from_static(b"<html><script>x</script>");
        assert_eq!(
            check_file("rapport.pdf", html, 1024).unwrap_err(),
            Refusal::File(FileRefusal::Forbidden)
        );
        assert_eq!(check_file("r.pdf", pdf, 10).unwrap_err(), Refusal::TooLarge);
        // A re-encoded photo is hashed as stored, not as uploaded.
        let photo = reencode::tests::jpeg_with_exif(6, 4, "x");
        let c = check_file("photo.jpg", Bytes::from(photo.clone()), 1 << 20).unwrap();
        assert_ne!(c.bytes, photo);
        use sha2::Digest;
        let want: String = sha2::Sha256::digest(&c.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(c.sha256, want);
    }
}
