//! Writing the CSV layout: the inverse of `read`, so that import -> export -> import gives
//! identical data. Values starting with a formula character are written as they are: these
//! files are data for re-import, not spreadsheets (the web's CSV downloads neutralise them).

use super::read::FileKind;
use super::records::*;
use opengov_core::assessment::English;
use opengov_core::kinds::{CodeList, OptCode};
use opengov_core::{Lang, LocalizedText, PartialDate};
use std::path::Path;

fn loc(t: &LocalizedText, l: Lang) -> String {
    t.get_exact(l).unwrap_or("").to_string()
}
fn langs(t: &LocalizedText) -> Vec<String> {
    Lang::ALL.iter().map(|l| loc(t, *l)).collect()
}
fn lang_cols(prefix: &str) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|l| format!("{prefix}_{}", l.code()))
        .collect()
}
fn lang_cols_with(prefix: &str, suffix: &str) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|l| format!("{prefix}_{}_{suffix}", l.code()))
        .collect()
}
/// The English value of an assessment field, as OGP's pages write it.
fn english<T: English>(v: &OptCode<T>) -> String {
    v.0.map(|x| x.english().to_string()).unwrap_or_default()
}
fn english_list<T: English>(v: &CodeList<T>) -> String {
    v.0.iter()
        .map(|x| x.english())
        .collect::<Vec<_>>()
        .join(";")
}
fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
fn date(v: &Option<PartialDate>) -> String {
    opt(v)
}

struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(cols: &[&str]) -> Self {
        Table {
            header: cols.iter().map(|s| s.to_string()).collect(),
            rows: vec![],
        }
    }
    fn with_langs(mut self, prefix: &str) -> Self {
        self.header.extend(lang_cols(prefix));
        self
    }
    fn with_langs_and(mut self, prefix: &str, suffix: &str) -> Self {
        self.header.extend(lang_cols_with(prefix, suffix));
        self
    }
    fn then(mut self, cols: &[&str]) -> Self {
        self.header.extend(cols.iter().map(|s| s.to_string()));
        self
    }
    fn write(&self, path: &Path) -> std::io::Result<()> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_path(path)?;
        w.write_record(&self.header)?;
        for r in &self.rows {
            debug_assert_eq!(r.len(), self.header.len());
            w.write_record(r)?;
        }
        w.flush()
    }
}

