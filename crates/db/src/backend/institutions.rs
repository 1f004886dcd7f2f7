//! The back office's writes on institutions (create, edit, merge two records of the same
//! institution) and the import of the IRM's ratings. Expanded once per engine by `backend!`.
//! Each runs in one transaction, recomputes the counts it affects, logs a public change and
//! bumps the cache tags of what it changes.

macro_rules! institution_fns {
    ($emit:ident) => {
        $emit! {
            /// A new institution; `None` when its key is taken (by an institution or by the old
            /// key of a merged one, whose address redirects).
            pub async fn create_institution(
                pool: Pool<'_>,
                key: &str,
                kind: opengov_core::kinds::InstitutionKind,
                name: &str,
                now: i64,
            ) -> DbResult<Option<i64>> {
                let mut tx = pool.begin().await?;
                let (taken,): (i64,) = sqlx::query_as(
                    "SELECT (SELECT COUNT(*) FROM institutions WHERE key = $1) + \
                     (SELECT COUNT(*) FROM institution_merges WHERE old_key = $1)",
                )
                .bind(key)
                .fetch_one(&mut tx)
                .await?;
                if taken > 0 {
                    return Ok(None);
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO institutions (key, kind, name) VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(key)
                .bind(kind)
                .bind(name)
                .fetch_one(&mut tx)
                .await?;
                log_change(&mut tx, now, ChangeKind::InstitutionCreated, None, None, key).await?;
                commit_changed(pool, tx, &[crate::changes::Tag::Lists, crate::changes::Tag::Institution(id)]).await?;
                Ok(Some(id))
            }

            /// New names (JSON text per language) and kind for an institution: its page, the
            /// lists and the pages of the commitments it leads, supports or acts in change.
            pub async fn edit_institution(
                pool: Pool<'_>,
                id: i64,
                kind: opengov_core::kinds::InstitutionKind,
                name: &str,
                now: i64,
            ) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                let key: Option<(String,)> = sqlx::query_as(
                    "UPDATE institutions SET kind = $1, name = $2 WHERE id = $3 RETURNING key",
                )
                .bind(kind)
                .bind(name)
                .bind(id)
                .fetch_optional(&mut tx)
                .await?;
                let key = key.ok_or(DbError::NotFound)?.0;
                let mut tags = vec![crate::changes::Tag::Institution(id)];
                for cid in commitments_of_institution(&mut tx, id).await? {
                    tags.extend(tags_of_commitment(&mut tx, cid).await?);
                }
                tags.push(crate::changes::Tag::Lists);
                log_change(&mut tx, now, ChangeKind::InstitutionEdited, None, None, &key).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            /// Merges the institution `from` into `into` (two records of the same institution):
            /// every reference (lead, supporter, responsible for an activity, a project
            /// leader's grant) moves to `into`, `from` is deleted and its key kept as an old key
            /// of `into`; counts recomputed. False when either is missing or both are one.
            pub async fn merge_institutions(
                pool: Pool<'_>,
                from: i64,
                into: i64,
                actor_id: i64,
                now: i64,
            ) -> DbResult<bool> {
                if from == into {
                    return Ok(false);
                }
                let mut tx = pool.begin().await?;
                let old: Option<(String, String)> =
                    sqlx::query_as("SELECT key, name FROM institutions WHERE id = $1")
                        .bind(from)
                        .fetch_optional(&mut tx)
                        .await?;
                let kept: Option<(String,)> = sqlx::query_as("SELECT key FROM institutions WHERE id = $1")
                    .bind(into)
                    .fetch_optional(&mut tx)
                    .await?;
                let (Some((old_key, old_name)), Some((kept_key,))) = (old, kept) else {
                    return Ok(false);
                };
                let commitments = commitments_of_institution(&mut tx, from).await?;
                let mut tags = vec![
                    crate::changes::Tag::Lists,
                    crate::changes::Tag::Institution(from),
                    crate::changes::Tag::Institution(into),
                ];
                for cid in &commitments {
                    tags.extend(tags_of_commitment(&mut tx, *cid).await?);
                }
                sqlx::query("UPDATE commitments SET lead_institution_id = $1 WHERE lead_institution_id = $2")
                    .bind(into)
                    .bind(from)
                    .execute(&mut tx)
                    .await?;
                // A commitment both records support keeps one row, the kept record's.
                sqlx::query(
                    "DELETE FROM commitment_supporters WHERE institution_id = $1 AND commitment_id IN \
                     (SELECT commitment_id FROM commitment_supporters WHERE institution_id = $2)",
                )
                .bind(from)
                .bind(into)
                .execute(&mut tx)
                .await?;
                sqlx::query("UPDATE commitment_supporters SET institution_id = $1 WHERE institution_id = $2")
                    .bind(into)
                    .bind(from)
                    .execute(&mut tx)
                    .await?;
                sqlx::query(
                    "UPDATE activities SET responsible_institution_id = $1 WHERE responsible_institution_id = $2",
                )
                .bind(into)
                .bind(from)
                .execute(&mut tx)
                .await?;
                // A leader who held both grants keeps one.
                sqlx::query(
                    "DELETE FROM user_roles WHERE scope_kind = 'institution' AND scope_id = $1 AND EXISTS \
                     (SELECT 1 FROM user_roles o WHERE o.user_id = user_roles.user_id AND o.role = user_roles.role \
                      AND o.scope_kind = 'institution' AND o.scope_id = $2)",
                )
                .bind(from)
                .bind(into)
                .execute(&mut tx)
                .await?;
                sqlx::query("UPDATE user_roles SET scope_id = $1 WHERE scope_kind = 'institution' AND scope_id = $2")
                    .bind(into)
                    .bind(from)
                    .execute(&mut tx)
                    .await?;
                // Records merged into `from` before now point at `into`.
                sqlx::query("UPDATE institution_merges SET kept_id = $1 WHERE kept_id = $2")
                    .bind(into)
                    .bind(from)
                    .execute(&mut tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO institution_merges (old_key, old_name, kept_id, merged_by, merged_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (old_key) DO UPDATE SET \
                     old_name = excluded.old_name, kept_id = excluded.kept_id, \
                     merged_by = excluded.merged_by, merged_at = excluded.merged_at",
                )
                .bind(&old_key)
                .bind(&old_name)
                .bind(into)
                .bind(actor_id)
                .bind(now)
                .execute(&mut tx)
                .await?;
                sqlx::query("DELETE FROM institutions WHERE id = $1")
                    .bind(from)
                    .execute(&mut tx)
                    .await?;
                recompute_after(&mut tx, &commitments).await?;
                recompute_institution_counts(&mut tx).await?;
                let subject = format!("{old_key} → {kept_key}");
                log_change(&mut tx, now, ChangeKind::InstitutionsMerged, None, None, &subject).await?;
                tags.sort();
                tags.dedup();
                commit_changed(pool, tx, &tags).await?;
                Ok(true)
            }

            /// The commitments an institution leads, supports, or has an activity of.
            async fn commitments_of_institution(c: &mut Tx<'_>, id: i64) -> DbResult<BTreeSet<i64>> {
                let rows: Vec<(i64,)> = sqlx::query_as(
                    "SELECT id FROM commitments WHERE lead_institution_id = $1 \
                     UNION SELECT commitment_id FROM commitment_supporters WHERE institution_id = $1 \
                     UNION SELECT commitment_id FROM activities WHERE responsible_institution_id = $1",
                )
                .bind(id)
                .fetch_all(&mut *c)
                .await?;
                Ok(rows.into_iter().map(|r| r.0).collect())
            }

            /// Stores checked IRM ratings in one transaction: the rows of every report the file
            /// names are replaced by the file's (importing a report again changes nothing
            /// else). An OGP id of no commitment is an error and nothing is stored.
            pub async fn import_irm_ratings(
                pool: Pool<'_>,
                ratings: &[opengov_core::irm::IrmRating],
                actor_id: Option<i64>,
                now: i64,
            ) -> DbResult<IrmImportSummary> {
                let mut tx = pool.begin().await?;
                let mut touched = BTreeSet::new();
                let mut reports = BTreeSet::new();
                let mut replaced = 0usize;
                for r in ratings {
                    if !reports.insert(r.report_url.as_str()) {
                        continue;
                    }
                    let before: Vec<(i64,)> =
                        sqlx::query_as("SELECT commitment_id FROM irm_ratings WHERE report_url = $1")
                            .bind(&r.report_url)
                            .fetch_all(&mut tx)
                            .await?;
                    replaced += before.len();
                    touched.extend(before.into_iter().map(|b| b.0));
                    sqlx::query("DELETE FROM irm_ratings WHERE report_url = $1")
                        .bind(&r.report_url)
                        .execute(&mut tx)
                        .await?;
                }
                let mut rated = BTreeSet::new();
                for r in ratings {
                    let cid = commitment_id(&mut tx, &r.ogp_id)
                        .await
                        .map_err(|_| DbError::Invalid(format!("unknown commitment {}", r.ogp_id)))?;
                    sqlx::query(
                        "INSERT INTO irm_ratings (commitment_id, report_title, report_url, verifiable, relevance, \
                         potential_impact, completion, early_results, starred, imported_at, imported_by) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                    )
                    .bind(cid)
                    .bind(&r.report_title)
                    .bind(&r.report_url)
                    .bind(r.verifiable.stored())
                    .bind(r.relevance.stored())
                    .bind(r.potential_impact.stored())
                    .bind(r.completion.stored())
                    .bind(r.early_results.stored())
                    .bind(r.starred.stored())
                    .bind(now)
                    .bind(actor_id)
                    .execute(&mut tx)
                    .await?;
                    touched.insert(cid);
                    if rated.insert(cid) {
                        let plan = plan_of_commitment(&mut tx, cid).await?;
                        log_change(&mut tx, now, ChangeKind::IrmRatingsImported, Some(plan), Some(cid), &r.ogp_id).await?;
                    }
                }
                let tags: Vec<_> = touched.into_iter().map(crate::changes::Tag::Commitment).collect();
                commit_changed(pool, tx, &tags).await?;
                Ok(IrmImportSummary {
                    reports: reports.len(),
                    ratings: ratings.len(),
                    replaced,
                })
            }
        }
    };
}
