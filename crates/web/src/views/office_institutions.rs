//! The back office's list of institutions.

use super::Chrome;
use askama::Template;

/// One institution of the list, with its links.
pub struct InstitutionRowView {
    pub name: String,
    pub key: String,
    pub kind: String,
    pub commitments: i64,
    pub activities: i64,
    pub edit: String,
    pub merge: String,
    pub public: String,
}

#[derive(Template)]
#[template(path = "office/institutions.html")]
pub struct OfficeInstitutions {
    pub c: Chrome,
    pub new_href: String,
    pub action: String,
    pub q: String,
    pub total: String,
    pub rows: Vec<InstitutionRowView>,
}
