//! The repository functions, each dispatched to the engine in use.

use crate::dataset::{ActivityRec, Dataset, ImportSummary, KnownKeys};
use crate::rows::*;
use crate::{Db, DbResult};

impl Db {
    /// A number that changes with every write (one more per committed write).
    pub async fn data_version(&self) -> DbResult<i64> {
        dispatch!(self, data_version())
    }
    pub async fn setting(&self, key: &str) -> DbResult<Option<String>> {
        dispatch!(self, setting(key))
    }
    pub async fn set_setting(&self, key: &str, value: &str) -> DbResult<()> {
        let ch = dispatch!(self, set_setting(key, value))?;
        self.publish(&ch);
        Ok(())
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
        let (ch, summary) = dispatch!(self, import_dataset(ds, now, progress))?;
        self.publish(&ch);
        Ok(summary)
    }
    pub async fn export_dataset(&self) -> DbResult<Dataset> {
        dispatch!(self, export_dataset())
    }
    pub async fn add_activity(&self, a: &ActivityRec, now: i64) -> DbResult<()> {
        let ch = dispatch!(self, add_activity(a, now))?;
        self.publish(&ch);
        Ok(())
    }
    pub async fn update_activity(
        &self,
        key: &str,
        weight: i64,
        progress: i64,
        cancelled: bool,
        now: i64,
    ) -> DbResult<()> {
        let ch = dispatch!(self, update_activity(key, weight, progress, cancelled, now))?;
        self.publish(&ch);
        Ok(())
    }
    pub async fn move_activity(&self, key: &str, to_ogp_id: &str, now: i64) -> DbResult<()> {
        let ch = dispatch!(self, move_activity(key, to_ogp_id, now))?;
        self.publish(&ch);
        Ok(())
    }
    pub async fn delete_activity(&self, key: &str, now: i64) -> DbResult<()> {
        let ch = dispatch!(self, delete_activity(key, now))?;
        self.publish(&ch);
        Ok(())
    }
    pub async fn set_commitment_weight(&self, ogp_id: &str, weight: i64, now: i64) -> DbResult<()> {
        let ch = dispatch!(self, set_commitment_weight(ogp_id, weight, now))?;
        self.publish(&ch);
        Ok(())
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

impl Db {
    pub async fn create_user(
        &self,
        email: &str,
        display_name: &str,
        password_hash: &str,
        language: &str,
        now: i64,
    ) -> DbResult<Option<i64>> {
        dispatch!(
            self,
            create_user(email, display_name, password_hash, language, now)
        )
    }
    pub async fn user_by_email(&self, email: &str) -> DbResult<Option<UserRow>> {
        dispatch!(self, user_by_email(email))
    }
    pub async fn user_by_id(&self, id: i64) -> DbResult<Option<UserRow>> {
        dispatch!(self, user_by_id(id))
    }
    /// Applies one change; false when nothing was changed (unknown, deleted, or address taken).
    pub async fn update_user(&self, id: i64, change: &UserChange, now: i64) -> DbResult<bool> {
        dispatch!(self, update_user(id, change, now))
    }
    pub async fn delete_user(&self, id: i64, now: i64) -> DbResult<()> {
        dispatch!(self, delete_user(id, now))
    }
    pub async fn list_users(
        &self,
        f: &UserFilter,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<UserRow>, i64)> {
        dispatch!(self, list_users(f, offset, limit))
    }
    pub async fn roles_of(&self, user_id: i64) -> DbResult<Vec<RoleRow>> {
        dispatch!(self, roles_of(user_id))
    }
    pub async fn grant_role(
        &self,
        user_id: i64,
        role: &str,
        scope_kind: &str,
        scope_id: i64,
        by: Option<i64>,
        now: i64,
    ) -> DbResult<bool> {
        dispatch!(
            self,
            grant_role(user_id, role, scope_kind, scope_id, by, now)
        )
    }
    pub async fn revoke_role(&self, user_id: i64, role_id: i64) -> DbResult<Option<RoleRow>> {
        dispatch!(self, revoke_role(user_id, role_id))
    }
    pub async fn count_admins(&self) -> DbResult<i64> {
        dispatch!(self, count_admins())
    }
    pub async fn create_session(
        &self,
        id: &str,
        user_id: i64,
        stage: &str,
        now: i64,
        ip: &str,
        user_agent: &str,
    ) -> DbResult<()> {
        dispatch!(
            self,
            create_session(id, user_id, stage, now, ip, user_agent)
        )
    }
    pub async fn session(&self, id: &str) -> DbResult<Option<(SessionRow, UserRow)>> {
        dispatch!(self, session(id))
    }
    pub async fn touch_session(&self, id: &str, now: i64) -> DbResult<()> {
        dispatch!(self, touch_session(id, now))
    }
    pub async fn set_session_stage(&self, id: &str, stage: &str) -> DbResult<()> {
        dispatch!(self, set_session_stage(id, stage))
    }
    pub async fn delete_session(&self, id: &str) -> DbResult<()> {
        dispatch!(self, delete_session(id))
    }
    pub async fn delete_user_sessions(&self, user_id: i64, keep: Option<&str>) -> DbResult<u64> {
        dispatch!(self, delete_user_sessions(user_id, keep))
    }
    pub async fn user_sessions(&self, user_id: i64) -> DbResult<Vec<SessionRow>> {
        dispatch!(self, user_sessions(user_id))
    }
    pub async fn create_token(
        &self,
        id: &str,
        user_id: i64,
        purpose: &str,
        data: &str,
        now: i64,
        expires_at: i64,
    ) -> DbResult<()> {
        dispatch!(
            self,
            create_token(id, user_id, purpose, data, now, expires_at)
        )
    }
    pub async fn consume_token(
        &self,
        id: &str,
        purpose: &str,
        now: i64,
    ) -> DbResult<Option<(i64, String)>> {
        dispatch!(self, consume_token(id, purpose, now))
    }
    pub async fn drop_tokens(&self, user_id: i64, purpose: &str) -> DbResult<()> {
        dispatch!(self, drop_tokens(user_id, purpose))
    }
    pub async fn set_recovery_codes(&self, user_id: i64, hashes: &[String]) -> DbResult<()> {
        dispatch!(self, set_recovery_codes(user_id, hashes))
    }
    pub async fn use_recovery_code(&self, user_id: i64, hash: &str, now: i64) -> DbResult<bool> {
        dispatch!(self, use_recovery_code(user_id, hash, now))
    }
    pub async fn audit(
        &self,
        at: i64,
        actor_id: Option<i64>,
        action: &str,
        target_user_id: Option<i64>,
        ip: &str,
        detail: &str,
    ) -> DbResult<()> {
        dispatch!(
            self,
            audit(at, actor_id, action, target_user_id, ip, detail)
        )
    }
    pub async fn audit_page(
        &self,
        target_user_id: Option<i64>,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<AuditRow>, i64)> {
        dispatch!(self, audit_page(target_user_id, offset, limit))
    }
    pub async fn rate_hit(&self, bucket: &str, window_start: i64) -> DbResult<i64> {
        dispatch!(self, rate_hit(bucket, window_start))
    }
    pub async fn rate_cleanup(&self, before: i64) -> DbResult<u64> {
        dispatch!(self, rate_cleanup(before))
    }
    pub async fn enqueue_job(
        &self,
        kind: &str,
        payload: &str,
        run_at: i64,
        max_attempts: i64,
        now: i64,
    ) -> DbResult<i64> {
        dispatch!(self, enqueue_job(kind, payload, run_at, max_attempts, now))
    }
    pub async fn claim_job(
        &self,
        worker: &str,
        now: i64,
        stale_before: i64,
    ) -> DbResult<Option<JobRow>> {
        dispatch!(self, claim_job(worker, now, stale_before))
    }
    pub async fn finish_job(&self, id: i64, now: i64) -> DbResult<()> {
        dispatch!(self, finish_job(id, now))
    }
    pub async fn fail_job(
        &self,
        id: i64,
        error: &str,
        retry_at: Option<i64>,
        now: i64,
    ) -> DbResult<()> {
        dispatch!(self, fail_job(id, error, retry_at, now))
    }
    /// Accepts a TOTP time step once per user (across instances).
    pub async fn claim_totp_step(&self, user_id: i64, step: i64) -> DbResult<bool> {
        dispatch!(self, claim_totp_step(user_id, step))
    }
    /// The OGP id of a commitment id.
    pub async fn commitment_id_key(&self, id: i64) -> DbResult<Option<String>> {
        dispatch!(self, commitment_id_key(id))
    }
    pub async fn job_counts(&self) -> DbResult<(i64, i64, i64)> {
        dispatch!(self, job_counts())
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
