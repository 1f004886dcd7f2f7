//! Dates known only to the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a date written YYYY, YYYY-MM or YYYY-MM-DD")]
pub struct DateError;

impl PartialDate {
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| DateError)
            } else {
                Err(DateError)
            }
        };
        let year = num(parts.first().ok_or(DateError)?, 4)? as u16;
        if !(1900..=2200).contains(&year) {
            return Err(DateError);
        }
        let month = match parts.get(1) {
            Some(p) => {
                let m = num(p, 2)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(DateError);
                }
                Some(m)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, 2)? as u8;
                if d < 1 || d > days_in_month(year, month.unwrap_or(1)) {
                    return Err(DateError);
                }
                Some(d)
            }
            None => None,
        };
        if parts.len() > 3 {
            return Err(DateError);
        }
        Ok(PartialDate { year, month, day })
    }

    /// The last day the date may stand for, as (year, month, day): the end of its year or month.
    pub fn last_day(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// The first day the date may stand for.
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// True when the whole period this date names is over on `today`.
    pub fn is_past(self, today: (u16, u8, u8)) -> bool {
        self.last_day() < today
    }
}

/// Reads a calendar day written `YYYY-MM-DD`, possibly followed by a time (`2026-11-23T10:00Z`,
/// `2026-11-23 10:00`): the day is the first ten characters.
pub fn parse_day(s: &str) -> Option<(u16, u8, u8)> {
    let s = s.trim();
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let d = PartialDate::parse(&s[..10]).ok()?;
    Some((d.year, d.month?, d.day?))
}

