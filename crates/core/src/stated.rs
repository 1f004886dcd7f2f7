//! What a source states about an activity (the research files' `status` and
//! `progress_percent`), and the progress an imported activity takes from it.
//!
//! A percent the source gives is the activity's progress; a source saying the work was done
//! gives 100 %; anything else (planned, started, not done, nothing) leaves the activity not
//! reported: no figure is ever made up from a status.

use crate::progress::Progress;

/// A status the portal knows how to say, among those the sources state. The text itself is
/// kept as the source gave it; an unknown one is shown as nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatedStatus {
    Done,
    Started,
    Planned,
    /// "not done (per parliamentary question)": a written question to the government says the
    /// step was not done.
    NotDoneParliamentaryQuestion,
}

impl StatedStatus {
    pub const ALL: [StatedStatus; 4] = [
        StatedStatus::Done,
        StatedStatus::Started,
        StatedStatus::Planned,
        StatedStatus::NotDoneParliamentaryQuestion,
    ];

    /// The research files' wording of the status.
    pub fn text(self) -> &'static str {
        match self {
            StatedStatus::Done => "done",
            StatedStatus::Started => "started",
            StatedStatus::Planned => "planned",
            StatedStatus::NotDoneParliamentaryQuestion => "not done (per parliamentary question)",
        }
    }

    /// Reads a stated status; case and surrounding spaces do not matter. `None` for an empty or
    /// unknown one.
    pub fn parse(text: &str) -> Option<StatedStatus> {
        let t = text.trim().to_lowercase();
        StatedStatus::ALL.into_iter().find(|s| s.text() == t)
    }

    /// The message that says it on a page.
    pub fn message_id(self) -> &'static str {
        match self {
            StatedStatus::Done => "activity-stated-done",
            StatedStatus::Started => "activity-stated-started",
            StatedStatus::Planned => "activity-stated-planned",
            StatedStatus::NotDoneParliamentaryQuestion => "activity-stated-not-done-question",
        }
    }
}

/// The progress of an activity imported from the research files: the percent a source gives,
/// else 100 when a source states it was done, else not reported.
pub fn imported_progress(percent: Option<u8>, status: &str) -> Progress {
    match (percent, StatedStatus::parse(status)) {
        (Some(p), _) => Progress(Some(p.min(100))),
        (None, Some(StatedStatus::Done)) => Progress(Some(100)),
        (None, _) => Progress::NOT_REPORTED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_comes_only_from_a_percent_or_a_done() {
        assert_eq!(imported_progress(Some(40), ""), Progress(Some(40)));
        assert_eq!(imported_progress(Some(40), "done"), Progress(Some(40)));
        assert_eq!(imported_progress(None, "done"), Progress(Some(100)));
        assert_eq!(imported_progress(None, " Done "), Progress(Some(100)));
        for s in [
            "",
            "planned",
            "started",
            "not done (per parliamentary question)",
            "almost done",
        ] {
            assert_eq!(imported_progress(None, s), Progress::NOT_REPORTED, "{s}");
        }
    }

    #[test]
    fn known_statuses_are_read_back_and_unknown_ones_are_nothing() {
        for s in StatedStatus::ALL {
            assert_eq!(StatedStatus::parse(s.text()), Some(s));
        }
        assert_eq!(
            StatedStatus::parse("Not done (per parliamentary question)"),
            Some(StatedStatus::NotDoneParliamentaryQuestion)
        );
        assert_eq!(StatedStatus::parse("not done"), None);
        assert_eq!(StatedStatus::parse(""), None);
    }
}
