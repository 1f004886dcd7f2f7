//! The demo dataset, embedded so that the binary alone can load it, and the invented
//! activities of `seed-demo --illustrative`.
//!
//! The dataset's activities are those the sources name: most have no published progress and
//! stay "not reported". The invented ones only go to commitments the sources name no activity
//! of, so that a made-up figure never mixes with sourced ones.

use opengov_core::{Lang, LocalizedText, PartialDate};
use opengov_db::dataset::ActivityRec;
use opengov_db::rows::CommitmentSummary;

/// The files of `data/demo/` (public facts about Morocco's action plans, with sources).
pub const SOURCES: &[(&str, &[u8])] = &[
    (
        "data/demo/institutions.csv",
        include_bytes!("../../../data/demo/institutions.csv"),
    ),
    (
        "data/demo/plans.csv",
        include_bytes!("../../../data/demo/plans.csv"),
    ),
    (
        "data/demo/axes.csv",
        include_bytes!("../../../data/demo/axes.csv"),
    ),
    (
        "data/demo/commitments.csv",
        include_bytes!("../../../data/demo/commitments.csv"),
    ),
    (
        "data/demo/activities.csv",
        include_bytes!("../../../data/demo/activities.csv"),
    ),
    (
        "data/demo/progress_snapshots.csv",
        include_bytes!("../../../data/demo/progress_snapshots.csv"),
    ),
    (
        "data/demo/documents.csv",
        include_bytes!("../../../data/demo/documents.csv"),
    ),
];

/// Invented activities for a demonstration: three per commitment that has no activity, with
/// made-up progress. Their keys start with `illustrative-` and their titles say what they are.
pub fn illustrative_activities(commitments: &[CommitmentSummary]) -> Vec<ActivityRec> {
    let steps: [(&str, &str, &str, &str); 3] = [
        ("تحضير", "Préparation", "Preparation", "ⴰⵙⵡⵊⴷ"),
        ("تنفيذ", "Mise en œuvre", "Implementation", "ⴰⵙⵏⵓⵍⴼⵓ"),
        ("تقييم", "Évaluation", "Evaluation", "ⴰⵙⵙⵉⵜⵎ"),
    ];
    let mut out = Vec::new();
    let without = commitments.iter().filter(|c| c.activities_count == 0);
    for (ci, c) in without.enumerate() {
        for (si, (ar, fr, en, zgh)) in steps.iter().enumerate() {
            let progress = match si {
                0 => 100,
                1 => ((ci * 37) % 90 + 10) as i64,
                _ => ((ci * 13) % 3 * 20) as i64,
            };
            let year = 2024 + si as u16;
            let title = LocalizedText::new()
                .with(Lang::Ar, &format!("{ar} (مثال توضيحي)"))
                .with(Lang::Fr, &format!("{fr} (exemple illustratif)"))
                .with(Lang::En, &format!("{en} (illustrative example)"))
                .with(Lang::Zgh, &format!("{zgh} (ⴰⵎⴷⵢⴰ)"));
            out.push(ActivityRec {
                ogp_id: c.ogp_id.clone(),
                key: format!("illustrative-{}-{}", c.ogp_id, si + 1),
                position: si as i64 + 1,
                title,
                expected_output: LocalizedText::new(),
                start_date: PartialDate::parse(&format!("{year}-01")).ok(),
                end_date: PartialDate::parse(&format!("{year}-12")).ok(),
                responsible_institution: c.lead_institution_key.clone(),
                weight: si as i64 + 1,
                progress: Some(progress),
                cancelled: false,
                sources: String::new(),
                provenance: Default::default(),
            });
        }
    }
    out
}
