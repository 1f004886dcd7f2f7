//! The checks of the back office's forms on the catalogue: an action plan, an axis, a
//! commitment (every field of the OGP commitment template the portal holds, its texts in the
//! four languages), what each commitment still lacks in which language (the untranslated
//! view), and the fields an edit changed (the commitment's public change history).

use crate::assessment::{OgpValue, OgpValues, PolicyArea, PolicyAreas};
use crate::kinds::{Code, CodeList, CommitmentType};
use crate::progress::MAX_WEIGHT;
use crate::{Lang, LocalizedText, PartialDate};

/// The longest title kept, in bytes per language (after trimming).
pub const MAX_TITLE: usize = 600;
/// The longest long text (problem, description, how it helps), in bytes per language; below
/// what a form field carries (4,096 characters), so a longer text is refused, never cut.
pub const MAX_LONG: usize = 4000;
/// The longest contact line.
pub const MAX_CONTACT: usize = 600;
/// How many supporting institutions a commitment lists at most.
pub const MAX_SUPPORTERS: usize = 40;

/// The translatable texts of a commitment, in the order of the form: each is one field per
/// language (`{name}_{code}`), and the untranslated view lists them in this order.
pub const COMMITMENT_TEXTS: [&str; 4] = ["title", "problem", "description", "how_it_helps"];
/// The translatable texts of a plan and of an axis.
pub const PLAN_TEXTS: [&str; 1] = ["title"];
pub const AXIS_TEXTS: [&str; 1] = ["title"];

/// What is wrong with a form, each beside its field (`field` names the form's field).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("a title in at least one language")]
    TitleMissing,
    #[error("{field} is longer than {max} bytes")]
    TooLong { field: String, max: usize },
    #[error("{field} holds a control character")]
    Control { field: String },
    #[error("{field} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    Date { field: String },
    #[error("the end comes before the start")]
    EndBeforeStart,
    #[error("a plan's number is a whole number from 1 to 9999")]
    Number,
    #[error("the plan number is taken")]
    NumberTaken,
    #[error("a position is a whole number from 1 to 999")]
    Position,
    #[error("the weight is a whole number from 1 to {MAX_WEIGHT}")]
    Weight,
    #[error("an OGP id is two capital letters and four digits (MO0054)")]
    OgpId,
    #[error("another commitment has this OGP id")]
    OgpIdTaken,
    #[error("no such commitment type")]
    CommitmentType,
    #[error("no such axis in this plan")]
    UnknownAxis,
    #[error("no such institution: {field}")]
    UnknownInstitution { field: String },
    #[error("too many supporting institutions")]
    TooManySupporters,
}

impl EditError {
    pub fn message_id(&self) -> &'static str {
        match self {
            EditError::TitleMissing => "plan-edit-error-title-missing",
            EditError::TooLong { .. } => "plan-edit-error-too-long",
            EditError::Control { .. } => "plan-edit-error-control",
            EditError::Date { .. } => "plan-edit-error-date",
            EditError::EndBeforeStart => "plan-edit-error-end-before-start",
            EditError::Number => "plan-edit-error-number",
            EditError::NumberTaken => "plan-edit-error-number-taken",
            EditError::Position => "axis-edit-error-position",
            EditError::Weight => "commitment-edit-error-weight",
            EditError::OgpId => "commitment-edit-error-ogp-id",
            EditError::OgpIdTaken => "commitment-edit-error-ogp-id-taken",
            EditError::CommitmentType => "commitment-edit-error-type",
            EditError::UnknownAxis => "commitment-edit-error-axis",
            EditError::UnknownInstitution { .. } => "commitment-edit-error-institution",
            EditError::TooManySupporters => "commitment-edit-error-supporters",
        }
    }

    /// The form field the error is shown beside.
    pub fn field(&self) -> String {
        match self {
            EditError::TitleMissing => "title_ar".into(),
            EditError::TooLong { field, .. }
            | EditError::Control { field }
            | EditError::Date { field }
            | EditError::UnknownInstitution { field } => field.clone(),
            EditError::EndBeforeStart => "end".into(),
            EditError::Number | EditError::NumberTaken => "number".into(),
            EditError::Position => "position".into(),
            EditError::Weight => "weight".into(),
            EditError::OgpId | EditError::OgpIdTaken => "ogp_id".into(),
            EditError::CommitmentType => "commitment_type".into(),
            EditError::UnknownAxis => "axis".into(),
            EditError::TooManySupporters => "supporters".into(),
        }
    }
}

