//! The back office's IRM ratings import: the upload form, the preview of a file (its rows and
//! every issue by line) with the confirmation, and the reports imported so far.

use super::Chrome;
use askama::Template;

/// A valid row of the file, as it will be stored.
pub struct IrmPreviewRow {
    pub line: usize,
    pub ogp_id: String,
    pub report: String,
    /// The values in the reader's language, "label: value" joined.
    pub values: String,
}

/// An issue of the file, in the reader's language.
pub struct IrmIssueView {
    pub line: String,
    pub message: String,
}

/// An IRM report stored.
pub struct IrmReportLine {
    pub title: String,
    pub href: String,
    pub count: String,
    pub imported: String,
}

#[derive(Template)]
#[template(path = "office/irm.html")]
pub struct OfficeIrm {
    pub c: Chrome,
    pub csrf: String,
    pub action: String,
    pub notice: Option<String>,
    /// "3 problems found: nothing was imported.", when the file has issues.
    pub error_summary: Option<String>,
    pub issues: Vec<IrmIssueView>,
    pub preview: Vec<IrmPreviewRow>,
    /// The file's text, posted back with the confirmation (only when it has no issue).
    pub confirm_csv: Option<String>,
    pub reports: Vec<IrmReportLine>,
}
