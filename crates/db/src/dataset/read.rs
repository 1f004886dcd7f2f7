//! Reading the CSV layout. Every problem is collected (not only the first), each with its
//! file, line and column; a dataset is returned only when there is none.

mod activity;
mod build;
mod checks;
mod detect;
mod fields;
mod parse;

pub use detect::FileKind;
pub use fields::MAX_FIELD;

use super::issues::ImportIssue;
use super::records::Dataset;
use build::read_line;
use checks::check_references;
use fields::Line;
use parse::{Parsed, expand, parse_bytes, parse_file};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

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
