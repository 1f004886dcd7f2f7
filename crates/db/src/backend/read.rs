//! Read functions, expanded once per engine by `backend!`.

macro_rules! read_fns {
    ($emit:ident) => {
        $emit! {
            /// A number that changes with every write (one more per committed write).
            pub async fn data_version(pool: Pool<'_>) -> DbResult<i64> {
                let v: (i64,) = sqlx::query_as("SELECT version FROM data_version WHERE id = 1")
                    .fetch_one(pool)
                    .await?;
                Ok(v.0)
            }

            pub async fn setting(pool: Pool<'_>, key: &str) -> DbResult<Option<String>> {
                let v: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE key = $1")
                    .bind(key)
                    .fetch_optional(pool)
                    .await?;
                Ok(v.map(|v| v.0))
            }

            pub async fn list_plans(pool: Pool<'_>) -> DbResult<Vec<PlanRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", plan_columns!(), " FROM plans ORDER BY number"))
                    .fetch_all(pool)
                    .await?)
            }

            pub async fn plan_by_number(pool: Pool<'_>, number: i64) -> DbResult<Option<PlanRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", plan_columns!(), " FROM plans WHERE number = $1"))
                    .bind(number)
                    .fetch_optional(pool)
                    .await?)
            }

            pub async fn axes_of_plan(pool: Pool<'_>, plan_id: i64) -> DbResult<Vec<AxisRow>> {
                Ok(sqlx::query_as(concat!(
                    axis_select!(),
                    " WHERE a.plan_id = $1 ORDER BY COALESCE(a.position, 100000), a.id"
                ))
                .bind(plan_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn all_axes(pool: Pool<'_>) -> DbResult<Vec<AxisRow>> {
                Ok(sqlx::query_as(concat!(
                    axis_select!(),
                    " ORDER BY p.number, COALESCE(a.position, 100000), a.id"
                ))
                .fetch_all(pool)
                .await?)
            }

            pub async fn commitments_of_plan(
                pool: Pool<'_>,
                plan_id: i64,
            ) -> DbResult<Vec<CommitmentSummary>> {
                Ok(sqlx::query_as(concat!(summary_select!(), " WHERE c.plan_id = $1 ORDER BY c.sort_key"))
                    .bind(plan_id)
                    .fetch_all(pool)
                    .await?)
            }

            /// One page of the filtered commitments list and the number of matches.
            pub async fn commitments_page(
                pool: Pool<'_>,
                f: &CommitmentFilter,
                offset: i64,
                limit: i64,
            ) -> DbResult<(Vec<CommitmentSummary>, i64)> {
                let total: (i64,) = sqlx::query_as(concat!(
                    "SELECT COUNT(*) FROM commitments c",
                    filter_where!()
                ))
                .bind(f.plan)
                .bind(f.axis.as_deref())
                .bind(f.institution.as_deref())
                .bind(f.status.map(StatusFilter::code))
                .bind(f.today.as_str())
                .fetch_one(pool)
                .await?;
                if total.0 == 0 || offset >= total.0 {
                    return Ok((Vec::new(), total.0));
                }
                let rows = sqlx::query_as(concat!(
                    summary_select!(),
                    filter_where!(),
                    " ORDER BY c.sort_key LIMIT $6 OFFSET $7"
                ))
                .bind(f.plan)
                .bind(f.axis.as_deref())
                .bind(f.institution.as_deref())
                .bind(f.status.map(StatusFilter::code))
                .bind(f.today.as_str())
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
                Ok((rows, total.0))
            }

            pub async fn commitment_by_ogp_id(
                pool: Pool<'_>,
                ogp_id: &str,
            ) -> DbResult<Option<CommitmentRow>> {
                Ok(sqlx::query_as(concat!(commitment_select!(), " WHERE c.ogp_id = $1"))
                    .bind(ogp_id)
                    .fetch_optional(pool)
                    .await?)
            }

            pub async fn activities_of_commitment(
                pool: Pool<'_>,
                commitment_id: i64,
            ) -> DbResult<Vec<ActivityRow>> {
                Ok(sqlx::query_as(concat!(
                    activity_select!(),
                    " WHERE t.commitment_id = $1 ORDER BY t.position, t.id"
                ))
                .bind(commitment_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn activities_page(
                pool: Pool<'_>,
                ogp_id: Option<&str>,
                offset: i64,
                limit: i64,
            ) -> DbResult<(Vec<ActivityRow>, i64)> {
                let total: (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM activities t JOIN commitments c ON c.id = t.commitment_id \
                     WHERE (CAST($1 AS TEXT) IS NULL OR c.ogp_id = $1)",
                )
                .bind(ogp_id)
                .fetch_one(pool)
                .await?;
                let rows = sqlx::query_as(concat!(
                    activity_select!(),
                    " WHERE (CAST($1 AS TEXT) IS NULL OR c.ogp_id = $1) \
                      ORDER BY c.sort_key, t.position, t.id LIMIT $2 OFFSET $3"
                ))
                .bind(ogp_id)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
                Ok((rows, total.0))
            }

            pub async fn reported_figures_of_plan(
                pool: Pool<'_>,
                plan_id: i64,
            ) -> DbResult<Vec<ReportedFigureRow>> {
                Ok(sqlx::query_as(concat!(
                    figure_select!(),
                    " WHERE f.plan_id = $1 ORDER BY f.scope, f.ref, f.as_of DESC, f.id"
                ))
                .bind(plan_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn reported_figures_of_commitment(
                pool: Pool<'_>,
                commitment_id: i64,
            ) -> DbResult<Vec<ReportedFigureRow>> {
                Ok(sqlx::query_as(concat!(
                    figure_select!(),
                    " WHERE f.commitment_id = $1 ORDER BY f.as_of DESC, f.id"
                ))
                .bind(commitment_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn latest_reported_plan_figures(pool: Pool<'_>) -> DbResult<Vec<ReportedFigureRow>> {
                Ok(sqlx::query_as(concat!(
                    figure_select!(),
                    " WHERE f.scope = 'plan' ORDER BY p.number, f.as_of DESC, f.id"
                ))
                .fetch_all(pool)
                .await?)
            }

            pub async fn documents_of_plan(pool: Pool<'_>, plan_id: i64) -> DbResult<Vec<DocumentRow>> {
                Ok(sqlx::query_as(
                    "SELECT p.key AS plan_key, d.doc_type, d.title, d.language, d.url, d.notes \
                     FROM documents d LEFT JOIN plans p ON p.id = d.plan_id \
                     WHERE d.plan_id = $1 ORDER BY d.id",
                )
                .bind(plan_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn institutions(pool: Pool<'_>) -> DbResult<Vec<InstitutionRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, key, kind, name, commitments_count, activities_count FROM institutions \
                     ORDER BY kind, key",
                )
                .fetch_all(pool)
                .await?)
            }

            pub async fn institution_by_key(
                pool: Pool<'_>,
                key: &str,
            ) -> DbResult<Option<InstitutionRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, key, kind, name, commitments_count, activities_count FROM institutions \
                     WHERE key = $1",
                )
                .bind(key)
                .fetch_optional(pool)
                .await?)
            }

            pub async fn commitments_led_by(
                pool: Pool<'_>,
                institution_id: i64,
            ) -> DbResult<Vec<CommitmentSummary>> {
                Ok(sqlx::query_as(concat!(
                    summary_select!(),
                    " WHERE c.lead_institution_id = $1 ORDER BY c.sort_key"
                ))
                .bind(institution_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn activities_of_institution(
                pool: Pool<'_>,
                institution_id: i64,
            ) -> DbResult<Vec<ActivityRow>> {
                Ok(sqlx::query_as(concat!(
                    activity_select!(),
                    " WHERE t.responsible_institution_id = $1 ORDER BY c.sort_key, t.position, t.id"
                ))
                .bind(institution_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn latest_changes(pool: Pool<'_>, limit: i64) -> DbResult<Vec<ChangeRow>> {
                Ok(sqlx::query_as(
                    "SELECT h.at, h.kind, p.number AS plan_number, c.ogp_id AS commitment_ogp_id, h.subject \
                     FROM changes h LEFT JOIN plans p ON p.id = h.plan_id \
                     LEFT JOIN commitments c ON c.id = h.commitment_id \
                     ORDER BY h.at DESC, h.id DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(pool)
                .await?)
            }
        }
    };
}
