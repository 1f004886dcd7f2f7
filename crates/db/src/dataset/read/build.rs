//! Building the records of a dataset from the lines of each kind of file.

use super::detect::FileKind;
use super::fields::{Line, codes};
use crate::dataset::issues::{IssueCode, shorten};
use crate::dataset::records::*;
use opengov_core::assessment::Assessment;
use opengov_core::kinds::{CommitmentType, FigureScope, InstitutionKind, PlanStatus, TitleSource};
use opengov_core::{Lang, LocalizedText};
use std::collections::BTreeMap;

/// Reads one line of a file of this kind into the dataset.
pub(super) fn read_line(kind: FileKind, l: &mut Line<'_>, ds: &mut Dataset) {
    match kind {
        FileKind::Institutions => institution(l, ds),
        FileKind::Plans => plan(l, ds),
        FileKind::Axes => axis(l, ds),
        FileKind::Commitments => commitment(l, ds),
        FileKind::Activities => super::activity::activity(l, ds),
        FileKind::Figures => figure(l, ds),
        FileKind::Documents => document(l, ds),
    }
}

fn institution(l: &mut Line<'_>, ds: &mut Dataset) {
    let key = l.key("key");
    // Codes, or the research files' words for them ("independent authority").
    let kind = l.choice(
        "kind",
        |v| InstitutionKind::from_code(&v.trim().to_lowercase().replace([' ', '-'], "_")),
        &codes(InstitutionKind::ALL, InstitutionKind::code),
    );
    let name = l.localized("name");
    if name.is_empty() {
        l.issue("name_ar", IssueCode::Required, String::new());
    }
    let name_unofficial = l.localized_with("name", "unofficial");
    let name_variants = l
        .text("dataset_name_variants")
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    let name_valid = l.period("name_valid_period");
    let mut lists = Vec::new();
    for lang in Lang::ALL {
        let col = format!("later_names_{}", lang.code());
        lists.push((lang, col.clone(), l.text(&col)));
    }
    let later_names = match LaterName::merge(
        &lists
            .iter()
            .map(|(lang, _, v)| (*lang, v.as_str()))
            .collect::<Vec<_>>(),
    ) {
        Ok(names) => names,
        Err((lang, entry)) => {
            l.issue(
                &format!("later_names_{}", lang.code()),
                IssueCode::BadDate,
                shorten(&entry),
            );
            Vec::new()
        }
    };
    let rec = InstitutionRec {
        key,
        kind: kind.unwrap_or(InstitutionKind::Other),
        name,
        name_unofficial,
        name_variants,
        name_valid,
        later_names,
        lineage: l.text("lineage"),
        sources: l.text("source_urls"),
        notes: l.text("notes"),
    };
    // Pushed even when invalid (the problem is reported), so that rows and lines stay aligned.
    ds.institutions.push(rec);
}

fn plan(l: &mut Line<'_>, ds: &mut Dataset) {
    let key = l.key("plan_key");
    // 0 marks a missing or invalid number (already reported), left out of the duplicate check.
    let number = if l.raw("number").is_empty() {
        l.issue("number", IssueCode::Required, String::new());
        0
    } else {
        l.int("number", 1, 999).unwrap_or(0)
    };
    let title = l.localized("title");
    if title.is_empty() {
        l.issue("title_ar", IssueCode::Required, String::new());
    }
    let start_date = l.date("start_date");
    let end_date = l.date("end_date");
    let status = l.choice(
        "status",
        PlanStatus::from_code,
        &codes(PlanStatus::ALL, PlanStatus::code),
    );
    let rec = PlanRec {
        key,
        number,
        title,
        start_date,
        end_date,
        status: status.unwrap_or(PlanStatus::Drafting),
        commitments_count: l.int("commitments_count", 0, 10_000),
        reported_completion: l.int("reported_completion_percent", 0, 100),
        sources: l.text("source_urls"),
        ogp_listed_commitments: l.int("ogp_listed_commitments_count", 0, 10_000),
        axes_count: l.int("axes_count", 0, 1_000),
        notes: l.text("notes"),
    };
    ds.plans.push(rec);
}

fn axis(l: &mut Line<'_>, ds: &mut Dataset) {
    let title = l.localized("title");
    let rec = AxisRec {
        plan_key: l.key("plan_key"),
        key: l.key("axis_key"),
        position: l.int("position", 1, 1_000),
        title,
        commitments_count: l.int("commitments_count", 0, 10_000),
        sources: l.text("source_urls"),
        title_unofficial: l.localized_with("title", "unofficial"),
        position_basis: l.text("position_basis"),
        notes: l.text("notes"),
    };
    if rec.title.is_empty() && rec.title_unofficial.is_empty() {
        l.issue("title_ar", IssueCode::Required, String::new());
    }
    ds.axes.push(rec);
}

