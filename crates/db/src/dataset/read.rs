//! Reading the CSV layout. Every problem is collected (not only the first), each with its
//! file, line and column; a dataset is returned only when there is none.

use super::issues::{ImportIssue, IssueCode, shorten};
use super::records::*;
use opengov_core::kinds::{CommitmentType, FigureScope, InstitutionKind, PlanStatus};
use opengov_core::{Lang, LocalizedText, PartialDate};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The longest field accepted (characters).
pub const MAX_FIELD: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Institutions,
    Plans,
    Axes,
    Commitments,
    Activities,
    Figures,
    Documents,
}

impl FileKind {
    /// The file name `export-plan` writes.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Institutions => "institutions.csv",
            FileKind::Plans => "plans.csv",
            FileKind::Axes => "axes.csv",
            FileKind::Commitments => "commitments.csv",
            FileKind::Activities => "activities.csv",
            FileKind::Figures => "progress_snapshots.csv",
            FileKind::Documents => "documents.csv",
        }
    }

    /// Columns that must be present in the header.
    pub fn required_columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Institutions => &["key", "kind"],
            FileKind::Plans => &["plan_key", "number", "status"],
            FileKind::Axes => &["plan_key", "axis_key"],
            FileKind::Commitments => &["plan_key", "ogp_id", "commitment_type"],
            FileKind::Activities => &["ogp_id", "activity_key", "weight", "progress"],
            FileKind::Figures => &["plan_key", "scope", "percent"],
            FileKind::Documents => &["doc_type", "url"],
        }
    }

    /// Recognises a file by its header.
    pub fn detect(header: &[&str]) -> Option<FileKind> {
        let has = |c: &str| header.contains(&c);
        if has("activity_key") {
            Some(FileKind::Activities)
        } else if has("ogp_id") {
            Some(FileKind::Commitments)
        } else if has("axis_key") {
            Some(FileKind::Axes)
        } else if has("scope") && has("percent") {
            Some(FileKind::Figures)
        } else if has("doc_type") {
            Some(FileKind::Documents)
        } else if has("plan_key") && has("number") {
            Some(FileKind::Plans)
        } else if has("key") && has("kind") {
            Some(FileKind::Institutions)
        } else {
            None
        }
    }

    const ORDER: [FileKind; 7] = [
        FileKind::Institutions,
        FileKind::Plans,
        FileKind::Axes,
        FileKind::Commitments,
        FileKind::Activities,
        FileKind::Figures,
        FileKind::Documents,
    ];
}

/// One line of a file, with what is needed to report a problem in it.
struct Line<'a> {
    file: &'a str,
    line: u64,
    header: &'a HashMap<String, usize>,
    rec: &'a csv::StringRecord,
    issues: &'a mut Vec<ImportIssue>,
}

