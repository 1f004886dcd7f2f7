//! The checks of an import of the Independent Reporting Mechanism's ratings (docs/csv-layout.md,
//! "IRM ratings"): one row per commitment and report, each value on the IRM's scales
//! ([`crate::assessment`]). The caller reads the CSV into cells; this module decides what each
//! cell means. An import is all or nothing: any issue and nothing is stored.

use crate::assessment::{EarlyResults, English, IrmCompletion, OgpValue, PotentialImpact, YesNo};
use crate::institution_edit::{LineError, clean_line};
use crate::kinds::{CodeList, OptCode};
use crate::reporting::check_link;
use std::collections::{BTreeMap, BTreeSet};

/// The columns of the layout, in the order an export writes them.
pub const COLUMNS: [&str; 9] = [
    "ogp_id",
    "report_title",
    "report_url",
    "verifiable",
    "relevance",
    "potential_impact",
    "completion",
    "early_results",
    "starred",
];
/// The columns every file must have (the others may be left out).
pub const REQUIRED: [&str; 3] = ["ogp_id", "report_title", "report_url"];
/// The most rows one file may hold.
pub const MAX_ROWS: usize = 2000;
/// The largest file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// The longest report title kept, in bytes.
pub const MAX_TITLE: usize = 300;
/// The longest cell read, in bytes.
pub const MAX_CELL: usize = 2000;

/// One rating of a commitment by one IRM report, every value checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IrmRating {
    pub ogp_id: String,
    pub report_title: String,
    pub report_url: String,
    pub verifiable: OptCode<YesNo>,
    pub relevance: CodeList<OgpValue>,
    pub potential_impact: OptCode<PotentialImpact>,
    pub completion: OptCode<IrmCompletion>,
    pub early_results: OptCode<EarlyResults>,
    pub starred: OptCode<YesNo>,
}

/// What is wrong with a file or one of its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IrmIssueKind {
    /// The file is not UTF-8 text or not CSV.
    Unreadable,
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// No row under the header.
    Empty,
    /// More than [`MAX_ROWS`] rows.
    TooManyRows,
    /// A column the layout does not have.
    UnknownColumn,
    /// A column of the layout given twice.
    DuplicateColumn,
    /// A required column left out.
    MissingColumn,
    /// A row with another number of cells than the header.
    RowLength,
    /// A required cell left empty.
    Required,
    /// Markup (`<`, `>`) or a control character in a cell.
    Markup,
    /// A cell longer than allowed.
    TooLong,
    /// An OGP id of no commitment recorded here.
    UnknownCommitment,
    /// A value outside its scale.
    BadValue,
    /// A report link that is not an http(s) address.
    BadLink,
    /// The same report under two titles.
    TitleMismatch,
    /// The same commitment twice for the same report.
    Duplicate,
}

impl IrmIssueKind {
    pub fn message_id(self) -> &'static str {
        match self {
            IrmIssueKind::Unreadable => "irm-import-error-unreadable",
            IrmIssueKind::TooLarge => "irm-import-error-too-large",
            IrmIssueKind::Empty => "irm-import-error-empty",
            IrmIssueKind::TooManyRows => "irm-import-error-too-many-rows",
            IrmIssueKind::UnknownColumn => "irm-import-error-unknown-column",
            IrmIssueKind::DuplicateColumn => "irm-import-error-duplicate-column",
            IrmIssueKind::MissingColumn => "irm-import-error-missing-column",
            IrmIssueKind::RowLength => "irm-import-error-row-length",
            IrmIssueKind::Required => "irm-import-error-required",
            IrmIssueKind::Markup => "irm-import-error-markup",
            IrmIssueKind::TooLong => "irm-import-error-too-long",
            IrmIssueKind::UnknownCommitment => "irm-import-error-unknown-commitment",
            IrmIssueKind::BadValue => "irm-import-error-bad-value",
            IrmIssueKind::BadLink => "irm-import-error-bad-link",
            IrmIssueKind::TitleMismatch => "irm-import-error-title-mismatch",
            IrmIssueKind::Duplicate => "irm-import-error-duplicate",
        }
    }
}

/// One issue: its line in the file (1 is the header; 0 the whole file), its column, the value
/// refused (cut to 80 characters) and, for a value off its scale, the values allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IrmIssue {
    pub kind: IrmIssueKind,
    pub line: usize,
    pub column: String,
    pub value: String,
    pub allowed: String,
}

