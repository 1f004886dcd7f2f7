//! Reminders to project leaders: at most one per period, and only after a silence.

use crate::date::{days_since_epoch, iso_week, parse_day};

/// The key of the period `today` (`YYYY-MM-DD`) falls in, for "at most one reminder per
/// period" (`reminders_sent.period`): the ISO week (`2026-W48`) for a period of 7 days, the day
/// itself (`2026-11-23`) for a period of one day (or 0), and otherwise the period's length and
/// its number counted from 1970-01-01 (`30d-692` for the 692nd period of 30 days), so that keys
/// of different lengths never collide. `None` when `today` is not a day.
pub fn reminder_period(today: &str, every_days: u32) -> Option<String> {
    let day = parse_day(today)?;
    Some(match every_days {
        0 | 1 => format!("{:04}-{:02}-{:02}", day.0, day.1, day.2),
        7 => iso_week(day),
        n => format!("{n}d-{}", days_since_epoch(day).div_euclid(i64::from(n))),
    })
}

/// True when an activity has had no report for `silent_days` days or more on `today`.
/// `last_report_at` is the day (or day and time) of its last report; `None`, or a value that is
/// not a day, means it was never reported (the caller passes the activity's start or creation
/// day instead when a never-reported activity should first be given time). An unreadable
/// `today` sends nothing.
pub fn needs_reminder(last_report_at: Option<&str>, today: &str, silent_days: u32) -> bool {
    let Some(today) = parse_day(today) else {
        return false;
    };
    match last_report_at.and_then(parse_day) {
        None => true,
        Some(last) => days_since_epoch(today) - days_since_epoch(last) >= i64::from(silent_days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_week_is_an_iso_week() {
        assert_eq!(
            reminder_period("2026-11-23", 7).as_deref(),
            Some("2026-W48")
        );
        assert_eq!(
            reminder_period("2026-11-29", 7).as_deref(),
            Some("2026-W48")
        );
        assert_eq!(
            reminder_period("2026-11-30", 7).as_deref(),
            Some("2026-W49")
        );
        assert_eq!(
            reminder_period("2021-01-03", 7).as_deref(),
            Some("2020-W53")
        );
    }

    #[test]
    fn other_lengths_count_periods_from_1970() {
        assert_eq!(
            reminder_period("2026-11-23", 30).as_deref(),
            Some("30d-692")
        );
        assert_eq!(
            reminder_period("2026-11-30", 30).as_deref(),
            Some("30d-692")
        );
        assert_eq!(reminder_period("1970-01-31", 30).as_deref(), Some("30d-1"));
        assert_eq!(
            reminder_period("2026-11-23", 1).as_deref(),
            Some("2026-11-23")
        );
        assert_eq!(
            reminder_period("2026-11-23T08:00:00Z", 0).as_deref(),
            Some("2026-11-23")
        );
        assert_eq!(reminder_period("23/11/2026", 7), None);
    }

    #[test]
    fn a_reminder_after_the_silence_only() {
        assert!(!needs_reminder(Some("2026-11-10"), "2026-11-23", 14));
        assert!(needs_reminder(Some("2026-11-09"), "2026-11-23", 14));
        assert!(needs_reminder(
            Some("2026-11-09T23:59:59Z"),
            "2026-11-23",
            14
        ));
        assert!(needs_reminder(None, "2026-11-23", 14));
        assert!(needs_reminder(Some("garbage"), "2026-11-23", 14));
        assert!(!needs_reminder(None, "garbage", 14));
        // A report dated after today (a clock ahead) is no silence.
        assert!(!needs_reminder(Some("2026-12-01"), "2026-11-23", 0));
    }

    fn any_day() -> impl Strategy<Value = String> {
        (1971u16..2199, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
    }

    proptest! {
        #[test]
        fn days_of_one_period_share_its_key(day in any_day(), every in 2u32..60) {
            let (y, m, d) = parse_day(&day).unwrap();
            let n = days_since_epoch((y, m, d));
            let key = reminder_period(&day, every).unwrap();
            // The next day has the same key exactly when it is in the same period.
            let (ny, nm, nd) = crate::date::day_from_epoch(n + 1);
            let next = format!("{ny:04}-{nm:02}-{nd:02}");
            let same = if every == 7 {
                (n + 3).rem_euclid(7) != 6
            } else {
                (n + 1).div_euclid(i64::from(every)) == n.div_euclid(i64::from(every))
            };
            prop_assert_eq!(reminder_period(&next, every).unwrap() == key, same);
        }
    }
}
