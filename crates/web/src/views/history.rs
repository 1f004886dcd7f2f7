//! A commitment page's change history: each field an edit of the back office changed, with
//! its value before and after, the date and the role that made it (never the person).

use super::Chrome;
use opengov_core::Lang;
use opengov_core::assessment::English;
use opengov_core::catalogue_edit::{field_language, ogp_values_of, policy_areas_of};
use opengov_core::kinds::CommitmentType;
use opengov_db::rows::CommitmentHistoryRow;

pub struct HistoryEntry {
    pub date: String,
    pub iso: String,
    /// The field's name in the reader's language (with the language of a text).
    pub field: String,
    pub old: String,
    pub new: String,
    /// The language the values are written in, for a text field.
    pub lang: Option<&'static str>,
    pub role: String,
}

/// The message naming a history field (`how_it_helps` -> `history-field-how-it-helps`).
pub fn field_message(name: &str) -> String {
    format!("history-field-{}", name.replace('_', "-"))
}

/// A field's value as the reader sees it: codes by their names, empty as "none".
fn shown(c: &Chrome, field: &str, value: &str) -> String {
    if value.is_empty() {
        return c.t("history-none");
    }
    let names = |ids: Vec<String>| ids.iter().map(|i| c.t(i)).collect::<Vec<_>>().join(" ; ");
    match field {
        "ogp_values" => names(
            ogp_values_of(value)
                .0
                .iter()
                .map(|v| v.message_id())
                .collect(),
        ),
        "policy_areas" => names(
            policy_areas_of(value)
                .0
                .iter()
                .map(|v| v.message_id())
                .collect(),
        ),
        "commitment_type" => match CommitmentType::from_code(value) {
            Some(t) => c.t(&format!("tag-{}", t.code())),
            None => value.to_string(),
        },
        _ => value.to_string(),
    }
}

pub fn build(c: &Chrome, rows: &[CommitmentHistoryRow]) -> Vec<HistoryEntry> {
    rows.iter()
        .map(|r| {
            let (name, lang) = field_language(&r.field);
            let mut field = c.t(&field_message(name));
            if let Some(l) = lang {
                field = format!("{field} ({})", c.t(&format!("language-{}", l.code())));
            }
            HistoryEntry {
                date: crate::format::day_of(c.i18n, c.lang, r.at),
                iso: crate::format::iso(r.at),
                field,
                old: shown(c, name, &r.old_value),
                new: shown(c, name, &r.new_value),
                lang: lang.map(Lang::code),
                role: c.t(&format!("history-role-{}", r.role)),
            }
        })
        .collect()
}
