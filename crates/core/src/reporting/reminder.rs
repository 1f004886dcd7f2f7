//! Reminders to project leaders: at most one per period, and only after a silence.

use crate::PartialDate;
use crate::date::{day_from_epoch, days_since_epoch, iso_week, parse_day};
use crate::reporting::late::is_late;

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

/// Why a project leader is reminded of an activity (`reminders_sent.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReminderKind {
    /// No report for the configured number of days.
    Silent,
    /// Past its end date below 100 %.
    Late,
}

impl ReminderKind {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::Silent => "silent",
            ReminderKind::Late => "late",
        }
    }

    pub fn from_code(code: &str) -> Option<ReminderKind> {
        match code {
            "silent" => Some(ReminderKind::Silent),
            "late" => Some(ReminderKind::Late),
            _ => None,
        }
    }
}

/// What the reminder job knows of one activity.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReminderFacts<'a> {
    /// Start and end dates as stored (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub start_date: Option<&'a str>,
    pub end_date: Option<&'a str>,
    /// `None`: never reported.
    pub progress: Option<u8>,
    pub cancelled: bool,
    /// The plan is not completed.
    pub plan_open: bool,
    /// When its last report was published, in microseconds since the epoch (UTC).
    pub last_report_at: Option<i64>,
}

/// The day (`YYYY-MM-DD`, UTC) of a time in microseconds since the epoch.
pub fn day_of_micros(micros: i64) -> String {
    let (y, m, d) = day_from_epoch(micros.div_euclid(86_400_000_000));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether (and why) the leaders of an activity are reminded of it on `today`: never for a
/// cancelled activity or one of a closed plan; [`ReminderKind::Late`] when it is late
/// ([`is_late`]: past its end date below 100 %); else [`ReminderKind::Silent`] when it is under
/// way (started, below 100 %) and has had no report for `silent_days` days, counted from its
/// last report, or from its start when it was never reported (an activity without a start date
/// and never reported is silent at once). An activity that has not started yet is left alone.
pub fn reminder_kind(f: &ReminderFacts<'_>, today: &str, silent_days: u32) -> Option<ReminderKind> {
    if f.cancelled || !f.plan_open {
        return None;
    }
    let day = parse_day(today)?;
    if is_late(f.end_date, f.progress, f.cancelled, today) {
        return Some(ReminderKind::Late);
    }
    if f.progress == Some(100) {
        return None;
    }
    let start = f
        .start_date
        .and_then(|s| PartialDate::parse(s).ok())
        .map(|s| s.first_day());
    if start.is_some_and(|s| days_since_epoch(s) > days_since_epoch(day)) {
        return None;
    }
    let since = match f.last_report_at {
        Some(at) => Some(day_of_micros(at)),
        None => start.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    };
    needs_reminder(since.as_deref(), today, silent_days).then_some(ReminderKind::Silent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn facts<'a>() -> ReminderFacts<'a> {
        ReminderFacts {
            plan_open: true,
            progress: Some(40),
            ..ReminderFacts::default()
        }
    }

    const DAY: i64 = 86_400_000_000;

    #[test]
    fn late_first_then_silent_after_the_configured_days() {
        let today = "2026-11-23";
        let late = ReminderFacts {
            end_date: Some("2026-06-30"),
            last_report_at: Some(days_since_epoch((2026, 11, 20)) * DAY),
            ..facts()
        };
        assert_eq!(reminder_kind(&late, today, 60), Some(ReminderKind::Late));
        let recent = ReminderFacts {
            end_date: Some("2027-06-30"),
            last_report_at: Some(days_since_epoch((2026, 9, 25)) * DAY),
            ..facts()
        };
        assert_eq!(reminder_kind(&recent, today, 60), None);
        let old = ReminderFacts {
            last_report_at: Some(days_since_epoch((2026, 9, 24)) * DAY + 3_600_000_000),
            ..recent
        };
        assert_eq!(reminder_kind(&old, today, 60), Some(ReminderKind::Silent));
        // Never reported: counted from its start, or at once without one.
        let started = ReminderFacts {
            start_date: Some("2026-09"),
            progress: None,
            ..facts()
        };
        assert_eq!(
            reminder_kind(&started, today, 60),
            Some(ReminderKind::Silent)
        );
        assert_eq!(reminder_kind(&started, today, 90), None);
        let undated = ReminderFacts {
            progress: None,
            ..facts()
        };
        assert_eq!(
            reminder_kind(&undated, today, 60),
            Some(ReminderKind::Silent)
        );
    }

    #[test]
    fn nothing_for_cancelled_closed_finished_or_not_started() {
        let today = "2026-11-23";
        let late = ReminderFacts {
            end_date: Some("2026-06-30"),
            ..facts()
        };
        assert_eq!(reminder_kind(&late, today, 60), Some(ReminderKind::Late));
        let cancelled = ReminderFacts {
            cancelled: true,
            ..late
        };
        assert_eq!(reminder_kind(&cancelled, today, 60), None);
        let closed = ReminderFacts {
            plan_open: false,
            ..late
        };
        assert_eq!(reminder_kind(&closed, today, 60), None);
        let done = ReminderFacts {
            progress: Some(100),
            ..late
        };
        assert_eq!(reminder_kind(&done, today, 60), None);
        let future = ReminderFacts {
            start_date: Some("2027-01-01"),
            ..facts()
        };
        assert_eq!(reminder_kind(&future, today, 0), None);
        assert_eq!(reminder_kind(&late, "not a day", 60), None);
    }

    #[test]
    fn kinds_have_stored_codes() {
        for k in [ReminderKind::Silent, ReminderKind::Late] {
            assert_eq!(ReminderKind::from_code(k.code()), Some(k));
        }
        assert_eq!(ReminderKind::from_code("other"), None);
        assert_eq!(day_of_micros(0), "1970-01-01");
        assert_eq!(day_of_micros(-1), "1969-12-31");
    }

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
