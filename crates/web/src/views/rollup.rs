//! How a plan's and its axes' figures come from their commitments (the plan page's "how this
//! figure is computed"): each commitment's weight and figure, the sums, and a link to the
//! commitment's own computation, which goes down to its activities and their evidence.

use super::{Chrome, Txt};
use opengov_core::kinds::CommitmentType;
use opengov_core::progress::Figure;
use opengov_db::rows::{AxisRow, CommitmentSummary};

pub struct RollupRow {
    pub ogp_id: String,
    /// The commitment's own computation.
    pub href: String,
    pub axis: Option<Txt>,
    pub weight: i64,
    /// Its figure to a tenth of a percent, or "no figure".
    pub figure: String,
    /// Weight × figure, when it counts in the plan's figure.
    pub product: Option<String>,
    /// Why it does not count in the plan's figure, if it does not.
    pub excluded: Option<String>,
}

/// One sum: "Σ weight × figure ÷ Σ weight = figure".
pub struct RollupSum {
    pub label: Txt,
    pub sum: String,
}

#[derive(Default)]
pub struct Rollup {
    pub rows: Vec<RollupRow>,
    /// The plan's sum over its government commitments with a figure.
    pub plan: Option<String>,
    /// Each axis's sum over its commitments with a figure.
    pub axes: Vec<RollupSum>,
}

pub fn build(
    c: &Chrome,
    plan_figure: Option<i64>,
    axes: &[AxisRow],
    commitments: &[CommitmentSummary],
) -> Rollup {
    let rows = commitments
        .iter()
        .map(|cm| {
            let government = cm.commitment_type != CommitmentType::Parliament;
            // A commitment without a figure says so in its figure's cell.
            let excluded = (!government).then(|| c.t("rollup-parliament-apart"));
            RollupRow {
                ogp_id: cm.ogp_id.clone(),
                href: c.href(&format!("/commitments/{}#computed", cm.ogp_id)),
                axis: cm
                    .axis_title
                    .as_deref()
                    .and_then(|t| Txt::stored(c, t, cm.axis_title_unofficial.as_deref())),
                weight: cm.weight,
                figure: cm
                    .figure
                    .map(|f| tenths(c, f))
                    .unwrap_or_else(|| c.t("rollup-no-figure")),
                product: cm
                    .figure
                    .filter(|_| government)
                    .map(|f| points(c, cm.weight * f)),
                excluded,
            }
        })
        .collect();
    let government: Vec<&CommitmentSummary> = commitments
        .iter()
        .filter(|cm| cm.commitment_type != CommitmentType::Parliament)
        .collect();
    let plan = sum(c, plan_figure, &government);
    let axes = axes
        .iter()
        .filter_map(|a| {
            let of: Vec<&CommitmentSummary> = commitments
                .iter()
                .filter(|cm| cm.axis_key.as_deref() == Some(a.key.as_str()))
                .collect();
            let label = Txt::stored(c, &a.title, Some(&a.title_unofficial))?;
            Some(RollupSum {
                label,
                sum: sum(c, a.figure, &of)?,
            })
        })
        .collect();
    Rollup {
        rows: rows_sorted(rows),
        plan,
        axes,
    }
}

/// Counted commitments first (those with a product), in the plan's order otherwise.
fn rows_sorted(mut rows: Vec<RollupRow>) -> Vec<RollupRow> {
    rows.sort_by_key(|r| r.product.is_none());
    rows
}

/// "Σ weight × figure ÷ Σ weight = figure", over the commitments with a figure, when the
/// stored figure exists.
fn sum(c: &Chrome, figure: Option<i64>, of: &[&CommitmentSummary]) -> Option<String> {
    let figure = figure?;
    let with: Vec<&&CommitmentSummary> = of.iter().filter(|cm| cm.figure.is_some()).collect();
    let weights: i64 = with.iter().map(|cm| cm.weight).sum();
    let products: i64 = with
        .iter()
        .map(|cm| cm.weight * cm.figure.unwrap_or(0))
        .sum();
    let shown = Figure(u32::try_from(figure).unwrap_or(0)).percent();
    Some(c.figures(format!(
        "{} ÷ {} = {}",
        points(c, products),
        weights,
        c.percent(i64::from(shown))
    )))
}

/// Basis points as a percent to a tenth ("61.5 %"; "61,5 %" in French).
fn tenths(c: &Chrome, basis_points: i64) -> String {
    let value = points(c, basis_points);
    c.percent_text(&value)
}

/// Basis points as percentage points to a tenth, without the sign ("61.5").
fn points(c: &Chrome, basis_points: i64) -> String {
    let tenths = (basis_points + 5) / 10;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    if tenth == 0 {
        whole.to_string()
    } else {
        format!("{whole}{}{tenth}", c.decimal_separator())
    }
}
