//! What a computed figure comes from, said beside it when it does not come from everything it
//! sums up: "computed from 2 of the 18 commitments recorded here", "progress recorded for 4 of
//! this commitment's 7 activities" (the progress rule, `opengov_core::progress`).

use super::Chrome;
use opengov_core::progress::{ActivityInput, Coverage, activity_coverage};
use opengov_db::rows::ActivityRow;
use opengov_i18n::Arg;

/// For an axis's or plan's figure: said when it has one that comes from some of its
/// commitments only (without a figure, the page says why there is none).
pub fn of_commitments(
    c: &Chrome,
    figure: Option<i64>,
    reported: i64,
    recorded: i64,
) -> Option<String> {
    let coverage = Coverage {
        with_figure: u32::try_from(reported).unwrap_or(0),
        of: u32::try_from(recorded).unwrap_or(0),
    };
    (figure.is_some() && coverage.is_partial()).then(|| say(c, "coverage-commitments", coverage))
}

/// For a commitment's figure: said when some of its counted activities are not reported (it
/// then has no figure).
pub fn of_activities(c: &Chrome, activities: &[ActivityRow]) -> Option<String> {
    let inputs: Vec<ActivityInput> = activities
        .iter()
        .map(|a| ActivityInput {
            weight: u32::try_from(a.weight).unwrap_or(0),
            progress: a.progress.percent(),
            cancelled: a.cancelled,
            end: None,
        })
        .collect();
    let coverage = activity_coverage(&inputs);
    coverage
        .is_partial()
        .then(|| say(c, "coverage-activities", coverage))
}

fn say(c: &Chrome, id: &str, coverage: Coverage) -> String {
    c.figures(c.i18n.ta(
        c.lang,
        id,
        &[
            ("reported", coverage.with_figure.to_string().into()),
            ("count", Arg::Count(i64::from(coverage.of))),
        ],
    ))
}
