//! Account changes whose check must hold when two administrators act at the same moment (the
//! last administrator stays), and the end of outstanding one-time links. Each check and its
//! change run in one transaction: on SQLite `BEGIN IMMEDIATE` takes the write lock first; on
//! PostgreSQL the transaction first takes [`Dialect::LOCK_ADMINS`], so two such changes run one
//! after the other and the second sees the first's result.

macro_rules! guarded_fns {
    ($emit:ident) => {
        $emit! {
            /// Revokes a role of a user, unless it would leave no administrator able to act
            /// (not banned, not deleted).
            pub async fn revoke_role_keeping_an_admin(pool: Pool<'_>, user_id: i64, role_id: i64) -> DbResult<Guarded<RoleRow>> {
                let mut tx = pool.begin().await?;
                lock_admins!(tx);
                let role: Option<RoleRow> = sqlx::query_as(
                    "SELECT id, user_id, role, scope_kind, scope_id, granted_at FROM user_roles WHERE id = $1 AND user_id = $2",
                )
                .bind(role_id)
                .bind(user_id)
                .fetch_optional(&mut tx)
                .await?;
                let Some(role) = role else { return Ok(Guarded::NotFound) };
                if role.role == Role::Administrator {
                    let (left,): (i64,) = sqlx::query_as(concat!(active_admins!(), " AND r.id <> $1"))
                        .bind(role_id)
                        .fetch_one(&mut tx)
                        .await?;
                    if left == 0 {
                        return Ok(Guarded::LastAdmin);
                    }
                }
                sqlx::query("DELETE FROM user_roles WHERE id = $1").bind(role_id).execute(&mut tx).await?;
                tx.commit().await?;
                Ok(Guarded::Done(role))
            }

            /// Bans a user unless it would leave no administrator able to act; the ban ends the
            /// user's sessions and every outstanding one-time link (reset, address change,
            /// verification) in the same transaction.
            pub async fn ban_keeping_an_admin(pool: Pool<'_>, user_id: i64, reason: &str, now: i64) -> DbResult<Guarded<()>> {
                let mut tx = pool.begin().await?;
                lock_admins!(tx);
                let (left,): (i64,) = sqlx::query_as(concat!(active_admins!(), " AND r.user_id <> $1"))
                    .bind(user_id)
                    .fetch_one(&mut tx)
                    .await?;
                let (is_admin,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'administrator'",
                )
                .bind(user_id)
                .fetch_one(&mut tx)
                .await?;
                if is_admin > 0 && left == 0 {
                    return Ok(Guarded::LastAdmin);
                }
                let r = sqlx::query("UPDATE users SET banned_at = $2, ban_reason = $3, updated_at = $2 WHERE id = $1")
                    .bind(user_id)
                    .bind(now)
                    .bind(reason)
                    .execute(&mut tx)
                    .await?;
                if r.rows_affected() == 0 {
                    return Ok(Guarded::NotFound);
                }
                for sql in ["DELETE FROM sessions WHERE user_id = $1", "DELETE FROM user_tokens WHERE user_id = $1"] {
                    sqlx::query(sql).bind(user_id).execute(&mut tx).await?;
                }
                tx.commit().await?;
                Ok(Guarded::Done(()))
            }

            /// Deletes an account unless it is the last administrator able to act: personal data
            /// goes; the row stays (anonymised) so that public contributions keep an author that
            /// says "deleted account". Sessions, links, recovery codes, roles and API tokens end
            /// with it.
            pub async fn delete_user_keeping_an_admin(pool: Pool<'_>, id: i64, now: i64) -> DbResult<Guarded<()>> {
                let mut tx = pool.begin().await?;
                lock_admins!(tx);
                let (is_admin,): (i64,) = sqlx::query_as(concat!(active_admins!(), " AND r.user_id = $1"))
                    .bind(id)
                    .fetch_one(&mut tx)
                    .await?;
                if is_admin > 0 {
                    let (left,): (i64,) = sqlx::query_as(concat!(active_admins!(), " AND r.user_id <> $1"))
                        .bind(id)
                        .fetch_one(&mut tx)
                        .await?;
                    if left == 0 {
                        return Ok(Guarded::LastAdmin);
                    }
                }
                for sql in [
                    "DELETE FROM sessions WHERE user_id = $1",
                    "DELETE FROM user_tokens WHERE user_id = $1",
                    "DELETE FROM recovery_codes WHERE user_id = $1",
                    "DELETE FROM user_roles WHERE user_id = $1",
                    "DELETE FROM api_tokens WHERE user_id = $1",
                ] {
                    sqlx::query(sql).bind(id).execute(&mut tx).await?;
                }
                let r = sqlx::query(
                    "UPDATE users SET email = NULL, pending_email = NULL, display_name = '', password_hash = '', \
                     totp_secret = NULL, totp_enabled_at = NULL, deleted_at = $2, updated_at = $2 \
                     WHERE id = $1 AND deleted_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut tx)
                .await?;
                if r.rows_affected() == 0 {
                    return Ok(Guarded::NotFound);
                }
                tx.commit().await?;
                Ok(Guarded::Done(()))
            }

            /// Ends the outstanding links of a user that rest on the old password or address: reset
            /// and address-change links (called when either changes). Returns how many ended.
            pub async fn end_credential_links(pool: Pool<'_>, user_id: i64) -> DbResult<u64> {
                let r = sqlx::query("DELETE FROM user_tokens WHERE user_id = $1 AND purpose IN ($2, $3)")
                    .bind(user_id)
                    .bind(TokenPurpose::Reset)
                    .bind(TokenPurpose::Email)
                    .execute(pool)
                    .await?;
                Ok(r.rows_affected())
            }
        }
    };
}

/// Administrators able to act (not banned, not deleted), counted inside the transaction.
macro_rules! active_admins {
    () => {
        "SELECT COUNT(DISTINCT r.user_id) FROM user_roles r JOIN users u ON u.id = r.user_id \
         WHERE r.role = 'administrator' AND u.banned_at IS NULL AND u.deleted_at IS NULL"
    };
}

/// Serialises the changes that must keep an administrator (PostgreSQL; SQLite's write lock
/// does it already).
macro_rules! lock_admins {
    ($tx:ident) => {
        if let Some(lock) = <DB as Dialect>::LOCK_ADMINS {
            sqlx::query(lock).execute(&mut $tx).await?;
        }
    };
}
