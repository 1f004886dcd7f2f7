//! The progress rule (DESIGN.md section 6), the only place figures are computed.
//!
//! - activity progress: 0-100, set through a validated report;
//! - commitment progress = sum(weight x progress) / sum(weight) over its activities, cancelled
//!   activities excluded; no counted activity -> no figure ("not reported", never 0 %);
//! - axis and plan progress = the weighted mean of their commitments' figures (commitments
//!   without a figure are left out; none with a figure -> no figure);
//! - a status beside every figure on the IRM scale, and "delayed" when an activity's end date
//!   has passed before 100 %.
//!
//! Figures are kept in basis points (hundredths of a percent, 0..=10_000) so that stored values
//! are exact integers on both databases; pages round them to whole percents.

use crate::PartialDate;
use serde::Serialize;

/// A computed figure in basis points (0..=10_000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Figure(pub u32);

impl Figure {
    pub const MAX: u32 = 10_000;

    /// Whole percent, rounded half up; never shows 100 unless the figure is complete.
    pub fn percent(self) -> u32 {
        let p = (self.0 + 50) / 100;
        if p == 100 && self.0 < Self::MAX {
            99
        } else {
            p
        }
    }

    pub fn from_percent(p: u8) -> Figure {
        Figure(u32::from(p.min(100)) * 100)
    }

    pub fn status(self) -> ProgressStatus {
        ProgressStatus::of(self)
    }
}

/// The IRM completion scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    NotStarted,
    Limited,
    Substantial,
    Complete,
}

impl ProgressStatus {
    pub fn of(f: Figure) -> Self {
        match f.0 {
            0 => ProgressStatus::NotStarted,
            x if x >= Figure::MAX => ProgressStatus::Complete,
            x if x < 5_000 => ProgressStatus::Limited,
            _ => ProgressStatus::Substantial,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ProgressStatus::NotStarted => "not_started",
            ProgressStatus::Limited => "limited",
            ProgressStatus::Substantial => "substantial",
            ProgressStatus::Complete => "complete",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        [
            ProgressStatus::NotStarted,
            ProgressStatus::Limited,
            ProgressStatus::Substantial,
            ProgressStatus::Complete,
        ]
        .into_iter()
        .find(|x| x.code() == s)
    }
}

/// What the rule needs to know of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityInput {
    /// Relative weight, 1..=1000.
    pub weight: u32,
    /// 0..=100.
    pub progress: u8,
    pub cancelled: bool,
    pub end: Option<PartialDate>,
}

/// What the rule needs to know of a commitment when rolling up to an axis or a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentInput {
    pub weight: u32,
    pub figure: Option<Figure>,
}

pub const MAX_WEIGHT: u32 = 1000;

/// True when an activity's end date is over and it is neither complete nor cancelled.
pub fn activity_delayed(a: &ActivityInput, today: (u16, u8, u8)) -> bool {
    !a.cancelled && a.progress < 100 && a.end.is_some_and(|e| e.is_past(today))
}

/// Commitment figure: weighted mean of its counted activities' progress.
pub fn commitment_figure(activities: &[ActivityInput]) -> Option<Figure> {
    let mut num: u64 = 0;
    let mut den: u64 = 0;
    for a in activities.iter().filter(|a| !a.cancelled && a.weight > 0) {
        num += u64::from(a.weight) * u64::from(a.progress.min(100)) * 100;
        den += u64::from(a.weight);
    }
    rounded_div(num, den).map(|v| Figure(v as u32))
}

/// Axis or plan figure: weighted mean of the commitments that have a figure.
pub fn rollup_figure(commitments: &[CommitmentInput]) -> Option<Figure> {
    let mut num: u64 = 0;
    let mut den: u64 = 0;
    for c in commitments.iter().filter(|c| c.weight > 0) {
        if let Some(f) = c.figure {
            num += u64::from(c.weight) * u64::from(f.0);
            den += u64::from(c.weight);
        }
    }
    rounded_div(num, den).map(|v| Figure(v as u32))
}

/// The earliest last day of an activity still due (counted and below 100 %), as `YYYY-MM-DD`.
/// A commitment, axis or plan is delayed on a day later than this one; storing the date rather
/// than a flag keeps "delayed" true to the calendar without rewriting figures every night.
pub fn pending_end(activities: &[ActivityInput]) -> Option<String> {
    activities
        .iter()
        .filter(|a| !a.cancelled && a.progress < 100)
        .filter_map(|a| a.end.map(|e| e.last_day()))
        .min()
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// The earliest of several pending ends (axis and plan level).
pub fn earliest<'a>(ends: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    ends.into_iter().flatten().min().map(str::to_string)
}

/// True when a stored pending end lies before `today` (`YYYY-MM-DD`).
pub fn is_delayed(pending_end: Option<&str>, today: &str) -> bool {
    pending_end.is_some_and(|p| p < today)
}

