//! The posted evidence form, read within the upload limit.
//!
//! The upload route lifts the global 64 KiB body limit (`Routes::post_upload`); this extractor
//! puts its own in its place: a multipart form (`enctype="multipart/form-data"`) may carry a
//! file of up to the configured limit (`OPENGOV_UPLOAD_LIMIT_MB`) and its few text fields, any
//! other form stays within 64 KiB. A body announced larger than that is answered 413 before a
//! byte of it is read; one that grows past it without announcing its length (chunked) is cut
//! there. At most the limit is ever held in memory. The CSRF checks are those of
//! `kernel::CheckedForm`: the site's own `Origin` and the `csrf` field equal to the cookie.

use super::too_large_text;
use crate::auth::csrf;
use crate::kernel::{AppError, CheckedForm, error_page_text};
use crate::locale::request_lang;
use crate::middleware::BODY_LIMIT;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Room for the form's other fields and the multipart framing, above the file's own limit.
const FORM_ROOM: usize = 64 * 1024;
/// The longest text field read (`csrf`, `url`).
const MAX_TEXT: usize = 8 * 1024;

/// What the form gave.
#[derive(Debug)]
pub enum Given {
    /// A file: the name the browser sent and its bytes.
    File { name: String, bytes: Bytes },
    /// A link, as typed.
    Link(String),
    /// Neither.
    Nothing,
    /// Both a file and a link.
    Both,
}

/// A posted evidence form that passed the CSRF checks, with the request's parts.
pub struct EvidenceForm {
    pub given: Given,
    pub parts: Parts,
}

/// Why reading the form stopped.
enum Stop {
    TooLarge,
    Unreadable,
}

/// The 413 page, naming the limit.
fn too_large(s: &AppState, parts: &Parts) -> Response {
    let lang = request_lang(parts);
    error_page_text(StatusCode::PAYLOAD_TOO_LARGE, lang, too_large_text(s, lang))
}

impl FromRequest<AppState> for EvidenceForm {
    type Rejection = Response;

    async fn from_request(req: Request, s: &AppState) -> Result<Self, Response> {
        let (parts, body) = req.into_parts();
        let multipart = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| {
                t.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("multipart/form-data")
            });
        if !multipart {
            // A plain form can only carry a link: the global limit, as for every other form.
            let body = Body::new(http_body_util::Limited::new(body, BODY_LIMIT));
            let form = CheckedForm::from_request(Request::from_parts(parts, body), s)
                .await
                .map_err(IntoResponse::into_response)?;
            let url = form.values.get("url").map(|u| u.trim().to_string());
            let given = match url {
                Some(u) if !u.is_empty() => Given::Link(u),
                _ => Given::Nothing,
            };
            return Ok(EvidenceForm {
                given,
                parts: form.parts,
            });
        }
        let limit = s.config.uploads.limit_bytes();
        let room = limit.saturating_add(FORM_ROOM);
        let announced = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if announced.is_some_and(|n| n > room as u64) {
            return Err(too_large(s, &parts));
        }
        let body = Body::new(http_body_util::Limited::new(body, room));
        let req = Request::from_parts(parts.clone(), body);
        let read = match Multipart::from_request(req, s).await {
            Ok(m) => read_fields(m, limit).await,
            Err(_) => Err(Stop::Unreadable),
        };
        let (token, given) = match read {
            Ok(r) => r,
            Err(Stop::TooLarge) => return Err(too_large(s, &parts)),
            Err(Stop::Unreadable) => {
                return Err(AppError::bad_request("error-400-form").into_response());
            }
        };
        if !csrf::check(&parts.headers, token.as_deref(), s.config.https) {
            return Err(AppError::csrf().into_response());
        }
        Ok(EvidenceForm { given, parts })
    }
}

/// Reads every field: `csrf`, `url` and the first `file`; other fields are read and dropped
/// (within the body's limit).
async fn read_fields(mut m: Multipart, limit: usize) -> Result<(Option<String>, Given), Stop> {
    let mut token = None;
    let mut url = None;
    let mut file: Option<(String, Bytes)> = None;
    loop {
        let field = match m.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(stop(e.status())),
        };
        let name = field.name().unwrap_or_default().to_string();
        match name.as_str() {
            "csrf" => token = Some(text(field).await?),
            "url" => url = Some(text(field).await?),
            "file" if file.is_none() => {
                let file_name = field.file_name().unwrap_or_default().to_string();
                let bytes = bytes(field, limit).await?;
                // A file input left empty sends a part with no name and no bytes.
                if !file_name.is_empty() || !bytes.is_empty() {
                    file = Some((file_name, bytes));
                }
            }
            _ => {
                bytes(field, limit).await?;
            }
        }
    }
    let url = url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
    let given = match (file, url) {
        (Some(_), Some(_)) => Given::Both,
        (Some((name, bytes)), None) => Given::File { name, bytes },
        (None, Some(u)) => Given::Link(u),
        (None, None) => Given::Nothing,
    };
    Ok((token, given))
}

fn stop(status: StatusCode) -> Stop {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        Stop::TooLarge
    } else {
        Stop::Unreadable
    }
}

/// A field's bytes, at most `limit` of them.
async fn bytes(
    mut field: axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Result<Bytes, Stop> {
    let mut out = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if out.len() + chunk.len() > limit {
                    return Err(Stop::TooLarge);
                }
                // Grown by doubling, but never past the limit: no more than the limit is held.
                if out.capacity() - out.len() < chunk.len() {
                    let want = (out.capacity() * 2).max(out.len() + chunk.len()).min(limit);
                    out.reserve_exact(want - out.len());
                }
                out.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(Bytes::from(out)),
            Err(e) => return Err(stop(e.status())),
        }
    }
}

/// A short text field, as UTF-8.
async fn text(field: axum::extract::multipart::Field<'_>) -> Result<String, Stop> {
    let raw = match bytes(field, MAX_TEXT).await {
        Ok(b) => b,
        // A text field over its own bound is a malformed form, not a large file.
        Err(Stop::TooLarge) => return Err(Stop::Unreadable),
        Err(e) => return Err(e),
    };
    String::from_utf8(raw.to_vec()).map_err(|_| Stop::Unreadable)
}