/// A text as typed: line ends made `\n`, trimmed, no control character but new lines and tabs,
/// at most `max` bytes.
pub fn clean(raw: &str, field: &str, max: usize) -> Result<String, EditError> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(EditError::Control {
            field: field.into(),
        });
    }
    if text.len() > max {
        return Err(EditError::TooLong {
            field: field.into(),
            max,
        });
    }
    Ok(text.to_string())
}

/// The texts of one field in the four languages, as posted: `(language, text)`.
pub type Texts = Vec<(Lang, String)>;

fn texts(raw: &Texts, name: &str, max: usize, errors: &mut Vec<EditError>) -> LocalizedText {
    let mut out = LocalizedText::new();
    for (lang, text) in raw {
        match clean(text, &format!("{name}_{}", lang.code()), max) {
            Ok(t) if !t.is_empty() => out = out.with(*lang, &t),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    out
}

fn title(raw: &Texts, errors: &mut Vec<EditError>) -> LocalizedText {
    let t = texts(raw, "title", MAX_TITLE, errors);
    if t.is_empty() && !errors.iter().any(|e| e.field().starts_with("title_")) {
        errors.push(EditError::TitleMissing);
    }
    t
}

fn date(raw: &str, field: &str, errors: &mut Vec<EditError>) -> Option<PartialDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    PartialDate::parse(raw)
        .map_err(|_| {
            errors.push(EditError::Date {
                field: field.into(),
            })
        })
        .ok()
}

fn period(start: &str, end: &str, errors: &mut Vec<EditError>) -> [Option<PartialDate>; 2] {
    let s = date(start, "start", errors);
    let e = date(end, "end", errors);
    if let (Some(s), Some(e)) = (s, e)
        && e.last_day() < s.first_day()
    {
        errors.push(EditError::EndBeforeStart);
    }
    [s, e]
}

fn position(raw: &str, errors: &mut Vec<EditError>) -> Option<i64> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<i64>() {
        Ok(p) if (1..=999).contains(&p) => Some(p),
        _ => {
            errors.push(EditError::Position);
            None
        }
    }
}

fn done<T>(value: T, errors: Vec<EditError>) -> Result<T, Vec<EditError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// The plan form as posted (the number only when a plan is created).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanInput {
    pub number: Option<String>,
    pub title: Texts,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPlan {
    /// The number given at creation (`None` for an edit: a plan keeps its number).
    pub number: Option<i64>,
    pub title: LocalizedText,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

pub fn check_plan(input: &PlanInput) -> Result<CheckedPlan, Vec<EditError>> {
    let mut errors = Vec::new();
    let number = input
        .number
        .as_ref()
        .map(|raw| match raw.trim().parse::<i64>() {
            Ok(n) if (1..=9999).contains(&n) => n,
            _ => {
                errors.push(EditError::Number);
                0
            }
        });
    let title = title(&input.title, &mut errors);
    let [start, end] = period(&input.start, &input.end, &mut errors);
    done(
        CheckedPlan {
            number,
            title,
            start,
            end,
        },
        errors,
    )
}

/// The axis form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AxisInput {
    pub title: Texts,
    pub position: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedAxis {
    pub title: LocalizedText,
    pub position: Option<i64>,
}

pub fn check_axis(input: &AxisInput) -> Result<CheckedAxis, Vec<EditError>> {
    let mut errors = Vec::new();
    let title = title(&input.title, &mut errors);
    let position = position(&input.position, &mut errors);
    done(CheckedAxis { title, position }, errors)
}

/// The commitment form as posted. Institutions and the axis are keys, checked against the
/// stored ones by the caller (the rules here know no storage); codes are checked here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentInput {
    /// Only when a commitment is created: a commitment keeps its OGP id (its address).
    pub ogp_id: Option<String>,
    pub title: Texts,
    pub problem: Texts,
    pub description: Texts,
    pub how_it_helps: Texts,
    pub commitment_type: String,
    pub axis: String,
    pub position: String,
    pub weight: String,
    pub lead: String,
    /// Supporting institutions' keys, separated by `;`, `,` or new lines.
    pub supporters: String,
    pub contact: String,
    pub start: String,
    pub end: String,
    pub ogp_values: Vec<OgpValue>,
    pub policy_areas: Vec<PolicyArea>,
}