impl Line<'_> {
    fn issue(&mut self, col: &str, code: IssueCode, detail: String) {
        let column = self.header.get(col).map(|i| i + 1);
        self.issues.push(ImportIssue {
            file: self.file.to_string(),
            line: self.line,
            column,
            column_name: Some(col.to_string()),
            code,
            detail,
            allowed: String::new(),
        });
    }

    fn raw(&mut self, col: &str) -> String {
        let v = self
            .header
            .get(col)
            .and_then(|&i| self.rec.get(i))
            .unwrap_or("")
            .trim();
        if v.chars().count() > MAX_FIELD {
            self.issue(col, IssueCode::TooLong, MAX_FIELD.to_string());
            return String::new();
        }
        v.to_string()
    }

    fn text(&mut self, col: &str) -> String {
        self.raw(col)
    }

    fn required(&mut self, col: &str) -> String {
        let v = self.raw(col);
        if v.is_empty() {
            self.issue(col, IssueCode::Required, String::new());
        }
        v
    }

    fn key(&mut self, col: &str) -> String {
        let v = self.required(col);
        if !v.is_empty()
            && (v.len() > 80
                || !v
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        {
            self.issue(col, IssueCode::BadChoice, shorten(&v));
            if let Some(last) = self.issues.last_mut() {
                last.allowed = "a-z A-Z 0-9 - _".into();
            }
        }
        v
    }

    fn int(&mut self, col: &str, min: i64, max: i64) -> Option<i64> {
        let v = self.raw(col);
        if v.is_empty() {
            return None;
        }
        match v.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(_) => {
                self.issue(col, IssueCode::OutOfRange, format!("{min}–{max}"));
                None
            }
            Err(_) => {
                self.issue(col, IssueCode::NotANumber, shorten(&v));
                None
            }
        }
    }

    fn required_int(&mut self, col: &str, min: i64, max: i64) -> i64 {
        if self.raw(col).is_empty() {
            self.issue(col, IssueCode::Required, String::new());
            return min;
        }
        self.int(col, min, max).unwrap_or(min)
    }

    fn date(&mut self, col: &str) -> Option<PartialDate> {
        let v = self.raw(col);
        if v.is_empty() {
            return None;
        }
        match PartialDate::parse(&v) {
            Ok(d) => Some(d),
            Err(_) => {
                self.issue(col, IssueCode::BadDate, shorten(&v));
                None
            }
        }
    }

    fn choice<T>(
        &mut self,
        col: &str,
        parse: impl Fn(&str) -> Option<T>,
        codes: &[&str],
    ) -> Option<T> {
        let v = self.required(col);
        if v.is_empty() {
            return None;
        }
        let r = parse(&v);
        if r.is_none() {
            self.issue(col, IssueCode::BadChoice, shorten(&v));
            if let Some(last) = self.issues.last_mut() {
                last.allowed = codes.join(", ");
            }
        }
        r
    }

    fn yes_no(&mut self, col: &str) -> bool {
        let v = self.raw(col).to_ascii_lowercase();
        match v.as_str() {
            "" | "no" | "false" | "0" => false,
            "yes" | "true" | "1" => true,
            _ => {
                self.issue(col, IssueCode::BadChoice, shorten(&v));
                if let Some(last) = self.issues.last_mut() {
                    last.allowed = "yes, no".into();
                }
                false
            }
        }
    }

    /// A translatable text spread over `<prefix>_ar`, `_fr`, `_en`, `_zgh` columns.
    fn localized(&mut self, prefix: &str) -> LocalizedText {
        let mut t = LocalizedText::new();
        for l in Lang::ALL {
            let v = self.text(&format!("{prefix}_{}", l.code()));
            t.set(l, &v);
        }
        t
    }
}

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| code(*x)).collect()
}

/// Expands directories into the layout's files they hold.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            for k in FileKind::ORDER {
                let f = p.join(k.file_name());
                if f.is_file() {
                    out.push(f);
                }
            }
        } else {
            out.push(p.clone());
        }
    }
    out
}

struct Parsed {
    kind: FileKind,
    name: String,
    header: HashMap<String, usize>,
    rows: Vec<(u64, csv::StringRecord)>,
}

fn parse_file(path: &Path, issues: &mut Vec<ImportIssue>) -> Option<Parsed> {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(b) => parse_bytes(name, &b, issues),
        Err(e) => {
            issues.push(ImportIssue {
                file: name,
                line: 0,
                column: None,
                column_name: None,
                code: IssueCode::Unreadable,
                detail: e.kind().to_string(),
                allowed: String::new(),
            });
            None
        }
    }
}

