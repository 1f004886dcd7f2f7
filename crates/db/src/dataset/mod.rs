//! The plan dataset in its CSV layout (documented in `docs/csv-layout.md`): the files of
//! `data/demo/` that `import-plan` reads and `export-plan` writes.

mod irm;
mod issues;
mod read;
mod records;
mod write;

pub use irm::read_irm_csv;
pub use issues::{ImportIssue, IssueCode};
pub use read::{FileKind, KnownKeys, MAX_FIELD, read_files, read_sources};
pub use records::*;
pub use write::write_dir;