impl IrmIssue {
    pub fn new(kind: IrmIssueKind, line: usize, column: &str, value: &str) -> IrmIssue {
        IrmIssue {
            kind,
            line,
            column: column.to_string(),
            value: value.chars().take(80).collect(),
            allowed: String::new(),
        }
    }

    fn allowed(mut self, values: Vec<&str>) -> IrmIssue {
        self.allowed = values.join(", ");
        self
    }
}

/// What a file holds: the ratings of its valid rows (with their line) and every issue found.
/// It is imported only when `issues` is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IrmCheck {
    pub ratings: Vec<(usize, IrmRating)>,
    pub issues: Vec<IrmIssue>,
}

impl IrmCheck {
    pub fn failed(kind: IrmIssueKind) -> IrmCheck {
        IrmCheck {
            ratings: Vec::new(),
            issues: vec![IrmIssue::new(kind, 0, "", "")],
        }
    }

    /// The distinct reports of the file (by link), in the order they first appear.
    pub fn reports(&self) -> Vec<(&str, &str)> {
        let mut seen = BTreeSet::new();
        self.ratings
            .iter()
            .filter(|(_, r)| seen.insert(r.report_url.as_str()))
            .map(|(_, r)| (r.report_url.as_str(), r.report_title.as_str()))
            .collect()
    }
}

fn scale<T: English>(
    raw: &str,
    line: usize,
    column: &str,
    issues: &mut Vec<IrmIssue>,
) -> OptCode<T> {
    if raw.is_empty() {
        return OptCode(None);
    }
    match T::from_english(raw) {
        Some(v) => OptCode(Some(v)),
        None => {
            issues.push(
                IrmIssue::new(IrmIssueKind::BadValue, line, column, raw)
                    .allowed(T::english_values()),
            );
            OptCode(None)
        }
    }
}

