//! The records of a dataset, validated and typed.

use opengov_core::kinds::{CommitmentType, FigureScope, InstitutionKind, PlanStatus};
use opengov_core::{LocalizedText, PartialDate};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub institutions: Vec<InstitutionRec>,
    pub plans: Vec<PlanRec>,
    pub axes: Vec<AxisRec>,
    pub commitments: Vec<CommitmentRec>,
    pub activities: Vec<ActivityRec>,
    pub figures: Vec<FigureRec>,
    pub documents: Vec<DocumentRec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InstitutionRec {
    pub key: String,
    pub kind: InstitutionKind,
    pub name: LocalizedText,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanRec {
    pub key: String,
    pub number: i64,
    pub title: LocalizedText,
    pub start_date: Option<PartialDate>,
    pub end_date: Option<PartialDate>,
    pub status: PlanStatus,
    pub commitments_count: Option<i64>,
    pub reported_completion: Option<i64>,
    pub sources: String,
    pub ogp_listed_commitments: Option<i64>,
    pub axes_count: Option<i64>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AxisRec {
    pub plan_key: String,
    pub key: String,
    pub position: Option<i64>,
    pub title: LocalizedText,
    pub commitments_count: Option<i64>,
    pub sources: String,
    pub title_unofficial: LocalizedText,
    pub position_basis: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommitmentRec {
    pub plan_key: String,
    pub axis_key: Option<String>,
    pub ogp_id: String,
    pub position: Option<i64>,
    pub title: LocalizedText,
    pub title_unofficial: LocalizedText,
    /// The lead institution's name as the source gives it (English and/or French).
    pub lead_institution: LocalizedText,
    pub start_date: Option<PartialDate>,
    pub end_date: Option<PartialDate>,
    pub ogp_values: String,
    pub irm_potential_impact: String,
    pub irm_completion: String,
    pub irm_starred: String,
    pub sources: String,
    pub commitment_type: CommitmentType,
    pub position_inferred: Option<i64>,
    pub title_long: LocalizedText,
    pub title_irm: LocalizedText,
    pub ogp_lead_institution_field: String,
    pub support_institutions: String,
    pub policy_areas: String,
    pub ogp_verifiable: String,
    pub ogp_relevant: String,
    pub ogp_ambition: String,
    pub irm_early_results: String,
    pub irm_potential_for_results: String,
    pub builds_on: String,
    pub position_basis: String,
    pub axis_basis: String,
    pub notes: String,
    pub problem: LocalizedText,
    pub description: LocalizedText,
    pub how_it_helps: LocalizedText,
    pub contact: String,
    pub weight: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRec {
    pub ogp_id: String,
    pub key: String,
    pub position: i64,
    pub title: LocalizedText,
    pub expected_output: LocalizedText,
    pub start_date: Option<PartialDate>,
    pub end_date: Option<PartialDate>,
    /// Key of an institution of the dataset or already stored.
    pub responsible_institution: Option<String>,
    pub weight: i64,
    pub progress: i64,
    pub cancelled: bool,
    pub sources: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureRec {
    pub plan_key: String,
    pub scope: FigureScope,
    /// Axis key or OGP id for axis and commitment figures; empty for a plan's.
    pub reference: String,
    pub as_of: Option<PartialDate>,
    pub percent: i64,
    pub sources: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRec {
    pub plan_key: Option<String>,
    pub doc_type: String,
    pub title: String,
    pub language: String,
    pub url: String,
    pub notes: String,
}

/// The key an institution gets from its name: the name without a trailing parenthesised
/// abbreviation, made into a URL key ("Ministry X (MX)" and "Ministry X" are one institution).
pub fn institution_key(name: &LocalizedText) -> Option<String> {
    use opengov_core::Lang;
    let base = |s: &str| -> String {
        let s = s.trim();
        match (s.rfind('('), s.ends_with(')')) {
            (Some(i), true) if i > 0 => s[..i].trim().to_string(),
            _ => s.to_string(),
        }
    };
    [Lang::En, Lang::Fr]
        .into_iter()
        .find_map(|l| {
            name.get_exact(l)
                .and_then(|n| opengov_core::slug::slugify(&base(n)))
        })
        .or_else(|| {
            name.resolve(Lang::Ar).map(|r| {
                let h = r.text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                });
                format!("institution-{:012x}", h & 0xffff_ffff_ffff)
            })
        })
}

impl Dataset {
    /// The institutions the dataset names: those listed, then one per lead institution not
    /// listed (government, or parliament for Parliament's commitments).
    pub fn institutions_with_leads(&self) -> Vec<InstitutionRec> {
        let mut out = self.institutions.clone();
        for c in &self.commitments {
            if let Some(key) = institution_key(&c.lead_institution)
                && !out.iter().any(|i| i.key == key)
            {
                let kind = match c.commitment_type {
                    CommitmentType::Parliament => InstitutionKind::Parliament,
                    CommitmentType::Government => InstitutionKind::Government,
                };
                out.push(InstitutionRec {
                    key,
                    kind,
                    name: c.lead_institution.clone(),
                });
            }
        }
        out
    }
}

/// What an import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    pub institutions: usize,
    pub plans: usize,
    pub axes: usize,
    pub commitments: usize,
    pub activities: usize,
    pub figures: usize,
    pub documents: usize,
}
