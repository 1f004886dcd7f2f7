//! Checks across files: duplicate keys and references to plans, axes, commitments and
//! institutions that neither the dataset nor the database holds.

use super::KnownKeys;
use super::detect::FileKind;
use super::parse::Parsed;
use crate::dataset::issues::{ImportIssue, IssueCode, shorten};
use crate::dataset::records::Dataset;
use opengov_core::kinds::FigureScope;
use std::collections::{HashMap, HashSet};

/// Duplicates and references across files.
pub(super) fn check_references(
    ds: &Dataset,
    parsed: &[Parsed],
    known: &KnownKeys,
    issues: &mut Vec<ImportIssue>,
) {
    // Find the line of the n-th row of a kind, to place cross-file problems.
    let place = |kind: FileKind, idx: usize, col: &str| -> (String, u64, Option<usize>) {
        let mut n = idx;
        for p in parsed.iter().filter(|p| p.kind == kind) {
            if n < p.rows.len() {
                return (
                    p.name.clone(),
                    p.rows[n].0,
                    p.header.get(col).map(|i| i + 1),
                );
            }
            n -= p.rows.len();
        }
        (String::new(), 0, None)
    };
    let mut push = |kind, idx, col: &str, code, detail: &str| {
        let (file, line, column) = place(kind, idx, col);
        issues.push(ImportIssue {
            file,
            line,
            column,
            column_name: Some(col.into()),
            code,
            detail: shorten(detail),
            allowed: String::new(),
        });
    };

    let mut plans: HashSet<&str> = known.plans.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    let mut numbers = HashSet::new();
    for (i, p) in ds.plans.iter().enumerate() {
        if !seen.insert(p.key.as_str()) {
            push(FileKind::Plans, i, "plan_key", IssueCode::Duplicate, &p.key);
        }
        if p.number != 0 && !numbers.insert(p.number) {
            push(
                FileKind::Plans,
                i,
                "number",
                IssueCode::Duplicate,
                &p.number.to_string(),
            );
        }
        plans.insert(&p.key);
    }
    let mut axes: HashMap<&str, &str> = known
        .axes
        .iter()
        .map(|(a, p)| (a.as_str(), p.as_str()))
        .collect();
    let mut seen = HashSet::new();
    for (i, a) in ds.axes.iter().enumerate() {
        if !seen.insert(a.key.as_str()) {
            push(FileKind::Axes, i, "axis_key", IssueCode::Duplicate, &a.key);
        }
        if !plans.contains(a.plan_key.as_str()) {
            push(
                FileKind::Axes,
                i,
                "plan_key",
                IssueCode::UnknownReference,
                &a.plan_key,
            );
        }
        axes.insert(&a.key, &a.plan_key);
    }
    let mut commitments: HashSet<&str> = known.commitments.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    for (i, c) in ds.commitments.iter().enumerate() {
        if !seen.insert(c.ogp_id.as_str()) {
            push(
                FileKind::Commitments,
                i,
                "ogp_id",
                IssueCode::Duplicate,
                &c.ogp_id,
            );
        }
        if !plans.contains(c.plan_key.as_str()) {
            push(
                FileKind::Commitments,
                i,
                "plan_key",
                IssueCode::UnknownReference,
                &c.plan_key,
            );
        }
        if let Some(ax) = &c.axis_key {
            match axes.get(ax.as_str()) {
                Some(p) if *p == c.plan_key => {}
                _ => push(
                    FileKind::Commitments,
                    i,
                    "axis_key",
                    IssueCode::UnknownReference,
                    ax,
                ),
            }
        }
        commitments.insert(&c.ogp_id);
    }
    let institutions: HashSet<String> = known
        .institutions
        .iter()
        .cloned()
        .chain(ds.institutions_with_leads().into_iter().map(|i| i.key))
        .collect();
    for (i, c) in ds.commitments.iter().enumerate() {
        for (col, key) in c
            .lead_institution_key
            .iter()
            .map(|k| ("lead_institution_key", k))
            .chain(
                c.support_institution_keys
                    .iter()
                    .map(|k| ("support_institution_keys", k)),
            )
        {
            if !institutions.contains(key) {
                push(
                    FileKind::Commitments,
                    i,
                    col,
                    IssueCode::UnknownReference,
                    key,
                );
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, inst) in ds.institutions.iter().enumerate() {
        if !seen.insert(inst.key.as_str()) {
            push(
                FileKind::Institutions,
                i,
                "key",
                IssueCode::Duplicate,
                &inst.key,
            );
        }
    }
    // The research files' activities have no key column: their key is made of the position.
    let research: Vec<bool> = parsed
        .iter()
        .filter(|p| p.kind == FileKind::Activities)
        .flat_map(|p| {
            let header: Vec<&str> = p.header.keys().map(String::as_str).collect();
            std::iter::repeat_n(FileKind::is_research_activities(&header), p.rows.len())
        })
        .collect();
    let mut seen = HashSet::new();
    for (i, a) in ds.activities.iter().enumerate() {
        let (key_col, institution_col) = if research.get(i).copied().unwrap_or(false) {
            ("position", "responsible_institution_key")
        } else {
            ("activity_key", "responsible_institution")
        };
        if !seen.insert(a.key.as_str()) {
            push(
                FileKind::Activities,
                i,
                key_col,
                IssueCode::Duplicate,
                &a.key,
            );
        }
        if !commitments.contains(a.ogp_id.as_str()) {
            push(
                FileKind::Activities,
                i,
                "ogp_id",
                IssueCode::UnknownReference,
                &a.ogp_id,
            );
        }
        if let Some(r) = &a.responsible_institution
            && !institutions.contains(r)
        {
            push(
                FileKind::Activities,
                i,
                institution_col,
                IssueCode::UnknownReference,
                r,
            );
        }
    }
    for (i, f) in ds.figures.iter().enumerate() {
        if !plans.contains(f.plan_key.as_str()) {
            push(
                FileKind::Figures,
                i,
                "plan_key",
                IssueCode::UnknownReference,
                &f.plan_key,
            );
        }
        let ok = match f.scope {
            FigureScope::Plan => true,
            FigureScope::Axis => axes
                .get(f.reference.as_str())
                .is_some_and(|p| *p == f.plan_key),
            FigureScope::Commitment => commitments.contains(f.reference.as_str()),
        };
        if !ok {
            push(
                FileKind::Figures,
                i,
                "ref",
                IssueCode::UnknownReference,
                &f.reference,
            );
        }
    }
    for (i, d) in ds.documents.iter().enumerate() {
        if let Some(p) = &d.plan_key
            && !plans.contains(p.as_str())
        {
            push(
                FileKind::Documents,
                i,
                "plan_key",
                IssueCode::UnknownReference,
                p,
            );
        }
    }
}
