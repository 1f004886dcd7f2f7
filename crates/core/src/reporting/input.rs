//! The checks of a report form: the figure, the three texts, and what a submitted report needs.

/// The longest texts kept, in bytes (after trimming).
pub const MAX_DONE: usize = 4000;
pub const MAX_DIFFICULTIES: usize = 4000;
pub const MAX_ASSISTANCE: usize = 2000;
/// The longest reason a coordinator gives when returning a report.
pub const MAX_REASON: usize = 2000;

/// A report form as posted: the figure as typed, and the texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportInput {
    pub progress: String,
    pub done: String,
    pub difficulties: String,
    pub assistance: String,
}

/// A report form that passed the checks: the figure read, the texts trimmed and with `\n` line
/// ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedReport {
    /// 0..=100.
    pub progress: u8,
    pub done: String,
    pub difficulties: String,
    /// Empty when no assistance is asked for.
    pub assistance: String,
}

impl CheckedReport {
    pub fn asks_assistance(&self) -> bool {
        !self.assistance.is_empty()
    }
}

/// A field of the report form (and the reason of a return), named as in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportField {
    Progress,
    Done,
    Difficulties,
    Assistance,
    Reason,
}

impl ReportField {
    pub fn name(self) -> &'static str {
        match self {
            ReportField::Progress => "progress",
            ReportField::Done => "done",
            ReportField::Difficulties => "difficulties",
            ReportField::Assistance => "assistance",
            ReportField::Reason => "reason",
        }
    }
}

/// What is wrong with a report form; each shown beside its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// The figure is not a whole number from 0 to 100.
    #[error("progress must be a whole number from 0 to 100")]
    Progress,
    /// A text is longer than its limit (in bytes).
    #[error("{} is longer than {max} bytes", .field.name())]
    TooLong { field: ReportField, max: usize },
    /// A text holds a control character other than a line break or a tab.
    #[error("{} holds a control character", .field.name())]
    Control { field: ReportField },
    /// Submitted with neither what was done nor any evidence.
    #[error("a submitted report says what was done or has evidence")]
    Empty,
    /// Submitted with a lower figure than the last published one, and no word on why.
    #[error("a lower figure than the published {previous} % needs its difficulties")]
    DecreaseUnexplained { previous: u8 },
    /// A report returned without a reason.
    #[error("a returned report needs a reason")]
    ReasonMissing,
}

impl ReportError {
    pub fn message_id(self) -> &'static str {
        match self {
            ReportError::Progress => "report-error-progress",
            ReportError::TooLong { .. } => "report-error-too-long",
            ReportError::Control { .. } => "report-error-control",
            ReportError::Empty => "report-error-empty",
            ReportError::DecreaseUnexplained { .. } => "report-error-decrease-unexplained",
            ReportError::ReasonMissing => "report-error-reason-missing",
        }
    }

    /// The field the error is shown beside.
    pub fn field(self) -> ReportField {
        match self {
            ReportError::Progress => ReportField::Progress,
            ReportError::TooLong { field, .. } | ReportError::Control { field } => field,
            ReportError::Empty => ReportField::Done,
            ReportError::DecreaseUnexplained { .. } => ReportField::Difficulties,
            ReportError::ReasonMissing => ReportField::Reason,
        }
    }
}

