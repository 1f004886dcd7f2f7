//! Personal API tokens (docs/co-implementation.md): created and revoked by their owner, found
//! by the hash of their secret when a request presents one. Expanded once per engine by
//! `backend!`.

macro_rules! token_columns {
    () => {
        "id, user_id, name, prefix, created_at, expires_at, revoked_at, last_used_at"
    };
}

macro_rules! token_fns {
    ($emit:ident) => {
        $emit! {
            /// Stores a new token; its id. Refused (`None`) when the owner already has `max`
            /// active tokens.
            pub async fn create_api_token(pool: Pool<'_>, token: &NewApiToken<'_>, max: i64, now: i64) -> DbResult<Option<i64>> {
                let mut tx = pool.begin().await?;
                let (active,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2",
                )
                .bind(token.user_id)
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                if active >= max {
                    return Ok(None);
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO api_tokens (user_id, name, prefix, hash, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(token.user_id)
                .bind(token.name)
                .bind(token.prefix)
                .bind(token.hash)
                .bind(now)
                .bind(token.expires_at)
                .fetch_one(&mut tx)
                .await?;
                tx.commit().await?;
                Ok(Some(id))
            }

            /// A user's tokens, newest first (revoked and expired ones too).
            pub async fn api_tokens_of(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<ApiTokenRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ", token_columns!(), " FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC"
                ))
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            /// Revokes a token of `user_id` (another user's token is not found); the token as
            /// it was, or `None` when `user_id` has no such token or it was revoked already.
            pub async fn revoke_api_token(pool: Pool<'_>, user_id: i64, id: i64, now: i64) -> DbResult<Option<ApiTokenRow>> {
                Ok(sqlx::query_as(concat!(
                    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL \
                     RETURNING ", token_columns!()
                ))
                .bind(id)
                .bind(user_id)
                .bind(now)
                .fetch_optional(pool)
                .await?)
            }

            /// The token whose secret hashes to `hash`, when it is neither revoked nor expired
            /// at `now`; its last use is written down, at most once a minute.
            pub async fn active_api_token(pool: Pool<'_>, hash: &str, now: i64) -> DbResult<Option<ApiTokenRow>> {
                let found: Option<ApiTokenRow> = sqlx::query_as(concat!(
                    "SELECT ", token_columns!(), " FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL AND expires_at > $2"
                ))
                .bind(hash)
                .bind(now)
                .fetch_optional(pool)
                .await?;
                let Some(mut token) = found else { return Ok(None) };
                if token.last_used_at.is_none_or(|at| now - at >= 60_000_000) {
                    sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                        .bind(token.id)
                        .bind(now)
                        .execute(pool)
                        .await?;
                    token.last_used_at = Some(now);
                }
                Ok(Some(token))
            }
        }
    };
}
