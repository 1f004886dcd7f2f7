//! Indicators (docs/co-implementation.md): the checks of an indicator's figures and of each
//! value (a number, a period, a source), and the geometry of its line chart, computed here so
//! that pages draw it as SVG without JavaScript and tests can measure it. No storage yet: the
//! tables, routes and pages are to come.

use crate::reporting::{LinkError, check_link};

/// The longest number typed, in characters.
pub const MAX_NUMBER_CHARS: usize = 32;
/// The largest magnitude of a value, a baseline or a target.
pub const MAX_MAGNITUDE: f64 = 1e12;

/// Why a figure, a period or a source is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IndicatorError {
    #[error("no number given")]
    NoNumber,
    #[error("not a number")]
    NotANumber,
    #[error("the number is too long or too large")]
    NumberTooLarge,
    #[error("expected a year (YYYY) or a month (YYYY-MM) between 1900 and 2100")]
    BadPeriod,
    #[error("a value is already given for this period")]
    DuplicatePeriod,
    #[error("the source is not an http or https link")]
    BadSource(LinkError),
    #[error("the target year is before the baseline year")]
    TargetBeforeBaseline,
}

/// A value's period: a year, or a month of a year. Years sort before their months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IndicatorPeriod {
    pub year: u16,
    pub month: Option<u8>,
}

impl IndicatorPeriod {
    /// `YYYY` or `YYYY-MM`, years 1900 to 2100.
    pub fn parse(s: &str) -> Result<IndicatorPeriod, IndicatorError> {
        let s = s.trim();
        let bad = IndicatorError::BadPeriod;
        let (y, m) = match s.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (s, None),
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad);
        }
        let year: u16 = y.parse().map_err(|_| bad)?;
        if !(1900..=2100).contains(&year) {
            return Err(bad);
        }
        let month = match m {
            None => None,
            Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
                let m: u8 = m.parse().map_err(|_| bad)?;
                if !(1..=12).contains(&m) {
                    return Err(bad);
                }
                Some(m)
            }
            Some(_) => return Err(bad),
        };
        Ok(IndicatorPeriod { year, month })
    }

    /// Months since year 0, the period's place on a time axis (a year sits at its middle).
    pub fn position(self) -> f64 {
        let months = f64::from(self.year) * 12.0;
        match self.month {
            Some(m) => months + f64::from(m) - 1.0,
            None => months + 5.5,
        }
    }
}

impl std::fmt::Display for IndicatorPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{:04}-{m:02}", self.year),
            None => write!(f, "{:04}", self.year),
        }
    }
}

/// A number as typed: digits with `.` or `,` as the decimal mark, an optional sign, spaces
/// (also no-break ones) between groups of digits; at most [`MAX_NUMBER_CHARS`] characters and
/// [`MAX_MAGNITUDE`] in size.
pub fn check_number(typed: &str) -> Result<f64, IndicatorError> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(IndicatorError::NoNumber);
    }
    if t.chars().count() > MAX_NUMBER_CHARS {
        return Err(IndicatorError::NumberTooLarge);
    }
    let cleaned: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let body = cleaned.strip_prefix(['-', '+']).unwrap_or(&cleaned);
    let digits_ok = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1
        && body.bytes().any(|b| b.is_ascii_digit());
    if !digits_ok {
        return Err(IndicatorError::NotANumber);
    }
    let v: f64 = cleaned.parse().map_err(|_| IndicatorError::NotANumber)?;
    if !v.is_finite() || v.abs() > MAX_MAGNITUDE {
        return Err(IndicatorError::NumberTooLarge);
    }
    Ok(v)
}

/// A value's source: an http or https link ([`check_link`]).
pub fn check_source(url: &str) -> Result<String, IndicatorError> {
    check_link(url).map_err(IndicatorError::BadSource)
}

/// A new value for `period`, refused when `taken` already holds that period.
pub fn check_new_period(
    period: &str,
    taken: &[IndicatorPeriod],
) -> Result<IndicatorPeriod, IndicatorError> {
    let p = IndicatorPeriod::parse(period)?;
    if taken.contains(&p) {
        return Err(IndicatorError::DuplicatePeriod);
    }
    Ok(p)
}

/// The baseline and target years: the target comes at or after the baseline.
pub fn check_years(baseline_year: u16, target_year: u16) -> Result<(), IndicatorError> {
    if target_year < baseline_year {
        return Err(IndicatorError::TargetBeforeBaseline);
    }
    Ok(())
}

