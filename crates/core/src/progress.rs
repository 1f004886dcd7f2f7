//! The progress rule (DESIGN.md section 6), the only place figures are computed.
//!
//! - activity progress: 0-100, set through a validated report, or "not reported" (an activity
//!   imported from sources that give no figure for it);
//! - commitment progress = sum(weight x progress) / sum(weight) over its activities, cancelled
//!   activities excluded, only when every counted activity has a progress; no counted activity,
//!   or one not reported -> no figure ("not reported", never 0 %);
//! - axis and plan progress = the weighted mean of their commitments' figures (commitments
//!   without a figure are left out; none with a figure -> no figure); how many of their
//!   commitments have one is kept beside the figure ([`Coverage`]), for pages to say so;
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

/// An activity's progress: a percent (0..=100), or not reported.
///
/// `Display` writes the number, or nothing when not reported (a form's value, a CSV cell), and
/// a number compares equal to it only when it is reported and the same.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Progress(pub Option<u8>);

impl Progress {
    pub const NOT_REPORTED: Progress = Progress(None);

    /// A stored value: 0-100 is a percent (above 100 counts as 100, below 0 as 0), none is
    /// "not reported".
    pub fn from_stored(v: Option<i64>) -> Progress {
        Progress(v.map(|p| u8::try_from(p.clamp(0, 100)).unwrap_or(0)))
    }

    pub fn percent(self) -> Option<u8> {
        self.0
    }

    pub fn is_reported(self) -> bool {
        self.0.is_some()
    }

    /// True when reported at 100 %.
    pub fn is_complete(self) -> bool {
        self.0 == Some(100)
    }

    /// The value to store: the percent, or none.
    pub fn stored(self) -> Option<i64> {
        self.0.map(i64::from)
    }
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(p) => write!(f, "{p}"),
            None => Ok(()),
        }
    }
}

impl PartialEq<i64> for Progress {
    fn eq(&self, other: &i64) -> bool {
        self.stored() == Some(*other)
    }
}

impl PartialEq<Progress> for i64 {
    fn eq(&self, other: &Progress) -> bool {
        other == self
    }
}

#[cfg(feature = "sqlx")]
impl<DB: sqlx::Database> sqlx::Type<DB> for Progress
where
    i64: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as sqlx::Type<DB>>::type_info()
    }
    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as sqlx::Type<DB>>::compatible(ty)
    }
}

#[cfg(feature = "sqlx")]
impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for Progress
where
    Option<i64>: sqlx::Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Progress::from_stored(<Option<i64> as sqlx::Decode<
            'r,
            DB,
        >>::decode(value)?))
    }
}

#[cfg(feature = "rusqlite")]
impl rusqlite::types::FromSql for Progress {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Ok(Progress::from_stored(Option::<i64>::column_result(value)?))
    }
}

/// What the rule needs to know of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityInput {
    /// Relative weight, 1..=1000.
    pub weight: u32,
    /// 0..=100, or not reported.
    pub progress: Option<u8>,
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

impl ActivityInput {
    /// Counted by the rule: not cancelled, with a weight.
    pub fn counted(&self) -> bool {
        !self.cancelled && self.weight > 0
    }

    /// Not known to be complete: below 100 %, or not reported.
    fn unfinished(&self) -> bool {
        self.progress.is_none_or(|p| p < 100)
    }
}

/// True when an activity's end date is over and it is neither complete nor cancelled (an
/// activity not reported is not complete).
pub fn activity_delayed(a: &ActivityInput, today: (u16, u8, u8)) -> bool {
    !a.cancelled && a.unfinished() && a.end.is_some_and(|e| e.is_past(today))
}

/// Commitment figure: weighted mean of its counted activities' progress, when every one of
/// them has a progress; none when one is not reported.
pub fn commitment_figure(activities: &[ActivityInput]) -> Option<Figure> {
    let mut num: u64 = 0;
    let mut den: u64 = 0;
    for a in activities.iter().filter(|a| a.counted()) {
        num += u64::from(a.weight) * u64::from(a.progress?.min(100)) * 100;
        den += u64::from(a.weight);
    }
    rounded_div(num, den).map(|v| Figure(v as u32))
}

/// How many of the items under a figure have one: "computed from `with_figure` of `of`".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Coverage {
    pub with_figure: u32,
    pub of: u32,
}

impl Coverage {
    /// True when some counted item has no figure (and at least one counts).
    pub fn is_partial(self) -> bool {
        self.with_figure < self.of
    }
}

/// A commitment's counted activities, and how many of them have a progress.
pub fn activity_coverage(activities: &[ActivityInput]) -> Coverage {
    let counted = activities.iter().filter(|a| a.counted());
    let (mut with_figure, mut of) = (0, 0);
    for a in counted {
        of += 1;
        with_figure += u32::from(a.progress.is_some());
    }
    Coverage { with_figure, of }
}

