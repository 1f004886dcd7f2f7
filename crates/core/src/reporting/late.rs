//! Late activities: the end date is over and the work is not complete.

use crate::PartialDate;
use crate::date::parse_day;
use crate::progress::{ActivityInput, activity_delayed};

/// True when an activity is late on `today` (`YYYY-MM-DD`): its end date is over (a partial
/// date `YYYY` or `YYYY-MM` ends with its year or month) and its progress is below 100 %; never
/// reported counts as below. A cancelled activity, one without a readable end date, or an
/// unreadable `today` is not late. The rule is [`activity_delayed`], the one the figures use.
pub fn is_late(end_date: Option<&str>, progress: Option<u8>, cancelled: bool, today: &str) -> bool {
    let Some(end) = end_date.and_then(|e| PartialDate::parse(e).ok()) else {
        return false;
    };
    let Some(today) = parse_day(today) else {
        return false;
    };
    let activity = ActivityInput {
        weight: 1,
        progress,
        cancelled,
        end: Some(end),
    };
    activity_delayed(&activity, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_once_the_end_date_is_over_below_100() {
        assert!(is_late(Some("2026-06-30"), Some(40), false, "2026-07-01"));
        assert!(!is_late(Some("2026-06-30"), Some(40), false, "2026-06-30"));
        assert!(!is_late(Some("2026-06-30"), Some(100), false, "2027-01-01"));
        assert!(is_late(Some("2026-06-30"), Some(99), false, "2027-01-01"));
        // Never reported is below 100 %.
        assert!(is_late(Some("2026-06-30"), None, false, "2026-07-01"));
    }

    #[test]
    fn partial_dates_end_with_their_period() {
        assert!(!is_late(Some("2026-02"), Some(0), false, "2026-02-28"));
        assert!(is_late(Some("2026-02"), Some(0), false, "2026-03-01"));
        assert!(!is_late(Some("2024-02"), Some(0), false, "2024-02-29"));
        assert!(!is_late(Some("2026"), Some(10), false, "2026-12-31"));
        assert!(is_late(Some("2026"), Some(10), false, "2027-01-01"));
    }

    #[test]
    fn cancelled_undated_or_unreadable_is_not_late() {
        assert!(!is_late(Some("2020-01-01"), Some(0), true, "2026-01-01"));
        assert!(!is_late(None, Some(0), false, "2026-01-01"));
        assert!(!is_late(Some("soon"), Some(0), false, "2026-01-01"));
        assert!(!is_late(Some("2020-01-01"), Some(0), false, "not a day"));
        // A time after the day changes nothing.
        assert!(is_late(
            Some("2026-06-30"),
            Some(0),
            false,
            "2026-07-01T00:00:00Z"
        ));
    }
}
