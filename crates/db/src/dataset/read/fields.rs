//! Reading one field of a line: text, keys, numbers, dates, choices and translations, each
//! problem recorded with its file, line and column.

use crate::dataset::issues::{ImportIssue, IssueCode, shorten};
use opengov_core::assessment::English;
use opengov_core::kinds::{CodeList, OptCode};
use opengov_core::{Lang, LocalizedText, PartialDate, Period};
use std::collections::HashMap;

/// The longest field accepted (characters).
pub const MAX_FIELD: usize = 20_000;

/// The longest key accepted (bytes): the research files' institution keys, slugs of long
/// ministry names, reach 90.
pub const MAX_KEY: usize = 120;

/// One line of a file, with what is needed to report a problem in it.
pub(super) struct Line<'a> {
    pub file: &'a str,
    pub line: u64,
    pub header: &'a HashMap<String, usize>,
    pub rec: &'a csv::StringRecord,
    pub issues: &'a mut Vec<ImportIssue>,
}

impl Line<'_> {
    pub fn issue(&mut self, col: &str, code: IssueCode, detail: String) {
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

    pub fn raw(&mut self, col: &str) -> String {
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

    pub fn text(&mut self, col: &str) -> String {
        self.raw(col)
    }

    pub fn required(&mut self, col: &str) -> String {
        let v = self.raw(col);
        if v.is_empty() {
            self.issue(col, IssueCode::Required, String::new());
        }
        v
    }

    pub fn key(&mut self, col: &str) -> String {
        let v = self.required(col);
        if !v.is_empty()
            && (v.len() > MAX_KEY
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

    pub fn int(&mut self, col: &str, min: i64, max: i64) -> Option<i64> {
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

    pub fn required_int(&mut self, col: &str, min: i64, max: i64) -> i64 {
        if self.raw(col).is_empty() {
            self.issue(col, IssueCode::Required, String::new());
            return min;
        }
        self.int(col, min, max).unwrap_or(min)
    }

    pub fn date(&mut self, col: &str) -> Option<PartialDate> {
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

    pub fn choice<T>(
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

    pub fn yes_no(&mut self, col: &str) -> bool {
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
    pub fn localized(&mut self, prefix: &str) -> LocalizedText {
        let mut t = LocalizedText::new();
        for l in Lang::ALL {
            let v = self.text(&format!("{prefix}_{}", l.code()));
            t.set(l, &v);
        }
        t
    }

    /// The same with a suffix: `<prefix>_ar_<suffix>`, ... (such as `title_ar_unofficial`).
    pub fn localized_with(&mut self, prefix: &str, suffix: &str) -> LocalizedText {
        let mut t = LocalizedText::new();
        for l in Lang::ALL {
            let v = self.text(&format!("{prefix}_{}_{suffix}", l.code()));
            t.set(l, &v);
        }
        t
    }

    /// A value of an assessment vocabulary written in English; empty is "not given".
    pub fn english<T: English>(&mut self, col: &str) -> OptCode<T> {
        let v = self.raw(col);
        if v.is_empty() {
            return OptCode(None);
        }
        match T::from_english(&v) {
            Some(x) => OptCode(Some(x)),
            None => {
                self.bad_choice(col, &v, &T::english_values());
                OptCode(None)
            }
        }
    }

    /// A `;`-separated list of English values of a vocabulary.
    pub fn english_list<T: English>(&mut self, col: &str) -> CodeList<T> {
        let v = self.raw(col);
        let mut out = Vec::new();
        for item in v.split(';').map(str::trim).filter(|x| !x.is_empty()) {
            match T::from_english(item) {
                Some(x) if !out.contains(&x) => out.push(x),
                Some(_) => {}
                None => self.bad_choice(col, item, &T::english_values()),
            }
        }
        CodeList(out)
    }

    /// A `;`-separated list of keys, each checked as [`Line::key`] checks one.
    pub fn key_list(&mut self, col: &str) -> Vec<String> {
        let v = self.raw(col);
        let mut out: Vec<String> = Vec::new();
        for k in v.split(';').map(str::trim).filter(|x| !x.is_empty()) {
            if k.len() > MAX_KEY
                || !k
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.bad_choice(col, k, &["a-z A-Z 0-9 - _"]);
            } else if !out.iter().any(|x| x == k) {
                out.push(k.to_string());
            }
        }
        out
    }

    /// A period `FROM/UNTIL` (see [`Period::parse`]).
    pub fn period(&mut self, col: &str) -> Period {
        let v = self.raw(col);
        match Period::parse(&v) {
            Ok(p) => p,
            Err(_) => {
                self.issue(col, IssueCode::BadPeriod, shorten(&v));
                Period::default()
            }
        }
    }

    fn bad_choice(&mut self, col: &str, value: &str, allowed: &[&str]) {
        self.issue(col, IssueCode::BadChoice, shorten(value));
        if let Some(last) = self.issues.last_mut() {
            last.allowed = allowed.join(", ");
        }
    }
}

pub(super) fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| code(*x)).collect()
}
