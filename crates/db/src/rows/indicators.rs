//! Rows of the indicators (docs/co-implementation.md, "Indicators"): an indicator with its
//! values, as the public pages and the back office read them.

use opengov_core::LocalizedText;
use opengov_core::indicator::IndicatorPeriod;
use serde::Serialize;

/// An indicator's stored columns.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct IndicatorRow {
    pub id: i64,
    /// `national` or `commitment`.
    pub scope: String,
    pub commitment_id: Option<i64>,
    /// JSON text per language.
    pub name: String,
    pub unit: String,
    pub description: String,
    pub baseline_value: Option<f64>,
    pub baseline_year: Option<i64>,
    pub target_value: Option<f64>,
    pub target_year: Option<i64>,
    pub position: i64,
    pub updated_at: i64,
}

impl IndicatorRow {
    pub fn name(&self) -> LocalizedText {
        LocalizedText::from_json(&self.name)
    }
    pub fn unit(&self) -> LocalizedText {
        LocalizedText::from_json(&self.unit)
    }
    pub fn description(&self) -> LocalizedText {
        LocalizedText::from_json(&self.description)
    }
}

/// One value of an indicator.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct IndicatorValueRow {
    pub id: i64,
    pub indicator_id: i64,
    /// `YYYY` or `YYYY-MM`.
    pub period: String,
    pub value: f64,
    pub source_url: String,
    pub note: String,
}

impl IndicatorValueRow {
    /// The stored period (written after `IndicatorPeriod::parse`; an unreadable one is none).
    pub fn period(&self) -> Option<IndicatorPeriod> {
        IndicatorPeriod::parse(&self.period).ok()
    }
}

/// An indicator and its values in period order.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorWithValues {
    pub indicator: IndicatorRow,
    pub values: Vec<IndicatorValueRow>,
}

/// What the office's form gives of an indicator (checked by the caller with
/// `opengov_core::indicator`).
#[derive(Debug, Clone)]
pub struct IndicatorFields {
    pub name: LocalizedText,
    pub unit: LocalizedText,
    pub description: LocalizedText,
    /// The baseline's value and year.
    pub baseline: Option<(f64, i64)>,
    /// The target's value and year.
    pub target: Option<(f64, i64)>,
}

/// A value to add (checked by the caller).
#[derive(Debug, Clone)]
pub struct NewIndicatorValue {
    pub period: IndicatorPeriod,
    pub value: f64,
    pub source_url: String,
    pub note: String,
}

/// The joined row the list reads return, grouped into [`IndicatorWithValues`].
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct IndicatorJoinRow {
    #[sqlx(flatten)]
    pub indicator: IndicatorRow,
    pub value_id: Option<i64>,
    pub period: Option<String>,
    pub value: Option<f64>,
    pub source_url: Option<String>,
    pub note: Option<String>,
}

/// Groups joined rows (in indicator order, then period order) by indicator.
pub(crate) fn group_indicators(rows: Vec<IndicatorJoinRow>) -> Vec<IndicatorWithValues> {
    let mut out: Vec<IndicatorWithValues> = Vec::new();
    for r in rows {
        if out.last().map(|l| l.indicator.id) != Some(r.indicator.id) {
            out.push(IndicatorWithValues {
                indicator: r.indicator.clone(),
                values: Vec::new(),
            });
        }
        if let (Some(id), Some(period), Some(value)) = (r.value_id, r.period, r.value) {
            let last = out.last_mut().expect("pushed above");
            last.values.push(IndicatorValueRow {
                id,
                indicator_id: r.indicator.id,
                period,
                value,
                source_url: r.source_url.unwrap_or_default(),
                note: r.note.unwrap_or_default(),
            });
        }
    }
    out
}
