//! The checks of the back office's activity form (a milestone of a commitment) and of the
//! reason given when an activity is cancelled.

use crate::progress::MAX_WEIGHT;
use crate::{Lang, LocalizedText, PartialDate};

/// The longest title and expected output kept, in bytes per language (after trimming).
pub const MAX_TITLE: usize = 600;
pub const MAX_OUTPUT: usize = 2000;
/// The longest public reason of a cancellation, in bytes per language.
pub const MAX_CANCEL_REASON: usize = 2000;

/// The activity form as posted: texts per language, dates and weight as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActivityInput {
    pub title: Vec<(Lang, String)>,
    pub expected_output: Vec<(Lang, String)>,
    pub start: String,
    pub end: String,
    pub weight: String,
}

/// An activity form that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedActivity {
    pub title: LocalizedText,
    pub expected_output: LocalizedText,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub weight: i64,
}

/// What is wrong with the form, each beside its field (`field` names the form's field).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActivityError {
    #[error("an activity has a title in at least one language")]
    TitleMissing,
    #[error("{field} is longer than {max} bytes")]
    TooLong { field: String, max: usize },
    #[error("{field} holds a control character")]
    Control { field: String },
    #[error("{field} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    Date { field: String },
    #[error("the end comes before the start")]
    EndBeforeStart,
    #[error("the weight is a whole number from 1 to {MAX_WEIGHT}")]
    Weight,
    #[error("a cancellation says why")]
    ReasonMissing,
}

impl ActivityError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ActivityError::TitleMissing => "activity-error-title-missing",
            ActivityError::TooLong { .. } => "activity-error-too-long",
            ActivityError::Control { .. } => "activity-error-control",
            ActivityError::Date { .. } => "activity-error-date",
            ActivityError::EndBeforeStart => "activity-error-end-before-start",
            ActivityError::Weight => "activity-error-weight",
            ActivityError::ReasonMissing => "activity-error-reason-missing",
        }
    }

    /// The form field the error is shown beside.
    pub fn field(&self) -> String {
        match self {
            ActivityError::TitleMissing => "title_ar".into(),
            ActivityError::TooLong { field, .. }
            | ActivityError::Control { field }
            | ActivityError::Date { field } => field.clone(),
            ActivityError::EndBeforeStart => "end".into(),
            ActivityError::Weight => "weight".into(),
            ActivityError::ReasonMissing => "reason".into(),
        }
    }
}

fn clean(raw: &str, field: String, max: usize) -> Result<String, ActivityError> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(ActivityError::Control { field });
    }
    if text.len() > max {
        return Err(ActivityError::TooLong { field, max });
    }
    Ok(text.to_string())
}

/// Texts per language, each checked; the field of language `l` is `{prefix}_{code}`.
fn texts(
    raw: &[(Lang, String)],
    prefix: &str,
    max: usize,
    errors: &mut Vec<ActivityError>,
) -> LocalizedText {
    let mut out = LocalizedText::new();
    for (lang, text) in raw {
        match clean(text, format!("{prefix}_{}", lang.code()), max) {
            Ok(t) if !t.is_empty() => out = out.with(*lang, &t),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    out
}

fn date(raw: &str, field: &str, errors: &mut Vec<ActivityError>) -> Option<PartialDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match PartialDate::parse(raw) {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(ActivityError::Date {
                field: field.into(),
            });
            None
        }
    }
}

/// Checks the activity form; every error is returned at once.
pub fn check_activity(input: &ActivityInput) -> Result<CheckedActivity, Vec<ActivityError>> {
    let mut errors = Vec::new();
    let title = texts(&input.title, "title", MAX_TITLE, &mut errors);
    if title.is_empty() && !errors.iter().any(|e| e.field().starts_with("title_")) {
        errors.push(ActivityError::TitleMissing);
    }
    let expected_output = texts(&input.expected_output, "output", MAX_OUTPUT, &mut errors);
    let start = date(&input.start, "start", &mut errors);
    let end = date(&input.end, "end", &mut errors);
    if let (Some(s), Some(e)) = (start, end)
        && e.last_day() < s.first_day()
    {
        errors.push(ActivityError::EndBeforeStart);
    }
    let weight = match input.weight.trim().parse::<i64>() {
        Ok(w) if (1..=i64::from(MAX_WEIGHT)).contains(&w) => w,
        _ => {
            errors.push(ActivityError::Weight);
            0
        }
    };
    if errors.is_empty() {
        Ok(CheckedActivity {
            title,
            expected_output,
            start,
            end,
            weight,
        })
    } else {
        Err(errors)
    }
}

/// Checks the public reason of a cancellation: mandatory in the language it is written in.
pub fn check_cancel_reason(lang: Lang, raw: &str) -> Result<LocalizedText, ActivityError> {
    let reason = clean(raw, "reason".into(), MAX_CANCEL_REASON)?;
    if reason.is_empty() {
        return Err(ActivityError::ReasonMissing);
    }
    Ok(LocalizedText::new().with(lang, &reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(title_fr: &str, start: &str, end: &str, weight: &str) -> ActivityInput {
        ActivityInput {
            title: vec![(Lang::Fr, title_fr.into()), (Lang::Ar, String::new())],
            expected_output: vec![],
            start: start.into(),
            end: end.into(),
            weight: weight.into(),
        }
    }

    #[test]
    fn a_good_form_passes_with_its_texts_trimmed() {
        let a = check_activity(&form("  Atelier  ", "2024-04", "2024-05-31", "2")).unwrap();
        assert_eq!(a.title.get_exact(Lang::Fr), Some("Atelier"));
        assert_eq!(a.title.get_exact(Lang::Ar), None);
        assert_eq!(a.weight, 2);
        assert_eq!(a.end.unwrap().to_string(), "2024-05-31");
    }

    #[test]
    fn every_error_is_told_beside_its_field() {
        let errors = check_activity(&form("", "2024-13", "x", "0")).unwrap_err();
        let fields: Vec<String> = errors.iter().map(ActivityError::field).collect();
        assert_eq!(fields, ["title_ar", "start", "end", "weight"]);
        let errors = check_activity(&form("a", "2025", "2024-12", "1001")).unwrap_err();
        assert_eq!(
            errors,
            [ActivityError::EndBeforeStart, ActivityError::Weight]
        );
        let long = "x".repeat(MAX_TITLE + 1);
        let errors = check_activity(&form(&long, "", "", "1")).unwrap_err();
        assert_eq!(errors[0].field(), "title_fr");
        let errors = check_activity(&form("a\u{7}", "", "", "1")).unwrap_err();
        assert_eq!(errors[0].message_id(), "activity-error-control");
        // The same month: an end in it is not before a start in it.
        assert!(check_activity(&form("a", "2024-05-20", "2024-05", "1")).is_ok());
    }

    #[test]
    fn a_cancellation_needs_its_reason() {
        assert_eq!(
            check_cancel_reason(Lang::Ar, "  "),
            Err(ActivityError::ReasonMissing)
        );
        let r = check_cancel_reason(Lang::Fr, " Fusionnée avec l'activité 2 ").unwrap();
        assert_eq!(r.get_exact(Lang::Fr), Some("Fusionnée avec l'activité 2"));
    }
}
