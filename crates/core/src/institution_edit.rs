//! The checks of the back office's institution forms: a new institution or an edited one
//! (names in the four languages, kind among [`InstitutionKind`]), and the merge of two records
//! of the same institution.

use crate::kinds::InstitutionKind;
use crate::slug::slugify;
use crate::{Lang, LocalizedText};

/// The longest name kept, in bytes per language (after trimming).
pub const MAX_NAME: usize = 300;
/// The longest key (the `/institutions/{key}` segment).
pub const MAX_KEY: usize = 64;

/// The institution form as posted; `key` is asked only of a new institution (empty: made from
/// its French, English or other Latin-script name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InstitutionInput {
    pub key: Option<String>,
    pub kind: String,
    pub name: Vec<(Lang, String)>,
}

/// An institution form that passed the checks (`key` is `None` for an edit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedInstitution {
    pub key: Option<String>,
    pub kind: InstitutionKind,
    pub name: LocalizedText,
}

/// What is wrong with a form, each beside its field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstitutionError {
    #[error("an institution has a name in at least one language")]
    NameMissing,
    #[error("{field} is longer than {max} bytes")]
    TooLong { field: String, max: usize },
    #[error("{field} holds a control character or markup")]
    Markup { field: String },
    #[error("the kind is not one of the kinds the data knows")]
    Kind,
    #[error("the key is lower-case letters, digits and dashes")]
    Key,
    #[error("no key can be made from the names: give one")]
    KeyMissing,
    #[error("another institution has the key {0}")]
    KeyTaken(String),
    #[error("another institution ({other}) has this name")]
    NameTaken { field: String, other: String },
    #[error("choose the record to keep")]
    MergeTarget,
    #[error("an institution cannot be merged into itself")]
    MergeSelf,
}

impl InstitutionError {
    pub fn message_id(&self) -> &'static str {
        match self {
            InstitutionError::NameMissing => "institution-edit-error-name-missing",
            InstitutionError::TooLong { .. } => "institution-edit-error-too-long",
            InstitutionError::Markup { .. } => "institution-edit-error-markup",
            InstitutionError::Kind => "institution-edit-error-kind",
            InstitutionError::Key => "institution-edit-error-key",
            InstitutionError::KeyMissing => "institution-edit-error-key-missing",
            InstitutionError::KeyTaken(_) => "institution-edit-error-key-taken",
            InstitutionError::NameTaken { .. } => "institution-edit-error-name-taken",
            InstitutionError::MergeTarget => "institution-merge-error-target",
            InstitutionError::MergeSelf => "institution-merge-error-self",
        }
    }

    /// The form field the error is shown beside.
    pub fn field(&self) -> String {
        match self {
            InstitutionError::NameMissing => "name_ar".into(),
            InstitutionError::TooLong { field, .. }
            | InstitutionError::Markup { field }
            | InstitutionError::NameTaken { field, .. } => field.clone(),
            InstitutionError::Kind => "kind".into(),
            InstitutionError::Key
            | InstitutionError::KeyMissing
            | InstitutionError::KeyTaken(_) => "key".into(),
            InstitutionError::MergeTarget | InstitutionError::MergeSelf => "into".into(),
        }
    }
}

/// A one-line text: trimmed, without control characters or markup (`<`, `>`), within `max`.
pub fn clean_line(raw: &str, max: usize) -> Result<String, LineError> {
    let t = raw.trim();
    if t.chars().any(|c| c.is_control() || c == '<' || c == '>') {
        return Err(LineError::Markup);
    }
    if t.len() > max {
        return Err(LineError::TooLong);
    }
    Ok(t.to_string())
}

/// Why [`clean_line`] refused a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineError {
    Markup,
    TooLong,
}

/// A key as typed: lower-case ASCII letters, digits and single dashes.
pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_KEY
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !key.starts_with('-')
        && !key.ends_with('-')
        && !key.contains("--")
}

/// Checks the form; every error is returned at once. Keys and names already taken are the
/// caller's to check against storage ([`name_clash`]).
pub fn check_institution(
    input: &InstitutionInput,
) -> Result<CheckedInstitution, Vec<InstitutionError>> {
    let mut errors = Vec::new();
    let mut name = LocalizedText::new();
    for (lang, raw) in &input.name {
        let field = format!("name_{}", lang.code());
        match clean_line(raw, MAX_NAME) {
            Ok(t) if !t.is_empty() => name = name.with(*lang, &t),
            Ok(_) => {}
            Err(LineError::Markup) => errors.push(InstitutionError::Markup { field }),
            Err(LineError::TooLong) => errors.push(InstitutionError::TooLong {
                field,
                max: MAX_NAME,
            }),
        }
    }
    if name.is_empty() && !errors.iter().any(|e| e.field().starts_with("name_")) {
        errors.push(InstitutionError::NameMissing);
    }
    let kind = InstitutionKind::from_code(input.kind.trim());
    if kind.is_none() {
        errors.push(InstitutionError::Kind);
    }
    let key = match &input.key {
        None => None,
        Some(k) if k.trim().is_empty() => {
            let made = [Lang::Fr, Lang::En, Lang::Ar, Lang::Zgh]
                .iter()
                .find_map(|l| name.get_exact(*l).and_then(slugify));
            if made.is_none() && !name.is_empty() {
                errors.push(InstitutionError::KeyMissing);
            }
            made
        }
        Some(k) => {
            let k = k.trim();
            if !valid_key(k) {
                errors.push(InstitutionError::Key);
            }
            Some(k.to_string())
        }
    };
    match kind {
        Some(kind) if errors.is_empty() => Ok(CheckedInstitution { key, kind, name }),
        _ => Err(errors),
    }
}

