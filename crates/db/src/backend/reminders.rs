//! The reminder job's storage (docs/co-implementation.md, "Reminders"): the activities each
//! project leader answers for, and the record of what was sent, written in the transaction that
//! queues the e-mail. Expanded once per engine by `backend!`.

macro_rules! reminder_fns {
    ($emit:ident) => {
        $emit! {
            /// Every activity of an open plan, not cancelled, with each project leader who
            /// answers for it (through a grant on its commitment, on itself, or on an
            /// institution leading its commitment or responsible for it), for accounts with a
            /// confirmed address, neither banned nor deleted; in leader, plan, commitment and
            /// activity order. The reminder rule decides on each row.
            pub async fn reminder_candidates(pool: Pool<'_>) -> DbResult<Vec<ReminderCandidateRow>> {
                Ok(sqlx::query_as(
                    "SELECT DISTINCT u.id AS user_id, u.email, u.display_name, u.language, \
                     a.id AS activity_id, a.key AS activity_key, a.title AS activity_title, a.start_date, \
                     a.end_date, a.progress, a.cancelled, a.last_report_at, c.ogp_id, \
                     p.number AS plan_number, p.status AS plan_status, a.position, COALESCE(c.position, 100000) AS commitment_position \
                     FROM activities a JOIN commitments c ON c.id = a.commitment_id JOIN plans p ON p.id = c.plan_id \
                     JOIN user_roles g ON g.role = 'project_leader' AND (\
                     (g.scope_kind = 'commitment' AND g.scope_id = c.id) OR \
                     (g.scope_kind = 'activity' AND g.scope_id = a.id) OR \
                     (g.scope_kind = 'institution' AND (g.scope_id = c.lead_institution_id \
                       OR g.scope_id = a.responsible_institution_id))) \
                     JOIN users u ON u.id = g.user_id \
                     WHERE a.cancelled = FALSE AND p.status <> 'completed' AND u.deleted_at IS NULL \
                     AND u.banned_at IS NULL AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL \
                     ORDER BY u.id, plan_number, commitment_position, c.ogp_id, a.position, a.id",
                )
                .fetch_all(pool)
                .await?)
            }

            /// Records the reminders of one leader for one period and queues their e-mail, in
            /// one transaction: each `(activity, kind)` is inserted unless that leader was
            /// reminded of it for that period already (by this or another instance: on
            /// PostgreSQL a concurrent insert of the same row waits for the other transaction
            /// and then does nothing). `mail` writes the e-mail's job payload for the rows
            /// inserted, and only those; when there are none nothing is queued. Returns the
            /// job's id, if one was queued.
            pub async fn record_reminders(
                pool: Pool<'_>,
                user_id: i64,
                period: &str,
                items: &[(i64, opengov_core::reporting::ReminderKind)],
                now: i64,
                mail: impl Send + FnOnce(&[(i64, opengov_core::reporting::ReminderKind)]) -> String,
            ) -> DbResult<Option<i64>> {
                // One order for every instance, so that two never wait on each other's rows.
                let mut items = items.to_vec();
                items.sort();
                items.dedup();
                let mut tx = pool.begin().await?;
                let mut inserted = Vec::new();
                for (activity_id, kind) in items {
                    let r = sqlx::query(
                        "INSERT INTO reminders_sent (user_id, activity_id, kind, period, sent_at) \
                         VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (user_id, activity_id, kind, period) DO NOTHING",
                    )
                    .bind(user_id)
                    .bind(activity_id)
                    .bind(kind.code())
                    .bind(period)
                    .bind(now)
                    .execute(&mut tx)
                    .await?;
                    if r.rows_affected() == 1 {
                        inserted.push((activity_id, kind));
                    }
                }
                if inserted.is_empty() {
                    tx.commit().await?;
                    return Ok(None);
                }
                let payload = mail(&inserted);
                let (job,): (i64,) = sqlx::query_as(
                    "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) \
                     VALUES ('email', $1, $2, 6, $2) RETURNING id",
                )
                .bind(payload)
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                tx.commit().await?;
                Ok(Some(job))
            }

            /// The reminders recorded for an account, as `(activity id, kind, period)`, in
            /// order.
            pub async fn reminders_sent_to(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<(i64, String, String)>> {
                Ok(sqlx::query_as(
                    "SELECT activity_id, kind, period FROM reminders_sent WHERE user_id = $1 \
                     ORDER BY period, activity_id, kind",
                )
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }
        }
    };
}