/// Writes every file of the layout into `dir` (created if needed).
pub fn write_dir(ds: &Dataset, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;

    let mut t = Table::new(&["key", "kind"])
        .with_langs("name")
        .with_langs_and("name", "unofficial")
        .then(&["dataset_name_variants", "name_valid_period"])
        .with_langs("later_names")
        .then(&["lineage", "source_urls", "notes"]);
    for i in &ds.institutions {
        let mut r = vec![i.key.clone(), i.kind.code().to_string()];
        r.extend(langs(&i.name));
        r.extend(langs(&i.name_unofficial));
        r.extend([i.name_variants.join(";"), i.name_valid.to_string()]);
        r.extend(Lang::ALL.map(|l| LaterName::list_in(&i.later_names, l)));
        r.extend([i.lineage.clone(), i.sources.clone(), i.notes.clone()]);
        t.rows.push(r);
    }
    t.write(&dir.join(FileKind::Institutions.file_name()))?;

    let mut t = Table::new(&["plan_key", "number"])
        .with_langs("title")
        .then(&[
            "start_date",
            "end_date",
            "status",
            "commitments_count",
            "reported_completion_percent",
            "source_urls",
            "ogp_listed_commitments_count",
            "axes_count",
            "notes",
        ]);
    for p in &ds.plans {
        let mut r = vec![p.key.clone(), p.number.to_string()];
        r.extend(langs(&p.title));
        r.extend([
            date(&p.start_date),
            date(&p.end_date),
            p.status.code().to_string(),
            opt(&p.commitments_count),
            opt(&p.reported_completion),
            p.sources.clone(),
            opt(&p.ogp_listed_commitments),
            opt(&p.axes_count),
            p.notes.clone(),
        ]);
        t.rows.push(r);
    }
    t.write(&dir.join(FileKind::Plans.file_name()))?;

    let mut t = Table::new(&["plan_key", "axis_key", "position"])
        .with_langs("title")
        .with_langs_and("title", "unofficial")
        .then(&[
            "commitments_count",
            "source_urls",
            "position_basis",
            "notes",
        ]);
    for a in &ds.axes {
        let mut r = vec![a.plan_key.clone(), a.key.clone(), opt(&a.position)];
        r.extend(langs(&a.title));
        r.extend(langs(&a.title_unofficial));
        r.extend([
            opt(&a.commitments_count),
            a.sources.clone(),
            a.position_basis.clone(),
            a.notes.clone(),
        ]);
        t.rows.push(r);
    }
    t.write(&dir.join(FileKind::Axes.file_name()))?;

    let mut t = Table::new(&["plan_key", "axis_key", "ogp_id", "position"])
        .with_langs("title")
        .with_langs_and("title", "unofficial")
        .with_langs_and("title", "source")
        .then(&[
            "title_fr_ogp",
            "lead_institution",
            "lead_institution_fr",
            "lead_institution_ar",
            "lead_institution_key",
            "support_institution_keys",
            "start_date",
            "end_date",
            "ogp_values",
            "irm_potential_impact",
            "irm_completion",
            "irm_starred",
            "source_urls",
            "commitment_type",
            "position_inferred",
            "title_en_long",
            "title_en_irm",
            "title_fr_irm",
            "ogp_lead_institution_field",
            "support_institutions",
            "ogp_policy_areas",
            "ogp_verifiable",
            "ogp_relevant_to_values",
            "ogp_ambition",
            "irm_early_results",
            "irm_potential_for_results",
            "builds_on",
            "position_basis",
            "axis_basis",
            "notes",
        ])
        .with_langs("problem")
        .with_langs("description")
        .with_langs("how_it_helps")
        .then(&["contact", "weight"]);
    for c in &ds.commitments {
        let mut r = vec![
            c.plan_key.clone(),
            opt(&c.axis_key),
            c.ogp_id.clone(),
            opt(&c.position),
        ];
        r.extend(langs(&c.title));
        r.extend(langs(&c.title_unofficial));
        r.extend(Lang::ALL.map(|l| {
            c.title_sources
                .get(&l)
                .map(|s| s.code().to_string())
                .unwrap_or_default()
        }));
        let a = &c.assessment;
        r.extend([
            loc(&c.title_ogp, Lang::Fr),
            loc(&c.lead_institution, Lang::En),
            loc(&c.lead_institution, Lang::Fr),
            loc(&c.lead_institution, Lang::Ar),
            opt(&c.lead_institution_key),
            c.support_institution_keys.join(";"),
            date(&c.start_date),
            date(&c.end_date),
            english_list(&c.ogp_values),
            english(&a.potential_impact),
            english(&a.completion),
            english(&a.starred),
            c.sources.clone(),
            c.commitment_type.code().to_string(),
            opt(&c.position_inferred),
            loc(&c.title_long, Lang::En),
            loc(&c.title_irm, Lang::En),
            loc(&c.title_irm, Lang::Fr),
            c.ogp_lead_institution_field.clone(),
            c.support_institutions.clone(),
            english_list(&c.policy_areas),
            english(&a.verifiable),
            english(&a.relevant),
            english(&a.ambition),
            english(&a.early_results),
            english(&a.potential_for_results),
            c.builds_on.clone(),
            c.position_basis.clone(),
            c.axis_basis.clone(),
            c.notes.clone(),
        ]);
        r.extend(langs(&c.problem));
        r.extend(langs(&c.description));
        r.extend(langs(&c.how_it_helps));
        r.extend([c.contact.clone(), c.weight.to_string()]);
        t.rows.push(r);
    }
    t.write(&dir.join(FileKind::Commitments.file_name()))?;

    let mut t = Table::new(&["ogp_id", "activity_key", "position"])
        .with_langs("title")
        .with_langs("expected_output")
        .then(&[
            "start_date",
            "end_date",
            "responsible_institution",
            "weight",
            "progress",
            "cancelled",
            "source_urls",
            "title_written_by_us",
            "status",
            "progress_source_urls",
            "progress_as_of",
        ]);
    for a in &ds.activities {
        let mut r = vec![a.ogp_id.clone(), a.key.clone(), a.position.to_string()];
        r.extend(langs(&a.title));
        r.extend(langs(&a.expected_output));
        let facts = &a.provenance;
        r.extend([
            date(&a.start_date),
            date(&a.end_date),
            opt(&a.responsible_institution),
            a.weight.to_string(),
            // Not reported: an empty cell, never 0.
            a.progress.map(|p| p.to_string()).unwrap_or_default(),
            if a.cancelled { "yes" } else { "no" }.to_string(),
            a.sources.clone(),
            facts.title_wording.written_by_us().to_string(),
            facts.stated_status.clone(),
            facts.progress_source.clone(),
            date(&facts.progress_as_of),
        ]);
        t.rows.push(r);
    }
    t.write(&dir.join(FileKind::Activities.file_name()))?;

    let mut t = Table::new(&[
        "plan_key",
        "scope",
        "ref",
        "as_of",
        "percent",
        "source_urls",
        "notes",
    ]);
    for f in &ds.figures {
        t.rows.push(vec![
            f.plan_key.clone(),
            f.scope.code().to_string(),
            f.reference.clone(),
            date(&f.as_of),
            f.percent.to_string(),
            f.sources.clone(),
            f.notes.clone(),
        ]);
    }
    t.write(&dir.join(FileKind::Figures.file_name()))?;

    let mut t = Table::new(&["plan_key", "doc_type", "title", "language", "url", "notes"]);
    for d in &ds.documents {
        t.rows.push(vec![
            opt(&d.plan_key),
            d.doc_type.clone(),
            d.title.clone(),
            d.language.clone(),
            d.url.clone(),
            d.notes.clone(),
        ]);
    }
    t.write(&dir.join(FileKind::Documents.file_name()))?;
    Ok(())
}
