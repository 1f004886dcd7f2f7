//! A stored evidence file sent back: with the type sniffed at upload, `Content-Disposition`
//! (`inline` for images and PDF, `attachment` for the rest, the name in RFC 6266 form),
//! `nosniff`, a sandboxing CSP, its SHA-256 as ETag, kept a year by any cache once its report
//! is published (a published report's evidence never changes) and by none before.

use crate::format::url_encode;
use crate::kernel::AppError;
use crate::state::AppState;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::reporting::{EvidenceType, ReportStatus};
use opengov_db::rows::EvidencePlaceRow;

/// The CSP of a served file: nothing it holds runs or loads anything, and a browser that
/// opened it as a page would give it an origin of its own. The global layer keeps it (it
/// starts with `sandbox`).
pub const FILE_CSP: &str = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/// The address a file is served at: `/files/{id}/{name}`, the name percent-encoded.
pub fn file_href(id: i64, file_name: &str) -> String {
    format!("/files/{id}/{}", url_encode(file_name, b""))
}

/// `Content-Disposition` for a file of this name: an ASCII name for old clients (every other
/// character an `_`) and the real one as UTF-8 (`filename*`, RFC 6266 and 8187).
pub fn content_disposition(file_name: &str, inline: bool) -> String {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if (c.is_ascii_graphic() && c != '"' && c != '\\') || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "{}; filename=\"{ascii}\"; filename*=UTF-8''{}",
        if inline { "inline" } else { "attachment" },
        url_encode(file_name, b"")
    )
}

/// The answer for a stored file (the caller has decided who may have it).
pub async fn serve(s: &AppState, e: &EvidencePlaceRow) -> Result<Response, AppError> {
    let Some(kind) = EvidenceType::from_code(&e.media_type) else {
        tracing::error!(id = e.id, media_type = %e.media_type, "evidence of an unknown type");
        return Err(AppError::not_found());
    };
    let object = match s.storage.get(&e.storage_key).await {
        Ok(Some(o)) => o,
        Ok(None) => {
            tracing::error!(id = e.id, "an evidence file's stored object is missing");
            return Err(AppError::not_found());
        }
        Err(err) => {
            tracing::error!(error = %err, id = e.id, "the evidence storage failed");
            return Err(AppError::internal());
        }
    };
    let mut res = (StatusCode::OK, Body::from_stream(object.body)).into_response();
    let h = res.headers_mut();
    let media_type = if kind == EvidenceType::Csv {
        // Checked to be UTF-8 at upload.
        "text/csv; charset=utf-8".to_string()
    } else {
        kind.media_type().to_string()
    };
    let public = e.place.report_status == ReportStatus::Published;
    let value = |v: String| HeaderValue::from_str(&v).ok();
    let headers = [
        (header::CONTENT_TYPE, value(media_type)),
        (header::CONTENT_LENGTH, value(object.size.to_string())),
        (
            header::CONTENT_DISPOSITION,
            value(content_disposition(&e.file_name, kind.inline())),
        ),
        (header::X_CONTENT_TYPE_OPTIONS, value("nosniff".into())),
        (header::CONTENT_SECURITY_POLICY, value(FILE_CSP.into())),
        (header::ETAG, value(format!("\"{}\"", e.sha256))),
        (
            header::CACHE_CONTROL,
            value(
                if public {
                    "public, max-age=31536000, immutable"
                } else {
                    "private, no-store"
                }
                .into(),
            ),
        ),
        (
            header::HeaderName::from_static("repr-digest"),
            repr_digest(&e.sha256).and_then(value),
        ),
    ];
    for (name, v) in headers {
        if let Some(v) = v {
            h.insert(name, v);
        }
    }
    Ok(res)
}

/// The SHA-256 as an RFC 9530 `Repr-Digest` (`sha-256=:<base64>:`), from its hexadecimal form.
fn repr_digest(hex: &str) -> Option<String> {
    use base64::Engine;
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let bytes = (0..32)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    Some(format!("sha-256=:{b64}:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_reach_every_client_without_breaking_the_header() {
        assert_eq!(
            content_disposition("rapport 2024.pdf", true),
            "inline; filename=\"rapport 2024.pdf\"; filename*=UTF-8''rapport%202024.pdf"
        );
        let arabic = content_disposition("تقرير.xlsx", false);
        assert!(arabic.starts_with("attachment; filename=\"_____.xlsx\"; filename*=UTF-8''%D8%AA"));
        assert!(HeaderValue::from_str(&arabic).is_ok());
        // A quote or a backslash (never in a cleaned name, but the header holds anyway).
        assert_eq!(
            content_disposition("a\"b\\c.csv", false),
            "attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%22b%5Cc.csv"
        );
        assert_eq!(
            file_href(7, "PV réunion.pdf"),
            "/files/7/PV%20r%C3%A9union.pdf"
        );
    }

    #[test]
    fn the_digest_header_is_the_sha256_in_base64() {
        // SHA-256 of the empty string.
        let hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(
            repr_digest(hex).as_deref(),
            Some("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:")
        );
        assert_eq!(repr_digest("xyz"), None);
    }
}