/// Checks a report form. `previous_progress` is the activity's last published figure, if any;
/// `evidence_count` the pieces of evidence the report already has; `for_submit` is true when
/// the report is being submitted (a draft may be saved half-written).
///
/// Every field is checked and every error returned, so the form shows them all at once.
/// - the figure: a whole number 0..=100, in ASCII or Arabic-Indic digits, optionally followed
///   by `%`;
/// - the texts: trimmed, line ends made `\n`, no control character but line breaks and tabs,
///   at most [`MAX_DONE`], [`MAX_DIFFICULTIES`], [`MAX_ASSISTANCE`] bytes;
/// - on submit: what was done, or at least one piece of evidence; a figure lower than the last
///   published one says why under difficulties.
pub fn check_report(
    input: &ReportInput,
    previous_progress: Option<u8>,
    evidence_count: usize,
    for_submit: bool,
) -> Result<CheckedReport, Vec<ReportError>> {
    let mut errors = Vec::new();
    let progress = parse_progress(&input.progress);
    if progress.is_none() {
        errors.push(ReportError::Progress);
    }
    let mut text = |raw: &str, field, max| match clean_text(raw, field, max) {
        Ok(t) => t,
        Err(e) => {
            errors.push(e);
            String::new()
        }
    };
    let done = text(&input.done, ReportField::Done, MAX_DONE);
    let difficulties = text(
        &input.difficulties,
        ReportField::Difficulties,
        MAX_DIFFICULTIES,
    );
    let assistance = text(&input.assistance, ReportField::Assistance, MAX_ASSISTANCE);
    if for_submit {
        let done_failed = errors.iter().any(|e| e.field() == ReportField::Done);
        if done.is_empty() && !done_failed && evidence_count == 0 {
            errors.push(ReportError::Empty);
        }
        let difficulties_failed = errors
            .iter()
            .any(|e| e.field() == ReportField::Difficulties);
        if let (Some(p), Some(previous)) = (progress, previous_progress)
            && p < previous
            && difficulties.is_empty()
            && !difficulties_failed
        {
            errors.push(ReportError::DecreaseUnexplained { previous });
        }
    }
    match progress {
        Some(progress) if errors.is_empty() => Ok(CheckedReport {
            progress,
            done,
            difficulties,
            assistance,
        }),
        _ => Err(errors),
    }
}

/// Checks the reason a coordinator gives when returning a report: mandatory, the text rules of
/// the report's texts, at most [`MAX_REASON`] bytes.
pub fn check_return_reason(raw: &str) -> Result<String, ReportError> {
    let reason = clean_text(raw, ReportField::Reason, MAX_REASON)?;
    if reason.is_empty() {
        return Err(ReportError::ReasonMissing);
    }
    Ok(reason)
}