/// A commitment's editable facts: what the form checked, and what an edit is compared with
/// (the stored commitment read into the same shape) for the change history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentFacts {
    pub title: LocalizedText,
    pub problem: LocalizedText,
    pub description: LocalizedText,
    pub how_it_helps: LocalizedText,
    pub commitment_type: String,
    pub axis: Option<String>,
    pub position: Option<i64>,
    pub weight: i64,
    pub lead: Option<String>,
    pub supporters: Vec<String>,
    pub contact: String,
    pub start: Option<String>,
    pub end: Option<String>,
    /// Stored codes, `;`-separated, in the vocabulary's order.
    pub ogp_values: String,
    pub policy_areas: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedCommitment {
    pub ogp_id: Option<String>,
    pub facts: CommitmentFacts,
}

/// True for an OGP commitment id: two capital letters and four digits (`MO0054`).
pub fn is_ogp_id(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..].iter().all(u8::is_ascii_digit)
}

fn key_of(raw: &str) -> Option<String> {
    let k = raw.trim();
    (!k.is_empty()).then(|| k.to_string())
}

/// The codes chosen, once each, in the vocabulary's order.
fn ordered<T: Code + PartialEq + Copy>(all: &[T], chosen: &[T]) -> String {
    CodeList(all.iter().copied().filter(|v| chosen.contains(v)).collect()).stored()
}

pub fn check_commitment(input: &CommitmentInput) -> Result<CheckedCommitment, Vec<EditError>> {
    let mut errors = Vec::new();
    let ogp_id = input.ogp_id.as_ref().map(|raw| {
        let id = raw.trim().to_uppercase();
        if !is_ogp_id(&id) {
            errors.push(EditError::OgpId);
        }
        id
    });
    let title = title(&input.title, &mut errors);
    let problem = texts(&input.problem, "problem", MAX_LONG, &mut errors);
    let description = texts(&input.description, "description", MAX_LONG, &mut errors);
    let how_it_helps = texts(&input.how_it_helps, "how_it_helps", MAX_LONG, &mut errors);
    let commitment_type = input.commitment_type.trim();
    if CommitmentType::from_code(commitment_type).is_none() {
        errors.push(EditError::CommitmentType);
    }
    let position = position(&input.position, &mut errors);
    let weight = match input.weight.trim().parse::<i64>() {
        Ok(w) if (1..=i64::from(MAX_WEIGHT)).contains(&w) => w,
        _ => {
            errors.push(EditError::Weight);
            0
        }
    };
    let mut supporters: Vec<String> = Vec::new();
    for k in input.supporters.split([';', ',', '\n']).filter_map(key_of) {
        if !supporters.contains(&k) {
            supporters.push(k);
        }
    }
    if supporters.len() > MAX_SUPPORTERS {
        errors.push(EditError::TooManySupporters);
    }
    let contact = clean(&input.contact, "contact", MAX_CONTACT)
        .map_err(|e| errors.push(e))
        .unwrap_or_default()
        .replace('\n', " ");
    let [start, end] = period(&input.start, &input.end, &mut errors);
    let facts = CommitmentFacts {
        title,
        problem,
        description,
        how_it_helps,
        commitment_type: commitment_type.to_string(),
        axis: key_of(&input.axis),
        position,
        weight,
        lead: key_of(&input.lead),
        supporters,
        contact,
        start: start.map(|d| d.to_string()),
        end: end.map(|d| d.to_string()),
        ogp_values: ordered(OgpValue::ALL, &input.ogp_values),
        policy_areas: ordered(PolicyArea::ALL, &input.policy_areas),
    };
    done(CheckedCommitment { ogp_id, facts }, errors)
}

