//! Turning files into header and rows: directories expanded into the layout's files, CSV
//! syntax checked, the file's kind recognised and its required columns checked.

use super::detect::FileKind;
use crate::dataset::issues::{ImportIssue, IssueCode, shorten};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Expands directories into the layout's files they hold.
pub(super) fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
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

/// A file whose header was recognised, with its rows and their line numbers.
pub(super) struct Parsed {
    pub kind: FileKind,
    pub name: String,
    pub header: HashMap<String, usize>,
    pub rows: Vec<(u64, csv::StringRecord)>,
}

pub(super) fn parse_file(path: &Path, issues: &mut Vec<ImportIssue>) -> Option<Parsed> {
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

pub(super) fn parse_bytes(
    name: String,
    bytes: &[u8],
    issues: &mut Vec<ImportIssue>,
) -> Option<Parsed> {
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
    for col in kind.required_columns_of(&hrefs) {
        if !hrefs.contains(col) {
            issues.push(ImportIssue {
                column_name: Some((*col).to_string()),
                ..at(1, IssueCode::MissingColumn, String::new())
            });
            ok = false;
        }
    }
    // Unknown columns are ignored, except one that looks like an unofficial translation but is
    // none of this file's: its translations would be lost without a word.
    let unofficial = kind.unofficial_columns();
    for (i, col) in header.iter().enumerate() {
        if col.ends_with("_unofficial") && !unofficial.contains(col) {
            issues.push(ImportIssue {
                column: Some(i + 1),
                column_name: Some(col.clone()),
                allowed: if unofficial.is_empty() {
                    "—".into()
                } else {
                    unofficial.join(", ")
                },
                ..at(1, IssueCode::BadColumn, shorten(col))
            });
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
