//! Rows of the back office's catalogue writes (plans, axes, commitments) and of a
//! commitment's public change history.

use crate::backend::lite::read_by_name;
use opengov_core::catalogue_edit::EditError;
use serde::Serialize;

/// What a catalogue write did: done (with what it made), refused by a check only the storage
/// can make (a taken number or OGP id, an unknown axis or institution), or refused because the
/// plan is closed (read-only for everyone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueWrite<T> {
    Done(T),
    Refused(Vec<EditError>),
    PlanClosed,
}

read_by_name! {
    /// One changed field of a commitment, as its public history shows it (never who: the role).
    #[derive(Debug, Clone, sqlx::FromRow, Serialize)]
    pub struct CommitmentHistoryRow {
        pub id: i64,
        /// The form's field (`title_fr`, `axis`, `ogp_values`...).
        pub field: String,
        pub old_value: String,
        pub new_value: String,
        /// The role that allowed the change: `administrator` or `coordinator`.
        pub role: String,
        pub at: i64,
    }
}