/// One changed field of a commitment: its name (`title_fr`, `axis`, `ogp_values`...), the
/// value before and after (empty for none). Texts change per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

impl CommitmentFacts {
    /// Every field as `(name, value)`, texts one per language: what the history compares.
    pub fn flat(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, text) in [
            ("title", &self.title),
            ("problem", &self.problem),
            ("description", &self.description),
            ("how_it_helps", &self.how_it_helps),
        ] {
            for l in Lang::ALL {
                let v = text.get_exact(l).unwrap_or_default().to_string();
                out.push((format!("{name}_{}", l.code()), v));
            }
        }
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        out.extend([
            ("commitment_type".into(), self.commitment_type.clone()),
            ("axis".into(), opt(&self.axis)),
            (
                "position".into(),
                self.position.map(|p| p.to_string()).unwrap_or_default(),
            ),
            ("weight".into(), self.weight.to_string()),
            ("lead".into(), opt(&self.lead)),
            ("supporters".into(), self.supporters.join("; ")),
            ("contact".into(), self.contact.clone()),
            ("start".into(), opt(&self.start)),
            ("end".into(), opt(&self.end)),
            ("ogp_values".into(), self.ogp_values.clone()),
            ("policy_areas".into(), self.policy_areas.clone()),
        ]);
        out
    }
}

/// The fields whose value differs between `old` and `new`, in the form's order.
pub fn changes(old: &CommitmentFacts, new: &CommitmentFacts) -> Vec<FieldChange> {
    old.flat()
        .into_iter()
        .zip(new.flat())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// The name of a history field without its language (`title_fr` -> `title`, `fr`).
pub fn field_language(field: &str) -> (&str, Option<Lang>) {
    if let Some((name, code)) = field.rsplit_once('_')
        && let Some(l) = Lang::from_code(code)
    {
        return (name, Some(l));
    }
    (field, None)
}

/// The languages a text lacks: none when it is in all four, every one when it is empty.
pub fn missing_languages(text: &LocalizedText) -> Vec<Lang> {
    Lang::ALL
        .iter()
        .copied()
        .filter(|l| text.get_exact(*l).is_none())
        .collect()
}

/// The translatable fields of an item that lack a language: `(field, languages missing)`.
/// A long text that is empty in every language is not written yet, not untranslated: it is
/// left out (a title is never left out).
pub fn untranslated<'a>(fields: &[(&'a str, &LocalizedText)]) -> Vec<(&'a str, Vec<Lang>)> {
    fields
        .iter()
        .filter(|(name, text)| *name == "title" || !text.is_empty())
        .map(|(name, text)| (*name, missing_languages(text)))
        .filter(|(_, missing)| !missing.is_empty())
        .collect()
}

/// Stored codes written again in the vocabulary's order, unknown ones dropped (how an edit
/// compares what the importer stored with what the form gives).
pub fn normal_ogp_values(stored: &str) -> String {
    ordered(OgpValue::ALL, &ogp_values_of(stored).0)
}

pub fn normal_policy_areas(stored: &str) -> String {
    ordered(PolicyArea::ALL, &policy_areas_of(stored).0)
}

/// Stored codes of a vocabulary, read back (unknown codes dropped).
pub fn ogp_values_of(stored: &str) -> OgpValues {
    OgpValues::from_stored(stored).unwrap_or_default()
}

pub fn policy_areas_of(stored: &str) -> PolicyAreas {
    PolicyAreas::from_stored(stored).unwrap_or_default()
}

#[cfg(test)]
mod tests;