/// An axis's or plan's commitments (those with a weight), and how many of them have a figure.
pub fn commitment_coverage(commitments: &[CommitmentInput]) -> Coverage {
    let weighted = commitments.iter().filter(|c| c.weight > 0);
    let (mut with_figure, mut of) = (0, 0);
    for c in weighted {
        of += 1;
        with_figure += u32::from(c.figure.is_some());
    }
    Coverage { with_figure, of }
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

/// The earliest last day of an activity still due (not cancelled, below 100 % or not
/// reported), as `YYYY-MM-DD`.
/// A commitment, axis or plan is delayed on a day later than this one; storing the date rather
/// than a flag keeps "delayed" true to the calendar without rewriting figures every night.
pub fn pending_end(activities: &[ActivityInput]) -> Option<String> {
    activities
        .iter()
        .filter(|a| !a.cancelled && a.unfinished())
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
            progress: Some(progress),
            cancelled: false,
            end: None,
        }
    }

    fn not_reported(weight: u32) -> ActivityInput {
        ActivityInput {
            progress: None,
            ..act(weight, 0)
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
    fn one_activity_not_reported_means_no_commitment_figure() {
        assert_eq!(commitment_figure(&[act(1, 100), not_reported(1)]), None);
        assert_eq!(commitment_figure(&[not_reported(1)]), None);
        // Never a 0 % either when every activity is not reported.
        assert_eq!(commitment_figure(&[not_reported(3), not_reported(1)]), None);
        // A cancelled activity not reported is not counted: the others give the figure.
        let cancelled = ActivityInput {
            cancelled: true,
            ..not_reported(5)
        };
        assert_eq!(
            commitment_figure(&[act(1, 100), act(1, 50), cancelled]),
            Some(Figure(7_500))
        );
        assert_eq!(
            activity_coverage(&[act(1, 100), not_reported(2), cancelled]),
            Coverage {
                with_figure: 1,
                of: 2
            }
        );
        assert!(activity_coverage(&[act(1, 100), not_reported(2)]).is_partial());
        assert!(!activity_coverage(&[act(1, 100)]).is_partial());
        assert!(!activity_coverage(&[]).is_partial());
    }

    #[test]
    fn not_reported_activities_stay_pending() {
        let end = PartialDate::parse("2023-04").ok();
        let acts = [
            ActivityInput {
                end: PartialDate::parse("2022").ok(),
                ..act(1, 100)
            },
            ActivityInput {
                end,
                ..not_reported(1)
            },
        ];
        assert_eq!(pending_end(&acts).as_deref(), Some("2023-04-30"));
        assert!(any_delayed(&acts, (2023, 5, 1)));
    }

    #[test]
    fn progress_shows_its_number_or_nothing() {
        assert_eq!(Progress(Some(40)).to_string(), "40");
        assert_eq!(Progress::NOT_REPORTED.to_string(), "");
        assert!(Progress(Some(40)) == 40);
        assert!(40 == Progress(Some(40)));
        assert!(0 != Progress::NOT_REPORTED);
        assert_eq!(Progress::from_stored(Some(140)), Progress(Some(100)));
        assert_eq!(Progress::from_stored(Some(-3)), Progress(Some(0)));
        assert_eq!(Progress::from_stored(None).stored(), None);
        assert!(Progress(Some(100)).is_complete() && !Progress(None).is_complete());
        assert_eq!(serde_json::to_string(&Progress(None)).unwrap(), "null");
        assert_eq!(serde_json::to_string(&Progress(Some(7))).unwrap(), "7");
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
            commitment_coverage(&cs),
            Coverage {
                with_figure: 2,
                of: 3
            }
        );
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
            &ActivityInput {
                progress: Some(100),
                ..a
            },
            (2025, 1, 1)
        ));
        // Not reported is not complete.
        assert!(activity_delayed(
            &ActivityInput {
                progress: None,
                ..a
            },
            (2024, 7, 1)
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
        fn figure_is_bounded_by_its_inputs(ps in proptest::collection::vec((1u32..=1000, proptest::option::weighted(0.8, 0u8..=100), any::<bool>()), 0..30)) {
            let acts: Vec<_> = ps.iter().map(|&(w, p, c)| ActivityInput { weight: w, progress: p, cancelled: c, end: None }).collect();
            let counted: Vec<_> = acts.iter().filter(|a| !a.cancelled).collect();
            let coverage = activity_coverage(&acts);
            prop_assert_eq!(coverage.of as usize, counted.len());
            match commitment_figure(&acts) {
                None => prop_assert!(counted.is_empty() || coverage.is_partial()),
                Some(f) => {
                    prop_assert!(!coverage.is_partial());
                    let progress: Vec<u32> = counted.iter().map(|a| u32::from(a.progress.unwrap()) * 100).collect();
                    let lo = *progress.iter().min().unwrap();
                    let hi = *progress.iter().max().unwrap();
                    prop_assert!(lo <= f.0 && f.0 <= hi);
                    prop_assert_eq!(f.0 == 10_000, counted.iter().all(|a| a.progress == Some(100)));
                }
            }
        }
    }
}
