//! Read functions, expanded once per engine by `backend!`.

macro_rules! read_fns {
    () => {
        pub async fn data_version(pool: &P, n: &AtomicU64) -> DbResult<i64> {
            tick(n);
            let v: (i64,) = sqlx::query_as("SELECT version FROM data_version WHERE id = 1")
                .fetch_one(pool)
                .await?;
            Ok(v.0)
        }

        pub async fn setting(pool: &P, n: &AtomicU64, key: &str) -> DbResult<Option<String>> {
            tick(n);
            let v: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE key = $1")
                .bind(key)
                .fetch_optional(pool)
                .await?;
            Ok(v.map(|v| v.0))
        }

        pub async fn list_plans(pool: &P, n: &AtomicU64) -> DbResult<Vec<PlanRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!("SELECT ", plan_columns!(), " FROM plans ORDER BY number"))
                .fetch_all(pool)
                .await?)
        }

        pub async fn plan_by_number(pool: &P, n: &AtomicU64, number: i64) -> DbResult<Option<PlanRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!("SELECT ", plan_columns!(), " FROM plans WHERE number = $1"))
                .bind(number)
                .fetch_optional(pool)
                .await?)
        }

        pub async fn axes_of_plan(pool: &P, n: &AtomicU64, plan_id: i64) -> DbResult<Vec<AxisRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                axis_select!(),
                " WHERE a.plan_id = $1 ORDER BY COALESCE(a.position, 100000), a.id"
            ))
            .bind(plan_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn all_axes(pool: &P, n: &AtomicU64) -> DbResult<Vec<AxisRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                axis_select!(),
                " ORDER BY p.number, COALESCE(a.position, 100000), a.id"
            ))
            .fetch_all(pool)
            .await?)
        }

        pub async fn commitments_of_plan(
            pool: &P,
            n: &AtomicU64,
            plan_id: i64,
        ) -> DbResult<Vec<CommitmentSummary>> {
            tick(n);
            Ok(sqlx::query_as(concat!(summary_select!(), " WHERE c.plan_id = $1 ORDER BY c.sort_key"))
                .bind(plan_id)
                .fetch_all(pool)
                .await?)
        }

        pub async fn commitments_page(
            pool: &P,
            n: &AtomicU64,
            f: &CommitmentFilter,
            offset: i64,
            limit: i64,
        ) -> DbResult<(Vec<CommitmentSummary>, i64)> {
            tick(n);
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
            tick(n);
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
            pool: &P,
            n: &AtomicU64,
            ogp_id: &str,
        ) -> DbResult<Option<CommitmentRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(commitment_select!(), " WHERE c.ogp_id = $1"))
                .bind(ogp_id)
                .fetch_optional(pool)
                .await?)
        }

        pub async fn activities_of_commitment(
            pool: &P,
            n: &AtomicU64,
            commitment_id: i64,
        ) -> DbResult<Vec<ActivityRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                activity_select!(),
                " WHERE t.commitment_id = $1 ORDER BY t.position, t.id"
            ))
            .bind(commitment_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn activities_page(
            pool: &P,
            n: &AtomicU64,
            ogp_id: Option<&str>,
            offset: i64,
            limit: i64,
        ) -> DbResult<(Vec<ActivityRow>, i64)> {
            tick(n);
            let total: (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM activities t JOIN commitments c ON c.id = t.commitment_id \
                 WHERE (CAST($1 AS TEXT) IS NULL OR c.ogp_id = $1)",
            )
            .bind(ogp_id)
            .fetch_one(pool)
            .await?;
            tick(n);
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
            pool: &P,
            n: &AtomicU64,
            plan_id: i64,
        ) -> DbResult<Vec<ReportedFigureRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                figure_select!(),
                " WHERE f.plan_id = $1 ORDER BY f.scope, f.ref, f.as_of DESC, f.id"
            ))
            .bind(plan_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn reported_figures_of_commitment(
            pool: &P,
            n: &AtomicU64,
            commitment_id: i64,
        ) -> DbResult<Vec<ReportedFigureRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                figure_select!(),
                " WHERE f.commitment_id = $1 ORDER BY f.as_of DESC, f.id"
            ))
            .bind(commitment_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn latest_reported_plan_figures(pool: &P, n: &AtomicU64) -> DbResult<Vec<ReportedFigureRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                figure_select!(),
                " WHERE f.scope = 'plan' ORDER BY p.number, f.as_of DESC, f.id"
            ))
            .fetch_all(pool)
            .await?)
        }

        pub async fn documents_of_plan(pool: &P, n: &AtomicU64, plan_id: i64) -> DbResult<Vec<DocumentRow>> {
            tick(n);
            Ok(sqlx::query_as(
                "SELECT p.key AS plan_key, d.doc_type, d.title, d.language, d.url, d.notes \
                 FROM documents d LEFT JOIN plans p ON p.id = d.plan_id \
                 WHERE d.plan_id = $1 ORDER BY d.id",
            )
            .bind(plan_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn institutions(pool: &P, n: &AtomicU64) -> DbResult<Vec<InstitutionRow>> {
            tick(n);
            Ok(sqlx::query_as(
                "SELECT id, key, kind, name, commitments_count, activities_count FROM institutions \
                 ORDER BY kind, key",
            )
            .fetch_all(pool)
            .await?)
        }

        pub async fn institution_by_key(
            pool: &P,
            n: &AtomicU64,
            key: &str,
        ) -> DbResult<Option<InstitutionRow>> {
            tick(n);
            Ok(sqlx::query_as(
                "SELECT id, key, kind, name, commitments_count, activities_count FROM institutions \
                 WHERE key = $1",
            )
            .bind(key)
            .fetch_optional(pool)
            .await?)
        }

        pub async fn commitments_led_by(
            pool: &P,
            n: &AtomicU64,
            institution_id: i64,
        ) -> DbResult<Vec<CommitmentSummary>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                summary_select!(),
                " WHERE c.lead_institution_id = $1 ORDER BY c.sort_key"
            ))
            .bind(institution_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn activities_of_institution(
            pool: &P,
            n: &AtomicU64,
            institution_id: i64,
        ) -> DbResult<Vec<ActivityRow>> {
            tick(n);
            Ok(sqlx::query_as(concat!(
                activity_select!(),
                " WHERE t.responsible_institution_id = $1 ORDER BY c.sort_key, t.position, t.id"
            ))
            .bind(institution_id)
            .fetch_all(pool)
            .await?)
        }

        pub async fn latest_changes(pool: &P, n: &AtomicU64, limit: i64) -> DbResult<Vec<ChangeRow>> {
            tick(n);
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
    };
}