/// The number of days from 1970-01-01 to a day (negative before it).
pub fn days_since_epoch((year, month, day): (u16, u8, u8)) -> i64 {
    // Howard Hinnant's days_from_civil: years start in March, so the leap day ends them.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day a number of days from 1970-01-01 falls on (the inverse of [`days_since_epoch`]).
pub fn day_from_epoch(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The ISO 8601 week of a day, written `2026-W48` (the week's year is the year of its Thursday,
/// so 2021-01-03 is in `2020-W53` and 2024-12-30 in `2025-W01`).
pub fn iso_week(day: (u16, u8, u8)) -> String {
    let days = days_since_epoch(day);
    // 1970-01-01 was a Thursday; Monday is 0.
    let weekday = (days + 3).rem_euclid(7);
    let thursday = days - weekday + 3;
    let (year, _, _) = day_from_epoch(thursday);
    let jan1 = days_since_epoch((year as u16, 1, 1));
    let week = (thursday - jan1) / 7 + 1;
    format!("{year:04}-W{week:02}")
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, DateError> {
        PartialDate::parse(&s)
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

/// A period known to the precision its source gives: its start, its end, or both (such as the
/// years a name of an institution was in use).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

impl Period {
    /// Reads `FROM/UNTIL`, either side possibly empty (`2017-04/2019-10`, `2021-10/`,
    /// `/2021-10`), and the shorthands of the research files: `2021-10-` (from), `-2021-10`
    /// (until) and `2007-2018` (two years). An empty value is an empty period.
    pub fn parse(s: &str) -> Result<Period, DateError> {
        let s = s.trim();
        let side = |x: &str| -> Result<Option<PartialDate>, DateError> {
            let x = x.trim();
            if x.is_empty() {
                Ok(None)
            } else {
                PartialDate::parse(x).map(Some)
            }
        };
        let p = if let Some((a, b)) = s.split_once('/') {
            Period {
                from: side(a)?,
                until: side(b)?,
            }
        } else if let Some(a) = s.strip_suffix('-') {
            Period {
                from: side(a)?,
                until: None,
            }
        } else if let Some(b) = s.strip_prefix('-') {
            Period {
                from: None,
                until: side(b)?,
            }
        } else if let Some((a, b)) = s
            .split_once('-')
            .filter(|(a, b)| a.len() == 4 && b.len() == 4)
        {
            Period {
                from: side(a)?,
                until: side(b)?,
            }
        } else {
            Period {
                from: side(s)?,
                until: None,
            }
        };
        if let (Some(a), Some(b)) = (p.from, p.until)
            && a.first_day() > b.last_day()
        {
            return Err(DateError);
        }
        Ok(p)
    }

    pub fn is_empty(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }
}

/// `FROM/UNTIL`, either side empty when unknown; an empty period is an empty string.
impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return Ok(());
        }
        if let Some(a) = self.from {
            write!(f, "{a}")?;
        }
        f.write_str("/")?;
        if let Some(b) = self.until {
            write!(f, "{b}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_round_trips() {
        for s in ["2018", "2018-12", "2024-02-29", "2019-10-31"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn refuses_bad_dates() {
        for s in [
            "",
            "18",
            "2018-13",
            "2023-02-29",
            "2018-1",
            "2018-01-01-01",
            "abcd",
            "1800",
        ] {
            assert!(PartialDate::parse(s).is_err(), "{s}");
        }
    }

    #[test]
    fn a_month_is_past_only_after_its_last_day() {
        let d = PartialDate::parse("2024-02").unwrap();
        assert!(!d.is_past((2024, 2, 29)));
        assert!(d.is_past((2024, 3, 1)));
        assert!(PartialDate::parse("2020").unwrap().is_past((2021, 1, 1)));
    }

    #[test]
    fn days_are_read_with_or_without_a_time() {
        assert_eq!(parse_day("2026-11-23"), Some((2026, 11, 23)));
        assert_eq!(parse_day(" 2026-11-23T10:00:00Z"), Some((2026, 11, 23)));
        assert_eq!(parse_day("2026-11-23 10:00"), Some((2026, 11, 23)));
        for s in [
            "2026-11",
            "2026",
            "2026-11-31",
            "2026-11-234",
            "23/11/2026",
            "",
            "2026-11-2",
        ] {
            assert_eq!(parse_day(s), None, "{s}");
        }
    }

    #[test]
    fn day_numbers_and_iso_weeks() {
        assert_eq!(days_since_epoch((1970, 1, 1)), 0);
        assert_eq!(days_since_epoch((2026, 11, 23)), 20_780);
        assert_eq!(days_since_epoch((1969, 12, 31)), -1);
        assert_eq!(day_from_epoch(20_780), (2026, 11, 23));
        assert_eq!(day_from_epoch(-1), (1969, 12, 31));
        for (day, week) in [
            ((2026, 11, 23), "2026-W48"),
            ((2026, 11, 29), "2026-W48"),
            ((2026, 11, 30), "2026-W49"),
            ((2021, 1, 3), "2020-W53"),
            ((2024, 12, 30), "2025-W01"),
            ((2027, 1, 3), "2026-W53"),
            ((1970, 1, 1), "1970-W01"),
        ] {
            assert_eq!(iso_week(day), week, "{day:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn day_numbers_round_trip(n in -25_567i64..84_000) {
            let (y, m, d) = day_from_epoch(n);
            proptest::prop_assert_eq!(days_since_epoch((y as u16, m, d)), n);
            proptest::prop_assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y as u16, m));
        }
    }

    #[test]
    fn periods_read_every_way_the_sources_write_them() {
        let d = |s: &str| Some(PartialDate::parse(s).unwrap());
        let cases = [
            ("2017-04/2019-10", d("2017-04"), d("2019-10")),
            ("2021-10/", d("2021-10"), None),
            ("/2021-10", None, d("2021-10")),
            ("2021-10-", d("2021-10"), None),
            ("-2021-10", None, d("2021-10")),
            ("2018-", d("2018"), None),
            ("2007-2018", d("2007"), d("2018")),
            ("2007", d("2007"), None),
            ("", None, None),
        ];
        for (s, from, until) in cases {
            let p = Period::parse(s).unwrap_or_else(|_| panic!("{s}"));
            assert_eq!((p.from, p.until), (from, until), "{s}");
            // The stored form reads back as the same period.
            assert_eq!(Period::parse(&p.to_string()), Ok(p), "{s}");
        }
        assert_eq!(Period::parse("2007-2018").unwrap().to_string(), "2007/2018");
        assert_eq!(Period::parse("").unwrap().to_string(), "");
    }

    #[test]
    fn bad_periods_are_refused() {
        for s in [
            "2019-10/2017-04",
            "2017-04/2019-13",
            "since 2018",
            "2017-04/2019-10 (same name again from 2021-10)",
            "2017/2018/2019",
        ] {
            assert!(Period::parse(s).is_err(), "{s}");
        }
    }
}
