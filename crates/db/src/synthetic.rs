//! Synthetic datasets at scale, for benchmarks: invented plans, axes, commitments and
//! activities, clearly named as synthetic. Deterministic for a given seed.

use crate::dataset::*;
use opengov_core::kinds::{CommitmentType, InstitutionKind, PlanStatus};
use opengov_core::{Lang, LocalizedText, PartialDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

pub struct SyntheticSize {
    pub plans: usize,
    pub commitments: usize,
    pub activities: usize,
    pub institutions: usize,
}

fn text(s: &str) -> LocalizedText {
    Lang::ALL.iter().fold(LocalizedText::new(), |t, l| {
        t.with(*l, &format!("{s} [{}]", l.code()))
    })
}

/// Builds the dataset; plan numbers start at `first_number` so it can sit beside real plans.
pub fn generate(size: &SyntheticSize, first_number: i64, seed: u64) -> Dataset {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut ds = Dataset::default();
    for i in 0..size.institutions.max(1) {
        ds.institutions.push(InstitutionRec::named(
            format!("synthetic-institution-{i}"),
            if i % 5 == 4 {
                InstitutionKind::CivilSociety
            } else {
                InstitutionKind::Government
            },
            text(&format!("Synthetic institution {i}")),
        ));
    }
    let per_plan = size.commitments.div_ceil(size.plans.max(1));
    let mut cno = 0usize;
    for p in 0..size.plans {
        let number = first_number + p as i64;
        let key = format!("synthetic-{number}");
        let year = 2000 + (p as u16 % 100);
        ds.plans.push(PlanRec {
            key: key.clone(),
            number,
            title: text(&format!("Synthetic plan {number}")),
            start_date: PartialDate::parse(&format!("{year}-01")).ok(),
            end_date: PartialDate::parse(&format!("{}-12", year + 2)).ok(),
            status: PlanStatus::Implementing,
            commitments_count: Some(per_plan as i64),
            reported_completion: None,
            sources: String::new(),
            ogp_listed_commitments: None,
            axes_count: Some(5),
            notes: "synthetic".into(),
        });
        for a in 0..5 {
            ds.axes.push(AxisRec {
                plan_key: key.clone(),
                key: format!("{key}-axis-{a}"),
                position: Some(a + 1),
                title: text(&format!("Synthetic axis {}", a + 1)),
                commitments_count: None,
                sources: String::new(),
                title_unofficial: LocalizedText::new(),
                position_basis: String::new(),
                notes: String::new(),
            });
        }
        for k in 0..per_plan {
            if cno >= size.commitments {
                break;
            }
            let ogp_id = format!("SY{cno:06}");
            cno += 1;
            let inst = &ds.institutions[rng.random_range(0..ds.institutions.len())];
            ds.commitments.push(CommitmentRec {
                plan_key: key.clone(),
                axis_key: Some(format!("{key}-axis-{}", k % 5)),
                ogp_id,
                position: Some(k as i64 + 1),
                title: text(&format!("Synthetic commitment {cno}")),
                title_unofficial: LocalizedText::new(),
                title_sources: Default::default(),
                title_ogp: LocalizedText::new(),
                lead_institution: inst.name.clone(),
                lead_institution_key: Some(inst.key.clone()),
                support_institution_keys: Vec::new(),
                start_date: PartialDate::parse(&format!("{year}-03")).ok(),
                end_date: PartialDate::parse(&format!("{}-06", year + 2)).ok(),
                ogp_values: Default::default(),
                assessment: Default::default(),
                sources: String::new(),
                commitment_type: CommitmentType::Government,
                position_inferred: None,
                title_long: LocalizedText::new(),
                title_irm: LocalizedText::new(),
                ogp_lead_institution_field: String::new(),
                support_institutions: String::new(),
                policy_areas: Default::default(),
                builds_on: String::new(),
                position_basis: String::new(),
                axis_basis: String::new(),
                notes: String::new(),
                problem: text("Synthetic problem statement"),
                description: text("Synthetic description"),
                how_it_helps: LocalizedText::new(),
                contact: String::new(),
                weight: 1,
            });
        }
    }
    let n_c = ds.commitments.len().max(1);
    for i in 0..size.activities {
        let c = &ds.commitments[i % n_c];
        let inst = &ds.institutions[rng.random_range(0..ds.institutions.len())];
        let year = 2000 + rng.random_range(0..30);
        ds.activities.push(ActivityRec {
            ogp_id: c.ogp_id.clone(),
            key: format!("{}-a{}", c.ogp_id, i / n_c + 1),
            position: (i / n_c + 1) as i64,
            title: text(&format!("Synthetic activity {i}")),
            expected_output: text("Synthetic expected output"),
            start_date: PartialDate::parse(&format!("{year}-01")).ok(),
            end_date: PartialDate::parse(&format!("{year}-{:02}", rng.random_range(1..=12))).ok(),
            responsible_institution: Some(inst.key.clone()),
            weight: rng.random_range(1..=5),
            progress: Some(rng.random_range(0..=100)),
            cancelled: rng.random_range(0..20) == 0,
            sources: String::new(),
            provenance: Default::default(),
        });
    }
    ds
}
