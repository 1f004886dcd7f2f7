//! Progress reports: drafts, edits, the workflow moves (submit, return, validate) with their
//! trace, evidence links and the events they record (docs/co-implementation.md). Expanded once
//! per engine by `backend!`.
//!
//! A move is a compare-and-set on the report's status (`UPDATE ... WHERE status = <read>`), so
//! two coordinators validating the same report at once publish it once, on both engines.
//! Validating publishes in one transaction: the activity takes the report's progress, every
//! figure above it is recomputed, a public change and an event are recorded, and the page
//! cache forgets exactly the pages that show the activity's commitment.

macro_rules! report_columns {
    () => {
        "id, activity_id, author_id, status, progress, done, difficulties, assistance, lang, \
         revision, created_at, updated_at, submitted_at, published_at"
    };
}

macro_rules! report_fns {
    ($emit:ident) => {
        $emit! {
            /// Whether a report may be written on the activity now (not cancelled, plan open).
            async fn reportable(c: &mut Tx<'_>, activity_id: i64) -> DbResult<Result<i64, opengov_core::reporting::ReportRefusal>> {
                let r: Option<(bool, opengov_core::kinds::PlanStatus, i64)> = sqlx::query_as(
                    "SELECT a.cancelled, p.status, a.commitment_id FROM activities a \
                     JOIN commitments c ON c.id = a.commitment_id JOIN plans p ON p.id = c.plan_id \
                     WHERE a.id = $1",
                )
                .bind(activity_id)
                .fetch_optional(&mut *c)
                .await?;
                let (cancelled, status, commitment) = r.ok_or(DbError::NotFound)?;
                Ok(opengov_core::reporting::can_report(cancelled, status).map(|()| commitment))
            }

            async fn report_in(c: &mut Tx<'_>, id: i64) -> DbResult<Option<ReportRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", report_columns!(), " FROM progress_reports WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *c)
                    .await?)
            }

            async fn record_event(
                c: &mut Tx<'_>,
                at: i64,
                kind: &str,
                report: &ReportRow,
                (plan, commitment_id): (i64, i64),
                actor_id: i64,
                visibility: &str,
            ) -> DbResult<()> {
                let payload = serde_json::json!({ "report": report.id, "activity": report.activity_id }).to_string();
                sqlx::query(
                    "INSERT INTO events (at, kind, item_kind, item_id, plan_id, commitment_id, actor_id, visibility, payload) \
                     VALUES ($1, $2, 'report', $3, $4, $5, $6, $7, $8)",
                )
                .bind(at)
                .bind(kind)
                .bind(report.id)
                .bind(plan)
                .bind(commitment_id)
                .bind(actor_id)
                .bind(visibility)
                .bind(payload)
                .execute(&mut *c)
                .await?;
                Ok(())
            }

            /// Inserts a draft unless this author's report on this activity already carries
            /// `form_token` (a double post): its id, and whether this call made it. Refused when
            /// the token names another author's or activity's report, or when another report on
            /// the activity is open (draft, submitted, returned): one at a time.
            async fn insert_draft(
                c: &mut Tx<'_>,
                activity_id: i64,
                author_id: i64,
                text: &ReportText,
                form_token: &str,
                now: i64,
            ) -> DbResult<Result<(i64, bool), opengov_core::reporting::ReportRefusal>> {
                use opengov_core::reporting::ReportRefusal;
                let same: Option<(i64, i64, i64)> =
                    sqlx::query_as("SELECT id, activity_id, author_id FROM progress_reports WHERE form_token = $1")
                        .bind(form_token)
                        .fetch_optional(&mut *c)
                        .await?;
                match same {
                    Some((id, a, u)) if a == activity_id && u == author_id => return Ok(Ok((id, false))),
                    Some(_) => return Ok(Err(ReportRefusal::FormUsed)),
                    None => {}
                }
                let open: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM progress_reports WHERE activity_id = $1 AND status <> 'published' LIMIT 1",
                )
                .bind(activity_id)
                .fetch_optional(&mut *c)
                .await?;
                if open.is_some() {
                    return Ok(Err(ReportRefusal::OpenReport));
                }
                let id: Option<(i64,)> = sqlx::query_as(
                    "INSERT INTO progress_reports (activity_id, author_id, status, progress, done, difficulties, \
                     assistance, lang, revision, form_token, created_at, updated_at) \
                     VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, 1, $8, $9, $9) \
                     ON CONFLICT (form_token) DO NOTHING RETURNING id",
                )
                .bind(activity_id)
                .bind(author_id)
                .bind(i64::from(text.progress))
                .bind(&text.done)
                .bind(&text.difficulties)
                .bind(&text.assistance)
                .bind(&text.lang)
                .bind(form_token)
                .bind(now)
                .fetch_optional(&mut *c)
                .await?;
                // A concurrent post of the same token won the insert: it is the same form.
                Ok(match id {
                    Some((id,)) => Ok((id, true)),
                    None => Err(ReportRefusal::FormUsed),
                })
            }

            async fn insert_link(c: &mut Tx<'_>, report_id: i64, url: &str, now: i64) -> DbResult<i64> {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO evidence (report_id, kind, url, storage_key, file_name, media_type, size, sha256, created_at) \
                     VALUES ($1, 'link', $2, '', '', '', 0, '', $3) RETURNING id",
                )
                .bind(report_id)
                .bind(url)
                .bind(now)
                .fetch_one(&mut *c)
                .await?;
                Ok(id)
            }

            /// A new draft on an activity. The form's one-time token makes a double post one
            /// report: the second gets the first's id.
            pub async fn create_report(
                pool: Pool<'_>,
                activity_id: i64,
                author_id: i64,
                text: &ReportText,
                form_token: &str,
                now: i64,
            ) -> DbResult<Result<i64, opengov_core::reporting::ReportRefusal>> {
                let mut tx = pool.begin().await?;
                if let Err(refusal) = reportable(&mut tx, activity_id).await? {
                    return Ok(Err(refusal));
                }
                let (id, _) = match insert_draft(&mut tx, activity_id, author_id, text, form_token, now).await? {
                    Ok(made) => made,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                tx.commit().await?;
                Ok(Ok(id))
            }

            /// A new draft with its evidence links (each checked by
            /// `opengov_core::reporting::check_link`), in one transaction. As with
            /// [`create_report`], the same `form_token` again makes no second report: the
            /// answer is the first one's id and `false` (its links are not added again).
            pub async fn create_report_with_links(
                pool: Pool<'_>,
                activity_id: i64,
                author_id: i64,
                text: &ReportText,
                links: &[String],
                form_token: &str,
                now: i64,
            ) -> DbResult<Result<(i64, bool), opengov_core::reporting::ReportRefusal>> {
                let mut tx = pool.begin().await?;
                if let Err(refusal) = reportable(&mut tx, activity_id).await? {
                    return Ok(Err(refusal));
                }
                let (id, created) = match insert_draft(&mut tx, activity_id, author_id, text, form_token, now).await? {
                    Ok(made) => made,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                if created {
                    for url in links {
                        insert_link(&mut tx, id, url, now).await?;
                    }
                }
                tx.commit().await?;
                Ok(Ok((id, created)))
            }

            /// Saves new texts on a draft or returned report, from a form made at `revision`.
            pub async fn edit_report(
                pool: Pool<'_>,
                id: i64,
                revision: i64,
                text: &ReportText,
                now: i64,
            ) -> DbResult<Result<ReportRow, opengov_core::reporting::WorkflowError>> {
                use opengov_core::reporting::{Transition, check_revision, next};
                let mut tx = pool.begin().await?;
                let r = report_in(&mut tx, id).await?.ok_or(DbError::NotFound)?;
                if let Err(e) = next(r.status, Transition::Edit).and_then(|_| check_revision(revision, r.revision)) {
                    return Ok(Err(e));
                }
                let changed = sqlx::query(
                    "UPDATE progress_reports SET progress = $1, done = $2, difficulties = $3, assistance = $4, \
                     lang = $5, revision = revision + 1, updated_at = $6 WHERE id = $7 AND revision = $8",
                )
                .bind(i64::from(text.progress))
                .bind(&text.done)
                .bind(&text.difficulties)
                .bind(&text.assistance)
                .bind(&text.lang)
                .bind(now)
                .bind(id)
                .bind(revision)
                .execute(&mut tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Ok(Err(opengov_core::reporting::WorkflowError::Stale));
                }
                let r = report_in(&mut tx, id).await?.ok_or(DbError::NotFound)?;
                tx.commit().await?;
                Ok(Ok(r))
            }

            /// Moves a report through its workflow (`submit`, `return` with a reason,
            /// `validate`), records the move, and for a validation publishes the report's
            /// progress on its activity with every figure above it.
            pub async fn move_report(
                pool: Pool<'_>,
                id: i64,
                transition: opengov_core::reporting::Transition,
                by: Mover<'_>,
                reason: &str,
                now: i64,
            ) -> DbResult<Result<ReportRow, opengov_core::reporting::MoveRefusal>> {
                use opengov_core::reporting::{MoveRefusal, ReportStatus, Transition, next};
                let mut tx = pool.begin().await?;
                let r = report_in(&mut tx, id).await?.ok_or(DbError::NotFound)?;
                let to = match next(r.status, transition) {
                    // An edit keeps the status: it is `edit_report`, not a move.
                    Ok(_) if transition == Transition::Edit => {
                        return Ok(Err(MoveRefusal::Workflow(opengov_core::reporting::WorkflowError::NotFrom {
                            status: r.status,
                            transition,
                        })));
                    }
                    Ok(to) => to,
                    Err(e) => return Ok(Err(MoveRefusal::Workflow(e))),
                };
                let commitment = match reportable(&mut tx, r.activity_id).await? {
                    Ok(c) => c,
                    // A returned report may still go back to its authors; nothing else moves.
                    Err(_) if transition == Transition::Return => commitment_of_activity(&mut tx, r.activity_id).await?,
                    Err(refusal) => return Ok(Err(MoveRefusal::Refused(refusal))),
                };
                let moved = sqlx::query(
                    "UPDATE progress_reports SET status = $1, updated_at = $3, \
                     submitted_at = CASE WHEN $1 = 'submitted' THEN $3 ELSE submitted_at END, \
                     published_at = CASE WHEN $1 = 'published' THEN $3 ELSE published_at END \
                     WHERE id = $2 AND status = $4",
                )
                    .bind(to)
                    .bind(id)
                    .bind(now)
                    .bind(r.status)
                    .execute(&mut tx)
                    .await?
                    .rows_affected();
                if moved == 0 {
                    // Someone moved it first.
                    return Ok(Err(MoveRefusal::Workflow(opengov_core::reporting::WorkflowError::Stale)));
                }
                sqlx::query(
                    "INSERT INTO report_transitions (report_id, from_status, to_status, user_id, role, reason, at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(id)
                .bind(r.status)
                .bind(to)
                .bind(by.user_id)
                .bind(by.role)
                .bind(reason)
                .bind(now)
                .execute(&mut tx)
                .await?;
                let moved = report_in(&mut tx, id).await?.ok_or(DbError::NotFound)?;
                match to {
                    ReportStatus::Published => {
                        sqlx::query("UPDATE activities SET progress = $1, last_report_at = $2, updated_at = $2 WHERE id = $3")
                            .bind(r.progress)
                            .bind(now)
                            .bind(r.activity_id)
                            .execute(&mut tx)
                            .await?;
                        recompute_after(&mut tx, &BTreeSet::from([commitment])).await?;
                        let plan = plan_of_commitment(&mut tx, commitment).await?;
                        let (key,): (String,) = sqlx::query_as("SELECT key FROM activities WHERE id = $1")
                            .bind(r.activity_id)
                            .fetch_one(&mut tx)
                            .await?;
                        log_change(&mut tx, now, ChangeKind::ReportPublished, Some(plan), Some(commitment), &key).await?;
                        record_event(&mut tx, now, "report_published", &moved, (plan, commitment), by.user_id, "public").await?;
                        let tags = tags_of_commitment(&mut tx, commitment).await?;
                        commit_changed(pool, tx, &tags).await?;
                    }
                    ReportStatus::Returned => {
                        let plan = plan_of_commitment(&mut tx, commitment).await?;
                        record_event(&mut tx, now, "report_returned", &moved, (plan, commitment), by.user_id, "staff").await?;
                        tx.commit().await?;
                    }
                    _ => tx.commit().await?,
                }
                Ok(Ok(moved))
            }

            async fn commitment_of_activity(c: &mut Tx<'_>, activity_id: i64) -> DbResult<i64> {
                let (commitment,): (i64,) = sqlx::query_as("SELECT commitment_id FROM activities WHERE id = $1")
                    .bind(activity_id)
                    .fetch_one(&mut *c)
                    .await?;
                Ok(commitment)
            }

            pub async fn report(pool: Pool<'_>, id: i64) -> DbResult<Option<ReportRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", report_columns!(), " FROM progress_reports WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(pool)
                    .await?)
            }

            /// The report made with this one-time token (a form's, or an API idempotency key's).
            pub async fn report_by_form_token(pool: Pool<'_>, form_token: &str) -> DbResult<Option<ReportRow>> {
                Ok(sqlx::query_as(concat!("SELECT ", report_columns!(), " FROM progress_reports WHERE form_token = $1"))
                    .bind(form_token)
                    .fetch_optional(pool)
                    .await?)
            }

            /// The reports of an activity, newest first.
            pub async fn reports_of_activity(pool: Pool<'_>, activity_id: i64) -> DbResult<Vec<ReportRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ", report_columns!(),
                    " FROM progress_reports WHERE activity_id = $1 ORDER BY created_at DESC, id DESC"
                ))
                .bind(activity_id)
                .fetch_all(pool)
                .await?)
            }

            /// The coordinators' queue of a plan: submitted reports, oldest first.
            pub async fn submitted_reports_of_plan(pool: Pool<'_>, plan_id: i64) -> DbResult<Vec<ReportRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ", "r.id, r.activity_id, r.author_id, r.status, r.progress, r.done, r.difficulties, \
                     r.assistance, r.lang, r.revision, r.created_at, r.updated_at, r.submitted_at, r.published_at",
                    " FROM progress_reports r JOIN activities a ON a.id = r.activity_id \
                     JOIN commitments c ON c.id = a.commitment_id \
                     WHERE c.plan_id = $1 AND r.status = 'submitted' ORDER BY r.submitted_at, r.id"
                ))
                .bind(plan_id)
                .fetch_all(pool)
                .await?)
            }

            /// Every move of a report, in order.
            pub async fn report_transitions(pool: Pool<'_>, report_id: i64) -> DbResult<Vec<TransitionRow>> {
                Ok(sqlx::query_as(
                    "SELECT report_id, from_status, to_status, user_id, role, reason, at FROM report_transitions \
                     WHERE report_id = $1 ORDER BY at, id",
                )
                .bind(report_id)
                .fetch_all(pool)
                .await?)
            }

            /// A link as evidence of a report that may still change (`url` checked by
            /// `opengov_core::reporting::check_link`).
            pub async fn add_evidence_link(
                pool: Pool<'_>,
                report_id: i64,
                url: &str,
                now: i64,
            ) -> DbResult<Result<i64, opengov_core::reporting::WorkflowError>> {
                use opengov_core::reporting::{Transition, next};
                let mut tx = pool.begin().await?;
                let r = report_in(&mut tx, report_id).await?.ok_or(DbError::NotFound)?;
                if let Err(e) = next(r.status, Transition::Edit) {
                    return Ok(Err(e));
                }
                let id = insert_link(&mut tx, report_id, url, now).await?;
                tx.commit().await?;
                Ok(Ok(id))
            }

            pub async fn evidence_of_report(pool: Pool<'_>, report_id: i64) -> DbResult<Vec<EvidenceRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, report_id, kind, url, storage_key, file_name, media_type, size, sha256, created_at \
                     FROM evidence WHERE report_id = $1 ORDER BY id",
                )
                .bind(report_id)
                .fetch_all(pool)
                .await?)
            }

            /// Events after `after` (an id: readers keep a cursor), oldest first.
            pub async fn events_after(pool: Pool<'_>, after: i64, limit: i64) -> DbResult<Vec<EventRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, at, kind, item_kind, item_id, plan_id, commitment_id, actor_id, visibility, payload \
                     FROM events WHERE id > $1 ORDER BY id LIMIT $2",
                )
                .bind(after)
                .bind(limit)
                .fetch_all(pool)
                .await?)
            }
        }
    };
}
