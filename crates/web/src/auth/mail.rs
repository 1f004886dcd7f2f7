//! E-mail: messages are written in the recipient's language (text and HTML parts), queued as
//! jobs in the database, and sent by a worker inside `serve`, with retries and backoff, so a
//! slow mail server never slows a page.

use crate::state::AppState;
use askama::Template;
use opengov_core::Lang;
use opengov_i18n::Arg;
use opengov_mail::Email;
use std::time::Duration;

/// The messages the portal sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Confirm the address of a new account (link).
    Verify,
    /// Someone registered with an address that has an account already (link to reset).
    AlreadyRegistered,
    /// Choose a new password (link).
    Reset,
    /// Confirm a new address (link, sent to the new address).
    ConfirmNewEmail,
    /// The address is being changed (sent to the old address).
    EmailChangeNotice,
    PasswordChanged,
    AccountDeleted,
}

impl Kind {
    fn id(self) -> &'static str {
        match self {
            Kind::Verify => "verify",
            Kind::AlreadyRegistered => "already-registered",
            Kind::Reset => "reset",
            Kind::ConfirmNewEmail => "confirm-new-email",
            Kind::EmailChangeNotice => "email-change-notice",
            Kind::PasswordChanged => "password-changed",
            Kind::AccountDeleted => "account-deleted",
        }
    }

    /// Sent to an address that was typed into a form and is not yet known to belong to the
    /// account: such a message carries no text chosen by whoever typed it (no display name in
    /// the greeting or the `To:` header), only the portal's own words and the link.
    pub fn to_unconfirmed_address(self) -> bool {
        matches!(self, Kind::Verify | Kind::ConfirmNewEmail)
    }
}

#[derive(Template)]
#[template(path = "mail.html")]
struct MailHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    site: String,
    greeting: String,
    body: String,
    action: Option<(String, String)>,
    footer: String,
}

/// Writes a message in `lang`. `link` is an absolute URL when the message carries one. `name`
/// (the account's display name) is left out of messages to an unconfirmed address.
pub fn compose(lang: Lang, kind: Kind, to: &str, name: &str, link: Option<&str>) -> Email {
    let i = opengov_i18n::global();
    let k = kind.id();
    let name = if kind.to_unconfirmed_address() {
        ""
    } else {
        name
    };
    let greeting = if name.is_empty() {
        i.t(lang, "mail-greeting-plain")
    } else {
        i.ta(lang, "mail-greeting", &[("name", Arg::from(name))])
    };
    let body = i.t(lang, &format!("mail-{k}-body"));
    let action_label = i.t(lang, &format!("mail-{k}-action"));
    let footer = i.t(lang, "mail-footer");
    let mut text = format!("{greeting}\n\n{body}\n");
    if let Some(l) = link {
        text.push_str(&format!("\n{action_label}:\n{l}\n"));
    }
    text.push_str(&format!("\n-- \n{footer}\n"));
    let html = MailHtml {
        lang: lang.code(),
        dir: lang.dir(),
        site: i.t(lang, "site-name"),
        greeting,
        body,
        action: link.map(|l| (action_label, l.to_string())),
        footer,
    }
    .render()
    .unwrap_or_default();
    Email {
        to: to.to_string(),
        to_name: (!name.is_empty()).then(|| name.to_string()),
        subject: i.t(lang, &format!("mail-{k}-subject")),
        text,
        html,
        language: lang.code().to_string(),
    }
}

/// Queues a message; the worker sends it.
pub async fn queue(s: &AppState, email: &Email) -> Result<(), opengov_db::DbError> {
    let payload =
        serde_json::to_string(email).map_err(|e| opengov_db::DbError::Invalid(e.to_string()))?;
    let now = opengov_db::now_micros();
    s.db.enqueue_job("email", &payload, now, 6, now)
        .await
        .map(|_| ())
}

/// Runs due jobs until `stop` turns true. Failed sends are retried with a growing delay.
pub async fn worker(s: AppState, worker_id: String, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let mut worked = false;
        while run_one(&s, &worker_id).await {
            worked = true;
            if *stop.borrow() {
                return;
            }
        }
        let pause = if worked {
            Duration::from_millis(50)
        } else {
            Duration::from_millis(500)
        };
        tokio::select! {
            _ = tokio::time::sleep(pause) => {},
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
    }
}

/// Claims and runs one due job; false when there was none.
pub async fn run_one(s: &AppState, worker_id: &str) -> bool {
    let now = opengov_db::now_micros();
    let job = match s.db.claim_job(worker_id, now, now - 300_000_000).await {
        Ok(Some(j)) => j,
        Ok(None) => return false,
        Err(e) => {
            tracing::warn!(error = %e, "cannot claim a job");
            return false;
        }
    };
    let result = match job.kind.as_str() {
        "email" => match serde_json::from_str::<Email>(&job.payload) {
            Ok(email) => s
                .mailer
                .send(&s.config.mail_from, &email)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(format!("unreadable payload: {e}")),
        },
        crate::auth::reset::JOB => crate::auth::reset::run(s, &job.payload).await,
        other => Err(format!("unknown job kind {other}")),
    };
    let now = opengov_db::now_micros();
    let r = match result {
        Ok(()) => s.db.finish_job(job.id, now).await,
        Err(err) => {
            tracing::warn!(job = job.id, attempt = job.attempts, error = %err, "job failed");
            let retry = (job.attempts < job.max_attempts)
                .then(|| now + backoff_secs(job.attempts) * 1_000_000);
            s.db.fail_job(job.id, &err, retry, now).await
        }
    };
    if let Err(e) = r {
        tracing::error!(error = %e, "cannot record a job's outcome");
    }
    true
}

/// 30 s, 2 min, 8 min, 32 min, ... after attempt 1, 2, 3, 4.
pub fn backoff_secs(attempts: i64) -> i64 {
    30 * 4_i64.pow(attempts.clamp(1, 6) as u32 - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 120);
        assert!(backoff_secs(10) <= 30 * 4_i64.pow(5));
    }

    #[test]
    fn messages_are_written_in_the_recipients_language_and_escaped() {
        let m = compose(
            Lang::Ar,
            Kind::AlreadyRegistered,
            "a@b.ma",
            "<b>Amina</b>",
            Some("https://portal.ma/ar/account/verify?token=x&y=1"),
        );
        assert!(
            m.text
                .contains("https://portal.ma/ar/account/verify?token=x&y=1")
        );
        assert!(m.html.contains("dir=\"rtl\""));
        assert!(
            m.html.contains("&#60;b&#62;Amina") || m.html.contains("&lt;b&gt;Amina"),
            "{}",
            m.html
        );
        assert!(!m.html.contains("<b>Amina"));
        assert_eq!(m.language, "ar");
        let v = compose(Lang::Fr, Kind::Verify, "a@b.ma", "Click evil.example", None);
        assert!(!v.text.contains("evil") && !v.html.contains("evil"));
        assert_eq!(v.to_name, None);
        let f = compose(
            Lang::Fr,
            Kind::Reset,
            "a@b.ma",
            "Amina",
            Some("https://x/y"),
        );
        assert_ne!(f.subject, m.subject);
    }
}
