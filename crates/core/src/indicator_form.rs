//! The office's indicator forms (docs/co-implementation.md, "Indicators"): an indicator's
//! texts, baseline and target, and a new value, checked field by field with
//! [`crate::indicator`]'s rules. Each error names its field, so that the form shows it there.

use crate::indicator::{
    IndicatorError, IndicatorPeriod, check_new_period, check_number, check_source, check_years,
};

/// The longest name, unit, description and note, in characters.
pub const MAX_NAME: usize = 300;
pub const MAX_UNIT: usize = 60;
pub const MAX_DESCRIPTION: usize = 2000;
pub const MAX_NOTE: usize = 500;

/// Why a field is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    /// The name is missing.
    NoName,
    /// Longer than this many characters.
    TooLong(usize),
    /// Not a year from 1900 to 2100.
    BadYear,
    /// A value without its year, or a year without its value.
    HalfPair,
    Figure(IndicatorError),
}

/// The form's fields as typed.
#[derive(Debug, Clone, Default)]
pub struct IndicatorInput {
    pub name: String,
    pub unit: String,
    pub description: String,
    pub baseline_value: String,
    pub baseline_year: String,
    pub target_value: String,
    pub target_year: String,
}

/// A checked indicator: trimmed texts, the baseline and target as (value, year).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedIndicator {
    pub name: String,
    pub unit: String,
    pub description: String,
    pub baseline: Option<(f64, i64)>,
    pub target: Option<(f64, i64)>,
}

/// A new value's fields as typed.
#[derive(Debug, Clone, Default)]
pub struct ValueInput {
    pub period: String,
    pub value: String,
    pub source_url: String,
    pub note: String,
}

/// A checked value.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedValue {
    pub period: IndicatorPeriod,
    pub value: f64,
    pub source_url: String,
    pub note: String,
}

fn text(
    errs: &mut Vec<(&'static str, FieldError)>,
    field: &'static str,
    s: &str,
    max: usize,
) -> String {
    let t = s.trim();
    if t.chars().count() > max {
        errs.push((field, FieldError::TooLong(max)));
    }
    t.to_string()
}

fn year(s: &str) -> Result<u16, FieldError> {
    let t = s.trim();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::BadYear);
    }
    let y: u16 = t.parse().map_err(|_| FieldError::BadYear)?;
    if (1900..=2100).contains(&y) {
        Ok(y)
    } else {
        Err(FieldError::BadYear)
    }
}