fn parse_bytes(name: String, bytes: &[u8], issues: &mut Vec<ImportIssue>) -> Option<Parsed> {
    let at = |line: u64, code, detail: String| ImportIssue {
        file: name.clone(),
        line,
        column: None,
        column_name: None,
        code,
        detail,
        allowed: String::new(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim().trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            issues.push(at(1, IssueCode::Syntax, csv_detail(&e)));
            return None;
        }
    };
    let hrefs: Vec<&str> = header.iter().map(String::as_str).collect();
    let Some(kind) = FileKind::detect(&hrefs) else {
        issues.push(at(1, IssueCode::UnknownFile, shorten(&header.join(","))));
        return None;
    };
    let mut ok = true;
    for col in kind.required_columns() {
        if !hrefs.contains(col) {
            issues.push(ImportIssue {
                column_name: Some((*col).to_string()),
                ..at(1, IssueCode::MissingColumn, String::new())
            });
            ok = false;
        }
    }
    let header_map: HashMap<String, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), i))
        .collect();
    let mut rows = Vec::new();
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(0);
                rows.push((line, r));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                issues.push(at(line, IssueCode::Syntax, csv_detail(&e)));
                ok = false;
                break;
            }
        }
    }
    ok.then_some(Parsed {
        kind,
        name,
        header: header_map,
        rows,
    })
}

fn csv_detail(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "UTF-8".into(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} ≠ {expected_len}"),
        _ => shorten(&e.to_string()),
    }
}

/// Reads and validates the given files (or directories holding the layout's files).
/// References between files (a commitment's plan, an activity's commitment) are checked
/// against the dataset itself and against `known`: keys already stored in the database.
pub fn read_files(paths: &[PathBuf], known: &KnownKeys) -> Result<Dataset, Vec<ImportIssue>> {
    let mut issues = Vec::new();
    let parsed: Vec<Parsed> = expand(paths)
        .iter()
        .filter_map(|p| parse_file(p, &mut issues))
        .collect();
    finish(parsed, known, issues)
}

/// Reads files given as (name, content), such as the demo dataset embedded in the binary.
pub fn read_sources(
    sources: &[(&str, &[u8])],
    known: &KnownKeys,
) -> Result<Dataset, Vec<ImportIssue>> {
    let mut issues = Vec::new();
    let parsed: Vec<Parsed> = sources
        .iter()
        .filter_map(|(n, b)| parse_bytes(n.to_string(), b, &mut issues))
        .collect();
    finish(parsed, known, issues)
}

fn finish(
    mut parsed: Vec<Parsed>,
    known: &KnownKeys,
    mut issues: Vec<ImportIssue>,
) -> Result<Dataset, Vec<ImportIssue>> {
    parsed.sort_by_key(|p| FileKind::ORDER.iter().position(|k| *k == p.kind));
    let mut ds = Dataset::default();
    for p in &parsed {
        for (line, rec) in &p.rows {
            let mut l = Line {
                file: &p.name,
                line: *line,
                header: &p.header,
                rec,
                issues: &mut issues,
            };
            read_line(p.kind, &mut l, &mut ds);
        }
    }
    check_references(&ds, &parsed, known, &mut issues);
    if issues.is_empty() {
        Ok(ds)
    } else {
        Err(issues)
    }
}

/// Keys already in the database, for imports that add to what is stored.
#[derive(Debug, Default, Clone)]
pub struct KnownKeys {
    pub plans: HashSet<String>,
    pub axes: HashMap<String, String>,
    pub commitments: HashSet<String>,
    pub institutions: HashSet<String>,
}

