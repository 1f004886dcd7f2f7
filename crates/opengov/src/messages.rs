//! Messages of the command line that carry counts: each count is formatted with its own
//! noun in the plural form its number takes ("49 التزامًا", "3 خطط", "1 plan"), since one
//! Fluent message holds a single plural category.

use opengov_core::Lang;
use opengov_i18n::Arg;

/// A count with its noun, in the plural form the number takes in `lang` ("49 التزامًا").
pub fn counted(lang: Lang, id: &str, n: i64) -> String {
    opengov_i18n::global().ta(lang, id, &[("count", Arg::Count(n))])
}

/// "Imported 3 plans, 9 axes, 49 commitments and 120 activities.": each count carries its
/// own plural form (one message holds a single plural category).
pub fn import_done(lang: Lang, plans: i64, axes: i64, commitments: i64, activities: i64) -> String {
    opengov_i18n::global().ta(
        lang,
        "import-done",
        &[
            ("plans", Arg::from(counted(lang, "count-plans", plans))),
            ("axes", Arg::from(counted(lang, "count-axes", axes))),
            (
                "commitments",
                Arg::from(counted(lang, "count-commitments", commitments)),
            ),
            (
                "activities",
                Arg::from(counted(lang, "count-activities", activities)),
            ),
        ],
    )
}

/// "Exported 3 plans, 49 commitments and 120 activities into DIR.", plurals as above.
pub fn export_done(lang: Lang, plans: i64, commitments: i64, activities: i64, dir: &str) -> String {
    opengov_i18n::global().ta(
        lang,
        "export-done",
        &[
            ("plans", Arg::from(counted(lang, "count-plans", plans))),
            (
                "commitments",
                Arg::from(counted(lang, "count-commitments", commitments)),
            ),
            (
                "activities",
                Arg::from(counted(lang, "count-activities", activities)),
            ),
            ("dir", Arg::from(dir)),
        ],
    )
}

#[cfg(test)]
mod tests;
