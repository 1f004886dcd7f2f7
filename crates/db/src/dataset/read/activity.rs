//! Reading activities: the portal's layout (`activity_key`, `weight`, `progress`, `title_*`,
//! what `export-plan` writes) and the research files' (`label_*`, `label_written_by_us`, the
//! `status` and `progress_percent` the sources give; see `docs/csv-layout.md`).

use super::detect::FileKind;
use super::fields::Line;
use crate::dataset::issues::IssueCode;
use crate::dataset::records::{ActivityRec, Dataset, Provenance};
use opengov_core::kinds::TitleWording;
use opengov_core::progress::MAX_WEIGHT;
use opengov_core::stated::imported_progress;

/// The values of `label_written_by_us` / `title_written_by_us`.
const WRITTEN_BY_US: [&str; 3] = ["yes", "shortened", "no"];

/// Reads one line of an activities file, in whichever layout its header is.
pub(super) fn activity(l: &mut Line<'_>, ds: &mut Dataset) {
    let header: Vec<&str> = l.header.keys().map(String::as_str).collect();
    let rec = if FileKind::is_research_activities(&header) {
        research(l)
    } else {
        portal(l)
    };
    ds.activities.push(rec);
}

/// The portal's layout: the key, weight and progress are the file's (an empty progress is
/// "not reported"), and so is what the sources said of them.
fn portal(l: &mut Line<'_>) -> ActivityRec {
    let title = l.localized("title");
    if title.is_empty() {
        l.issue("title_ar", IssueCode::Required, String::new());
    }
    let title_wording = written_by_us(l, "title_written_by_us", false);
    ActivityRec {
        ogp_id: l.key("ogp_id"),
        key: l.key("activity_key"),
        position: l.int("position", 1, 10_000).unwrap_or(1),
        title,
        expected_output: l.localized("expected_output"),
        start_date: l.date("start_date"),
        end_date: l.date("end_date"),
        responsible_institution: Some(l.text("responsible_institution")).filter(|s| !s.is_empty()),
        weight: l.required_int("weight", 1, i64::from(MAX_WEIGHT)),
        progress: l.int("progress", 0, 100),
        cancelled: l.yes_no("cancelled"),
        sources: l.text("source_urls"),
        provenance: Provenance {
            title_wording,
            stated_status: l.text("status"),
            progress_source: l.text("progress_source_urls"),
            progress_as_of: l.date("progress_as_of"),
        },
    }
}

/// The research files' layout: the key is `<ogp_id>-<position>`, every weight 1, and the
/// progress is what the sources give (`opengov_core::stated::imported_progress`): a percent, 100
/// for a step a source says was done, else not reported. The sources of the row are those of
/// its figure or stated status.
fn research(l: &mut Line<'_>) -> ActivityRec {
    let ogp_id = l.key("ogp_id");
    let position = if l.raw("position").is_empty() {
        l.issue("position", IssueCode::Required, String::new());
        0
    } else {
        l.int("position", 1, 10_000).unwrap_or(0)
    };
    let title = l.localized("label");
    if title.is_empty() {
        l.issue("label_en", IssueCode::Required, String::new());
    }
    let title_wording = written_by_us(l, "label_written_by_us", true);
    let percent = l
        .int("progress_percent", 0, 100)
        .and_then(|p| u8::try_from(p).ok());
    let stated_status = l.text("status");
    let progress = imported_progress(percent, &stated_status);
    let sources = l.text("source_urls");
    let responsible = l.text("responsible_institution_key");
    let responsible_institution =
        (!responsible.is_empty()).then(|| l.key("responsible_institution_key"));
    let progress_source = if progress.is_reported() || !stated_status.is_empty() {
        sources.clone()
    } else {
        String::new()
    };
    ActivityRec {
        key: format!("{ogp_id}-{position}"),
        ogp_id,
        position: position.max(1),
        title,
        expected_output: Default::default(),
        start_date: l.date("start_date"),
        end_date: l.date("end_date"),
        responsible_institution,
        weight: 1,
        progress: progress.stored(),
        cancelled: false,
        sources,
        provenance: Provenance {
            title_wording,
            stated_status,
            progress_source,
            progress_as_of: l.date("as_of"),
        },
    }
}

/// Whose wording a title is (`yes`, `shortened`, `no`); empty is the source's, unless the
/// column is `required`.
fn written_by_us(l: &mut Line<'_>, col: &str, required: bool) -> TitleWording {
    if !required && l.raw(col).is_empty() {
        return TitleWording::Source;
    }
    l.choice(col, TitleWording::from_written_by_us, &WRITTEN_BY_US)
        .unwrap_or_default()
}
