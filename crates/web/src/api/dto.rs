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
    /// Government commitments with a computed figure: the plan's figure is computed from these.
    pub reported_commitments: i64,
    /// Parliament's commitments with a computed figure.
    pub reported_parliament_commitments: i64,
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
            reported_commitments: p.reported_commitments,
            reported_parliament_commitments: p.reported_parliament_commitments,
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
    /// Unofficial translations (and labels) by the portal's editors, by language code: never
    /// the official wording, which wins wherever it exists.
    #[schema(value_type = Object)]
    pub title_unofficial: Texts,
    pub declared_commitments: Option<i64>,
    pub recorded_commitments: i64,
    /// Its commitments with a computed figure: the axis's figure is computed from these.
    pub reported_commitments: i64,
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
            reported_commitments: a.reported_commitments,
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
    /// The official name, by language code.
    #[schema(value_type = Object)]
    pub name: Texts,
    /// Unofficial translations of the name by the portal's editors, by language code: never the
    /// official wording, which wins wherever it exists.
    #[schema(value_type = Object)]
    pub name_unofficial: Texts,
}

impl InstitutionRef {
    fn of(key: &str, name: Option<&str>, unofficial: Option<&str>) -> InstitutionRef {
        InstitutionRef {
            key: key.to_string(),
            name: opt_texts(name).unwrap_or_default(),
            name_unofficial: opt_texts(unofficial).unwrap_or_default(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentDto {
    pub ogp_id: String,
    pub plan_number: i64,
    pub axis_key: Option<String>,
    /// government or parliament
    pub commitment_type: String,
    /// The official title, by language code.
    #[schema(value_type = Object)]
    pub title: Texts,
    /// Unofficial translations of the title by the portal's editors, by language code: never
    /// the official wording, which wins wherever it exists.
    #[schema(value_type = Object)]
    pub title_unofficial: Texts,
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
            title_unofficial: texts(&c.title_unofficial),
            lead_institution: c.lead_institution_key.as_ref().map(|k| {
                InstitutionRef::of(
                    k,
                    c.lead_institution_title.as_deref(),
                    c.lead_institution_unofficial.as_deref(),
                )
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
    /// The official title, by language code.
    #[schema(value_type = Object)]
    pub title: Texts,
    /// Unofficial translations of the title by the portal's editors, by language code: never
    /// the official wording, which wins wherever it exists.
    #[schema(value_type = Object)]
    pub title_unofficial: Texts,
    /// Whose wording each official title is, by language code: portal,
    /// lead_institution_communique, house_communique or ogp_fr_page.
    #[schema(value_type = Object)]
    pub title_sources: BTreeMap<String, String>,
    #[schema(value_type = Object)]
    pub title_irm: Texts,
    /// The title of OGP's French page, verbatim.
    #[schema(value_type = Object)]
    pub title_ogp: Texts,
    #[schema(value_type = Object)]
    pub problem: Texts,
    #[schema(value_type = Object)]
    pub description: Texts,
    #[schema(value_type = Object)]
    pub how_it_helps: Texts,
    /// OGP values, as codes: access_to_information, civic_participation,
    /// public_accountability, technology_and_innovation_for_transparency_and_accountability.
    pub ogp_values: Vec<String>,
    /// OGP policy areas, as codes (such as open_data, access_to_information).
    pub policy_areas: Vec<String>,
    pub lead_institution: Option<InstitutionRef>,
    /// Supporting institutions named by the sources, in their order.
    pub supporting_institutions: Vec<InstitutionRef>,
    /// Supporting institutions as OGP's English page words them, verbatim.
    pub support_institutions: String,
    pub contact: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    /// OGP and IRM assessment fields, as codes: ogp_verifiable, ogp_relevant_to_values and
    /// irm_starred (yes, no); ogp_ambition (low, high); irm_potential_impact (none, minor,
    /// moderate, transformative); irm_completion (not_started, limited, substantial, complete,
    /// withdrawn); irm_early_results (worsened, did_not_change, marginal, major, outstanding);
    /// irm_potential_for_results (unclear, modest, substantial). Fields the sources do not
    /// give are left out.
    #[schema(value_type = Object)]
    pub assessment: BTreeMap<String, String>,
    pub weight: i64,
    pub progress: Option<f64>,
    pub progress_status: String,
    pub pending_end: Option<String>,
    pub activities: Vec<ActivityDto>,
    pub reported_figures: Vec<ReportedFigureDto>,
    pub sources: Vec<String>,
    /// Editorial notes on the sources (English, for editors).
    pub notes: String,
}

impl CommitmentDetailDto {
    pub fn of(
        c: &CommitmentRow,
        supporters: &[SupporterRow],
        acts: &[ActivityRow],
        figures: &[ReportedFigureRow],
    ) -> Self {
        let a = c.assessment();
        let assessment: BTreeMap<String, String> = [
            ("ogp_verifiable", a.verifiable.stored()),
            ("ogp_relevant_to_values", a.relevant.stored()),
            ("ogp_ambition", a.ambition.stored()),
            ("irm_potential_impact", a.potential_impact.stored()),
            ("irm_completion", a.completion.stored()),
            ("irm_starred", a.starred.stored()),
            ("irm_early_results", a.early_results.stored()),
            (
                "irm_potential_for_results",
                a.potential_for_results.stored(),
            ),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        CommitmentDetailDto {
            ogp_id: c.ogp_id.clone(),
            plan_number: c.plan_number,
            axis_key: c.axis_key.clone(),
            commitment_type: c.commitment_type.to_string(),
            title: texts(&c.title),
            title_unofficial: texts(&c.title_unofficial),
            title_sources: c
                .title_sources()
                .into_iter()
                .map(|(l, s)| (l.code().to_string(), s.code().to_string()))
                .collect(),
            title_irm: texts(&c.title_irm),
            title_ogp: texts(&c.title_ogp),
            problem: texts(&c.problem),
            description: texts(&c.description),
            how_it_helps: texts(&c.how_it_helps),
            ogp_values: c
                .ogp_values
                .0
                .iter()
                .map(|v| v.code().to_string())
                .collect(),
            policy_areas: c
                .policy_areas
                .0
                .iter()
                .map(|v| v.code().to_string())
                .collect(),
            lead_institution: c.lead_institution_key.as_ref().map(|k| {
                InstitutionRef::of(
                    k,
                    c.lead_institution_title.as_deref(),
                    c.lead_institution_unofficial.as_deref(),
                )
            }),
            supporting_institutions: supporters
                .iter()
                .map(|s| InstitutionRef::of(&s.key, Some(&s.name), Some(&s.name_unofficial)))
                .collect(),
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
    /// 0-100; null when not reported (no source or validated report gives a figure). A
    /// commitment with an activity not reported has no computed figure.
    #[schema(minimum = 0, maximum = 100)]
    pub progress: Option<i64>,
    /// The sources of an imported figure, or of the status a source states.
    pub progress_sources: Vec<String>,
    /// The date of an imported figure or stated status, as the source gives it (YYYY, YYYY-MM
    /// or YYYY-MM-DD).
    pub progress_as_of: Option<String>,
    /// The status a source states, as written ("done", "started", "planned", "not done (per
    /// parliamentary question)"); null when none.
    pub stated_status: Option<String>,
    /// Whose wording the title is: source (as found), shortened (the source's, trimmed by the
    /// portal's editors) or editors (a neutral label the editors wrote).
    pub title_wording: String,
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
            responsible_institution: a.responsible_key.as_ref().map(|k| {
                InstitutionRef::of(
                    k,
                    a.responsible_title.as_deref(),
                    a.responsible_unofficial.as_deref(),
                )
            }),
            weight: a.weight,
            progress: a.progress.stored(),
            progress_sources: list(&a.progress_source),
            progress_as_of: a.progress_as_of.clone(),
            stated_status: Some(a.stated_status.clone()).filter(|s| !s.is_empty()),
            title_wording: a.title_wording.to_string(),
            cancelled: a.cancelled,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct InstitutionDto {
    pub key: String,
    /// government, independent_authority, civil_society, parliament, private, academia, local,
    /// international, other
    pub kind: String,
    /// The official name, by language code.
    #[schema(value_type = Object)]
    pub name: Texts,
    /// Unofficial translations of the name by the portal's editors, by language code: never the
    /// official wording, which wins wherever it exists.
    #[schema(value_type = Object)]
    pub name_unofficial: Texts,
    /// When the name was in use (YYYY, YYYY-MM or YYYY-MM-DD), where the sources date it.
    pub name_valid_from: Option<String>,
    pub name_valid_until: Option<String>,
    /// The names the same body took later.
    pub later_names: Vec<LaterNameDto>,
    pub commitments_count: i64,
    pub activities_count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct LaterNameDto {
    /// The date the name took effect, where the sources give it.
    pub from: Option<String>,
    #[schema(value_type = Object)]
    pub name: Texts,
}

impl From<&InstitutionRow> for InstitutionDto {
    fn from(i: &InstitutionRow) -> Self {
        InstitutionDto {
            key: i.key.clone(),
            kind: i.kind.to_string(),
            name: texts(&i.name),
            name_unofficial: texts(&i.name_unofficial),
            name_valid_from: i.name_valid_from.clone(),
            name_valid_until: i.name_valid_until.clone(),
            later_names: i
                .later_names()
                .into_iter()
                .map(|n| LaterNameDto {
                    from: n.from.map(|d| d.to_string()),
                    name: texts(&n.name.to_json()),
                })
                .collect(),
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
