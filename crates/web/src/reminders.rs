//! Reminders to project leaders (docs/co-implementation.md, "Reminders"): once a day each
//! leader whose activities have had no report for `silent_days` days, or are past their end
//! date below 100 %, gets one e-mail listing them, in the account's language, with a link to
//! the back office. The rule is `core::reporting::reminder_kind`; the storage records each
//! reminder for its period (`core::reporting::reminder_period`) and queues the e-mail in the
//! same transaction, mailing only what it recorded, so that a second run, or another instance
//! running at the same time, never sends it again.

use crate::state::AppState;
use askama::Template;
use opengov_core::Lang;
use opengov_core::reporting::{ReminderKind, reminder_kind, reminder_period};
use opengov_db::DbError;
use opengov_db::rows::ReminderCandidateRow;
use opengov_i18n::Arg;
use opengov_mail::Email;
use std::collections::HashMap;
use std::time::Duration;

/// The job's settings (`reminder_*` in the configuration, see docs/operations.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderSettings {
    /// Run the job every day inside `serve`.
    pub enabled: bool,
    /// An activity with no report for this many days is "silent".
    pub silent_days: u32,
    /// At most one reminder per activity and reason in each period of this many days (7: an
    /// ISO week, `2026-W48`).
    pub every_days: u32,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            enabled: true,
            silent_days: 60,
            every_days: 7,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Leaders with something due.
    pub leaders: usize,
    /// E-mails queued (a leader reminded of everything this period already gets none).
    pub mails: usize,
}

/// Runs the job once for `today` (`YYYY-MM-DD`).
pub async fn send_reminders(s: &AppState, today: &str) -> Result<Outcome, DbError> {
    let settings = s.config.reminders;
    let period = reminder_period(today, settings.every_days)
        .ok_or_else(|| DbError::Invalid(format!("not a day: {today}")))?;
    let rows = s.db.reminder_candidates().await?;
    let mut outcome = Outcome::default();
    let mut start = 0;
    while start < rows.len() {
        let user = rows[start].user_id;
        let end = start
            + rows[start..]
                .iter()
                .take_while(|r| r.user_id == user)
                .count();
        let mine = &rows[start..end];
        start = end;
        let due: Vec<(i64, ReminderKind)> = mine
            .iter()
            .filter_map(|r| {
                reminder_kind(&r.facts(), today, settings.silent_days).map(|k| (r.activity_id, k))
            })
            .collect();
        if due.is_empty() {
            continue;
        }
        outcome.leaders += 1;
        let by_id: HashMap<i64, &ReminderCandidateRow> =
            mine.iter().map(|r| (r.activity_id, r)).collect();
        let public_url = s.config.public_url.clone();
        let compose_mail = move |recorded: &[(i64, ReminderKind)]| {
            let items: Vec<(&ReminderCandidateRow, ReminderKind)> = recorded
                .iter()
                .filter_map(|(id, k)| by_id.get(id).map(|r| (*r, *k)))
                .collect();
            compose(&public_url, &items, settings.silent_days)
                .and_then(|email| serde_json::to_string(&email).ok())
                .unwrap_or_default()
        };
        let queued =
            s.db.record_reminders(user, &period, &due, opengov_db::now_micros(), compose_mail)
                .await?;
        if queued.is_some() {
            outcome.mails += 1;
        }
    }
    Ok(outcome)
}

#[derive(Template)]
#[template(path = "mail_reminder.html")]
struct ReminderHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    site: String,
    greeting: String,
    intro: String,
    items: &'a [String],
    action: String,
    link: &'a str,
    footer: String,
}

/// The e-mail to one leader about `items` (rows of that leader), in the account's language,
/// with a link to the back office's home; `None` without items.
pub fn compose(
    public_url: &str,
    items: &[(&ReminderCandidateRow, ReminderKind)],
    silent_days: u32,
) -> Option<Email> {
    let i = opengov_i18n::global();
    let (first, _) = items.first()?;
    let lang = first.lang();
    let lines: Vec<String> = items
        .iter()
        .map(|(r, k)| item_line(lang, r, *k, silent_days))
        .collect();
    let link = format!(
        "{}/{}/office",
        public_url.trim_end_matches('/'),
        lang.code()
    );
    let greeting = if first.display_name.is_empty() {
        i.t(lang, "mail-greeting-plain")
    } else {
        i.ta(
            lang,
            "mail-greeting",
            &[("name", Arg::from(first.display_name.as_str()))],
        )
    };
    let intro = i.t(lang, "reminder-intro");
    let action = i.t(lang, "reminder-action");
    let footer = i.t(lang, "reminder-footer");
    let mut text = format!("{greeting}\n\n{intro}\n\n");
    for l in &lines {
        text.push_str(&format!("- {l}\n"));
    }
    text.push_str(&format!("\n{action}:\n{link}\n\n-- \n{footer}\n"));
    let html = ReminderHtml {
        lang: lang.code(),
        dir: lang.dir(),
        site: i.t(lang, "site-name"),
        greeting,
        intro,
        items: &lines,
        action,
        link: &link,
        footer,
    }
    .render()
    .unwrap_or_default();
    Some(Email {
        to: first.email.clone(),
        to_name: (!first.display_name.is_empty()).then(|| first.display_name.clone()),
        subject: i.t(lang, "reminder-subject"),
        text,
        html,
        language: lang.code().to_string(),
    })
}

/// One activity of the list: its commitment, its title in the reader's language (or the
/// nearest one it has), and why it is listed.
fn item_line(lang: Lang, r: &ReminderCandidateRow, kind: ReminderKind, silent_days: u32) -> String {
    let i = opengov_i18n::global();
    let title = r.title();
    let title = title
        .resolve(lang)
        .map(|t| t.text.to_string())
        .unwrap_or_else(|| r.activity_key.clone());
    let mut args = vec![
        ("commitment", Arg::from(r.ogp_id.as_str())),
        ("title", Arg::from(title)),
    ];
    let id = match (kind, r.progress) {
        (ReminderKind::Late, progress) => {
            let end = r.end_date.as_deref().unwrap_or_default();
            args.push(("end", Arg::from(crate::format::date(i, lang, end))));
            match progress {
                Some(p) => {
                    args.push(("progress", Arg::from(crate::format::percent(i, lang, p))));
                    "reminder-item-late"
                }
                None => "reminder-item-late-unreported",
            }
        }
        (ReminderKind::Silent, _) if r.last_report_at.is_none() => "reminder-item-never",
        (ReminderKind::Silent, _) => {
            args.push(("days", Arg::Count(i64::from(silent_days))));
            "reminder-item-silent"
        }
    };
    i.ta(lang, id, &args)
}

/// Runs the job a minute after the server starts, then once a day, until `stop` turns true.
/// Every instance may run it: the period key keeps each reminder to one e-mail.
pub async fn daily(s: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    if !s.config.reminders.enabled {
        return;
    }
    let mut wait = Duration::from_secs(60);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(wait) => {},
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
        match send_reminders(&s, &opengov_db::today()).await {
            Ok(o) => tracing::info!(leaders = o.leaders, mails = o.mails, "reminders sent"),
            Err(e) => tracing::warn!(error = %e, "the reminder job failed"),
        }
        wait = Duration::from_secs(24 * 60 * 60);
    }
}
