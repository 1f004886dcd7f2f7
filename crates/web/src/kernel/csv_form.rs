//! A posted form that carries a CSV file (the IRM ratings import): the file of a multipart
//! form (`file`), or the text of a previewed file posted back to be confirmed (`csv`), within
//! `limit` bytes. The route lifts the global body limit (`Routes::post_upload`); this extractor
//! puts its own in its place. A body past the limit is not read further and is said so
//! (`too_large`), so that the page can explain it in the reader's language; a form that cannot
//! be read is the translated 400; the CSRF checks are those of [`CheckedForm`].

use super::{AppError, CheckedForm};
use crate::auth::csrf;
use crate::middleware::BODY_LIMIT;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use axum::http::request::Parts;

/// The limit of the file, in bytes (the CSV layout's own, `core::irm::MAX_BYTES`).
const LIMIT: usize = opengov_core::irm::MAX_BYTES;
/// Room for the other fields and the framing.
const ROOM: usize = 64 * 1024;

pub struct CsvForm {
    /// The file's bytes, or the confirmed text; `None` when neither was given.
    pub csv: Option<Vec<u8>>,
    /// The preview was confirmed (`confirm` posted).
    pub confirm: bool,
    /// The body went past the limit: nothing was read of it.
    pub too_large: bool,
    pub parts: Parts,
}

impl FromRequest<AppState> for CsvForm {
    type Rejection = AppError;

    async fn from_request(req: Request, s: &AppState) -> Result<Self, AppError> {
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
            // A plain form: the confirmed text, within the global limit.
            let body = Body::new(http_body_util::Limited::new(body, BODY_LIMIT));
            let form = CheckedForm::from_request(Request::from_parts(parts, body), s).await?;
            let csv = form
                .values
                .get("csv")
                .filter(|c| !c.trim().is_empty())
                .map(|c| c.clone().into_bytes());
            return Ok(CsvForm {
                csv,
                confirm: form.values.contains_key("confirm"),
                too_large: false,
                parts: form.parts,
            });
        }
        let room = LIMIT + ROOM;
        let announced = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let too_large = |parts| CsvForm {
            csv: None,
            confirm: false,
            too_large: true,
            parts,
        };
        if announced.is_some_and(|n| n > room) {
            return Ok(too_large(parts));
        }
        let body = Body::new(http_body_util::Limited::new(body, room));
        let req = Request::from_parts(parts.clone(), body);
        let mut m = Multipart::from_request(req, s)
            .await
            .map_err(|_| AppError::bad_request("error-400-form"))?;
        let mut token = None;
        let mut file: Option<Vec<u8>> = None;
        let mut text: Option<Vec<u8>> = None;
        let mut confirm = false;
        loop {
            let mut field = match m.next_field().await {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    return Ok(too_large(parts));
                }
                Err(_) => return Err(AppError::bad_request("error-400-form")),
            };
            let name = field.name().unwrap_or_default().to_string();
            let mut bytes = Vec::new();
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if bytes.len() + chunk.len() > LIMIT {
                            return Ok(too_large(parts));
                        }
                        bytes.extend_from_slice(&chunk);
                    }
                    Ok(None) => break,
                    Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                        return Ok(too_large(parts));
                    }
                    Err(_) => return Err(AppError::bad_request("error-400-form")),
                }
            }
            match name.as_str() {
                "csrf" => token = String::from_utf8(bytes).ok(),
                "file" if file.is_none() && !bytes.is_empty() => file = Some(bytes),
                "csv" if !bytes.iter().all(u8::is_ascii_whitespace) => text = Some(bytes),
                "confirm" => confirm = true,
                _ => {}
            }
        }
        if !csrf::check(&parts.headers, token.as_deref(), s.config.https) {
            return Err(AppError::csrf());
        }
        Ok(CsvForm {
            csv: file.or(text),
            confirm,
            too_large: false,
            parts,
        })
    }
}