/// A value and its year, both given or both empty.
fn pair(
    errs: &mut Vec<(&'static str, FieldError)>,
    (vf, yf): (&'static str, &'static str),
    (v, y): (&str, &str),
) -> Option<(f64, u16)> {
    match (v.trim().is_empty(), y.trim().is_empty()) {
        (true, true) => None,
        (false, true) => {
            errs.push((yf, FieldError::HalfPair));
            None
        }
        (true, false) => {
            errs.push((vf, FieldError::HalfPair));
            None
        }
        (false, false) => {
            let value = check_number(v).map_err(|e| errs.push((vf, FieldError::Figure(e))));
            let year = year(y).map_err(|e| errs.push((yf, e)));
            Some((value.ok()?, year.ok()?))
        }
    }
}

/// Checks an indicator's form: a name, texts within their lengths, the baseline and the
/// target each a number with its year (or neither), the target's year not before the
/// baseline's.
pub fn check_indicator(
    i: &IndicatorInput,
) -> Result<CheckedIndicator, Vec<(&'static str, FieldError)>> {
    let mut errs = Vec::new();
    let name = text(&mut errs, "name", &i.name, MAX_NAME);
    if name.is_empty() {
        errs.push(("name", FieldError::NoName));
    }
    let unit = text(&mut errs, "unit", &i.unit, MAX_UNIT);
    let description = text(&mut errs, "description", &i.description, MAX_DESCRIPTION);
    let baseline = pair(
        &mut errs,
        ("baseline_value", "baseline_year"),
        (&i.baseline_value, &i.baseline_year),
    );
    let target = pair(
        &mut errs,
        ("target_value", "target_year"),
        (&i.target_value, &i.target_year),
    );
    if let (Some(b), Some(t)) = (baseline, target)
        && let Err(e) = check_years(b.1, t.1)
    {
        errs.push(("target_year", FieldError::Figure(e)));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(CheckedIndicator {
        name,
        unit,
        description,
        baseline: baseline.map(|(v, y)| (v, i64::from(y))),
        target: target.map(|(v, y)| (v, i64::from(y))),
    })
}

/// Checks a new value: a period not `taken` yet, a number, an http or https source, a note
/// within its length.
pub fn check_value(
    v: &ValueInput,
    taken: &[IndicatorPeriod],
) -> Result<CheckedValue, Vec<(&'static str, FieldError)>> {
    let mut errs = Vec::new();
    let period = check_new_period(&v.period, taken)
        .map_err(|e| errs.push(("period", FieldError::Figure(e))))
        .ok();
    let value = check_number(&v.value)
        .map_err(|e| errs.push(("value", FieldError::Figure(e))))
        .ok();
    let source_url = check_source(&v.source_url)
        .map_err(|e| errs.push(("source_url", FieldError::Figure(e))))
        .ok();
    let note = text(&mut errs, "note", &v.note, MAX_NOTE);
    match (period, value, source_url) {
        (Some(period), Some(value), Some(source_url)) if errs.is_empty() => Ok(CheckedValue {
            period,
            value,
            source_url,
            note,
        }),
        _ => Err(errs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> IndicatorInput {
        IndicatorInput {
            name: " Lois publiées ".into(),
            unit: "%".into(),
            baseline_value: "10".into(),
            baseline_year: "2020".into(),
            target_value: "50,5".into(),
            target_year: "2026".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_indicator_is_trimmed_and_read() {
        let c = check_indicator(&input()).unwrap();
        assert_eq!(c.name, "Lois publiées");
        assert_eq!(c.baseline, Some((10.0, 2020)));
        assert_eq!(c.target, Some((50.5, 2026)));
        let bare = IndicatorInput {
            name: "x".into(),
            ..Default::default()
        };
        assert_eq!(check_indicator(&bare).unwrap().target, None);
    }

    #[test]
    fn bad_indicators_name_their_fields() {
        let mut i = input();
        i.name = "  ".into();
        i.target_year = "2019".into();
        i.baseline_value = "dix".into();
        let errs = check_indicator(&i).unwrap_err();
        assert!(errs.contains(&("name", FieldError::NoName)));
        assert!(errs.contains(&(
            "baseline_value",
            FieldError::Figure(IndicatorError::NotANumber)
        )));
        let mut i = input();
        i.target_year = "2019".into();
        assert_eq!(
            check_indicator(&i).unwrap_err(),
            [(
                "target_year",
                FieldError::Figure(IndicatorError::TargetBeforeBaseline)
            )]
        );
        let mut i = input();
        i.baseline_year = String::new();
        i.target_year = "20266".into();
        i.description = "d".repeat(MAX_DESCRIPTION + 1);
        let errs = check_indicator(&i).unwrap_err();
        assert!(errs.contains(&("baseline_year", FieldError::HalfPair)));
        assert!(errs.contains(&("target_year", FieldError::BadYear)));
        assert!(errs.contains(&("description", FieldError::TooLong(MAX_DESCRIPTION))));
    }

    #[test]
    fn values_need_a_free_period_a_number_and_a_web_source() {
        let good = ValueInput {
            period: "2024-03".into(),
            value: "1 234,5".into(),
            source_url: "https://data.gov.ma/x".into(),
            note: String::new(),
        };
        let v = check_value(&good, &[]).unwrap();
        assert_eq!(v.value, 1234.5);
        let taken = [IndicatorPeriod::parse("2024-03").unwrap()];
        assert_eq!(
            check_value(&good, &taken).unwrap_err(),
            [(
                "period",
                FieldError::Figure(IndicatorError::DuplicatePeriod)
            )]
        );
        let bad = ValueInput {
            period: "2024-13".into(),
            value: "12a".into(),
            source_url: "javascript:alert(1)".into(),
            note: "n".repeat(MAX_NOTE + 1),
        };
        let fields: Vec<&str> = check_value(&bad, &[])
            .unwrap_err()
            .iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(fields, ["period", "value", "source_url", "note"]);
    }
}
