//! Reads of the back office (docs/co-implementation.md): where an activity or a report sits,
//! the activities a project leader answers for, the coordinators' queue and a report's history.
//! Expanded once per engine by `backend!`.
//!
//! The lists are narrowed here by the account's grants (`user_roles`), and every row is decided
//! again by the policy in the web layer: the SQL only saves reading what the policy would drop.

macro_rules! place_columns {
    () => {
        "a.id AS activity_id, a.key AS activity_key, a.title AS activity_title, a.end_date, \
         a.progress, a.cancelled, a.responsible_institution_id, c.id AS commitment_id, c.ogp_id, \
         c.title AS commitment_title, c.lead_institution_id, p.id AS plan_id, \
         p.number AS plan_number, p.status AS plan_status"
    };
}

macro_rules! place_from {
    () => {
        " FROM activities a JOIN commitments c ON c.id = a.commitment_id JOIN plans p ON p.id = c.plan_id"
    };
}

/// The condition "the account `$1` is a project leader of activity `a` of commitment `c`".
macro_rules! leads_activity {
    () => {
        "EXISTS (SELECT 1 FROM user_roles g WHERE g.user_id = $1 AND g.role = 'project_leader' AND (\
         (g.scope_kind = 'commitment' AND g.scope_id = c.id) OR \
         (g.scope_kind = 'activity' AND g.scope_id = a.id) OR \
         (g.scope_kind = 'institution' AND (g.scope_id = c.lead_institution_id \
           OR g.scope_id = a.responsible_institution_id))))"
    };
}

macro_rules! office_fns {
    ($emit:ident) => {
        $emit! {
            /// Where the activity of this key sits.
            pub async fn activity_place(pool: Pool<'_>, key: &str) -> DbResult<Option<PlaceRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", place_columns!(), place_from!(), " WHERE a.key = $1"))
                    .bind(key)
                    .fetch_optional(pool)
                    .await?)
            }

            /// Where the activity of this id sits.
            pub async fn activity_place_by_id(pool: Pool<'_>, id: i64) -> DbResult<Option<PlaceRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", place_columns!(), place_from!(), " WHERE a.id = $1"))
                    .bind(id)
                    .fetch_optional(pool)
                    .await?)
            }

            /// The activities the account leads as a project leader, in plan and commitment
            /// order, each with its open report (the newest not published) if any.
            pub async fn leader_activities(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<LeaderActivityRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ", place_columns!(), ", a.last_report_at, r.id AS open_report_id, \
                     r.status AS open_report_status",
                    place_from!(),
                    " LEFT JOIN progress_reports r ON r.id = (SELECT MAX(o.id) FROM progress_reports o \
                     WHERE o.activity_id = a.id AND o.status <> 'published') WHERE ",
                    leads_activity!(),
                    " ORDER BY p.number, COALESCE(c.position, 100000), c.ogp_id, a.position, a.id"
                ))
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            /// The submitted reports the account may validate: every plan's for an
            /// administrator or a coordinator of every plan, else those of the plans it
            /// coordinates; oldest first. Closed plans take no validation and are left out.
            pub async fn queue_of(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<QueueRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT r.id AS report_id, r.status AS report_status, r.progress AS progress_reported, \
                     r.submitted_at, u.display_name AS author_name, r.assistance <> '' AS asks_assistance, ",
                    place_columns!(),
                    place_from!(),
                    " JOIN progress_reports r ON r.activity_id = a.id LEFT JOIN users u ON u.id = r.author_id \
                     WHERE r.status = 'submitted' AND p.status <> 'completed' AND EXISTS (\
                     SELECT 1 FROM user_roles g WHERE g.user_id = $1 AND (g.role = 'administrator' OR \
                     (g.role = 'coordinator' AND (g.scope_kind = 'global' OR \
                     (g.scope_kind = 'plan' AND g.scope_id = p.id))))) \
                     ORDER BY r.submitted_at, r.id"
                ))
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            /// The reports the account wrote that are not published yet, newest first.
            pub async fn open_reports_by(pool: Pool<'_>, user_id: i64) -> DbResult<Vec<QueueRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT r.id AS report_id, r.status AS report_status, r.progress AS progress_reported, \
                     r.submitted_at, u.display_name AS author_name, r.assistance <> '' AS asks_assistance, ",
                    place_columns!(),
                    place_from!(),
                    " JOIN progress_reports r ON r.activity_id = a.id LEFT JOIN users u ON u.id = r.author_id \
                     WHERE r.author_id = $1 AND r.status <> 'published' ORDER BY r.updated_at DESC, r.id DESC"
                ))
                .bind(user_id)
                .fetch_all(pool)
                .await?)
            }

            /// Every move of a report, in order, with the name of who made it.
            pub async fn report_history(pool: Pool<'_>, report_id: i64) -> DbResult<Vec<HistoryRow>> {
                Ok(sqlx::query_as(
                    "SELECT t.from_status, t.to_status, t.role, t.reason, t.at, u.display_name AS user_name \
                     FROM report_transitions t LEFT JOIN users u ON u.id = t.user_id \
                     WHERE t.report_id = $1 ORDER BY t.at, t.id",
                )
                .bind(report_id)
                .fetch_all(pool)
                .await?)
            }

            /// The display name of an account (`None` once deleted).
            pub async fn user_name(pool: Pool<'_>, user_id: i64) -> DbResult<Option<String>> {
                let r: Option<(String,)> = sqlx::query_as("SELECT display_name FROM users WHERE id = $1 AND deleted_at IS NULL")
                    .bind(user_id)
                    .fetch_optional(pool)
                    .await?;
                Ok(r.map(|r| r.0))
            }
        }
    };
}
