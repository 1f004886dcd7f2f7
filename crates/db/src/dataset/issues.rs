//! Problems found in an import file, each with its place (file, line, column) and a code the
//! caller turns into a message in the user's language.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueCode {
    /// The file could not be opened or read.
    Unreadable,
    /// The CSV itself is malformed (quotes, field counts, encoding).
    Syntax,
    /// The header matches none of the layout's files.
    UnknownFile,
    MissingColumn,
    Required,
    NotANumber,
    OutOfRange,
    BadDate,
    /// A period that is not `FROM/UNTIL` (or ends before it starts).
    BadPeriod,
    BadChoice,
    /// A header that looks like a column of the layout but is none of the file's (an
    /// unofficial translation in an unknown language, or in a file that has none).
    BadColumn,
    TooLong,
    Duplicate,
    UnknownReference,
}

impl IssueCode {
    /// The Fluent message id of this problem.
    pub fn message_id(self) -> &'static str {
        match self {
            IssueCode::Unreadable => "import-unreadable",
            IssueCode::Syntax => "import-syntax",
            IssueCode::UnknownFile => "import-unknown-file",
            IssueCode::MissingColumn => "import-missing-column",
            IssueCode::Required => "import-required",
            IssueCode::NotANumber => "import-not-a-number",
            IssueCode::OutOfRange => "import-out-of-range",
            IssueCode::BadDate => "import-bad-date",
            IssueCode::BadPeriod => "import-bad-period",
            IssueCode::BadChoice => "import-bad-choice",
            IssueCode::BadColumn => "import-bad-column",
            IssueCode::TooLong => "import-too-long",
            IssueCode::Duplicate => "import-duplicate",
            IssueCode::UnknownReference => "import-unknown-reference",
        }
    }
}

/// One problem. `line` counts from 1 with the header as line 1; `column` is the 1-based
/// position and `column_name` the header's name, when the problem is in one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportIssue {
    pub file: String,
    pub line: u64,
    pub column: Option<usize>,
    pub column_name: Option<String>,
    pub code: IssueCode,
    /// The offending value or expectation (already shortened), shown as is.
    pub detail: String,
    /// The values allowed, for a value outside a closed list (empty otherwise).
    pub allowed: String,
}

impl fmt::Display for ImportIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        write!(f, ": {}", self.code.message_id())?;
        if let Some(n) = &self.column_name {
            write!(f, " [{n}]")?;
        }
        write!(f, " {}", self.detail)
    }
}

/// Shortens a value for a message: at most 60 characters, control characters removed.
pub fn shorten(v: &str) -> String {
    let clean: String = v.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 60 {
        let mut s: String = clean.chars().take(57).collect();
        s.push('…');
        s
    } else {
        clean
    }
}