/// Checks a file read into a header and rows (each with its line number). `known` says
/// whether an OGP id names a commitment recorded here.
pub fn check_irm(
    header: &[String],
    rows: &[(usize, Vec<String>)],
    known: &dyn Fn(&str) -> bool,
) -> IrmCheck {
    let mut issues = Vec::new();
    let mut at: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().trim_start_matches('\u{feff}');
        if !COLUMNS.contains(&name) {
            issues.push(
                IrmIssue::new(IrmIssueKind::UnknownColumn, 1, name, name).allowed(COLUMNS.to_vec()),
            );
        } else if at.insert(name, i).is_some() {
            issues.push(IrmIssue::new(IrmIssueKind::DuplicateColumn, 1, name, name));
        }
    }
    for r in REQUIRED {
        if !at.contains_key(r) {
            issues.push(IrmIssue::new(IrmIssueKind::MissingColumn, 1, r, ""));
        }
    }
    if !issues.is_empty() {
        return IrmCheck {
            ratings: Vec::new(),
            issues,
        };
    }
    if rows.is_empty() {
        return IrmCheck::failed(IrmIssueKind::Empty);
    }
    if rows.len() > MAX_ROWS {
        return IrmCheck::failed(IrmIssueKind::TooManyRows);
    }
    let mut ratings = Vec::new();
    let mut titles: BTreeMap<String, String> = BTreeMap::new();
    let mut pairs = BTreeSet::new();
    for (line, cells) in rows {
        let line = *line;
        if cells.len() != header.len() {
            issues.push(IrmIssue::new(IrmIssueKind::RowLength, line, "", ""));
            continue;
        }
        let before = issues.len();
        let mut cell = |name: &str| -> String {
            let Some(&i) = at.get(name) else {
                return String::new();
            };
            let raw = cells[i].as_str();
            let max = if name == "report_title" {
                MAX_TITLE
            } else {
                MAX_CELL
            };
            match clean_line(raw, max) {
                Ok(t) => t,
                Err(LineError::Markup) => {
                    issues.push(IrmIssue::new(IrmIssueKind::Markup, line, name, raw));
                    String::new()
                }
                Err(LineError::TooLong) => {
                    issues.push(IrmIssue::new(IrmIssueKind::TooLong, line, name, raw));
                    String::new()
                }
            }
        };
        let ogp_id = cell("ogp_id").to_ascii_uppercase();
        let title = cell("report_title");
        let url = cell("report_url");
        let values: Vec<String> = COLUMNS[3..].iter().map(|c| cell(c)).collect();
        let marked = issues.len() > before;
        for (name, v) in [
            ("ogp_id", &ogp_id),
            ("report_title", &title),
            ("report_url", &url),
        ] {
            if v.is_empty() && !marked {
                issues.push(IrmIssue::new(IrmIssueKind::Required, line, name, ""));
            }
        }
        if !ogp_id.is_empty() && !known(&ogp_id) {
            issues.push(IrmIssue::new(
                IrmIssueKind::UnknownCommitment,
                line,
                "ogp_id",
                &ogp_id,
            ));
        }
        let report_url = if url.is_empty() {
            String::new()
        } else {
            match check_link(&url) {
                Ok(u) => u,
                Err(_) => {
                    issues.push(IrmIssue::new(
                        IrmIssueKind::BadLink,
                        line,
                        "report_url",
                        &url,
                    ));
                    String::new()
                }
            }
        };
        let mut relevance = Vec::new();
        for part in values[1]
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match OgpValue::from_english(part) {
                Some(v) if !relevance.contains(&v) => relevance.push(v),
                Some(_) => {}
                None => issues.push(
                    IrmIssue::new(IrmIssueKind::BadValue, line, "relevance", part)
                        .allowed(OgpValue::english_values()),
                ),
            }
        }
        let rating = IrmRating {
            verifiable: scale(&values[0], line, "verifiable", &mut issues),
            relevance: CodeList(relevance),
            potential_impact: scale(&values[2], line, "potential_impact", &mut issues),
            completion: scale(&values[3], line, "completion", &mut issues),
            early_results: scale(&values[4], line, "early_results", &mut issues),
            starred: scale(&values[5], line, "starred", &mut issues),
            ogp_id,
            report_title: title,
            report_url,
        };
        if !rating.report_url.is_empty() && !rating.report_title.is_empty() {
            match titles.get(&rating.report_url) {
                Some(t) if *t != rating.report_title => issues.push(IrmIssue::new(
                    IrmIssueKind::TitleMismatch,
                    line,
                    "report_title",
                    &rating.report_title,
                )),
                Some(_) => {}
                None => {
                    titles.insert(rating.report_url.clone(), rating.report_title.clone());
                }
            }
            if !rating.ogp_id.is_empty()
                && !pairs.insert((rating.report_url.clone(), rating.ogp_id.clone()))
            {
                issues.push(IrmIssue::new(
                    IrmIssueKind::Duplicate,
                    line,
                    "ogp_id",
                    &rating.ogp_id,
                ));
            }
        }
        if issues.len() == before {
            ratings.push((line, rating));
        }
    }
    IrmCheck { ratings, issues }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cols: &[&str]) -> Vec<String> {
        cols.iter().map(|c| c.to_string()).collect()
    }

    fn rows(lines: &[&[&str]]) -> Vec<(usize, Vec<String>)> {
        lines
            .iter()
            .enumerate()
            .map(|(i, cells)| (i + 2, cells.iter().map(|c| c.to_string()).collect()))
            .collect()
    }

    fn known(id: &str) -> bool {
        ["MO0025", "MO0054"].contains(&id)
    }

    const URL: &str = "https://www.opengovpartnership.org/documents/morocco-results-report/";

    #[test]
    fn a_good_file_gives_its_ratings_on_the_irm_scales() {
        let c = check_irm(
            &header(&COLUMNS),
            &rows(&[
                &[
                    "mo0025",
                    "Results report 2021-2023",
                    URL,
                    "Yes",
                    "Access to Information; civic_participation",
                    "Moderate",
                    "Substantial",
                    "Did Not Change",
                    "No",
                ],
                &[
                    "MO0054",
                    "Results report 2021-2023",
                    URL,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
            ]),
            &known,
        );
        assert_eq!(c.issues, vec![]);
        let (line, r) = &c.ratings[0];
        assert_eq!(*line, 2);
        assert_eq!(r.ogp_id, "MO0025");
        assert_eq!(r.verifiable, OptCode(Some(YesNo::Yes)));
        assert_eq!(
            r.relevance,
            CodeList(vec![
                OgpValue::AccessToInformation,
                OgpValue::CivicParticipation
            ])
        );
        assert_eq!(r.potential_impact, OptCode(Some(PotentialImpact::Moderate)));
        assert_eq!(r.completion, OptCode(Some(IrmCompletion::Substantial)));
        assert_eq!(r.early_results, OptCode(Some(EarlyResults::DidNotChange)));
        assert_eq!(r.starred, OptCode(Some(YesNo::No)));
        assert_eq!(c.ratings[1].1.completion, OptCode(None));
        assert_eq!(c.reports(), vec![(URL, "Results report 2021-2023")]);
        // Optional columns may be left out, in any order.
        let c = check_irm(
            &header(&["report_url", "ogp_id", "report_title"]),
            &rows(&[&[URL, "MO0054", "Report"]]),
            &known,
        );
        assert_eq!((c.issues.len(), c.ratings.len()), (0, 1));
    }

    #[test]
    fn wrong_columns_are_refused_before_any_row() {
        let c = check_irm(
            &header(&["ogp_id", "report_title", "score", "score"]),
            &rows(&[&["MO0025", "R", "1", "2"]]),
            &known,
        );
        let kinds: Vec<_> = c
            .issues
            .iter()
            .map(|i| (i.kind, i.column.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (IrmIssueKind::UnknownColumn, "score"),
                (IrmIssueKind::UnknownColumn, "score"),
                (IrmIssueKind::MissingColumn, "report_url"),
            ]
        );
        assert!(c.issues[0].allowed.contains("potential_impact"));
        assert!(c.ratings.is_empty());
        let dup = check_irm(
            &header(&["ogp_id", "ogp_id", "report_title", "report_url"]),
            &rows(&[]),
            &known,
        );
        assert_eq!(dup.issues[0].kind, IrmIssueKind::DuplicateColumn);
        let empty = check_irm(&header(&REQUIRED), &rows(&[]), &known);
        assert_eq!(empty.issues[0].kind, IrmIssueKind::Empty);
    }

    #[test]
    fn every_bad_cell_is_named_with_its_line() {
        let cols = header(&COLUMNS);
        let c = check_irm(
            &cols,
            &rows(&[
                &["MO9999", "R", URL, "", "", "", "", "", ""],
                &["MO0025", "R", "javascript:alert(1)", "", "", "", "", "", ""],
                &["MO0025", "<b>R</b>", URL, "", "", "", "", "", ""],
                &[
                    "MO0025", "R", URL, "Maybe", "Openness", "High", "Done", "", "Y",
                ],
                &["MO0025", "", URL, "", "", "", "", "", ""],
                &["MO0025", "R"],
            ]),
            &known,
        );
        let got: Vec<_> = c
            .issues
            .iter()
            .map(|i| (i.line, i.kind, i.column.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, IrmIssueKind::UnknownCommitment, "ogp_id"),
                (3, IrmIssueKind::BadLink, "report_url"),
                (4, IrmIssueKind::Markup, "report_title"),
                (5, IrmIssueKind::BadValue, "relevance"),
                (5, IrmIssueKind::BadValue, "verifiable"),
                (5, IrmIssueKind::BadValue, "potential_impact"),
                (5, IrmIssueKind::BadValue, "completion"),
                (5, IrmIssueKind::BadValue, "starred"),
                (6, IrmIssueKind::Required, "report_title"),
                (7, IrmIssueKind::RowLength, ""),
            ]
        );
        let completion = &c.issues[6];
        assert_eq!(completion.value, "Done");
        assert!(completion.allowed.contains("Not Started"));
        assert!(c.ratings.is_empty());
        let again = check_irm(
            &cols,
            &rows(&[
                &["MO0025", "R", URL, "", "", "", "", "", ""],
                &["MO0054", "Other", URL, "", "", "", "", "", ""],
                &["MO0025", "R", URL, "", "", "", "", "", ""],
            ]),
            &known,
        );
        let got: Vec<_> = again.issues.iter().map(|i| (i.line, i.kind)).collect();
        assert_eq!(
            got,
            vec![
                (3, IrmIssueKind::TitleMismatch),
                (4, IrmIssueKind::Duplicate)
            ]
        );
    }

    #[test]
    fn too_many_rows_is_one_issue() {
        let many: Vec<(usize, Vec<String>)> = (0..=MAX_ROWS)
            .map(|i| (i + 2, vec!["MO0025".into(), "R".into(), URL.into()]))
            .collect();
        let c = check_irm(&header(&REQUIRED), &many, &known);
        assert_eq!(c.issues.len(), 1);
        assert_eq!(c.issues[0].kind, IrmIssueKind::TooManyRows);
    }
}