/// Reads a figure typed in a form: a whole number 0..=100 written with ASCII digits, Arabic-Indic
/// digits (U+0660..U+0669) or extended Arabic-Indic digits (U+06F0..U+06F9), surrounding spaces
/// and a final `%` (or the Arabic percent sign) allowed.
pub fn parse_progress(raw: &str) -> Option<u8> {
    let s = raw.trim();
    let s = s.strip_suffix(['%', '\u{066A}']).map_or(s, str::trim_end);
    if s.is_empty() {
        return None;
    }
    let mut value: u32 = 0;
    for c in s.chars() {
        value = value * 10 + digit(c)?;
        if value > 100 {
            return None;
        }
    }
    u8::try_from(value).ok()
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// A text of the form: line ends made `\n` (browsers post `\r\n`), trimmed, refused when it
/// holds another control character than a line break or a tab, or is over `max` bytes.
pub(crate) fn clean_text(raw: &str, field: ReportField, max: usize) -> Result<String, ReportError> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(ReportError::Control { field });
    }
    if text.len() > max {
        return Err(ReportError::TooLong { field, max });
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form(progress: &str, done: &str) -> ReportInput {
        ReportInput {
            progress: progress.into(),
            done: done.into(),
            ..ReportInput::default()
        }
    }

    #[test]
    fn progress_is_a_whole_number_from_0_to_100() {
        for (raw, want) in [
            ("0", 0),
            ("100", 100),
            (" 42 ", 42),
            ("007", 7),
            ("٤٢", 42),
            ("١٠", 10),
            ("١٠٠", 100),
            ("۷۵", 75),
            ("50%", 50),
            ("50\u{a0}%", 50),
            ("٥٠٪", 50),
        ] {
            assert_eq!(parse_progress(raw), Some(want), "{raw:?}");
        }
        for raw in [
            "",
            " ",
            "-1",
            "101",
            "1000",
            "5.5",
            "5,5",
            "abc",
            "+5",
            "%",
            "1 0",
            "٥.٥",
            "۱۰۱",
            "99999999999999999999",
        ] {
            assert_eq!(parse_progress(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn a_good_report_is_trimmed_and_kept() {
        let input = ReportInput {
            progress: " ٦٠ ".into(),
            done: "  Deux ateliers tenus.\r\nUn rapport publié.  ".into(),
            difficulties: "\tRetard du prestataire".into(),
            assistance: "   ".into(),
        };
        let r = check_report(&input, Some(40), 0, true).unwrap();
        assert_eq!(r.progress, 60);
        assert_eq!(r.done, "Deux ateliers tenus.\nUn rapport publié.");
        assert_eq!(r.difficulties, "Retard du prestataire");
        assert_eq!(r.assistance, "");
        assert!(!r.asks_assistance());
    }

    #[test]
    fn bad_figures_are_refused_with_their_message() {
        for p in ["", "-1", "101", "5.5", "abc"] {
            let e = check_report(&form(p, "fait"), None, 0, false).unwrap_err();
            assert_eq!(e, vec![ReportError::Progress], "{p:?}");
            assert_eq!(e[0].message_id(), "report-error-progress");
            assert_eq!(e[0].field().name(), "progress");
        }
    }

    #[test]
    fn texts_have_byte_limits() {
        // 2,000 Arabic letters are 4,000 bytes: the limit exactly.
        let at_limit = "ب".repeat(2000);
        assert!(check_report(&form("10", &at_limit), None, 0, true).is_ok());
        let over = format!("{at_limit}x");
        let e = check_report(&form("10", &over), None, 0, true).unwrap_err();
        assert_eq!(
            e,
            vec![ReportError::TooLong {
                field: ReportField::Done,
                max: MAX_DONE
            }]
        );
        assert_eq!(e[0].message_id(), "report-error-too-long");
        let input = ReportInput {
            assistance: "a".repeat(MAX_ASSISTANCE + 1),
            difficulties: "b".repeat(MAX_DIFFICULTIES + 1),
            ..form("10", "fait")
        };
        let e = check_report(&input, None, 0, false).unwrap_err();
        let fields: Vec<_> = e.iter().map(|e| e.field()).collect();
        assert_eq!(fields, [ReportField::Difficulties, ReportField::Assistance]);
        // Spaces around a text do not count.
        let padded = format!("   {}   ", "a".repeat(MAX_ASSISTANCE));
        let input = ReportInput {
            assistance: padded,
            ..form("10", "fait")
        };
        assert!(
            check_report(&input, None, 0, false)
                .unwrap()
                .asks_assistance()
        );
    }

    #[test]
    fn control_characters_are_refused_but_line_breaks_and_tabs_kept() {
        for bad in ["a\0b", "a\u{7}b", "a\u{1b}[31mb", "a\u{85}b", "a\u{7f}"] {
            let e = check_report(&form("10", bad), None, 0, false).unwrap_err();
            assert_eq!(
                e,
                vec![ReportError::Control {
                    field: ReportField::Done
                }],
                "{bad:?}"
            );
            assert_eq!(e[0].message_id(), "report-error-control");
        }
        let ok = check_report(&form("10", "a\n\tb\rc"), None, 0, false).unwrap();
        assert_eq!(ok.done, "a\n\tb\nc");
        // Right-to-left marks are text, not controls.
        assert!(check_report(&form("10", "\u{200f}تم\u{200e}"), None, 0, false).is_ok());
    }

    #[test]
    fn a_submitted_report_says_what_was_done_or_has_evidence() {
        let e = check_report(&form("30", "  "), None, 0, true).unwrap_err();
        assert_eq!(e, vec![ReportError::Empty]);
        assert_eq!(e[0].message_id(), "report-error-empty");
        assert_eq!(e[0].field(), ReportField::Done);
        assert!(check_report(&form("30", ""), None, 1, true).is_ok());
        assert!(check_report(&form("30", "fait"), None, 0, true).is_ok());
        // A draft may be saved with nothing written yet.
        assert!(check_report(&form("30", ""), None, 0, false).is_ok());
    }

    #[test]
    fn every_error_is_returned_at_once() {
        let input = ReportInput {
            progress: "abc".into(),
            done: String::new(),
            difficulties: "x\0".into(),
            assistance: "a".repeat(MAX_ASSISTANCE + 1),
        };
        let e = check_report(&input, None, 0, true).unwrap_err();
        assert_eq!(
            e,
            vec![
                ReportError::Progress,
                ReportError::Control {
                    field: ReportField::Difficulties
                },
                ReportError::TooLong {
                    field: ReportField::Assistance,
                    max: MAX_ASSISTANCE
                },
                ReportError::Empty,
            ]
        );
    }

    #[test]
    fn a_lower_figure_than_the_published_one_says_why() {
        let e = check_report(&form("20", "fait"), Some(50), 0, true).unwrap_err();
        assert_eq!(e, vec![ReportError::DecreaseUnexplained { previous: 50 }]);
        assert_eq!(e[0].field(), ReportField::Difficulties);
        let explained = ReportInput {
            difficulties: "Le marché a été annulé.".into(),
            ..form("20", "fait")
        };
        assert!(check_report(&explained, Some(50), 0, true).is_ok());
        // The same figure, a higher one, or a draft: no explanation needed.
        assert!(check_report(&form("50", "fait"), Some(50), 0, true).is_ok());
        assert!(check_report(&form("20", "fait"), Some(50), 0, false).is_ok());
    }

    #[test]
    fn a_return_needs_a_reason() {
        assert_eq!(
            check_return_reason(" \r\n "),
            Err(ReportError::ReasonMissing)
        );
        assert_eq!(
            check_return_reason(" Joindre le procès-verbal.\r\n"),
            Ok("Joindre le procès-verbal.".into())
        );
        assert_eq!(
            check_return_reason(&"x".repeat(MAX_REASON + 1)),
            Err(ReportError::TooLong {
                field: ReportField::Reason,
                max: MAX_REASON
            })
        );
        assert!(matches!(
            check_return_reason("a\0"),
            Err(ReportError::Control { .. })
        ));
    }

    proptest! {
        #[test]
        fn check_report_never_panics_and_keeps_its_promises(
            progress in any::<String>(),
            done in any::<String>(),
            difficulties in any::<String>(),
            assistance in any::<String>(),
            previous in proptest::option::of(0u8..=100),
            evidence in 0usize..3,
            submit in any::<bool>(),
        ) {
            let input = ReportInput { progress, done, difficulties, assistance };
            match check_report(&input, previous, evidence, submit) {
                Ok(r) => {
                    prop_assert!(r.progress <= 100);
                    for (t, max) in [(&r.done, MAX_DONE), (&r.difficulties, MAX_DIFFICULTIES), (&r.assistance, MAX_ASSISTANCE)] {
                        prop_assert!(t.len() <= max);
                        prop_assert_eq!(t.trim(), t.as_str());
                        prop_assert!(!t.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
                    }
                    if submit {
                        prop_assert!(!r.done.is_empty() || evidence > 0);
                    }
                }
                Err(e) => prop_assert!(!e.is_empty()),
            }
        }

        #[test]
        fn every_figure_reads_in_both_scripts(n in 0u32..=100) {
            let ascii = n.to_string();
            let arabic: String = ascii.chars().map(|c| char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap()).collect();
            prop_assert_eq!(parse_progress(&ascii), Some(n as u8));
            prop_assert_eq!(parse_progress(&arabic), Some(n as u8));
        }

        #[test]
        fn figures_over_100_are_refused(n in 101u64..) {
            prop_assert_eq!(parse_progress(&n.to_string()), None);
        }
    }
}