fn read_line(kind: FileKind, l: &mut Line<'_>, ds: &mut Dataset) {
    match kind {
        FileKind::Institutions => {
            let key = l.key("key");
            let kind = l.choice(
                "kind",
                InstitutionKind::from_code,
                &codes(InstitutionKind::ALL, InstitutionKind::code),
            );
            let name = l.localized("name");
            if name.is_empty() {
                l.issue("name_ar", IssueCode::Required, String::new());
            }
            if let Some(kind) = kind {
                ds.institutions.push(InstitutionRec { key, kind, name });
            }
        }
        FileKind::Plans => {
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
        FileKind::Axes => {
            let mut title = l.localized("title");
            let _ = &mut title;
            let rec = AxisRec {
                plan_key: l.key("plan_key"),
                key: l.key("axis_key"),
                position: l.int("position", 1, 1_000),
                title,
                commitments_count: l.int("commitments_count", 0, 10_000),
                sources: l.text("source_urls"),
                title_unofficial: LocalizedText::new()
                    .with(Lang::En, &l.text("title_en_unofficial")),
                position_basis: l.text("position_basis"),
                notes: l.text("notes"),
            };
            if rec.title.is_empty() && rec.title_unofficial.is_empty() {
                l.issue("title_ar", IssueCode::Required, String::new());
            }
            ds.axes.push(rec);
        }
        FileKind::Commitments => {
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
            let lead = LocalizedText::new()
                .with(Lang::En, &l.text("lead_institution"))
                .with(Lang::Fr, &l.text("lead_institution_fr"))
                .with(Lang::Ar, &l.text("lead_institution_ar"));
            let weight = l
                .int("weight", 1, i64::from(opengov_core::progress::MAX_WEIGHT))
                .unwrap_or(1);
            let rec = CommitmentRec {
                plan_key: l.key("plan_key"),
                axis_key: (!axis.is_empty()).then_some(axis),
                ogp_id,
                position: l.int("position", 1, 1_000),
                title,
                title_unofficial: LocalizedText::new()
                    .with(Lang::En, &l.text("title_en_unofficial")),
                lead_institution: lead,
                start_date: l.date("start_date"),
                end_date: l.date("end_date"),
                ogp_values: l.text("ogp_values"),
                irm_potential_impact: l.text("irm_potential_impact"),
                irm_completion: l.text("irm_completion"),
                irm_starred: l.text("irm_starred"),
                sources: l.text("source_urls"),
                commitment_type: ctype.unwrap_or(CommitmentType::Government),
                position_inferred: l.int("position_inferred", 1, 1_000),
                title_long: LocalizedText::new().with(Lang::En, &l.text("title_en_long")),
                title_irm: LocalizedText::new()
                    .with(Lang::En, &l.text("title_en_irm"))
                    .with(Lang::Fr, &l.text("title_fr_irm")),
                ogp_lead_institution_field: l.text("ogp_lead_institution_field"),
                support_institutions: l.text("support_institutions"),
                policy_areas: l.text("ogp_policy_areas"),
                ogp_verifiable: l.text("ogp_verifiable"),
                ogp_relevant: l.text("ogp_relevant_to_values"),
                ogp_ambition: l.text("ogp_ambition"),
                irm_early_results: l.text("irm_early_results"),
                irm_potential_for_results: l.text("irm_potential_for_results"),
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
        FileKind::Activities => {
            let rec = ActivityRec {
                ogp_id: l.key("ogp_id"),
                key: l.key("activity_key"),
                position: l.int("position", 1, 10_000).unwrap_or(1),
                title: l.localized("title"),
                expected_output: l.localized("expected_output"),
                start_date: l.date("start_date"),
                end_date: l.date("end_date"),
                responsible_institution: Some(l.text("responsible_institution"))
                    .filter(|s| !s.is_empty()),
                weight: l.required_int("weight", 1, i64::from(opengov_core::progress::MAX_WEIGHT)),
                progress: l.required_int("progress", 0, 100),
                cancelled: l.yes_no("cancelled"),
                sources: l.text("source_urls"),
            };
            if rec.title.is_empty() {
                l.issue("title_ar", IssueCode::Required, String::new());
            }
            ds.activities.push(rec);
        }
        FileKind::Figures => {
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
        FileKind::Documents => {
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
    }
}

/// Duplicates and references across files.
fn check_references(
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
    let mut seen = HashSet::new();
    for (i, a) in ds.activities.iter().enumerate() {
        if !seen.insert(a.key.as_str()) {
            push(
                FileKind::Activities,
                i,
                "activity_key",
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
                "responsible_institution",
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
