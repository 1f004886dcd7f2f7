//! The records of a dataset, validated and typed.

use opengov_core::assessment::{Assessment, OgpValues, PolicyAreas};
use opengov_core::kinds::{
    CommitmentType, FigureScope, InstitutionKind, PlanStatus, TitleSource, TitleWording,
};
use opengov_core::{Lang, LocalizedText, PartialDate, Period};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The official name, in the languages a source gives it.
    pub name: LocalizedText,
    /// Translations of the name by the portal's editors, kept apart from the official name.
    pub name_unofficial: LocalizedText,
    /// Other spellings of the name found in the sources (`;`-separated in the file).
    pub name_variants: Vec<String>,
    /// When the name was in use.
    pub name_valid: Period,
    /// The names the same body took later, each from a date.
    pub later_names: Vec<LaterName>,
    /// Groups the rows that are one administration under different governments.
    pub lineage: String,
    pub sources: String,
    pub notes: String,
}

impl InstitutionRec {
    /// An institution known only by its name (a lead institution the dataset names without
    /// listing it in institutions.csv).
    pub fn named(key: String, kind: InstitutionKind, name: LocalizedText) -> InstitutionRec {
        InstitutionRec {
            key,
            kind,
            name,
            name_unofficial: LocalizedText::new(),
            name_variants: Vec::new(),
            name_valid: Period::default(),
            later_names: Vec::new(),
            lineage: String::new(),
            sources: String::new(),
            notes: String::new(),
        }
    }
}

/// A later name of an institution: the name, in the languages the sources give, from a date
/// (when the sources date it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LaterName {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    pub name: LocalizedText,
}

impl LaterName {
    /// Reads the lists of `later_names_<lang>` columns, each `name (YYYY-MM);name (YYYY-MM)`,
    /// into one list: names of the same date are one later name in several languages (undated
    /// names are matched in their order). Refuses an entry whose date does not read.
    pub fn merge(lists: &[(Lang, &str)]) -> Result<Vec<LaterName>, (Lang, String)> {
        let mut out: Vec<LaterName> = Vec::new();
        for (lang, list) in lists {
            for entry in list.split(';').map(str::trim).filter(|e| !e.is_empty()) {
                let (name, from) = split_dated(entry).map_err(|e| (*lang, e))?;
                let slot = out
                    .iter_mut()
                    .find(|n| n.from == from && n.name.get_exact(*lang).is_none());
                match slot {
                    Some(n) => n.name.set(*lang, name),
                    None => out.push(LaterName {
                        from,
                        name: LocalizedText::new().with(*lang, name),
                    }),
                }
            }
        }
        // Dated names in the order of their dates, undated ones after them.
        out.sort_by_key(|n| (n.from.is_none(), n.from.map(|d| d.first_day())));
        Ok(out)
    }

    /// The `later_names_<lang>` column of a list: the inverse of [`LaterName::merge`].
    pub fn list_in(names: &[LaterName], lang: Lang) -> String {
        names
            .iter()
            .filter_map(|n| {
                n.name.get_exact(lang).map(|t| match n.from {
                    Some(d) => format!("{t} ({d})"),
                    None => t.to_string(),
                })
            })
            .collect::<Vec<_>>()
            .join(";")
    }
}

/// "Name (2019-10)" as ("Name", 2019-10); a name whose last parenthesis holds no date (an
/// abbreviation such as "(INPPLC)") is undated.
fn split_dated(entry: &str) -> Result<(&str, Option<PartialDate>), String> {
    if let Some(open) = entry.rfind(" (")
        && let Some(inner) = entry[open + 2..].strip_suffix(')')
        && inner.starts_with(|c: char| c.is_ascii_digit())
    {
        return PartialDate::parse(inner)
            .map(|d| (entry[..open].trim(), Some(d)))
            .map_err(|_| entry.to_string());
    }
    Ok((entry, None))
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
    /// Whose wording each official title is, by language, where the dataset says so.
    pub title_sources: BTreeMap<Lang, TitleSource>,
    /// The title of OGP's French page, verbatim, where it was read.
    pub title_ogp: LocalizedText,
    /// The lead institution's name as the source gives it (English and/or French).
    pub lead_institution: LocalizedText,
    /// The lead institution's key, when the dataset gives it (an institution of the dataset or
    /// already stored); otherwise the key is made from its name.
    pub lead_institution_key: Option<String>,
    /// The supporting institutions' keys, in the order of the sources.
    pub support_institution_keys: Vec<String>,
    pub start_date: Option<PartialDate>,
    pub end_date: Option<PartialDate>,
    pub ogp_values: OgpValues,
    /// OGP's and the IRM's assessment (verifiable, relevance, ambition, IRM scales).
    pub assessment: Assessment,
    pub sources: String,
    pub commitment_type: CommitmentType,
    pub position_inferred: Option<i64>,
    pub title_long: LocalizedText,
    pub title_irm: LocalizedText,
    pub ogp_lead_institution_field: String,
    pub support_institutions: String,
    pub policy_areas: PolicyAreas,
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
    /// 0-100, or `None`: not reported.
    pub progress: Option<i64>,
    pub cancelled: bool,
    pub sources: String,
    /// Where its title and figure come from, for activities read from the research files.
    pub provenance: Provenance,
}

/// What the sources say of an activity's title and figure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    /// Whose wording the title is.
    pub title_wording: TitleWording,
    /// The status a source states, as written ("done", "planned", ...); empty when none.
    pub stated_status: String,
    /// The sources of the imported figure (`;`-separated); empty when it has none.
    pub progress_source: String,
    /// The date of the imported figure, as the source gives it.
    pub progress_as_of: Option<PartialDate>,
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
    /// The institutions the dataset names: those listed, then one per lead institution that
    /// is neither listed nor given by key (government, or parliament for Parliament's
    /// commitments).
    pub fn institutions_with_leads(&self) -> Vec<InstitutionRec> {
        let mut out = self.institutions.clone();
        for c in &self.commitments {
            if c.lead_institution_key.is_some() {
                continue;
            }
            if let Some(key) = institution_key(&c.lead_institution)
                && !out.iter().any(|i| i.key == key)
            {
                let kind = match c.commitment_type {
                    CommitmentType::Parliament => InstitutionKind::Parliament,
                    CommitmentType::Government => InstitutionKind::Government,
                };
                out.push(InstitutionRec::named(key, kind, c.lead_institution.clone()));
            }
        }
        out
    }

    /// The key of a commitment's lead institution: the one the dataset gives, else the one made
    /// from its name.
    pub fn lead_key(c: &CommitmentRec) -> Option<String> {
        c.lead_institution_key
            .clone()
            .or_else(|| institution_key(&c.lead_institution))
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
