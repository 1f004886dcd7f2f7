//! What the API returns. Translatable texts are objects keyed by language code.

use opengov_core::Figure;
use opengov_core::kinds::FigureScope;
use opengov_db::rows::*;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

pub type Texts = BTreeMap<String, String>;

fn texts(json: &str) -> Texts {
    serde_json::from_str::<BTreeMap<String, String>>(json).unwrap_or_default()
}

fn opt_texts(json: Option<&str>) -> Option<Texts> {
    json.map(texts).filter(|t| !t.is_empty())
}

fn percent(f: Option<i64>) -> Option<f64> {
    f.map(|v| v as f64 / 100.0)
}

fn status(f: Option<i64>) -> String {
    match f {
        Some(v) => Figure(u32::try_from(v.clamp(0, 10_000)).unwrap_or(0))
            .status()
            .code()
            .to_string(),
        None => "not_reported".to_string(),
    }
}

fn list(s: &str) -> Vec<String> {
    crate::format::list(s)
}

#[derive(Serialize, ToSchema)]
pub struct ReportedFigureDto {
    /// plan, axis or commitment
    pub scope: String,
    /// Axis key or OGP id (empty for a plan's figure).
    pub reference: String,
    pub as_of: Option<String>,
    pub percent: i64,
    pub sources: Vec<String>,
    pub notes: String,
}