/// The fold names are compared in: lower case, runs of spaces as one.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first name of `name` that another institution (`others`: key and names) already has in
/// the same language, compared without case or extra spaces.
pub fn name_clash<'a>(
    name: &LocalizedText,
    others: impl IntoIterator<Item = (&'a str, &'a LocalizedText)>,
) -> Option<InstitutionError> {
    let others: Vec<_> = others.into_iter().collect();
    for l in Lang::ALL {
        let Some(mine) = name.get_exact(l).map(fold) else {
            continue;
        };
        for (key, theirs) in &others {
            if theirs.get_exact(l).map(fold).as_deref() == Some(mine.as_str()) {
                return Some(InstitutionError::NameTaken {
                    field: format!("name_{}", l.code()),
                    other: key.to_string(),
                });
            }
        }
    }
    None
}

/// The merge form: `into` is the key of the record kept; `from` the one merged into it.
pub fn check_merge(from: &str, into: &str) -> Result<(), InstitutionError> {
    let into = into.trim();
    if into.is_empty() {
        return Err(InstitutionError::MergeTarget);
    }
    if into == from {
        return Err(InstitutionError::MergeSelf);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(key: Option<&str>, kind: &str, names: &[(Lang, &str)]) -> InstitutionInput {
        InstitutionInput {
            key: key.map(str::to_string),
            kind: kind.into(),
            name: names.iter().map(|(l, n)| (*l, n.to_string())).collect(),
        }
    }

    #[test]
    fn a_new_institution_gets_a_key_from_its_latin_name() {
        let c = check_institution(&input(
            Some(""),
            "government",
            &[
                (Lang::Ar, " وزارة الاقتصاد "),
                (Lang::Fr, "Ministère de l'Économie"),
            ],
        ))
        .unwrap();
        assert_eq!(c.key.as_deref(), Some("ministere-de-l-economie"));
        assert_eq!(c.kind, InstitutionKind::Government);
        assert_eq!(c.name.get_exact(Lang::Ar), Some("وزارة الاقتصاد"));
        let typed = check_institution(&input(Some("mef"), "government", &[(Lang::Ar, "و")]));
        assert_eq!(typed.unwrap().key.as_deref(), Some("mef"));
        // An edit carries no key.
        let edit = check_institution(&input(None, "parliament", &[(Lang::En, "House")]));
        assert_eq!(edit.unwrap().key, None);
    }

    #[test]
    fn every_bad_field_is_named() {
        let errs = check_institution(&input(
            Some("Bad Key"),
            "ministry",
            &[
                (Lang::Ar, "<script>x</script>"),
                (Lang::Fr, &"a".repeat(MAX_NAME + 1)),
            ],
        ))
        .unwrap_err();
        assert!(errs.contains(&InstitutionError::Markup {
            field: "name_ar".into()
        }));
        assert!(errs.contains(&InstitutionError::TooLong {
            field: "name_fr".into(),
            max: MAX_NAME
        }));
        assert!(errs.contains(&InstitutionError::Kind));
        assert!(errs.contains(&InstitutionError::Key));
        assert!(!errs.contains(&InstitutionError::NameMissing));
        let errs = check_institution(&input(None, "government", &[(Lang::Ar, "  ")])).unwrap_err();
        assert_eq!(errs, vec![InstitutionError::NameMissing]);
        let errs =
            check_institution(&input(Some(""), "government", &[(Lang::Ar, "وزارة")])).unwrap_err();
        assert_eq!(errs, vec![InstitutionError::KeyMissing]);
        for bad in ["-a", "a-", "a--b", "é", &"a".repeat(MAX_KEY + 1)] {
            assert!(!valid_key(bad), "{bad}");
        }
        assert!(valid_key("house-of-representatives"));
    }

    #[test]
    fn a_name_another_institution_has_is_a_clash() {
        let ours = LocalizedText::new().with(Lang::Fr, "Chambre  des représentants");
        let theirs = LocalizedText::new().with(Lang::Fr, "chambre des Représentants");
        let elsewhere = LocalizedText::new().with(Lang::En, "Chambre des représentants");
        assert_eq!(
            name_clash(&ours, [("house", &theirs)]),
            Some(InstitutionError::NameTaken {
                field: "name_fr".into(),
                other: "house".into()
            })
        );
        assert_eq!(name_clash(&ours, [("x", &elsewhere)]), None);
    }

    #[test]
    fn a_merge_names_another_record() {
        assert_eq!(check_merge("a", " "), Err(InstitutionError::MergeTarget));
        assert_eq!(check_merge("a", "a"), Err(InstitutionError::MergeSelf));
        assert_eq!(check_merge("a", "b"), Ok(()));
        assert_eq!(InstitutionError::MergeSelf.field(), "into");
    }
}
