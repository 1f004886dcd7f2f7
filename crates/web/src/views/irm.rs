//! The IRM block of a commitment's page: the ratings of each Independent Reporting Mechanism
//! report imported (`irm_ratings`), attributed and linked to the report, then the assessment
//! values the commitment's own sources give (the demo dataset's, with the page's sources).
//! Read-only, and kept apart from the self-reported progress.

use super::*;
use opengov_core::assessment::{Assessment, English};
use opengov_core::kinds::{CodeList, OptCode};
use opengov_db::rows::IrmRatingRow;

/// One imported IRM report's rating of the commitment.
pub struct IrmReportView {
    pub title: String,
    pub href: String,
    pub imported: String,
    pub imported_iso: String,
    pub fields: Vec<Field>,
}

/// What the IRM block shows.
pub struct IrmBlock {
    pub reports: Vec<IrmReportView>,
    /// The values recorded from the commitment's sources.
    pub recorded: Vec<Field>,
}

fn one(c: &Chrome, s: String) -> Vec<FieldValue> {
    vec![FieldValue::new(Txt::local(c, s), None)]
}

fn field(c: &Chrome, id: &str, values: Vec<FieldValue>) -> Field {
    let mut f = Field::new(c, c.t(id), values);
    f.term = glossary_term(id);
    f
}

fn vocab<T: English>(c: &Chrome, v: &OptCode<T>) -> Vec<FieldValue> {
    v.0.map(|x| one(c, c.t(&x.message_id())))
        .unwrap_or_default()
}

fn vocab_list<T: English>(c: &Chrome, v: &CodeList<T>) -> Vec<FieldValue> {
    if v.0.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = v.0.iter().map(|x| c.t(&x.message_id())).collect();
    one(c, names.join(&c.t("list-separator")))
}

fn report(c: &Chrome, r: &IrmRatingRow) -> IrmReportView {
    let mut fields = vec![
        field(c, "field-ogp-verifiable", vocab(c, &r.verifiable)),
        field(c, "irm-rating-relevance", vocab_list(c, &r.relevance)),
        field(
            c,
            "field-irm-potential-impact",
            vocab(c, &r.potential_impact),
        ),
        field(c, "field-irm-completion", vocab(c, &r.completion)),
        field(c, "field-irm-early-results", vocab(c, &r.early_results)),
        field(c, "field-irm-starred", vocab(c, &r.starred)),
    ];
    // A value the report does not give is left out, not shown as missing from the sources.
    fields.retain(|f| !f.values.is_empty());
    IrmReportView {
        title: r.report_title.clone(),
        href: r.report_url.clone(),
        imported: crate::format::day_of(c.i18n, c.lang, r.imported_at),
        imported_iso: crate::format::iso(r.imported_at),
        fields,
    }
}

/// The block, from the imported ratings and the commitment's own assessment fields.
pub fn build(c: &Chrome, ratings: &[IrmRatingRow], a: &Assessment) -> IrmBlock {
    let recorded = vec![
        field(c, "field-ogp-verifiable", vocab(c, &a.verifiable)),
        field(c, "field-ogp-relevant", vocab(c, &a.relevant)),
        field(c, "field-ogp-ambition", vocab(c, &a.ambition)),
        field(
            c,
            "field-irm-potential-impact",
            vocab(c, &a.potential_impact),
        ),
        field(c, "field-irm-completion", vocab(c, &a.completion)),
        field(c, "field-irm-starred", vocab(c, &a.starred)),
        field(c, "field-irm-early-results", vocab(c, &a.early_results)),
        field(
            c,
            "field-irm-potential-results",
            vocab(c, &a.potential_for_results),
        ),
    ];
    IrmBlock {
        reports: ratings.iter().map(|r| report(c, r)).collect(),
        recorded,
    }
}
