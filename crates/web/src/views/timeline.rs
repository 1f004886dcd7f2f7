//! A commitment page's timeline: its published progress reports, newest first, each with the
//! activity it is on, the figure it published, what was done and its evidence.

use super::{Chrome, Txt};
use crate::views::office::EvidenceLine;
use opengov_db::rows::{PublicEvidenceRow, TimelineRow};

pub struct TimelineEntry {
    /// The report's id: its anchor on the page (`#report-N`).
    pub id: i64,
    pub date: String,
    pub iso: String,
    pub activity: Txt,
    pub figure: String,
    /// The author's texts, in the language they wrote them in.
    pub done: Option<String>,
    pub difficulties: Option<String>,
    pub lang: String,
    /// What the reader must know about the entry's texts (another language, unofficial).
    pub mark: Option<String>,
    pub evidence: Vec<EvidenceLine>,
}

/// How a piece of evidence is listed: a link to another site, or a stored file with its type,
/// size and SHA-256.
pub fn evidence_line(c: &Chrome, e: &PublicEvidenceRow, delete: Option<String>) -> EvidenceLine {
    if e.kind == "link" {
        return EvidenceLine {
            label: e.url.clone(),
            href: e.url.clone(),
            external: true,
            meta: String::new(),
            sha256: String::new(),
            delete_action: delete,
        };
    }
    EvidenceLine {
        label: e.file_name.clone(),
        href: format!(
            "/files/{}/{}",
            e.id,
            crate::kernel::url_encode(&e.file_name)
        ),
        external: false,
        meta: format!(
            "{} · {}",
            e.media_type,
            crate::format::file_size(c.i18n, c.lang, e.size)
        ),
        sha256: e.sha256.clone(),
        delete_action: delete,
    }
}

pub fn build(
    c: &Chrome,
    reports: &[TimelineRow],
    evidence: &[PublicEvidenceRow],
) -> Vec<TimelineEntry> {
    let text = |t: &str| (!t.is_empty()).then(|| t.to_string());
    reports
        .iter()
        .map(|r| {
            let activity = Txt::json(c, &r.activity_title)
                .unwrap_or_else(|| Txt::local(c, r.activity_key.clone()));
            let written = opengov_core::Marker {
                unofficial: false,
                language: opengov_core::Lang::from_code(&r.lang).filter(|l| *l != c.lang),
            };
            (r, activity, written)
        })
        .map(|(r, activity, written)| TimelineEntry {
            id: r.id,
            date: crate::format::day_of(c.i18n, c.lang, r.published_at),
            iso: crate::format::iso(r.published_at),
            mark: c.item_marker([activity.marker, written]),
            activity,
            figure: c.percent(r.progress),
            done: text(&r.done),
            difficulties: text(&r.difficulties),
            lang: r.lang.clone(),
            evidence: evidence
                .iter()
                .filter(|e| e.report_id == r.id)
                .map(|e| evidence_line(c, e, None))
                .collect(),
        })
        .collect()
}
