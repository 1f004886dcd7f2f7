//! An activity as the commitment and institution pages list it: its dates, responsible
//! institution, progress or "not reported", where an imported figure comes from, what a source
//! states of it, and whether it is late.

use super::Chrome;
use super::items::{Txt, marker_of};
use crate::format;
use opengov_core::kinds::TitleWording;
use opengov_core::reporting::is_late;
use opengov_core::stated::StatedStatus;
use opengov_core::{Figure, Progress};
use opengov_db::rows::ActivityRow;

/// A link to a source, labelled "source 1", "source 2"... (kept on one line).
pub struct SourceLink {
    pub href: String,
    pub label: String,
}

pub struct ActivityItem {
    pub title: Txt,
    /// One marker for the row's texts (other languages, unofficial names).
    pub mark: Option<String>,
    /// Whose wording the title is, when it is not the source's own.
    pub wording: Option<String>,
    pub expected_output: Option<Txt>,
    pub period: String,
    pub responsible: Option<Txt>,
    pub responsible_href: Option<String>,
    pub weight: i64,
    /// "40 %", or "not reported".
    pub progress: String,
    pub reported: bool,
    /// The status on the IRM scale, "cancelled", or "not reported".
    pub status: String,
    pub status_code: &'static str,
    /// What a source states of an activity not reported ("planned, according to its source"),
    /// when it is a status the portal knows.
    pub stated: Option<String>,
    /// The sources of an imported figure or stated status.
    pub sources: Vec<SourceLink>,
    /// The end date is over and the activity is not known to be complete.
    pub delayed: bool,
    pub commitment_id: String,
    pub commitment_href: String,
}

impl ActivityItem {
    pub fn of(c: &Chrome, a: &ActivityRow, today: &str) -> ActivityItem {
        let progress: Progress = a.progress;
        let delayed = is_late(
            a.end_date.as_deref(),
            progress.percent(),
            a.cancelled,
            today,
        );
        let status_code = match (a.cancelled, progress.percent()) {
            (true, _) => "cancelled",
            (false, Some(p)) => Figure::from_percent(p).status().code(),
            (false, None) => "not-reported",
        };
        let title = Txt::or_missing(c, Txt::of(c, &a.title()));
        let expected_output = Txt::of(c, &a.expected_output());
        let responsible = a
            .responsible_title
            .as_deref()
            .and_then(|t| Txt::stored(c, t, a.responsible_unofficial.as_deref()));
        let mark = marker_of(
            c,
            [Some(&title), expected_output.as_ref(), responsible.as_ref()]
                .into_iter()
                .flatten(),
        );
        let wording = match a.title_wording {
            TitleWording::Source => None,
            TitleWording::Shortened => Some(c.t("activity-wording-shortened")),
            TitleWording::Editors => Some(c.t("activity-wording-editors")),
        };
        let stated = (!progress.is_reported())
            .then(|| StatedStatus::parse(&a.stated_status))
            .flatten()
            .map(|s| {
                let text = c.t(s.message_id());
                match a.progress_as_of.as_deref() {
                    Some(d) => c.figures(c.i18n.ta(
                        c.lang,
                        "activity-stated-with-date",
                        &[
                            ("status", text.into()),
                            ("date", format::date(c.i18n, c.lang, d).into()),
                        ],
                    )),
                    None => text,
                }
            });
        // A figure's sources, or those of the status shown; none for a bare "not reported".
        let sources = if progress.is_reported() || stated.is_some() {
            format::list(&a.progress_source)
                .into_iter()
                .enumerate()
                .map(|(i, href)| SourceLink {
                    label: c
                        .ta("source-link", "number", &(i + 1).to_string())
                        .replace(' ', "\u{a0}"),
                    href,
                })
                .collect()
        } else {
            Vec::new()
        };
        ActivityItem {
            title,
            mark,
            wording,
            expected_output,
            period: c.period(a.start_date.as_deref(), a.end_date.as_deref()),
            responsible,
            responsible_href: a
                .responsible_key
                .as_ref()
                .map(|k| c.href(&format!("/institutions/{k}"))),
            weight: a.weight,
            progress: match progress.percent() {
                Some(p) => c.percent(i64::from(p)),
                None => c.t("status-not-reported"),
            },
            reported: progress.is_reported(),
            status: c.t(&format!("status-{status_code}")),
            status_code,
            stated,
            sources,
            delayed,
            commitment_id: a.commitment_ogp_id.clone(),
            commitment_href: c.href(&format!("/commitments/{}", a.commitment_ogp_id)),
        }
    }
}
