//! "How this figure is computed" on a commitment page: every activity with its weight and
//! progress, what that progress comes from (the published report behind it and its evidence,
//! an imported source, or nothing yet), and the weighted mean that gives the commitment's
//! figure, so that a reader can check the figure down to its evidence.

use super::{Chrome, Txt};
use opengov_core::progress::Figure;
use opengov_db::rows::{ActivityRow, PublicEvidenceRow, TimelineRow};

/// One activity in the computation.
pub struct ComputedRow {
    pub title: Txt,
    pub weight: i64,
    /// Its progress in the page's language, or "not reported".
    pub progress: String,
    /// Weight × progress, for a counted activity with a progress.
    pub product: Option<i64>,
    /// Why the activity does not count (cancelled), if it does not.
    pub excluded: Option<String>,
    /// What the progress comes from.
    pub origin: String,
    /// The report behind it on this page's timeline (`#report-N`), or a source's address.
    pub origin_href: Option<String>,
    pub origin_external: bool,
    /// "2 pieces of evidence", for a report that has some.
    pub evidence: Option<String>,
}

/// The section: the rule in words, the rows, and the sum that gives the figure.
#[derive(Default)]
pub struct Computed {
    pub rows: Vec<ComputedRow>,
    /// "1,230 ÷ 20 = 62 %", when the commitment has a figure.
    pub result: Option<String>,
    /// Why there is no figure, when there is none.
    pub no_figure: Option<String>,
    pub total_weight: i64,
    pub total_product: Option<i64>,
}

pub fn build(
    c: &Chrome,
    figure: Option<i64>,
    activities: &[ActivityRow],
    reports: &[TimelineRow],
    evidence: &[PublicEvidenceRow],
) -> Computed {
    let rows: Vec<ComputedRow> = activities
        .iter()
        .map(|a| row(c, a, reports, evidence))
        .collect();
    let counted = || activities.iter().filter(|a| !a.cancelled && a.weight > 0);
    let total_weight: i64 = counted().map(|a| a.weight).sum();
    let unreported = counted().filter(|a| !a.progress.is_reported()).count() as i64;
    let total_product = (unreported == 0 && total_weight > 0).then(|| {
        counted()
            .map(|a| a.weight * i64::from(a.progress.percent().unwrap_or(0)))
            .sum()
    });
    let result = figure.zip(total_product).map(|(f, p)| {
        let shown = Figure(u32::try_from(f).unwrap_or(0)).percent();
        c.figures(format!(
            "{} ÷ {} = {}",
            number(p),
            number(total_weight),
            c.percent(i64::from(shown))
        ))
    });
    let no_figure = figure.is_none().then(|| {
        if total_weight == 0 {
            c.t("computed-no-activities")
        } else {
            c.count("computed-not-reported", &unreported)
        }
    });
    Computed {
        rows,
        result,
        no_figure,
        total_weight,
        total_product,
    }
}

fn row(
    c: &Chrome,
    a: &ActivityRow,
    reports: &[TimelineRow],
    evidence: &[PublicEvidenceRow],
) -> ComputedRow {
    let title = Txt::json(c, &a.title).unwrap_or_else(|| Txt::local(c, a.key.clone()));
    let counted = !a.cancelled && a.weight > 0;
    let progress = match a.progress.percent() {
        Some(p) => c.percent(i64::from(p)),
        None => c.t("computed-not-reported-one"),
    };
    let product = a
        .progress
        .percent()
        .filter(|_| counted)
        .map(|p| a.weight * i64::from(p));
    let excluded = a.cancelled.then(|| c.t("computed-cancelled"));
    // The timeline is newest first: the first report on this activity is the one whose
    // figure the activity holds.
    let latest = reports.iter().find(|r| r.activity_key == a.key);
    let (origin, origin_href, origin_external, evidence) = match latest {
        Some(r) => {
            let n = evidence.iter().filter(|e| e.report_id == r.id).count() as i64;
            (
                c.ta(
                    "computed-origin-report",
                    "date",
                    &crate::format::day_of(c.i18n, c.lang, r.published_at),
                ),
                Some(format!("#report-{}", r.id)),
                false,
                (n > 0).then(|| c.count("computed-evidence", &n)),
            )
        }
        None if !a.progress_source.is_empty() => (
            c.t("computed-origin-sources"),
            a.progress_source
                .split(';')
                .map(str::trim)
                .find(|s| s.starts_with("https://") || s.starts_with("http://"))
                .map(str::to_string),
            true,
            None,
        ),
        None if a.progress.is_reported() => (c.t("computed-origin-initial"), None, false, None),
        None => (c.t("computed-origin-none"), None, false, None),
    };
    ComputedRow {
        title,
        weight: a.weight,
        progress,
        product,
        excluded,
        origin,
        origin_href,
        origin_external,
        evidence,
    }
}

/// A whole number with a thin space between thousands, read the same in every language.
fn number(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_group_their_thousands() {
        assert_eq!(number(7), "7");
        assert_eq!(number(1230), "1\u{202F}230");
        assert_eq!(number(1_000_000), "1\u{202F}000\u{202F}000");
        assert_eq!(number(-4500), "-4\u{202F}500");
    }
}
