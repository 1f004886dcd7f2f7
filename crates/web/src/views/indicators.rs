//! Indicators as the public pages show them (docs/co-implementation.md, "Indicators"): each
//! with its unit, baseline and target, a line chart drawn as SVG on the server from
//! `core::indicator::chart` (no JavaScript), and a table with every value, its period and its
//! source, the chart's text alternative. Used by the commitment page's section and by
//! `/{lang}/indicators`.
//!
//! In Arabic the time axis runs right to left, as the page reads and as the table's columns
//! run: the earliest period stands on the right, where the eye starts, and the value axis
//! stands there too.

use super::{Chrome, Txt};
use opengov_core::indicator::{CHART_HEIGHT, CHART_WIDTH, IndicatorPeriod, chart};
use opengov_db::rows::IndicatorWithValues;

/// At most this many period labels under the time axis (every other one beyond).
const MAX_PERIOD_LABELS: usize = 8;

/// One indicator, ready to show.
pub struct IndicatorView {
    pub id: i64,
    pub name: Txt,
    pub unit: Option<Txt>,
    pub description: Option<Txt>,
    /// "10 (2020)", when a baseline is set.
    pub baseline: Option<String>,
    pub target: Option<String>,
    /// None before the first value.
    pub chart: Option<ChartView>,
    pub values: Vec<ValueRow>,
}

/// A row of the table.
pub struct ValueRow {
    pub period: String,
    pub value: String,
    pub source: String,
    /// The source's site, as the link's words.
    pub site: String,
    pub note: String,
}

/// A horizontal mark (the baseline or the target) and its words.
pub struct MarkLine {
    pub y: f64,
    pub label_y: f64,
    pub label: String,
}

/// A labelled place on an axis.
pub struct AxisLabel {
    pub at: f64,
    pub label: String,
}

