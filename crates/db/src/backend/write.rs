//! Write functions, expanded once per engine by `backend!`. Each runs in one transaction
//! (`BEGIN IMMEDIATE` on SQLite), recomputes every figure its change affects before it commits
//! (DESIGN.md section 6), records a public change, and bumps the data version with the tags of
//! what it changed and commits through `commit_changed` (changes.rs), which then tells the
//! page caches (`pool.publish`).

macro_rules! write_fns {
    ($emit:ident) => {
        $emit! {
            async fn log_change(
                c: &mut Tx<'_>,
                at: i64,
                kind: ChangeKind,
                plan_id: Option<i64>,
                commitment_id: Option<i64>,
                subject: &str,
            ) -> DbResult<()> {
                sqlx::query(
                    "INSERT INTO changes (at, kind, plan_id, commitment_id, subject) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(at)
                .bind(kind)
                .bind(plan_id)
                .bind(commitment_id)
                .bind(subject)
                .execute(&mut *c)
                .await?;
                Ok(())
            }

            /// Recomputes one commitment's figure, pending end and activity count from its
            /// activities.
            async fn recompute_commitment(c: &mut Tx<'_>, commitment_id: i64) -> DbResult<()> {
                let acts: Vec<(i64, Option<i64>, bool, Option<String>)> = sqlx::query_as(
                    "SELECT weight, progress, cancelled, end_date FROM activities WHERE commitment_id = $1",
                )
                .bind(commitment_id)
                .fetch_all(&mut *c)
                .await?;
                let inputs = activity_inputs(&acts);
                let figure = progress::commitment_figure(&inputs).map(|f| i64::from(f.0));
                let pending = progress::pending_end(&inputs);
                sqlx::query(
                    "UPDATE commitments SET figure = $1, pending_end = $2, activities_count = $3 WHERE id = $4",
                )
                .bind(figure)
                .bind(pending)
                .bind(acts.len() as i64)
                .bind(commitment_id)
                .execute(&mut *c)
                .await?;
                Ok(())
            }

            /// Recomputes a plan's and its axes' figures and counters from its commitments.
            async fn recompute_plan(c: &mut Tx<'_>, plan_id: i64) -> DbResult<()> {
                let rows: Vec<(Option<i64>, CommitmentType, i64, Option<i64>, Option<String>)> = sqlx::query_as(
                    "SELECT axis_id, commitment_type, weight, figure, pending_end FROM commitments WHERE plan_id = $1",
                )
                .bind(plan_id)
                .fetch_all(&mut *c)
                .await?;
                let axes: Vec<(i64,)> = sqlx::query_as("SELECT id FROM axes WHERE plan_id = $1")
                    .bind(plan_id)
                    .fetch_all(&mut *c)
                    .await?;
                for (axis_id,) in axes {
                    let of_axis: Vec<_> = rows.iter().filter(|r| r.0 == Some(axis_id)).collect();
                    let inputs: Vec<CommitmentInput> = of_axis.iter().map(|r| commitment_input(r.2, r.3)).collect();
                    let figure = progress::rollup_figure(&inputs).map(|f| i64::from(f.0));
                    let pending = progress::earliest(of_axis.iter().map(|r| r.4.as_deref()));
                    let coverage = progress::commitment_coverage(&inputs);
                    sqlx::query(
                        "UPDATE axes SET figure = $1, pending_end = $2, recorded_commitments = $3, \
                         reported_commitments = $4 WHERE id = $5",
                    )
                        .bind(figure)
                        .bind(pending)
                        .bind(of_axis.len() as i64)
                        .bind(i64::from(coverage.with_figure))
                        .bind(axis_id)
                        .execute(&mut *c)
                        .await?;
                }
                let gov: Vec<_> = rows.iter().filter(|r| r.1 == CommitmentType::Government).collect();
                let parl: Vec<_> = rows.iter().filter(|r| r.1 == CommitmentType::Parliament).collect();
                let fig = |rs: &[&(Option<i64>, CommitmentType, i64, Option<i64>, Option<String>)]| {
                    let inputs: Vec<CommitmentInput> = rs.iter().map(|r| commitment_input(r.2, r.3)).collect();
                    progress::rollup_figure(&inputs).map(|f| i64::from(f.0))
                };
                sqlx::query(
                    "UPDATE plans SET figure = $1, parliament_figure = $2, pending_end = $3, \
                     recorded_commitments = $4, recorded_parliament_commitments = $5, \
                     reported_commitments = $6, reported_parliament_commitments = $7 WHERE id = $8",
                )
                .bind(fig(&gov))
                .bind(fig(&parl))
                .bind(progress::earliest(gov.iter().map(|r| r.4.as_deref())))
                .bind(gov.len() as i64)
                .bind(parl.len() as i64)
                .bind(gov.iter().filter(|r| r.3.is_some()).count() as i64)
                .bind(parl.iter().filter(|r| r.3.is_some()).count() as i64)
                .bind(plan_id)
                .execute(&mut *c)
                .await?;
                Ok(())
            }

            async fn recompute_institution_counts(c: &mut Tx<'_>) -> DbResult<()> {
                sqlx::query(
                    "UPDATE institutions SET \
                     commitments_count = (SELECT COUNT(*) FROM commitments WHERE lead_institution_id = institutions.id), \
                     activities_count = (SELECT COUNT(*) FROM activities WHERE responsible_institution_id = institutions.id)",
                )
                .execute(&mut *c)
                .await?;
                Ok(())
            }

            async fn plan_of_commitment(c: &mut Tx<'_>, commitment_id: i64) -> DbResult<i64> {
                let r: (i64,) = sqlx::query_as("SELECT plan_id FROM commitments WHERE id = $1")
                    .bind(commitment_id)
                    .fetch_one(&mut *c)
                    .await?;
                Ok(r.0)
            }

            async fn commitment_id(c: &mut Tx<'_>, ogp_id: &str) -> DbResult<i64> {
                let r: Option<(i64,)> = sqlx::query_as("SELECT id FROM commitments WHERE ogp_id = $1")
                    .bind(ogp_id)
                    .fetch_optional(&mut *c)
                    .await?;
                r.map(|r| r.0).ok_or(DbError::NotFound)
            }

            async fn institution_id(c: &mut Tx<'_>, key: Option<&str>) -> DbResult<Option<i64>> {
                let Some(key) = key else { return Ok(None) };
                let r: Option<(i64,)> = sqlx::query_as("SELECT id FROM institutions WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut *c)
                    .await?;
                r.map(|r| Some(r.0)).ok_or_else(|| DbError::Invalid(format!("unknown institution {key}")))
            }

            /// Recomputes everything a change to these commitments affects.
            async fn recompute_after(
                c: &mut Tx<'_>,
                commitments: &BTreeSet<i64>,
            ) -> DbResult<()> {
                let mut plans = BTreeSet::new();
                for id in commitments {
                    recompute_commitment(c, *id).await?;
                    plans.insert(plan_of_commitment(c, *id).await?);
                }
                for p in plans {
                    recompute_plan(c, p).await?;
                }
                recompute_institution_counts(c).await
            }

            pub async fn set_setting(pool: Pool<'_>, key: &str, value: &str) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO settings (key, value) VALUES ($1, $2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(&mut tx)
                .await?;
                // Settings (such as the illustrative-data banner) show on every page.
                commit_changed(pool, tx, &[crate::changes::Tag::All]).await?;
                Ok(())
            }

            /// Adds an activity to a commitment (its key must be new).
            pub async fn add_activity(pool: Pool<'_>, a: &ActivityRec, now: i64) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                let cid = commitment_id(&mut tx, &a.ogp_id).await?;
                let inst = institution_id(&mut tx, a.responsible_institution.as_deref()).await?;
                if insert_activity(&mut tx, cid, inst, a, now).await?.is_some() {
                    return Err(DbError::Invalid(format!("activity {} exists already", a.key)));
                }
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let plan = plan_of_commitment(&mut tx, cid).await?;
                log_change(&mut tx, now, ChangeKind::ActivityAdded, Some(plan), Some(cid), &a.key).await?;
                let tags = tags_of_commitment(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            async fn insert_activity(
                c: &mut Tx<'_>,
                commitment_id: i64,
                inst: Option<i64>,
                a: &ActivityRec,
                now: i64,
            ) -> DbResult<Option<i64>> {
                let previous: Option<(i64,)> = sqlx::query_as("SELECT commitment_id FROM activities WHERE key = $1")
                    .bind(&a.key)
                    .fetch_optional(&mut *c)
                    .await?;
                if a.progress.is_some_and(|p| !(0..=100).contains(&p)) {
                    return Err(DbError::Invalid(format!("progress of {} out of range", a.key)));
                }
                let facts = &a.provenance;
                sqlx::query(
                    "INSERT INTO activities (commitment_id, key, position, title, expected_output, start_date, \
                     end_date, responsible_institution_id, weight, progress, cancelled, sources, updated_at, \
                     progress_source, progress_as_of, stated_status, title_wording) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
                     ON CONFLICT (key) DO UPDATE SET commitment_id = excluded.commitment_id, \
                     position = excluded.position, title = excluded.title, \
                     expected_output = excluded.expected_output, start_date = excluded.start_date, \
                     end_date = excluded.end_date, responsible_institution_id = excluded.responsible_institution_id, \
                     weight = excluded.weight, progress = excluded.progress, cancelled = excluded.cancelled, \
                     sources = excluded.sources, updated_at = excluded.updated_at, \
                     progress_source = excluded.progress_source, progress_as_of = excluded.progress_as_of, \
                     stated_status = excluded.stated_status, title_wording = excluded.title_wording",
                )
                .bind(commitment_id)
                .bind(&a.key)
                .bind(a.position)
                .bind(a.title.to_json())
                .bind(a.expected_output.to_json())
                .bind(a.start_date.map(|d| d.to_string()))
                .bind(a.end_date.map(|d| d.to_string()))
                .bind(inst)
                .bind(a.weight)
                .bind(a.progress)
                .bind(a.cancelled)
                .bind(&a.sources)
                .bind(now)
                .bind(&facts.progress_source)
                .bind(facts.progress_as_of.map(|d| d.to_string()))
                .bind(&facts.stated_status)
                .bind(facts.title_wording)
                .execute(&mut *c)
                .await?;
                Ok(previous.map(|p| p.0))
            }

            /// Changes an activity's weight, progress or cancellation (what a validated report or
            /// a coordinator changes). A new progress is no longer an imported figure: the
            /// sources and date of one are dropped.
            pub async fn update_activity(
                pool: Pool<'_>,
                key: &str,
                weight: i64,
                progress_value: i64,
                cancelled: bool,
                now: i64,
            ) -> DbResult<()> {
                if !(1..=i64::from(progress::MAX_WEIGHT)).contains(&weight) || !(0..=100).contains(&progress_value) {
                    return Err(DbError::Invalid("weight or progress out of range".into()));
                }
                let mut tx = pool.begin().await?;
                let r: Option<(i64,)> = sqlx::query_as(
                    "UPDATE activities SET weight = $1, progress = $2, cancelled = $3, updated_at = $4, \
                     progress_source = CASE WHEN progress = $2 THEN progress_source ELSE '' END, \
                     progress_as_of = CASE WHEN progress = $2 THEN progress_as_of END \
                     WHERE key = $5 RETURNING commitment_id",
                )
                .bind(weight)
                .bind(progress_value)
                .bind(cancelled)
                .bind(now)
                .bind(key)
                .fetch_optional(&mut tx)
                .await?;
                let cid = r.ok_or(DbError::NotFound)?.0;
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let plan = plan_of_commitment(&mut tx, cid).await?;
                log_change(&mut tx, now, ChangeKind::ActivityUpdated, Some(plan), Some(cid), key).await?;
                let tags = tags_of_commitment(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            /// Moves an activity to another commitment.
            pub async fn move_activity(pool: Pool<'_>, key: &str, to_ogp_id: &str, now: i64) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                let to = commitment_id(&mut tx, to_ogp_id).await?;
                let from: Option<(i64,)> = sqlx::query_as("SELECT commitment_id FROM activities WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut tx)
                    .await?;
                let from = from.ok_or(DbError::NotFound)?.0;
                sqlx::query("UPDATE activities SET commitment_id = $1, updated_at = $2 WHERE key = $3")
                    .bind(to)
                    .bind(now)
                    .bind(key)
                    .execute(&mut tx)
                    .await?;
                recompute_after(&mut tx, &BTreeSet::from([from, to])).await?;
                let plan = plan_of_commitment(&mut tx, to).await?;
                log_change(&mut tx, now, ChangeKind::ActivityMoved, Some(plan), Some(to), key).await?;
                // After the move: the activity's institution is among the new commitment's.
                let mut tags = tags_of_commitment(&mut tx, from).await?;
                tags.extend(tags_of_commitment(&mut tx, to).await?);
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            pub async fn delete_activity(pool: Pool<'_>, key: &str, now: i64) -> DbResult<()> {
                let mut tx = pool.begin().await?;
                // Before the delete, while the activity's institution is still among the commitment's.
                let owner: Option<(i64,)> = sqlx::query_as("SELECT commitment_id FROM activities WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut tx)
                    .await?;
                let tags = match owner {
                    Some((cid,)) => tags_of_commitment(&mut tx, cid).await?,
                    None => return Err(DbError::NotFound),
                };
                // Reports keep their activity: one that has any is cancelled, never deleted.
                let (reports,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM progress_reports r JOIN activities a ON a.id = r.activity_id WHERE a.key = $1",
                )
                .bind(key)
                .fetch_one(&mut tx)
                .await?;
                if reports > 0 {
                    return Err(DbError::Invalid(format!("activity {key} has progress reports: cancel it instead")));
                }
                let r: Option<(i64,)> = sqlx::query_as("DELETE FROM activities WHERE key = $1 RETURNING commitment_id")
                    .bind(key)
                    .fetch_optional(&mut tx)
                    .await?;
                let cid = r.ok_or(DbError::NotFound)?.0;
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let plan = plan_of_commitment(&mut tx, cid).await?;
                log_change(&mut tx, now, ChangeKind::ActivityDeleted, Some(plan), Some(cid), key).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            pub async fn set_commitment_weight(pool: Pool<'_>, ogp_id: &str, weight: i64, now: i64) -> DbResult<()> {
                if !(1..=i64::from(progress::MAX_WEIGHT)).contains(&weight) {
                    return Err(DbError::Invalid("weight out of range".into()));
                }
                let mut tx = pool.begin().await?;
                let cid = commitment_id(&mut tx, ogp_id).await?;
                sqlx::query("UPDATE commitments SET weight = $1, updated_at = $2 WHERE id = $3")
                    .bind(weight)
                    .bind(now)
                    .bind(cid)
                    .execute(&mut tx)
                    .await?;
                recompute_after(&mut tx, &BTreeSet::from([cid])).await?;
                let tags = tags_of_commitment(&mut tx, cid).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(())
            }

            /// Compares every stored figure with a fresh computation from the activities; returns
            /// a description of each difference (empty when all agree).
            pub async fn figure_mismatches(pool: Pool<'_>) -> DbResult<Vec<String>> {
                let acts: Vec<(i64, i64, Option<i64>, bool, Option<String>)> =
                    sqlx::query_as("SELECT commitment_id, weight, progress, cancelled, end_date FROM activities")
                        .fetch_all(pool)
                        .await?;
                let cs: Vec<(i64, String, i64, Option<i64>, CommitmentType, i64, Option<i64>, Option<String>, i64)> =
                    sqlx::query_as(
                        "SELECT id, ogp_id, plan_id, axis_id, commitment_type, weight, figure, pending_end, \
                         activities_count FROM commitments",
                    )
                    .fetch_all(pool)
                    .await?;
                let mut by_c: HashMap<i64, Vec<(i64, Option<i64>, bool, Option<String>)>> = HashMap::new();
                for a in acts {
                    by_c.entry(a.0).or_default().push((a.1, a.2, a.3, a.4));
                }
                let mut out = Vec::new();
                let mut fresh: HashMap<i64, (Option<i64>, Option<String>)> = HashMap::new();
                for c in &cs {
                    let list = by_c.remove(&c.0).unwrap_or_default();
                    let inputs = activity_inputs(&list);
                    let f = progress::commitment_figure(&inputs).map(|f| i64::from(f.0));
                    let p = progress::pending_end(&inputs);
                    if (f, &p, list.len() as i64) != (c.6, &c.7, c.8) {
                        out.push(format!("commitment {}: stored {:?}/{:?}/{} fresh {:?}/{:?}/{}", c.1, c.6, c.7, c.8, f, p, list.len()));
                    }
                    fresh.insert(c.0, (f, p));
                }
                let axes: Vec<(i64, String, Option<i64>, Option<String>, i64)> =
                    sqlx::query_as("SELECT id, key, figure, pending_end, reported_commitments FROM axes")
                        .fetch_all(pool)
                        .await?;
                for a in axes {
                    let of: Vec<_> = cs.iter().filter(|c| c.3 == Some(a.0)).collect();
                    let inputs: Vec<CommitmentInput> = of.iter().map(|c| commitment_input(c.5, fresh[&c.0].0)).collect();
                    let f = progress::rollup_figure(&inputs).map(|f| i64::from(f.0));
                    let k = i64::from(progress::commitment_coverage(&inputs).with_figure);
                    let p = progress::earliest(of.iter().map(|c| fresh[&c.0].1.as_deref()));
                    if (f, &p, k) != (a.2, &a.3, a.4) {
                        out.push(format!("axis {}: stored {:?}/{:?}/{} fresh {:?}/{:?}/{}", a.1, a.2, a.3, a.4, f, p, k));
                    }
                }
                type PlanFigures = (i64, String, Option<i64>, Option<i64>, Option<String>, i64, i64);
                let plans: Vec<PlanFigures> = sqlx::query_as(
                    "SELECT id, key, figure, parliament_figure, pending_end, reported_commitments, \
                     reported_parliament_commitments FROM plans",
                )
                .fetch_all(pool)
                .await?;
                for p in plans {
                    let of = |t: CommitmentType| -> Vec<CommitmentInput> {
                        cs.iter().filter(|c| c.2 == p.0 && c.4 == t).map(|c| commitment_input(c.5, fresh[&c.0].0)).collect()
                    };
                    let (gov, parl) = (of(CommitmentType::Government), of(CommitmentType::Parliament));
                    let g = progress::rollup_figure(&gov).map(|f| i64::from(f.0));
                    let pa = progress::rollup_figure(&parl).map(|f| i64::from(f.0));
                    let pe = progress::earliest(
                        cs.iter().filter(|c| c.2 == p.0 && c.4 == CommitmentType::Government).map(|c| fresh[&c.0].1.as_deref()),
                    );
                    let counts = (
                        i64::from(progress::commitment_coverage(&gov).with_figure),
                        i64::from(progress::commitment_coverage(&parl).with_figure),
                    );
                    if (g, pa, &pe, counts) != (p.2, p.3, &p.4, (p.5, p.6)) {
                        out.push(format!(
                            "plan {}: stored {:?}/{:?}/{:?}/{:?} fresh {:?}/{:?}/{:?}/{:?}",
                            p.1, p.2, p.3, p.4, (p.5, p.6), g, pa, pe, counts
                        ));
                    }
                }
                Ok(out)
            }

            fn activity_inputs(rows: &[(i64, Option<i64>, bool, Option<String>)]) -> Vec<ActivityInput> {
                rows.iter()
                    .map(|(w, p, c, e)| ActivityInput {
                        weight: u32::try_from(*w).unwrap_or(0),
                        progress: Progress::from_stored(*p).percent(),
                        cancelled: *c,
                        end: e.as_deref().and_then(|e| PartialDate::parse(e).ok()),
                    })
                    .collect()
            }

            fn commitment_input(weight: i64, figure: Option<i64>) -> CommitmentInput {
                CommitmentInput {
                    weight: u32::try_from(weight).unwrap_or(0),
                    figure: figure.map(|f| Figure(u32::try_from(f).unwrap_or(0))),
                }
            }
        }
    };
}