/// True when any counted activity is delayed.
pub fn any_delayed(activities: &[ActivityInput], today: (u16, u8, u8)) -> bool {
    activities.iter().any(|a| activity_delayed(a, today))
}

fn rounded_div(num: u64, den: u64) -> Option<u64> {
    (den > 0).then(|| (num + den / 2) / den)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn act(weight: u32, progress: u8) -> ActivityInput {
        ActivityInput {
            weight,
            progress,
            cancelled: false,
            end: None,
        }
    }

    #[test]
    fn no_activity_means_no_figure_not_zero() {
        assert_eq!(commitment_figure(&[]), None);
        let cancelled = ActivityInput {
            cancelled: true,
            ..act(1, 50)
        };
        assert_eq!(commitment_figure(&[cancelled]), None);
    }

    #[test]
    fn weighted_mean_excludes_cancelled() {
        let cancelled = ActivityInput {
            cancelled: true,
            ..act(10, 0)
        };
        let f = commitment_figure(&[act(1, 100), act(3, 0), cancelled]).unwrap();
        assert_eq!(f, Figure(2_500));
        assert_eq!(f.percent(), 25);
        assert_eq!(f.status(), ProgressStatus::Limited);
    }

    #[test]
    fn rollup_skips_commitments_without_figure() {
        let cs = [
            CommitmentInput {
                weight: 1,
                figure: Some(Figure(10_000)),
            },
            CommitmentInput {
                weight: 1,
                figure: None,
            },
            CommitmentInput {
                weight: 1,
                figure: Some(Figure(5_000)),
            },
        ];
        assert_eq!(rollup_figure(&cs), Some(Figure(7_500)));
        assert_eq!(
            rollup_figure(&[CommitmentInput {
                weight: 1,
                figure: None
            }]),
            None
        );
    }

    #[test]
    fn status_scale_matches_irm() {
        assert_eq!(Figure(0).status(), ProgressStatus::NotStarted);
        assert_eq!(Figure(1).status(), ProgressStatus::Limited);
        assert_eq!(Figure(4_999).status(), ProgressStatus::Limited);
        assert_eq!(Figure(5_000).status(), ProgressStatus::Substantial);
        assert_eq!(Figure(9_999).status(), ProgressStatus::Substantial);
        assert_eq!(
            Figure(9_999).percent(),
            99,
            "never rounds up to a false 100 %"
        );
        assert_eq!(Figure(10_000).status(), ProgressStatus::Complete);
    }

    #[test]
    fn delayed_only_when_end_passed_before_complete() {
        let end = Some(PartialDate::parse("2024-06").unwrap());
        let a = ActivityInput { end, ..act(1, 40) };
        assert!(activity_delayed(&a, (2024, 7, 1)));
        assert!(!activity_delayed(&a, (2024, 6, 30)));
        assert!(!activity_delayed(
            &ActivityInput { progress: 100, ..a },
            (2025, 1, 1)
        ));
        assert!(!activity_delayed(
            &ActivityInput {
                cancelled: true,
                ..a
            },
            (2025, 1, 1)
        ));
    }

    #[test]
    fn pending_end_is_the_earliest_unfinished_deadline() {
        let d = |s| Some(PartialDate::parse(s).unwrap());
        let acts = [
            ActivityInput {
                end: d("2024-06"),
                ..act(1, 100)
            },
            ActivityInput {
                end: d("2025"),
                ..act(1, 10)
            },
            ActivityInput {
                end: d("2024-09-15"),
                ..act(1, 90)
            },
            ActivityInput {
                end: d("2023-01"),
                cancelled: true,
                ..act(1, 0)
            },
        ];
        let p = pending_end(&acts);
        assert_eq!(p.as_deref(), Some("2024-09-15"));
        assert!(is_delayed(p.as_deref(), "2024-09-16"));
        assert!(!is_delayed(p.as_deref(), "2024-09-15"));
        assert!(!is_delayed(None, "2099-01-01"));
        assert_eq!(
            earliest([None, Some("2025-01-01"), Some("2024-12-31")]).as_deref(),
            Some("2024-12-31")
        );
    }

    proptest! {
        #[test]
        fn figure_is_bounded_by_its_inputs(ps in proptest::collection::vec((1u32..=1000, 0u8..=100, any::<bool>()), 0..30)) {
            let acts: Vec<_> = ps.iter().map(|&(w, p, c)| ActivityInput { weight: w, progress: p, cancelled: c, end: None }).collect();
            let counted: Vec<_> = acts.iter().filter(|a| !a.cancelled).collect();
            match commitment_figure(&acts) {
                None => prop_assert!(counted.is_empty()),
                Some(f) => {
                    let lo = counted.iter().map(|a| u32::from(a.progress) * 100).min().unwrap();
                    let hi = counted.iter().map(|a| u32::from(a.progress) * 100).max().unwrap();
                    prop_assert!(lo <= f.0 && f.0 <= hi);
                    prop_assert_eq!(f.0 == 10_000, counted.iter().all(|a| a.progress == 100));
                }
            }
        }
    }
}