fn commitment(l: &mut Line<'_>, ds: &mut Dataset) {
    let ogp_id = l.key("ogp_id");
    let axis = l.text("axis_key");
    let ctype = l.choice(
        "commitment_type",
        CommitmentType::from_code,
        &codes(CommitmentType::ALL, CommitmentType::code),
    );
    let title = l.localized("title");
    if title.is_empty() {
        l.issue("title_en", IssueCode::Required, String::new());
    }
    let mut title_sources = BTreeMap::new();
    for lang in Lang::ALL {
        let col = format!("title_{}_source", lang.code());
        if l.raw(&col).is_empty() {
            continue;
        }
        let source = l.choice(
            &col,
            TitleSource::from_code,
            &codes(TitleSource::ALL, TitleSource::code),
        );
        if let Some(source) = source {
            // A source says whose wording a title is: there must be that title.
            if title.get_exact(lang).is_none() {
                l.issue(
                    &format!("title_{}", lang.code()),
                    IssueCode::Required,
                    String::new(),
                );
            }
            title_sources.insert(lang, source);
        }
    }
    let lead = LocalizedText::new()
        .with(Lang::En, &l.text("lead_institution"))
        .with(Lang::Fr, &l.text("lead_institution_fr"))
        .with(Lang::Ar, &l.text("lead_institution_ar"));
    let lead_key = l.text("lead_institution_key");
    let lead_institution_key = if lead_key.is_empty() {
        None
    } else {
        Some(l.key("lead_institution_key"))
    };
    let weight = l
        .int("weight", 1, i64::from(opengov_core::progress::MAX_WEIGHT))
        .unwrap_or(1);
    let assessment = Assessment {
        verifiable: l.english("ogp_verifiable"),
        relevant: l.english("ogp_relevant_to_values"),
        ambition: l.english("ogp_ambition"),
        potential_impact: l.english("irm_potential_impact"),
        completion: l.english("irm_completion"),
        starred: l.english("irm_starred"),
        early_results: l.english("irm_early_results"),
        potential_for_results: l.english("irm_potential_for_results"),
    };
    let rec = CommitmentRec {
        plan_key: l.key("plan_key"),
        axis_key: (!axis.is_empty()).then_some(axis),
        ogp_id,
        position: l.int("position", 1, 1_000),
        title,
        title_unofficial: l.localized_with("title", "unofficial"),
        title_sources,
        title_ogp: LocalizedText::new().with(Lang::Fr, &l.text("title_fr_ogp")),
        lead_institution: lead,
        lead_institution_key,
        support_institution_keys: l.key_list("support_institution_keys"),
        start_date: l.date("start_date"),
        end_date: l.date("end_date"),
        ogp_values: l.english_list("ogp_values"),
        assessment,
        sources: l.text("source_urls"),
        commitment_type: ctype.unwrap_or(CommitmentType::Government),
        position_inferred: l.int("position_inferred", 1, 1_000),
        title_long: LocalizedText::new().with(Lang::En, &l.text("title_en_long")),
        title_irm: LocalizedText::new()
            .with(Lang::En, &l.text("title_en_irm"))
            .with(Lang::Fr, &l.text("title_fr_irm")),
        ogp_lead_institution_field: l.text("ogp_lead_institution_field"),
        support_institutions: l.text("support_institutions"),
        policy_areas: l.english_list("ogp_policy_areas"),
        builds_on: l.text("builds_on"),
        position_basis: l.text("position_basis"),
        axis_basis: l.text("axis_basis"),
        notes: l.text("notes"),
        problem: l.localized("problem"),
        description: l.localized("description"),
        how_it_helps: l.localized("how_it_helps"),
        contact: l.text("contact"),
        weight,
    };
    ds.commitments.push(rec);
}

fn figure(l: &mut Line<'_>, ds: &mut Dataset) {
    let scope = l.choice(
        "scope",
        FigureScope::from_code,
        &codes(FigureScope::ALL, FigureScope::code),
    );
    let rec = FigureRec {
        plan_key: l.key("plan_key"),
        scope: scope.unwrap_or(FigureScope::Plan),
        reference: l.text("ref"),
        as_of: l.date("as_of"),
        percent: l.required_int("percent", 0, 100),
        sources: l.text("source_urls"),
        notes: l.text("notes"),
    };
    if rec.scope != FigureScope::Plan && rec.reference.is_empty() {
        l.issue("ref", IssueCode::Required, String::new());
    }
    ds.figures.push(rec);
}

fn document(l: &mut Line<'_>, ds: &mut Dataset) {
    let plan = l.text("plan_key");
    let url = l.required("url");
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        l.issue("url", IssueCode::BadChoice, shorten(&url));
        if let Some(last) = l.issues.last_mut() {
            last.allowed = "https://, http://".into();
        }
    }
    ds.documents.push(DocumentRec {
        plan_key: (!plan.is_empty()).then_some(plan),
        doc_type: l.required("doc_type"),
        title: l.required("title"),
        language: l.text("language"),
        url,
        notes: l.text("notes"),
    });
}
