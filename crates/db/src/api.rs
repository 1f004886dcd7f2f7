//! The repository functions, each dispatched to the engine in use.

use crate::dataset::{ActivityRec, Dataset, ImportSummary, KnownKeys};
use crate::rows::*;
use crate::{Db, DbResult};

impl Db {
    /// A number that changes with every write; page caches compare it.
    pub async fn data_version(&self) -> DbResult<i64> {
        dispatch!(self, data_version())
    }
    pub async fn setting(&self, key: &str) -> DbResult<Option<String>> {
        dispatch!(self, setting(key))
    }
    pub async fn set_setting(&self, key: &str, value: &str) -> DbResult<()> {
        dispatch!(self, set_setting(key, value))
    }
    pub async fn list_plans(&self) -> DbResult<Vec<PlanRow>> {
        dispatch!(self, list_plans())
    }
    pub async fn plan_by_number(&self, number: i64) -> DbResult<Option<PlanRow>> {
        dispatch!(self, plan_by_number(number))
    }
    pub async fn axes_of_plan(&self, plan_id: i64) -> DbResult<Vec<AxisRow>> {
        dispatch!(self, axes_of_plan(plan_id))
    }
    pub async fn all_axes(&self) -> DbResult<Vec<AxisRow>> {
        dispatch!(self, all_axes())
    }
    pub async fn commitments_of_plan(&self, plan_id: i64) -> DbResult<Vec<CommitmentSummary>> {
        dispatch!(self, commitments_of_plan(plan_id))
    }
    /// One page of the filtered commitments list and the number of matches.
    pub async fn commitments_page(
        &self,
        filter: &CommitmentFilter,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<CommitmentSummary>, i64)> {
        dispatch!(self, commitments_page(filter, offset, limit))
    }
    pub async fn commitment_by_ogp_id(&self, ogp_id: &str) -> DbResult<Option<CommitmentRow>> {
        dispatch!(self, commitment_by_ogp_id(ogp_id))
    }
    pub async fn activities_of_commitment(&self, commitment_id: i64) -> DbResult<Vec<ActivityRow>> {
        dispatch!(self, activities_of_commitment(commitment_id))
    }
    pub async fn activities_page(
        &self,
        ogp_id: Option<&str>,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<ActivityRow>, i64)> {
        dispatch!(self, activities_page(ogp_id, offset, limit))
    }
    pub async fn reported_figures_of_plan(&self, plan_id: i64) -> DbResult<Vec<ReportedFigureRow>> {
        dispatch!(self, reported_figures_of_plan(plan_id))
    }
    pub async fn reported_figures_of_commitment(
        &self,
        commitment_id: i64,
    ) -> DbResult<Vec<ReportedFigureRow>> {
        dispatch!(self, reported_figures_of_commitment(commitment_id))
    }
    pub async fn latest_reported_plan_figures(&self) -> DbResult<Vec<ReportedFigureRow>> {
        dispatch!(self, latest_reported_plan_figures())
    }
    pub async fn documents_of_plan(&self, plan_id: i64) -> DbResult<Vec<DocumentRow>> {
        dispatch!(self, documents_of_plan(plan_id))
    }
    pub async fn institutions(&self) -> DbResult<Vec<InstitutionRow>> {
        dispatch!(self, institutions())
    }
    pub async fn institution_by_key(&self, key: &str) -> DbResult<Option<InstitutionRow>> {
        dispatch!(self, institution_by_key(key))
    }
    pub async fn commitments_led_by(
        &self,
        institution_id: i64,
    ) -> DbResult<Vec<CommitmentSummary>> {
        dispatch!(self, commitments_led_by(institution_id))
    }
    pub async fn activities_of_institution(
        &self,
        institution_id: i64,
    ) -> DbResult<Vec<ActivityRow>> {
        dispatch!(self, activities_of_institution(institution_id))
    }
    pub async fn latest_changes(&self, limit: i64) -> DbResult<Vec<ChangeRow>> {
        dispatch!(self, latest_changes(limit))
    }

    pub async fn known_keys(&self) -> DbResult<KnownKeys> {
        dispatch!(self, known_keys())
    }
    /// Stores a validated dataset in one transaction; `progress` receives percents.
    pub async fn import_dataset(
        &self,
        ds: &Dataset,
        now: i64,
        progress: &(dyn Fn(u64) + Sync),
    ) -> DbResult<ImportSummary> {
        dispatch!(self, import_dataset(ds, now, progress))
    }
    pub async fn export_dataset(&self) -> DbResult<Dataset> {
        dispatch!(self, export_dataset())
    }
    pub async fn add_activity(&self, a: &ActivityRec, now: i64) -> DbResult<()> {
        dispatch!(self, add_activity(a, now))
    }
    pub async fn update_activity(
        &self,
        key: &str,
        weight: i64,
        progress: i64,
        cancelled: bool,
        now: i64,
    ) -> DbResult<()> {
        dispatch!(self, update_activity(key, weight, progress, cancelled, now))
    }
    pub async fn move_activity(&self, key: &str, to_ogp_id: &str, now: i64) -> DbResult<()> {
        dispatch!(self, move_activity(key, to_ogp_id, now))
    }
    pub async fn delete_activity(&self, key: &str, now: i64) -> DbResult<()> {
        dispatch!(self, delete_activity(key, now))
    }
    pub async fn set_commitment_weight(&self, ogp_id: &str, weight: i64, now: i64) -> DbResult<()> {
        dispatch!(self, set_commitment_weight(ogp_id, weight, now))
    }
    /// Every stored figure that differs from a fresh computation (empty when all agree).
    pub async fn figure_mismatches(&self) -> DbResult<Vec<String>> {
        dispatch!(self, figure_mismatches())
    }
    /// True when no plan is stored yet.
    pub async fn is_empty(&self) -> DbResult<bool> {
        Ok(self.list_plans().await?.is_empty())
    }
}

/// Now, as microseconds since the Unix epoch (UTC).
pub fn now_micros() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(d.as_micros()).unwrap_or(i64::MAX)
}

/// Today's date in UTC as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}