impl From<&ReportedFigureRow> for ReportedFigureDto {
    fn from(f: &ReportedFigureRow) -> Self {
        ReportedFigureDto {
            scope: f.scope.to_string(),
            reference: f.reference.clone(),
            as_of: f.as_of.clone(),
            percent: f.percent,
            sources: list(&f.sources),
            notes: f.notes.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PlanDto {
    pub number: i64,
    pub key: String,
    #[schema(value_type = Object)]
    pub title: Texts,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub status: String,
    /// Government commitments the plan declares (its official total).
    pub declared_commitments: Option<i64>,
    /// Government commitments recorded on this portal.
    pub recorded_commitments: i64,
    pub recorded_parliament_commitments: i64,
    /// Computed completion in percent (two decimals); null when nothing is reported.
    pub progress: Option<f64>,
    pub progress_status: String,
    /// Officially reported figures, with their sources.
    pub reported_figures: Vec<ReportedFigureDto>,
    pub sources: Vec<String>,
}

impl PlanDto {
    pub fn of(p: &PlanRow, figures: &[ReportedFigureRow]) -> Self {
        PlanDto {
            number: p.number,
            key: p.key.clone(),
            title: texts(&p.title),
            start_date: p.start_date.clone(),
            end_date: p.end_date.clone(),
            status: p.status.to_string(),
            declared_commitments: p.declared_commitments,
            recorded_commitments: p.recorded_commitments,
            recorded_parliament_commitments: p.recorded_parliament_commitments,
            progress: percent(p.figure),
            progress_status: status(p.figure),
            reported_figures: figures
                .iter()
                .filter(|f| f.plan_key == p.key && f.scope == FigureScope::Plan)
                .map(Into::into)
                .collect(),
            sources: list(&p.sources),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AxisDto {
    pub key: String,
    pub plan_key: String,
    pub position: Option<i64>,
    #[schema(value_type = Object)]
    pub title: Texts,
    /// Our own label where no official title was found.
    #[schema(value_type = Object)]
    pub title_unofficial: Texts,
    pub declared_commitments: Option<i64>,
    pub recorded_commitments: i64,
    pub progress: Option<f64>,
    pub progress_status: String,
    pub reported_figures: Vec<ReportedFigureDto>,
}

impl AxisDto {
    pub fn of(a: &AxisRow, figures: &[ReportedFigureRow]) -> Self {
        AxisDto {
            key: a.key.clone(),
            plan_key: a.plan_key.clone(),
            position: a.position,
            title: texts(&a.title),
            title_unofficial: texts(&a.title_unofficial),
            declared_commitments: a.declared_commitments,
            recorded_commitments: a.recorded_commitments,
            progress: percent(a.figure),
            progress_status: status(a.figure),
            reported_figures: figures
                .iter()
                .filter(|f| f.scope == FigureScope::Axis && f.reference == a.key)
                .map(Into::into)
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct InstitutionRef {
    pub key: String,
    #[schema(value_type = Object)]
    pub name: Texts,
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentDto {
    pub ogp_id: String,
    pub plan_number: i64,
    pub axis_key: Option<String>,
    /// government or parliament
    pub commitment_type: String,
    #[schema(value_type = Object)]
    pub title: Texts,
    pub lead_institution: Option<InstitutionRef>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub activities_count: i64,
    pub progress: Option<f64>,
    pub progress_status: String,
    /// The earliest end date of an unfinished activity; the commitment is delayed after it.
    pub pending_end: Option<String>,
}

impl From<&CommitmentSummary> for CommitmentDto {
    fn from(c: &CommitmentSummary) -> Self {
        CommitmentDto {
            ogp_id: c.ogp_id.clone(),
            plan_number: c.plan_number,
            axis_key: c.axis_key.clone(),
            commitment_type: c.commitment_type.to_string(),
            title: texts(&c.title),
            lead_institution: c.lead_institution_key.as_ref().map(|k| InstitutionRef {
                key: k.clone(),
                name: opt_texts(c.lead_institution_title.as_deref()).unwrap_or_default(),
            }),
            start_date: c.start_date.clone(),
            end_date: c.end_date.clone(),
            activities_count: c.activities_count,
            progress: percent(c.figure),
            progress_status: status(c.figure),
            pending_end: c.pending_end.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentDetailDto {
    pub ogp_id: String,
    pub plan_number: i64,
    pub axis_key: Option<String>,
    pub commitment_type: String,
    #[schema(value_type = Object)]
    pub title: Texts,
    #[schema(value_type = Object)]
    pub title_irm: Texts,
    #[schema(value_type = Object)]
    pub problem: Texts,
    #[schema(value_type = Object)]
    pub description: Texts,
    #[schema(value_type = Object)]
    pub how_it_helps: Texts,
    pub ogp_values: String,
    pub policy_areas: Vec<String>,
    pub lead_institution: Option<InstitutionRef>,
    pub support_institutions: String,
    pub contact: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    /// OGP and IRM assessment fields as published by OGP.
    #[schema(value_type = Object)]
    pub assessment: BTreeMap<String, String>,
    pub weight: i64,
    pub progress: Option<f64>,
    pub progress_status: String,
    pub pending_end: Option<String>,
    pub activities: Vec<ActivityDto>,
    pub reported_figures: Vec<ReportedFigureDto>,
    pub sources: Vec<String>,
    pub notes: String,
}

impl CommitmentDetailDto {
    pub fn of(c: &CommitmentRow, acts: &[ActivityRow], figures: &[ReportedFigureRow]) -> Self {
        let assessment: BTreeMap<String, String> = [
            ("ogp_verifiable", &c.ogp_verifiable),
            ("ogp_relevant_to_values", &c.ogp_relevant),
            ("ogp_ambition", &c.ogp_ambition),
            ("irm_potential_impact", &c.irm_potential_impact),
            ("irm_completion", &c.irm_completion),
            ("irm_starred", &c.irm_starred),
            ("irm_early_results", &c.irm_early_results),
            ("irm_potential_for_results", &c.irm_potential_for_results),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
        CommitmentDetailDto {
            ogp_id: c.ogp_id.clone(),
            plan_number: c.plan_number,
            axis_key: c.axis_key.clone(),
            commitment_type: c.commitment_type.to_string(),
            title: texts(&c.title),
            title_irm: texts(&c.title_irm),
            problem: texts(&c.problem),
            description: texts(&c.description),
            how_it_helps: texts(&c.how_it_helps),
            ogp_values: c.ogp_values.clone(),
            policy_areas: list(&c.policy_areas),
            lead_institution: c.lead_institution_key.as_ref().map(|k| InstitutionRef {
                key: k.clone(),
                name: opt_texts(c.lead_institution_title.as_deref()).unwrap_or_default(),
            }),
            support_institutions: c.support_institutions.clone(),
            contact: c.contact.clone(),
            start_date: c.start_date.clone(),
            end_date: c.end_date.clone(),
            assessment,
            weight: c.weight,
            progress: percent(c.figure),
            progress_status: status(c.figure),
            pending_end: c.pending_end.clone(),
            activities: acts.iter().map(Into::into).collect(),
            reported_figures: figures.iter().map(Into::into).collect(),
            sources: list(&c.sources),
            notes: c.notes.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ActivityDto {
    pub key: String,
    pub commitment: String,
    pub position: i64,
    #[schema(value_type = Object)]
    pub title: Texts,
    #[schema(value_type = Object)]
    pub expected_output: Texts,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub responsible_institution: Option<InstitutionRef>,
    pub weight: i64,
    /// 0-100
    pub progress: i64,
    pub cancelled: bool,
}

impl From<&ActivityRow> for ActivityDto {
    fn from(a: &ActivityRow) -> Self {
        ActivityDto {
            key: a.key.clone(),
            commitment: a.commitment_ogp_id.clone(),
            position: a.position,
            title: texts(&a.title),
            expected_output: texts(&a.expected_output),
            start_date: a.start_date.clone(),
            end_date: a.end_date.clone(),
            responsible_institution: a.responsible_key.as_ref().map(|k| InstitutionRef {
                key: k.clone(),
                name: opt_texts(a.responsible_title.as_deref()).unwrap_or_default(),
            }),
            weight: a.weight,
            progress: a.progress,
            cancelled: a.cancelled,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct InstitutionDto {
    pub key: String,
    /// government, civil_society, parliament, private, academia, local, international
    pub kind: String,
    #[schema(value_type = Object)]
    pub name: Texts,
    pub commitments_count: i64,
    pub activities_count: i64,
}

impl From<&InstitutionRow> for InstitutionDto {
    fn from(i: &InstitutionRow) -> Self {
        InstitutionDto {
            key: i.key.clone(),
            kind: i.kind.to_string(),
            name: texts(&i.name),
            commitments_count: i.commitments_count,
            activities_count: i.activities_count,
        }
    }
}

macro_rules! page_type {
    ($name:ident, $item:ty) => {
        #[derive(Serialize, ToSchema)]
        pub struct $name {
            pub data: Vec<$item>,
            pub page: i64,
            pub per_page: i64,
            pub total: i64,
            pub pages: i64,
        }
    };
}
page_type!(PlanPage, PlanDto);
page_type!(CommitmentPage, CommitmentDto);
page_type!(ActivityPage, ActivityDto);
page_type!(InstitutionPage, InstitutionDto);

#[derive(Serialize, ToSchema)]
pub struct AxisList {
    pub data: Vec<AxisDto>,
}