/// The drawing area of a chart, in SVG user units.
pub const CHART_WIDTH: f64 = 640.0;
pub const CHART_HEIGHT: f64 = 320.0;
/// Room for the axis labels: at the start side (values), the end side, the top and the bottom
/// (periods).
const PAD_SIDE: f64 = 64.0;
const PAD_TOP: f64 = 16.0;
const PAD_BOTTOM: f64 = 40.0;

/// A point of the line: the period and value it stands for, and where it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub period: IndicatorPeriod,
    pub value: f64,
    pub x: f64,
    pub y: f64,
}

/// A chart's geometry: the points in period order, the heights of the baseline and the target
/// lines, and the value ticks (height, value).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub points: Vec<ChartPoint>,
    pub baseline_y: Option<f64>,
    pub target_y: Option<f64>,
    pub ticks: Vec<(f64, f64)>,
    /// Where the value axis is drawn (its x), on the side the reading starts from.
    pub axis_x: f64,
    /// The SVG path of the line (`M x y L x y ...`).
    pub path: String,
}

/// The geometry of a line chart of `values` (any order; each period once) with the baseline
/// and target marked. With `rtl` the time axis runs right to left, as the page reads and as
/// its table's columns run; the value axis then stands on the right. Values are spread by
/// time (a gap of two years is twice as wide as one), a single value is centred, and the value
/// range holds every value, the baseline and the target, from zero when they are all positive.
pub fn chart(
    values: &[(IndicatorPeriod, f64)],
    baseline: Option<f64>,
    target: Option<f64>,
    rtl: bool,
) -> ChartGeometry {
    let mut values: Vec<(IndicatorPeriod, f64)> = values.to_vec();
    values.sort_by_key(|v| v.0);
    let all: Vec<f64> = values
        .iter()
        .map(|v| v.1)
        .chain(baseline)
        .chain(target)
        .collect();
    let mut lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let mut hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if all.is_empty() {
        (lo, hi) = (0.0, 1.0);
    }
    if lo > 0.0 {
        lo = 0.0;
    }
    if hi <= lo {
        hi = lo + 1.0;
    }
    let step = nice_step((hi - lo) / 4.0);
    let lo = (lo / step).floor() * step;
    let hi = (hi / step).ceil() * step;
    let (left, right) = (PAD_SIDE, CHART_WIDTH - PAD_SIDE);
    let (top, bottom) = (PAD_TOP, CHART_HEIGHT - PAD_BOTTOM);
    let y_of = |v: f64| bottom - (v - lo) / (hi - lo) * (bottom - top);
    let first = values.first().map(|v| v.0.position());
    let last = values.last().map(|v| v.0.position());
    let x_of = |p: IndicatorPeriod| {
        let share = match (first, last) {
            (Some(a), Some(b)) if b > a => (p.position() - a) / (b - a),
            _ => 0.5,
        };
        let share = if rtl { 1.0 - share } else { share };
        round(left + share * (right - left))
    };
    let points: Vec<ChartPoint> = values
        .iter()
        .map(|(p, v)| ChartPoint {
            period: *p,
            value: *v,
            x: x_of(*p),
            y: round(y_of(*v)),
        })
        .collect();
    let path = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{} {}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect();
    let mut ticks = Vec::new();
    let mut t = lo;
    while t <= hi + step / 2.0 {
        ticks.push((round(y_of(t)), round_value(t)));
        t += step;
    }
    ChartGeometry {
        points,
        baseline_y: baseline.map(|b| round(y_of(b))),
        target_y: target.map(|t| round(y_of(t))),
        ticks,
        axis_x: if rtl { right } else { left },
        path,
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let f = raw / power;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// A coordinate to a tenth of a unit (short SVG, stable tests).
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A tick value without the float noise of repeated additions.
fn round_value(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> IndicatorPeriod {
        IndicatorPeriod::parse(s).unwrap()
    }

    #[test]
    fn periods_are_years_or_months() {
        assert_eq!(
            p("2024"),
            IndicatorPeriod {
                year: 2024,
                month: None
            }
        );
        assert_eq!(
            p(" 2024-03 "),
            IndicatorPeriod {
                year: 2024,
                month: Some(3)
            }
        );
        assert_eq!(p("2024-03").to_string(), "2024-03");
        for bad in [
            "",
            "24",
            "2024-3",
            "2024-13",
            "2024-00",
            "1899",
            "2101",
            "2024-03-01",
            "abcd",
            "２０２４",
        ] {
            assert_eq!(
                IndicatorPeriod::parse(bad),
                Err(IndicatorError::BadPeriod),
                "{bad}"
            );
        }
        assert!(p("2024") < p("2024-01") && p("2024-12") < p("2025"));
    }

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(check_number("42"), Ok(42.0));
        assert_eq!(check_number(" 3,5 "), Ok(3.5));
        assert_eq!(check_number("-0.25"), Ok(-0.25));
        assert_eq!(check_number("1\u{202f}250\u{a0}000"), Ok(1_250_000.0));
        assert_eq!(check_number(""), Err(IndicatorError::NoNumber));
        for bad in [
            "abc", "1.2.3", "1e5", "NaN", "inf", "12%", "-", ".", "0x10", "1,2,3",
        ] {
            assert_eq!(check_number(bad), Err(IndicatorError::NotANumber), "{bad}");
        }
        assert_eq!(
            check_number("1000000000001"),
            Err(IndicatorError::NumberTooLarge)
        );
        assert_eq!(
            check_number(&"9".repeat(40)),
            Err(IndicatorError::NumberTooLarge)
        );
    }

    #[test]
    fn sources_are_web_links_and_periods_unique() {
        assert_eq!(
            check_source("https://hcp.ma/x").as_deref(),
            Ok("https://hcp.ma/x")
        );
        assert_eq!(
            check_source("javascript:alert(1)"),
            Err(IndicatorError::BadSource(LinkError::Scheme))
        );
        assert!(matches!(
            check_source(""),
            Err(IndicatorError::BadSource(_))
        ));
        assert_eq!(check_new_period("2024", &[p("2024-01")]), Ok(p("2024")));
        assert_eq!(
            check_new_period("2024", &[p("2024")]),
            Err(IndicatorError::DuplicatePeriod)
        );
        assert_eq!(check_years(2020, 2026), Ok(()));
        assert_eq!(
            check_years(2026, 2020),
            Err(IndicatorError::TargetBeforeBaseline)
        );
    }

    #[test]
    fn the_chart_spreads_values_by_time_and_mirrors_right_to_left() {
        let values = [(p("2022"), 30.0), (p("2020"), 10.0), (p("2021"), 20.0)];
        let g = chart(&values, Some(10.0), Some(40.0), false);
        // Period order, from the start side to the end side, evenly by time.
        let xs: Vec<f64> = g.points.iter().map(|q| q.x).collect();
        assert_eq!(xs, [64.0, 320.0, 576.0]);
        // Higher values higher up (smaller y); zero at the bottom, the target at the top.
        let ys: Vec<f64> = g.points.iter().map(|q| q.y).collect();
        assert!(ys[0] > ys[1] && ys[1] > ys[2], "{ys:?}");
        assert_eq!(g.target_y, Some(16.0));
        assert_eq!(g.baseline_y, Some(ys[0]));
        assert_eq!(g.ticks.first(), Some(&(280.0, 0.0)));
        assert_eq!(g.ticks.last(), Some(&(16.0, 40.0)));
        assert_eq!(
            g.path,
            format!("M64 {} L320 {} L576 {}", ys[0], ys[1], ys[2])
        );
        assert_eq!(g.axis_x, 64.0);
        let r = chart(&values, Some(10.0), Some(40.0), true);
        let rx: Vec<f64> = r.points.iter().map(|q| q.x).collect();
        assert_eq!(rx, [576.0, 320.0, 64.0]);
        assert_eq!(r.axis_x, 576.0);
        assert_eq!(r.points[0].y, g.points[0].y);
        // A gap of two years is twice as wide as one.
        let gap = chart(
            &[(p("2020"), 1.0), (p("2021"), 2.0), (p("2023"), 3.0)],
            None,
            None,
            false,
        );
        let d1 = gap.points[1].x - gap.points[0].x;
        let d2 = gap.points[2].x - gap.points[1].x;
        assert!((d2 - 2.0 * d1).abs() < 0.2, "{d1} {d2}");
    }

    #[test]
    fn a_single_value_or_none_still_draws() {
        let one = chart(&[(p("2024-06"), 5.0)], None, None, false);
        assert_eq!(one.points[0].x, 320.0);
        assert_eq!(one.path, format!("M320 {}", one.points[0].y));
        let none = chart(&[], Some(3.0), None, true);
        assert!(none.points.is_empty() && none.path.is_empty());
        assert!(none.baseline_y.is_some());
        // Negative values: the range reaches below zero.
        let neg = chart(&[(p("2020"), -5.0), (p("2021"), 5.0)], None, None, false);
        assert!(neg.ticks.first().unwrap().1 <= -5.0);
        assert!(neg.points.iter().all(|q| (16.0..=280.0).contains(&q.y)));
    }
}
