//! The back office's writes on activities (docs/co-implementation.md): create, edit, cancel
//! with a public reason. Expanded once per engine by `backend!`. Each recomputes the figures
//! above the activity, logs a public change and bumps the cache tags of its commitment; a
//! cancellation also records an event.

macro_rules! activity_fns {
    ($emit:ident) => {
        $emit! {
            /// A new activity at the end of a commitment's list, at 0 % (planned in the portal:
            /// not started). Returns its key, made from the commitment's OGP id and its
            /// position.
            pub async fn create_activity(
                pool: Pool<'_>,
                commitment_id: i64,
                a: &opengov_core::activity_edit::CheckedActivity,
                responsible_institution_id: Option<i64>,
                now: i64,
            ) -> DbResult<String> {
                let mut tx = pool.begin().await?;
                let (ogp_id, last): (String, Option<i64>) = sqlx::query_as(
                    "SELECT c.ogp_id, (SELECT MAX(position) FROM activities WHERE commitment_id = c.id) \
                     FROM commitments c WHERE c.id = $1",
                )
                .bind(commitment_id)
                .fetch_optional(&mut tx)
                .await?
                .ok_or(DbError::NotFound)?;
                let position = last.unwrap_or(0) + 1;
                let mut key = format!("{}-m{position}", ogp_id.to_lowercase());
                let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM activities WHERE key = $1")
                    .bind(&key)
                    .fetch_one(&mut tx)
                    .await?;
                if taken > 0 {
                    key = format!("{key}-{}", now.rem_euclid(1_000_000));
                }
                sqlx::query(
                    "INSERT INTO activities (commitment_id, key, position, title, expected_output, start_date, \
                     end_date, responsible_institution_id, weight, progress, cancelled, sources, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, FALSE, '', $10)",
                )
                .bind(commitment_id)
                .bind(&key)
                .bind(position)
                .bind(a.title.to_json())
                .bind(a.expected_output.to_json())
                .bind(a.start.map(|d| d.to_string()))
                .bind(a.end.map(|d| d.to_string()))
                .bind(responsible_institution_id)
                .bind(a.weight)
                .bind(now)
                .execute(&mut tx)
                .await?;
                recompute_after(&mut tx, &BTreeSet::from([commitment_id])).await?;
                let plan = plan_of_commitment(&mut tx, commitment_id).await?;
                log_change(&mut tx, now, ChangeKind::ActivityAdded, Some(plan), Some(commitment_id), &key).await?;
                let tags = tags_of_commitment(&mut tx, commitment_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(key)
            }

            /// New texts, dates, responsible institution and weight for an activity.
            pub async fn edit_activity(
                pool: Pool<'_>,
                key: &str,
                a: &opengov_core::activity_edit::CheckedActivity,
                responsible_institution_id: Option<i64>,
                now: i64,
            ) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                // The institution it leaves stops showing it: its tags are taken before too.
                let before: Option<(i64,)> = sqlx::query_as("SELECT commitment_id FROM activities WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut tx)
                    .await?;
                let cid = before.ok_or(DbError::NotFound)?.0;
                let mut tags = tags_of_commitment(&mut tx, cid).await?;
                sqlx::query(
                    "UPDATE activities SET title = $1, expected_output = $2, start_date = $3, end_date = $4, \
                     responsible_institution_id = $5, weight = $6, updated_at = $7 WHERE key = $8",
                )
                .bind(a.title.to_json())
                .bind(a.expected_output.to_json())
                .bind(a.start.map(|d| d.to_string()))
                .bind(a.end.map(|d| d.to_string()))
                .bind(responsible_institution_id)
                .bind(a.weight)
                .bind(now)
                .bind(key)
                .execute(&mut tx)
                .await?;
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let plan = plan_of_commitment(&mut tx, cid).await?;
                log_change(&mut tx, now, ChangeKind::ActivityEdited, Some(plan), Some(cid), key).await?;
                tags.extend(tags_of_commitment(&mut tx, cid).await?);
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            /// Cancels an activity with its public reason (JSON text per language): it leaves
            /// the figures, takes no more reports, and an event tells its followers. False when
            /// it was cancelled already (nothing changes).
            pub async fn cancel_activity(
                pool: Pool<'_>,
                key: &str,
                reason: &str,
                actor_id: i64,
                now: i64,
            ) -> DbResult<bool> {
                let mut tx = pool.begin().await?;
                let r: Option<(i64, i64)> = sqlx::query_as(
                    "UPDATE activities SET cancelled = TRUE, cancel_reason = $1, cancelled_at = $2, updated_at = $2 \
                     WHERE key = $3 AND cancelled = FALSE RETURNING id, commitment_id",
                )
                .bind(reason)
                .bind(now)
                .bind(key)
                .fetch_optional(&mut tx)
                .await?;
                let Some((id, cid)) = r else {
                    return Ok(false);
                };
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let plan = plan_of_commitment(&mut tx, cid).await?;
                log_change(&mut tx, now, ChangeKind::ActivityCancelled, Some(plan), Some(cid), key).await?;
                let payload = serde_json::json!({ "activity": id }).to_string();
                sqlx::query(
                    "INSERT INTO events (at, kind, item_kind, item_id, plan_id, commitment_id, actor_id, visibility, payload) \
                     VALUES ($1, 'activity_cancelled', 'activity', $2, $3, $4, $5, 'public', $6)",
                )
                .bind(now)
                .bind(id)
                .bind(plan)
                .bind(cid)
                .bind(actor_id)
                .bind(payload)
                .execute(&mut tx)
                .await?;
                let tags = tags_of_commitment(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(true)
            }

            /// The project leaders of a commitment: grants on it or on one of its activities.
            pub async fn leaders_of_commitment(pool: Pool<'_>, commitment_id: i64) -> DbResult<Vec<LeaderRow>> {
                Ok(sqlx::query_as(
                    "SELECT g.id AS role_id, u.id AS user_id, u.display_name, u.email, g.scope_kind, \
                     a.key AS activity_key FROM user_roles g JOIN users u ON u.id = g.user_id \
                     LEFT JOIN activities a ON g.scope_kind = 'activity' AND a.id = g.scope_id \
                     WHERE g.role = 'project_leader' AND u.deleted_at IS NULL AND \
                     ((g.scope_kind = 'commitment' AND g.scope_id = $1) OR \
                      (g.scope_kind = 'activity' AND a.commitment_id = $1)) \
                     ORDER BY u.display_name, g.id",
                )
                .bind(commitment_id)
                .fetch_all(pool)
                .await?)
            }
        }
    };
}