/// A point of the line, with what it stands for (its tooltip).
pub struct PointView {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// The SVG's content.
pub struct ChartView {
    pub width: f64,
    pub height: f64,
    pub title: String,
    pub desc: String,
    pub path: String,
    pub points: Vec<PointView>,
    pub baseline: Option<MarkLine>,
    pub target: Option<MarkLine>,
    /// Value ticks (their height), with their grid lines.
    pub ticks: Vec<AxisLabel>,
    /// Period labels (their x), under the time axis.
    pub periods: Vec<AxisLabel>,
    pub axis_x: f64,
    /// Where the value labels stand and how they are anchored.
    pub tick_x: f64,
    pub tick_anchor: &'static str,
    /// Where the marks' words stand (the side away from the value axis) and their anchor.
    pub mark_x: f64,
    pub mark_anchor: &'static str,
    pub plot_start: f64,
    pub plot_end: f64,
    pub bottom: f64,
    pub period_y: f64,
}

/// A number as the page writes it: at most two decimals, the language's decimal mark.
pub fn number(c: &Chrome, v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = if s == "-0" { "0" } else { s };
    s.replace('.', &c.decimal_separator())
}

fn mark(c: &Chrome, v: Option<f64>, year: Option<i64>) -> Option<String> {
    let v = v?;
    Some(match year {
        Some(y) => format!("{} ({y})", number(c, v)),
        None => number(c, v),
    })
}

pub fn build(c: &Chrome, list: &[IndicatorWithValues]) -> Vec<IndicatorView> {
    list.iter().map(|i| one(c, i)).collect()
}

fn one(c: &Chrome, iv: &IndicatorWithValues) -> IndicatorView {
    let i = &iv.indicator;
    let name = Txt::of(c, &i.name()).unwrap_or_else(|| Txt::local(c, String::new()));
    let unit = Txt::of(c, &i.unit());
    let baseline = mark(c, i.baseline_value, i.baseline_year);
    let target = mark(c, i.target_value, i.target_year);
    let values: Vec<ValueRow> = iv
        .values
        .iter()
        .map(|v| ValueRow {
            period: v.period.clone(),
            value: number(c, v.value),
            source: v.source_url.clone(),
            site: crate::format::site_of(&v.source_url).to_string(),
            note: v.note.clone(),
        })
        .collect();
    let points: Vec<(IndicatorPeriod, f64)> = iv
        .values
        .iter()
        .filter_map(|v| Some((v.period()?, v.value)))
        .collect();
    let chart = (!points.is_empty()).then(|| {
        draw(
            c,
            &name.text,
            unit.as_ref().map(|u| u.text.as_str()),
            &points,
            (i.baseline_value, baseline.as_deref()),
            (i.target_value, target.as_deref()),
        )
    });
    IndicatorView {
        id: i.id,
        name,
        unit,
        description: Txt::of(c, &i.description()),
        baseline,
        target,
        chart,
        values,
    }
}

fn draw(
    c: &Chrome,
    name: &str,
    unit: Option<&str>,
    points: &[(IndicatorPeriod, f64)],
    baseline: (Option<f64>, Option<&str>),
    target: (Option<f64>, Option<&str>),
) -> ChartView {
    let rtl = c.lang.is_rtl();
    let g = chart(points, baseline.0, target.0, rtl);
    let (start, end) = (64.0, CHART_WIDTH - 64.0);
    let bottom = CHART_HEIGHT - 40.0;
    let (tick_x, tick_anchor) = if rtl {
        (g.axis_x + 6.0, "start")
    } else {
        (g.axis_x - 6.0, "end")
    };
    let (mark_x, mark_anchor) = if rtl { (start, "start") } else { (end, "end") };
    let mark_line = |y: Option<f64>, id: &str, words: Option<&str>| {
        let y = y?;
        Some(MarkLine {
            y,
            label_y: (y - 4.0).max(10.0),
            label: c.ta(id, "value", words.unwrap_or_default()),
        })
    };
    let every = g.points.len().div_ceil(MAX_PERIOD_LABELS).max(1);
    let with_unit = |v: f64| match unit {
        Some(u) if !u.is_empty() => format!("{} {u}", number(c, v)),
        _ => number(c, v),
    };
    let first = g
        .points
        .first()
        .map(|p| p.period.to_string())
        .unwrap_or_default();
    let last = g
        .points
        .last()
        .map(|p| p.period.to_string())
        .unwrap_or_default();
    let latest = g
        .points
        .last()
        .map(|p| with_unit(p.value))
        .unwrap_or_default();
    let mut desc = c.i18n.ta(
        c.lang,
        "indicator-chart-desc",
        &[
            ("count", (g.points.len() as i64).into()),
            ("first", first.as_str().into()),
            ("last", last.as_str().into()),
            ("latest", latest.as_str().into()),
        ],
    );
    if let Some(b) = baseline.1 {
        desc.push(' ');
        desc.push_str(&c.ta("indicator-baseline-is", "value", b));
    }
    if let Some(t) = target.1 {
        desc.push(' ');
        desc.push_str(&c.ta("indicator-target-is", "value", t));
    }
    ChartView {
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        title: name.to_string(),
        desc,
        path: g.path.clone(),
        points: g
            .points
            .iter()
            .map(|p| PointView {
                x: p.x,
                y: p.y,
                label: format!("{} · {}", p.period, with_unit(p.value)),
            })
            .collect(),
        baseline: mark_line(g.baseline_y, "indicator-baseline-is", baseline.1),
        target: mark_line(g.target_y, "indicator-target-is", target.1),
        ticks: g
            .ticks
            .iter()
            .map(|(y, v)| AxisLabel {
                at: *y,
                label: number(c, *v),
            })
            .collect(),
        periods: g
            .points
            .iter()
            .enumerate()
            .filter(|(n, _)| n % every == 0 || *n + 1 == g.points.len())
            .map(|(_, p)| AxisLabel {
                at: p.x,
                label: p.period.to_string(),
            })
            .collect(),
        axis_x: g.axis_x,
        tick_x,
        tick_anchor,
        mark_x,
        mark_anchor,
        plot_start: start,
        plot_end: end,
        bottom,
        period_y: bottom + 20.0,
    }
}
