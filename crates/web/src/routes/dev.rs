//! The development mailbox: the e-mails the file transport wrote, only in development mode.

use crate::kernel::MailFile;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub async fn mailbox(State(s): State<AppState>) -> Response {
    if !s.config.dev_mode {
        return StatusCode::NOT_FOUND.into_response();
    }
    let entries = opengov_mail::read_mailbox(&s.config.mail_dir, 200);
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| serde_json::json!({ "file": e.file, "to": e.to, "subject": e.subject, "date": e.date, "href": format!("/dev/mailbox/{}", e.file) }))
        .collect();
    axum::Json(serde_json::json!({ "messages": list })).into_response()
}

/// One message, as plain text (its HTML is never rendered inside the portal).
pub async fn message(State(s): State<AppState>, MailFile(file): MailFile) -> Response {
    if !s.config.dev_mode {
        return StatusCode::NOT_FOUND.into_response();
    }
    match opengov_mail::read_eml(&s.config.mail_dir, &file) {
        Some(e) => (
            [(
                axum::http::header::CONTENT_TYPE,
                "text/plain; charset=utf-8",
            )],
            format!(
                "To: {}\nSubject: {}\nDate: {}\n\n{}",
                e.to, e.subject, e.date, e.text
            ),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
