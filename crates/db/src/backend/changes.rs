//! Recording what a write changed (see `crate::changes`), expanded once per engine by
//! `backend!`.

macro_rules! change_fns {
    ($emit:ident) => {
        $emit! {
            /// Bumps the data version and records `tags` under the new version, in the write's
            /// transaction; on PostgreSQL the notification goes out at commit. The caller passes
            /// the returned change to `pool.publish` once the transaction is committed.
            async fn bump_version(
                c: &mut Tx<'_>,
                tags: &[crate::changes::Tag],
            ) -> DbResult<crate::changes::Change> {
                let (version,): (i64,) = sqlx::query_as(
                    "UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version",
                )
                .fetch_one(&mut *c)
                .await?;
                let change = crate::changes::Change { version, tags: tags.to_vec() };
                sqlx::query("INSERT INTO change_tags (version, at, tags) VALUES ($1, $2, $3)")
                    .bind(version)
                    .bind(crate::now_micros())
                    .bind(crate::changes::encode_tags(tags))
                    .execute(&mut *c)
                    .await?;
                if let Some(notify) = <DB as Dialect>::NOTIFY {
                    sqlx::query(notify)
                        .bind(crate::changes::CHANNEL)
                        .bind(change.payload())
                        .execute(&mut *c)
                        .await?;
                }
                Ok(change)
            }

            /// The end of every write: records `tags` as changed under a new version, commits,
            /// then tells this process's page caches.
            async fn commit_changed(
                pool: Pool<'_>,
                mut tx: Tx<'_>,
                tags: &[crate::changes::Tag],
            ) -> DbResult<()> {
                let ch = bump_version(&mut tx, tags).await?;
                tx.commit().await?;
                pool.publish(&ch);
                Ok(())
            }

            /// What a change to one commitment shows up on: the commitment, its plan and axis, its
            /// lead institution, every institution responsible for one of its activities, and the
            /// lists.
            async fn tags_of_commitment(
                c: &mut Tx<'_>,
                commitment_id: i64,
            ) -> DbResult<Vec<crate::changes::Tag>> {
                use crate::changes::Tag;
                let rows: Vec<(i64, Option<i64>, Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT c.plan_id, c.axis_id, c.lead_institution_id, t.responsible_institution_id \
                     FROM commitments c LEFT JOIN activities t ON t.commitment_id = c.id WHERE c.id = $1",
                )
                .bind(commitment_id)
                .fetch_all(&mut *c)
                .await?;
                let mut tags = vec![Tag::Lists, Tag::Commitment(commitment_id)];
                for (plan, axis, lead, responsible) in rows {
                    tags.push(Tag::Plan(plan));
                    tags.extend(axis.map(Tag::Axis));
                    tags.extend(lead.map(Tag::Institution));
                    tags.extend(responsible.map(Tag::Institution));
                }
                // Supporting institutions' pages list the commitment with its figure too.
                let supporters: Vec<(i64,)> =
                    sqlx::query_as("SELECT institution_id FROM commitment_supporters WHERE commitment_id = $1")
                        .bind(commitment_id)
                        .fetch_all(&mut *c)
                        .await?;
                tags.extend(supporters.into_iter().map(|(i,)| Tag::Institution(i)));
                tags.sort();
                tags.dedup();
                Ok(tags)
            }

            /// The data version and the recorded changes above `after` (at most 10,000), in one
            /// statement so that both come from the same snapshot. Run by the background check
            /// (`changes::watch`) on a pool that counts into its own counter, so not a `Db`
            /// method.
            pub(crate) async fn changes_since(
                pool: Pool<'_>,
                after: i64,
            ) -> DbResult<(i64, Vec<(i64, String)>)> {
                let rows: Vec<(i64, Option<i64>, Option<String>)> = sqlx::query_as(
                    "SELECT d.version, t.version, t.tags FROM data_version d \
                     LEFT JOIN change_tags t ON t.version > $1 AND t.version <= d.version \
                     WHERE d.id = 1 ORDER BY t.version LIMIT 10000",
                )
                .bind(after)
                .fetch_all(pool)
                .await?;
                let current = rows.first().map(|r| r.0).ok_or(DbError::NotFound)?;
                let tags = rows
                    .into_iter()
                    .filter_map(|(_, v, t)| Some((v?, t?)))
                    .collect();
                Ok((current, tags))
            }

            /// Forgets the recorded changes older than `before` (microseconds); run by the
            /// background check.
            pub(crate) async fn prune_change_tags(pool: Pool<'_>, before: i64) -> DbResult<u64> {
                Ok(sqlx::query("DELETE FROM change_tags WHERE at < $1")
                    .bind(before)
                    .execute(pool)
                    .await?
                    .rows_affected())
            }
        }
    };
}
