//! Accounts, sessions, roles, tokens, audit log and rate limits, expanded once per engine by
//! `backend!`.

macro_rules! account_fns {
    ($emit:ident) => {
        $emit! {
            pub async fn create_user(
                pool: Pool<'_>,
                email: &str,
                display_name: &str,
                password_hash: &str,
                language: &str,
                now: i64,
            ) -> DbResult<Option<i64>> {
                let r: Option<(i64,)> = sqlx::query_as(
                    "INSERT INTO users (email, display_name, password_hash, language, terms_accepted_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $5, $5) ON CONFLICT (email) DO NOTHING RETURNING id",
                )
                .bind(email)
                .bind(display_name)
                .bind(password_hash)
                .bind(language)
                .bind(now)
                .fetch_optional(pool)
                .await?;
                Ok(r.map(|r| r.0))
            }

            pub async fn user_by_email(pool: Pool<'_>, email: &str) -> DbResult<Option<UserRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", user_columns!(), " FROM users WHERE email = $1"))
                    .bind(email)
                    .fetch_optional(pool)
                    .await?)
            }

            pub async fn user_by_id(pool: Pool<'_>, id: i64) -> DbResult<Option<UserRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", user_columns!(), " FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(pool)
                    .await?)
            }

            /// Applies one change to a user; false when nothing was changed (unknown or deleted
            /// user, or address taken).
            pub async fn update_user(pool: Pool<'_>, id: i64, change: &UserChange, now: i64) -> DbResult<bool> {
                let q = match change {
                    UserChange::EmailVerified => sqlx::query("UPDATE users SET email_verified_at = $2, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now),
                    UserChange::Password(h) => sqlx::query("UPDATE users SET password_hash = $3, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now).bind(h.as_str()),
                    UserChange::Language(l) => sqlx::query("UPDATE users SET language = $3, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now).bind(l.as_str()),
                    UserChange::DisplayName(d) => sqlx::query("UPDATE users SET display_name = $3, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now).bind(d.as_str()),
                    UserChange::PendingEmail(e) => sqlx::query("UPDATE users SET pending_email = $3, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now).bind(e.as_deref()),
                    UserChange::Email(e) => sqlx::query("UPDATE users SET email = $3, pending_email = NULL, email_verified_at = $2, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM users o WHERE o.email = $3)").bind(id).bind(now).bind(e.as_str()),
                    UserChange::TotpSecret(s) => sqlx::query("UPDATE users SET totp_secret = $3, totp_enabled_at = NULL, updated_at = $2 WHERE id = $1 AND deleted_at IS NULL").bind(id).bind(now).bind(s.as_deref()),
                    UserChange::TotpEnabled => sqlx::query("UPDATE users SET totp_enabled_at = $2, updated_at = $2 WHERE id = $1 AND totp_secret IS NOT NULL").bind(id).bind(now),
                    UserChange::Banned(reason) => sqlx::query("UPDATE users SET banned_at = $2, ban_reason = $3, updated_at = $2 WHERE id = $1").bind(id).bind(now).bind(reason.as_str()),
                    UserChange::Unbanned => sqlx::query("UPDATE users SET banned_at = NULL, ban_reason = '', updated_at = $2 WHERE id = $1").bind(id).bind(now),
                };
                Ok(q.execute(pool).await?.rows_affected() == 1)
            }

            pub async fn list_users(
                pool: Pool<'_>,
                f: &UserFilter,
                offset: i64,
                limit: i64,
            ) -> DbResult<(Vec<UserRow>, i64)> {
                let search = f.search.as_ref().map(|s| format!("%{}%", s.to_lowercase().replace(['%', '_'], "")));
                let total: (i64,) = sqlx::query_as(concat!("SELECT COUNT(*) FROM users u", user_filter!()))
                    .bind(search.as_deref())
                    .bind(f.role)
                    .bind(f.status)
                    .fetch_one(pool)
                    .await?;
                let rows = sqlx::query_as(concat!(
                    "SELECT ", user_columns_u!(), " FROM users u", user_filter!(), " ORDER BY u.id DESC LIMIT $4 OFFSET $5"
                ))
                .bind(search.as_deref())
                .bind(f.role)
                .bind(f.status)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
                Ok((rows, total.0))
            }

            pub async fn roles_of(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<RoleRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, user_id, role, scope_kind, scope_id, granted_at FROM user_roles WHERE user_id = $1 ORDER BY id",
                )
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn grant_role(
                pool: Pool<'_>,
                user_id: i64,
                role: Role,
                scope_kind: ScopeKind,
                scope_id: i64,
                by: Option<i64>,
                now: i64,
            ) -> DbResult<bool> {
                let r = sqlx::query(
                    "INSERT INTO user_roles (user_id, role, scope_kind, scope_id, granted_by, granted_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id, role, scope_kind, scope_id) DO NOTHING",
                )
                .bind(user_id)
                .bind(role)
                .bind(scope_kind)
                .bind(scope_id)
                .bind(by)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(r.rows_affected() == 1)
            }

            pub async fn revoke_role(pool: Pool<'_>, user_id: i64, role_id: i64) -> DbResult<Option<RoleRow>> {
                Ok(sqlx::query_as(
                    "DELETE FROM user_roles WHERE id = $1 AND user_id = $2 \
                     RETURNING id, user_id, role, scope_kind, scope_id, granted_at",
                )
                .bind(role_id)
                .bind(user_id)
                .fetch_optional(pool)
                .await?)
            }

            pub async fn count_admins(pool: Pool<'_>) -> DbResult<i64> {
                let r: (i64,) = sqlx::query_as(
                    "SELECT COUNT(DISTINCT r.user_id) FROM user_roles r JOIN users u ON u.id = r.user_id \
                     WHERE r.role = 'administrator' AND u.banned_at IS NULL AND u.deleted_at IS NULL",
                )
                .fetch_one(pool)
                .await?;
                Ok(r.0)
            }

            pub async fn create_session(
                pool: Pool<'_>,
                id: &str,
                user_id: i64,
                stage: SessionStage,
                now: i64,
                ip: &str,
                user_agent: &str,
            ) -> DbResult<()> {
                sqlx::query(
                    "INSERT INTO sessions (id, user_id, stage, created_at, last_seen_at, ip, user_agent) \
                     VALUES ($1, $2, $3, $4, $4, $5, $6)",
                )
                .bind(id)
                .bind(user_id)
                .bind(stage)
                .bind(now)
                .bind(ip)
                .bind(user_agent)
                .execute(pool)
                .await?;
                Ok(())
            }

            /// The session and its user, in one statement.
            pub async fn session(pool: Pool<'_>, id: &str) -> DbResult<Option<(SessionRow, UserRow)>> {
                let s: Option<SessionRow> = sqlx::query_as(
                    "SELECT id, user_id, stage, created_at, last_seen_at, ip, user_agent FROM sessions WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(pool)
                .await?;
                let Some(s) = s else { return Ok(None) };
                let u: Option<UserRow> = sqlx::query_as(concat!("SELECT ", user_columns!(), " FROM users WHERE id = $1"))
                    .bind(s.user_id)
                    .fetch_optional(pool)
                    .await?;
                Ok(u.map(|u| (s, u)))
            }

            pub async fn touch_session(pool: Pool<'_>, id: &str, now: i64) -> DbResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id = $1").bind(id).bind(now).execute(pool).await?;
                Ok(())
            }

            pub async fn set_session_stage(pool: Pool<'_>, id: &str, stage: SessionStage) -> DbResult<()> {
                sqlx::query("UPDATE sessions SET stage = $2 WHERE id = $1").bind(id).bind(stage).execute(pool).await?;
                Ok(())
            }

            pub async fn delete_session(pool: Pool<'_>, id: &str) -> DbResult<()> {
                sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id).execute(pool).await?;
                Ok(())
            }

            /// Ends every session of a user but `keep` (the current one, when given).
            pub async fn delete_user_sessions(pool: Pool<'_>, user_id: i64, keep: Option<&str>) -> DbResult<u64> {
                let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND (CAST($2 AS TEXT) IS NULL OR id <> $2)")
                    .bind(user_id)
                    .bind(keep)
                    .execute(pool)
                    .await?;
                Ok(r.rows_affected())
            }

            pub async fn user_sessions(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<SessionRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, user_id, stage, created_at, last_seen_at, ip, user_agent FROM sessions \
                     WHERE user_id = $1 ORDER BY last_seen_at DESC",
                )
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn create_token(
                pool: Pool<'_>,
                id: &str,
                user_id: i64,
                purpose: TokenPurpose,
                data: &str,
                now: i64,
                expires_at: i64,
            ) -> DbResult<()> {
                sqlx::query(
                    "INSERT INTO user_tokens (id, user_id, purpose, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(user_id)
                .bind(purpose)
                .bind(data)
                .bind(now)
                .bind(expires_at)
                .execute(pool)
                .await?;
                Ok(())
            }

            /// Uses a token once: its user and data when it is unused and not expired.
            pub async fn consume_token(pool: Pool<'_>, id: &str, purpose: TokenPurpose, now: i64) -> DbResult<Option<(i64, String)>> {
                Ok(sqlx::query_as(
                    "UPDATE user_tokens SET used_at = $3 WHERE id = $1 AND purpose = $2 AND used_at IS NULL \
                     AND expires_at > $3 RETURNING user_id, data",
                )
                .bind(id)
                .bind(purpose)
                .bind(now)
                .fetch_optional(pool)
                .await?)
            }

            pub async fn drop_tokens(pool: Pool<'_>, user_id: i64, purpose: TokenPurpose) -> DbResult<()> {
                sqlx::query("DELETE FROM user_tokens WHERE user_id = $1 AND purpose = $2")
                    .bind(user_id)
                    .bind(purpose)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn set_recovery_codes(pool: Pool<'_>, user_id: i64, hashes: &[String]) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut tx).await?;
                for h in hashes {
                    sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                        .bind(user_id)
                        .bind(h)
                        .execute(&mut tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn use_recovery_code(pool: Pool<'_>, user_id: i64, hash: &str, now: i64) -> DbResult<bool> {
                let r = sqlx::query(
                    "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
                )
                .bind(user_id)
                .bind(hash)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(r.rows_affected() == 1)
            }

            pub async fn audit(
                pool: Pool<'_>,
                at: i64,
                actor_id: Option<i64>,
                action: &str,
                target_user_id: Option<i64>,
                ip: &str,
                detail: &str,
            ) -> DbResult<()> {
                sqlx::query(
                    "INSERT INTO audit_log (at, actor_id, action, target_user_id, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(at)
                .bind(actor_id)
                .bind(action)
                .bind(target_user_id)
                .bind(ip)
                .bind(detail)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn audit_page(
                pool: Pool<'_>,
                target_user_id: Option<i64>,
                offset: i64,
                limit: i64,
            ) -> DbResult<(Vec<AuditRow>, i64)> {
                let total: (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM audit_log WHERE (CAST($1 AS BIGINT) IS NULL OR target_user_id = $1 OR actor_id = $1)",
                )
                .bind(target_user_id)
                .fetch_one(pool)
                .await?;
                let rows = sqlx::query_as(
                    "SELECT l.id, l.at, l.actor_id, a.display_name AS actor_name, l.action, l.target_user_id, \
                     t.display_name AS target_name, l.ip, l.detail FROM audit_log l \
                     LEFT JOIN users a ON a.id = l.actor_id LEFT JOIN users t ON t.id = l.target_user_id \
                     WHERE (CAST($1 AS BIGINT) IS NULL OR l.target_user_id = $1 OR l.actor_id = $1) \
                     ORDER BY l.at DESC, l.id DESC LIMIT $2 OFFSET $3",
                )
                .bind(target_user_id)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
                Ok((rows, total.0))
            }

            /// Counts one hit in a rate-limit window and returns the window's count so far.
            pub async fn rate_hit(pool: Pool<'_>, bucket: &str, window_start: i64) -> DbResult<i64> {
                let r: (i64,) = sqlx::query_as(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
                     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
                )
                .bind(bucket)
                .bind(window_start)
                .fetch_one(pool)
                .await?;
                Ok(r.0)
            }

            pub async fn rate_cleanup(pool: Pool<'_>, before: i64) -> DbResult<u64> {
                Ok(sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(before).execute(pool).await?.rows_affected())
            }

            pub async fn enqueue_job(pool: Pool<'_>, kind: &str, payload: &str, run_at: i64, max_attempts: i64, now: i64) -> DbResult<i64> {
                let r: (i64,) = sqlx::query_as(
                    "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(kind)
                .bind(payload)
                .bind(run_at)
                .bind(max_attempts)
                .bind(now)
                .fetch_one(pool)
                .await?;
                Ok(r.0)
            }

            /// Takes the next due job for this worker; a job locked before `stale_before` (a
            /// worker that died) is taken again.
            pub async fn claim_job(pool: Pool<'_>, worker: &str, now: i64, stale_before: i64) -> DbResult<Option<JobRow>> {
                Ok(sqlx::query_as(<DB as Dialect>::CLAIM_JOB)
                .bind(worker)
                .bind(now)
                .bind(stale_before)
                .fetch_optional(pool)
                .await?)
            }

            /// Accepts a TOTP time step once per user, across instances: false when this step (or a
            /// later one) was used.
            pub async fn claim_totp_step(pool: Pool<'_>, user_id: i64, step: i64) -> DbResult<bool> {
                let r = sqlx::query(
                    "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
                )
                .bind(user_id)
                .bind(step)
                .execute(pool)
                .await?;
                Ok(r.rows_affected() == 1)
            }

            /// The OGP id of a commitment id.
            pub async fn commitment_id_key(pool: Pool<'_>, id: i64) -> DbResult<Option<String>> {
                let r: Option<(String,)> = sqlx::query_as("SELECT ogp_id FROM commitments WHERE id = $1").bind(id).fetch_optional(pool).await?;
                Ok(r.map(|r| r.0))
            }

            pub async fn finish_job(pool: Pool<'_>, id: i64, now: i64) -> DbResult<()> {
                sqlx::query("UPDATE jobs SET done_at = $2, locked_by = NULL, locked_at = NULL WHERE id = $1")
                    .bind(id)
                    .bind(now)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            /// Records a failure: the job runs again at `retry_at`, or fails for good when `None`.
            pub async fn fail_job(pool: Pool<'_>, id: i64, error: &str, retry_at: Option<i64>, now: i64) -> DbResult<()> {
                sqlx::query(
                    "UPDATE jobs SET last_error = $2, locked_by = NULL, locked_at = NULL, \
                     run_at = COALESCE($3, run_at), failed_at = CASE WHEN CAST($3 AS BIGINT) IS NULL THEN $4 ELSE NULL END \
                     WHERE id = $1",
                )
                .bind(id)
                .bind(error)
                .bind(retry_at)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(())
            }

            /// (pending, done, failed) job counts.
            pub async fn job_counts(pool: Pool<'_>) -> DbResult<(i64, i64, i64)> {
                Ok(sqlx::query_as(
                    "SELECT COALESCE(SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0), \
                     COALESCE(SUM(CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END), 0), \
                     COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM jobs",
                )
                .fetch_one(pool)
                .await?)
            }
        }
    };
}
