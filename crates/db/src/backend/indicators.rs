//! The indicators' storage (docs/co-implementation.md, "Indicators"): national indicators and
//! a commitment's, each with its values per period. Expanded once per engine by `backend!`.
//! Every write is one transaction that bumps the page-cache tags of what shows it: a
//! commitment's indicator shows on its commitment's page (`tags_of_commitment`), a national
//! one on `/{lang}/indicators` (`Tag::Lists`).

macro_rules! indicator_fns {
    ($emit:ident) => {
        $emit! {
            /// The tags of the pages that show an indicator.
            async fn tags_of_indicator(
                c: &mut Tx<'_>,
                commitment_id: Option<i64>,
            ) -> DbResult<Vec<crate::changes::Tag>> {
                match commitment_id {
                    Some(cid) => tags_of_commitment(c, cid).await,
                    None => Ok(vec![crate::changes::Tag::Lists]),
                }
            }

            /// A new indicator at the end of its list: national when `commitment_id` is none.
            /// Returns its id (not found when the commitment is unknown).
            pub async fn create_indicator(
                pool: Pool<'_>,
                commitment_id: Option<i64>,
                f: &IndicatorFields,
                now: i64,
            ) -> DbResult<i64> {
                let mut tx = pool.begin().await?;
                if let Some(cid) = commitment_id {
                    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM commitments WHERE id = $1")
                        .bind(cid)
                        .fetch_optional(&mut tx)
                        .await?;
                    found.ok_or(DbError::NotFound)?;
                }
                let (last,): (Option<i64>,) = sqlx::query_as(
                    "SELECT MAX(position) FROM indicators WHERE commitment_id = $1 OR ($1 IS NULL AND commitment_id IS NULL)",
                )
                .bind(commitment_id)
                .fetch_one(&mut tx)
                .await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO indicators (scope, commitment_id, name, unit, description, baseline_value, \
                     baseline_year, target_value, target_year, position, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(if commitment_id.is_some() { "commitment" } else { "national" })
                .bind(commitment_id)
                .bind(f.name.to_json())
                .bind(f.unit.to_json())
                .bind(f.description.to_json())
                .bind(f.baseline.map(|b| b.0))
                .bind(f.baseline.map(|b| b.1))
                .bind(f.target.map(|t| t.0))
                .bind(f.target.map(|t| t.1))
                .bind(last.unwrap_or(0) + 1)
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                let tags = tags_of_indicator(&mut tx, commitment_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(id)
            }

            /// New texts, baseline and target for an indicator.
            pub async fn edit_indicator(
                pool: Pool<'_>,
                id: i64,
                f: &IndicatorFields,
                now: i64,
            ) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                let r: Option<(Option<i64>,)> = sqlx::query_as(
                    "UPDATE indicators SET name = $1, unit = $2, description = $3, baseline_value = $4, \
                     baseline_year = $5, target_value = $6, target_year = $7, updated_at = $8 \
                     WHERE id = $9 RETURNING commitment_id",
                )
                .bind(f.name.to_json())
                .bind(f.unit.to_json())
                .bind(f.description.to_json())
                .bind(f.baseline.map(|b| b.0))
                .bind(f.baseline.map(|b| b.1))
                .bind(f.target.map(|t| t.0))
                .bind(f.target.map(|t| t.1))
                .bind(now)
                .bind(id)
                .fetch_optional(&mut tx)
                .await?;
                let (cid,) = r.ok_or(DbError::NotFound)?;
                let tags = tags_of_indicator(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            /// Adds a value to an indicator. False when that period has a value already
            /// (nothing changes); not found when the indicator is unknown.
            pub async fn add_indicator_value(
                pool: Pool<'_>,
                indicator_id: i64,
                v: &NewIndicatorValue,
                now: i64,
            ) -> DbResult<bool> {
                let mut tx = pool.begin().await?;
                let found: Option<(Option<i64>,)> =
                    sqlx::query_as("SELECT commitment_id FROM indicators WHERE id = $1")
                        .bind(indicator_id)
                        .fetch_optional(&mut tx)
                        .await?;
                let (cid,) = found.ok_or(DbError::NotFound)?;
                let added = sqlx::query(
                    "INSERT INTO indicator_values (indicator_id, period, value, source_url, note, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (indicator_id, period) DO NOTHING",
                )
                .bind(indicator_id)
                .bind(v.period.to_string())
                .bind(v.value)
                .bind(&v.source_url)
                .bind(&v.note)
                .bind(now)
                .execute(&mut tx)
                .await?
                .rows_affected();
                if added == 0 {
                    return Ok(false);
                }
                sqlx::query("UPDATE indicators SET updated_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(indicator_id)
                    .execute(&mut tx)
                    .await?;
                let tags = tags_of_indicator(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(true)
            }

            /// Deletes one value of an indicator. False when it has no such value.
            pub async fn delete_indicator_value(
                pool: Pool<'_>,
                indicator_id: i64,
                value_id: i64,
                now: i64,
            ) -> DbResult<bool> {
                let mut tx = pool.begin().await?;
                let gone = sqlx::query("DELETE FROM indicator_values WHERE id = $1 AND indicator_id = $2")
                    .bind(value_id)
                    .bind(indicator_id)
                    .execute(&mut tx)
                    .await?
                    .rows_affected();
                if gone == 0 {
                    return Ok(false);
                }
                let (cid,): (Option<i64>,) = sqlx::query_as(
                    "UPDATE indicators SET updated_at = $1 WHERE id = $2 RETURNING commitment_id",
                )
                .bind(now)
                .bind(indicator_id)
                .fetch_one(&mut tx)
                .await?;
                let tags = tags_of_indicator(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(true)
            }

            /// One indicator with its values (none when unknown).
            pub async fn indicator(pool: Pool<'_>, id: i64) -> DbResult<Option<IndicatorWithValues>> {
                let rows: Vec<IndicatorJoinRow> = sqlx::query_as(
                    "SELECT i.*, v.id AS value_id, v.period, v.value, v.source_url, v.note \
                     FROM indicators i LEFT JOIN indicator_values v ON v.indicator_id = i.id \
                     WHERE i.id = $1 ORDER BY v.period",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                Ok(group_indicators(rows).into_iter().next())
            }

            /// A commitment's indicators with their values, in one statement.
            pub async fn commitment_indicators(
                pool: Pool<'_>,
                commitment_id: i64,
            ) -> DbResult<Vec<IndicatorWithValues>> {
                let rows: Vec<IndicatorJoinRow> = sqlx::query_as(
                    "SELECT i.*, v.id AS value_id, v.period, v.value, v.source_url, v.note \
                     FROM indicators i LEFT JOIN indicator_values v ON v.indicator_id = i.id \
                     WHERE i.commitment_id = $1 ORDER BY i.position, i.id, v.period",
                )
                .bind(commitment_id)
                .fetch_all(pool)
                .await?;
                Ok(group_indicators(rows))
            }

            /// The national indicators with their values, in one statement.
            pub async fn national_indicators(pool: Pool<'_>) -> DbResult<Vec<IndicatorWithValues>> {
                let rows: Vec<IndicatorJoinRow> = sqlx::query_as(
                    "SELECT i.*, v.id AS value_id, v.period, v.value, v.source_url, v.note \
                     FROM indicators i LEFT JOIN indicator_values v ON v.indicator_id = i.id \
                     WHERE i.scope = 'national' ORDER BY i.position, i.id, v.period",
                )
                .fetch_all(pool)
                .await?;
                Ok(group_indicators(rows))
            }
        }
    };
}
