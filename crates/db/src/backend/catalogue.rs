//! The back office's writes on the catalogue (docs/co-implementation.md): create and edit a
//! plan, its axes and commitments, move a plan to its next status. Expanded once per engine by
//! `backend!`. Each runs in one transaction, refuses a closed plan inside it, recomputes the
//! figures it affects, logs a public change and bumps the cache tags of what it changed; a
//! commitment's edit writes one `commitment_history` row per changed field and an event, a
//! status move an event.

macro_rules! catalogue_fns {
    ($emit:ident) => {
        $emit! {
            /// A new plan of the national jurisdiction, in drafting; refused when its number is
            /// taken. Returns its id.
            pub async fn create_plan(
                pool: Pool<'_>,
                p: &opengov_core::catalogue_edit::CheckedPlan,
                now: i64,
            ) -> DbResult<CatalogueWrite<i64>> {
                use opengov_core::catalogue_edit::EditError;
                let number = p.number.ok_or_else(|| DbError::Invalid("a new plan has a number".into()))?;
                let mut tx = pool.begin().await?;
                let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM plans WHERE number = $1")
                    .bind(number)
                    .fetch_one(&mut tx)
                    .await?;
                if taken > 0 {
                    return Ok(CatalogueWrite::Refused(vec![EditError::NumberTaken]));
                }
                sqlx::query(
                    "INSERT INTO jurisdictions (key, level, name) VALUES ('national', 'national', '{}') \
                     ON CONFLICT (key) DO NOTHING",
                )
                .execute(&mut tx)
                .await?;
                let (jur,): (i64,) = sqlx::query_as("SELECT id FROM jurisdictions WHERE key = 'national'")
                    .fetch_one(&mut tx)
                    .await?;
                let mut key = format!("nap{number}");
                let (k,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM plans WHERE key = $1")
                    .bind(&key)
                    .fetch_one(&mut tx)
                    .await?;
                if k > 0 {
                    key = format!("{key}-{}", now.rem_euclid(1_000_000));
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO plans (key, jurisdiction_id, number, title, start_date, end_date, status, \
                     sources, notes, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'drafting', '', '', $7) RETURNING id",
                )
                .bind(&key)
                .bind(jur)
                .bind(number)
                .bind(p.title.to_json())
                .bind(p.start.map(|d| d.to_string()))
                .bind(p.end.map(|d| d.to_string()))
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                log_change(&mut tx, now, ChangeKind::PlanEdited, Some(id), None, &key).await?;
                use crate::changes::Tag;
                commit_changed(pool, tx, &[Tag::Lists, Tag::Plan(id)]).await?;
                Ok(CatalogueWrite::Done(id))
            }

            /// New title and dates for a plan (it keeps its number), unless it is closed.
            pub async fn edit_plan(
                pool: Pool<'_>,
                plan_id: i64,
                p: &opengov_core::catalogue_edit::CheckedPlan,
                now: i64,
            ) -> DbResult<CatalogueWrite<()>> {
                let mut tx = pool.begin().await?;
                if !plan_open(&mut tx, plan_id).await? {
                    return Ok(CatalogueWrite::PlanClosed);
                }
                sqlx::query("UPDATE plans SET title = $1, start_date = $2, end_date = $3, updated_at = $4 WHERE id = $5")
                    .bind(p.title.to_json())
                    .bind(p.start.map(|d| d.to_string()))
                    .bind(p.end.map(|d| d.to_string()))
                    .bind(now)
                    .bind(plan_id)
                    .execute(&mut tx)
                    .await?;
                log_change(&mut tx, now, ChangeKind::PlanEdited, Some(plan_id), None, "plan").await?;
                let tags = tags_of_plan(&mut tx, plan_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(CatalogueWrite::Done(()))
            }

            /// Moves a plan to `to`, which must be the status right after its own
            /// (`core::plan::next_status`); records a public event. Returns the status it had.
            pub async fn move_plan_status(
                pool: Pool<'_>,
                plan_id: i64,
                to: opengov_core::kinds::PlanStatus,
                actor_id: i64,
                now: i64,
            ) -> DbResult<Result<opengov_core::kinds::PlanStatus, opengov_core::plan::PlanStatusError>> {
                use opengov_core::kinds::PlanStatus;
                let mut tx = pool.begin().await?;
                let r: Option<(PlanStatus,)> = sqlx::query_as("SELECT status FROM plans WHERE id = $1")
                    .bind(plan_id)
                    .fetch_optional(&mut tx)
                    .await?;
                let from = r.ok_or(DbError::NotFound)?.0;
                if let Err(e) = opengov_core::plan::next_status(from, to) {
                    return Ok(Err(e));
                }
                sqlx::query("UPDATE plans SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(to)
                    .bind(now)
                    .bind(plan_id)
                    .execute(&mut tx)
                    .await?;
                let payload = serde_json::json!({ "plan": plan_id, "from": from.code(), "to": to.code() }).to_string();
                sqlx::query(
                    "INSERT INTO events (at, kind, item_kind, item_id, plan_id, commitment_id, actor_id, visibility, payload) \
                     VALUES ($1, 'plan_status_changed', 'plan', $2, $2, NULL, $3, 'public', $4)",
                )
                .bind(now)
                .bind(plan_id)
                .bind(actor_id)
                .bind(payload)
                .execute(&mut tx)
                .await?;
                log_change(&mut tx, now, ChangeKind::PlanEdited, Some(plan_id), None, to.code()).await?;
                let tags = tags_of_plan(&mut tx, plan_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(Ok(from))
            }

            /// A new axis of an open plan; returns its key.
            pub async fn create_axis(
                pool: Pool<'_>,
                plan_id: i64,
                a: &opengov_core::catalogue_edit::CheckedAxis,
                now: i64,
            ) -> DbResult<CatalogueWrite<String>> {
                let mut tx = pool.begin().await?;
                if !plan_open(&mut tx, plan_id).await? {
                    return Ok(CatalogueWrite::PlanClosed);
                }
                let (plan_key, count): (String, i64) = sqlx::query_as(
                    "SELECT p.key, (SELECT COUNT(*) FROM axes WHERE plan_id = p.id) FROM plans p WHERE p.id = $1",
                )
                .bind(plan_id)
                .fetch_one(&mut tx)
                .await?;
                let mut key = format!("{plan_key}-axis{}", count + 1);
                let (k,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM axes WHERE key = $1")
                    .bind(&key)
                    .fetch_one(&mut tx)
                    .await?;
                if k > 0 {
                    key = format!("{key}-{}", now.rem_euclid(1_000_000));
                }
                sqlx::query(
                    "INSERT INTO axes (key, plan_id, position, title, title_unofficial, position_basis, sources, notes) \
                     VALUES ($1, $2, $3, $4, '{}', '', '', '')",
                )
                .bind(&key)
                .bind(plan_id)
                .bind(a.position)
                .bind(a.title.to_json())
                .execute(&mut tx)
                .await?;
                log_change(&mut tx, now, ChangeKind::PlanEdited, Some(plan_id), None, &key).await?;
                let tags = tags_of_plan(&mut tx, plan_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(CatalogueWrite::Done(key))
            }

            /// A new title and position for an axis of an open plan.
            pub async fn edit_axis(
                pool: Pool<'_>,
                axis_id: i64,
                a: &opengov_core::catalogue_edit::CheckedAxis,
                now: i64,
            ) -> DbResult<CatalogueWrite<()>> {
                let mut tx = pool.begin().await?;
                let r: Option<(i64,)> = sqlx::query_as("SELECT plan_id FROM axes WHERE id = $1")
                    .bind(axis_id)
                    .fetch_optional(&mut tx)
                    .await?;
                let plan_id = r.ok_or(DbError::NotFound)?.0;
                if !plan_open(&mut tx, plan_id).await? {
                    return Ok(CatalogueWrite::PlanClosed);
                }
                sqlx::query("UPDATE axes SET title = $1, position = $2 WHERE id = $3")
                    .bind(a.title.to_json())
                    .bind(a.position)
                    .bind(axis_id)
                    .execute(&mut tx)
                    .await?;
                log_change(&mut tx, now, ChangeKind::PlanEdited, Some(plan_id), None, "axis").await?;
                let tags = tags_of_plan(&mut tx, plan_id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(CatalogueWrite::Done(()))
            }

            /// A new commitment of an open plan, with its sort key; refused when its OGP id is
            /// taken or it names an axis of another plan or an unknown institution. The counts
            /// and figures of its plan, axis and institutions are recomputed. Returns its id.
            pub async fn create_commitment(
                pool: Pool<'_>,
                plan_id: i64,
                ogp_id: &str,
                f: &opengov_core::catalogue_edit::CommitmentFacts,
                now: i64,
            ) -> DbResult<CatalogueWrite<i64>> {
                use opengov_core::catalogue_edit::EditError;
                let mut tx = pool.begin().await?;
                if !plan_open(&mut tx, plan_id).await? {
                    return Ok(CatalogueWrite::PlanClosed);
                }
                let mut errors = Vec::new();
                let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM commitments WHERE ogp_id = $1")
                    .bind(ogp_id)
                    .fetch_one(&mut tx)
                    .await?;
                if taken > 0 {
                    errors.push(EditError::OgpIdTaken);
                }
                let refs = commitment_refs(&mut tx, plan_id, f, &mut errors).await?;
                if !errors.is_empty() {
                    return Ok(CatalogueWrite::Refused(errors));
                }
                let (number,): (i64,) = sqlx::query_as("SELECT number FROM plans WHERE id = $1")
                    .bind(plan_id)
                    .fetch_one(&mut tx)
                    .await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO commitments (ogp_id, plan_id, axis_id, position, position_basis, axis_basis, \
                     commitment_type, title, title_unofficial, title_long, title_irm, problem, description, \
                     how_it_helps, ogp_values, lead_institution_id, lead_institution_name, \
                     ogp_lead_institution_field, support_institutions, contact, start_date, end_date, policy_areas, \
                     ogp_verifiable, ogp_relevant, ogp_ambition, irm_potential_impact, irm_completion, irm_starred, \
                     irm_early_results, irm_potential_for_results, builds_on, sources, notes, weight, sort_key, \
                     updated_at) VALUES ($1, $2, $3, $4, '', '', $5, $6, '{}', '{}', '{}', $7, $8, $9, $10, $11, \
                     '{}', '', '', $12, $13, $14, $15, '', '', '', '', '', '', '', '', '', '', '', $16, $17, $18) \
                     RETURNING id",
                )
                .bind(ogp_id)
                .bind(plan_id)
                .bind(refs.0)
                .bind(f.position)
                .bind(&f.commitment_type)
                .bind(f.title.to_json())
                .bind(f.problem.to_json())
                .bind(f.description.to_json())
                .bind(f.how_it_helps.to_json())
                .bind(&f.ogp_values)
                .bind(refs.1)
                .bind(&f.contact)
                .bind(&f.start)
                .bind(&f.end)
                .bind(&f.policy_areas)
                .bind(f.weight)
                .bind(format!("{number:04}|{ogp_id}"))
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                write_supporters(&mut tx, id, &refs.2).await?;
                recompute_after(&mut tx, &BTreeSet::from([id])).await?;
                log_change(&mut tx, now, ChangeKind::CommitmentAdded, Some(plan_id), Some(id), ogp_id).await?;
                let tags = tags_of_commitment(&mut tx, id).await?;
                commit_changed(pool, tx, &tags).await?;
                Ok(CatalogueWrite::Done(id))
            }

            /// New facts for a commitment of an open plan: one history row per changed field
            /// (with the role that allowed it), an event, the figures recomputed, the pages of
            /// what it showed on before and after told. Returns how many fields changed (none:
            /// nothing is written).
            pub async fn edit_commitment(
                pool: Pool<'_>,
                commitment_id: i64,
                f: &opengov_core::catalogue_edit::CommitmentFacts,
                actor_id: i64,
                role: &str,
                now: i64,
            ) -> DbResult<CatalogueWrite<usize>> {
                let mut tx = pool.begin().await?;
                let r: Option<(i64,)> = sqlx::query_as("SELECT plan_id FROM commitments WHERE id = $1")
                    .bind(commitment_id)
                    .fetch_optional(&mut tx)
                    .await?;
                let plan_id = r.ok_or(DbError::NotFound)?.0;
                if !plan_open(&mut tx, plan_id).await? {
                    return Ok(CatalogueWrite::PlanClosed);
                }
                let mut errors = Vec::new();
                let refs = commitment_refs(&mut tx, plan_id, f, &mut errors).await?;
                if !errors.is_empty() {
                    return Ok(CatalogueWrite::Refused(errors));
                }
                let old = stored_facts(&mut tx, commitment_id).await?;
                let changed = opengov_core::catalogue_edit::changes(&old, f);
                if changed.is_empty() {
                    return Ok(CatalogueWrite::Done(0));
                }
                let mut tags = tags_of_commitment(&mut tx, commitment_id).await?;
                sqlx::query(
                    "UPDATE commitments SET axis_id = $1, position = $2, commitment_type = $3, title = $4, \
                     problem = $5, description = $6, how_it_helps = $7, ogp_values = $8, lead_institution_id = $9, \
                     contact = $10, start_date = $11, end_date = $12, policy_areas = $13, weight = $14, \
                     updated_at = $15 WHERE id = $16",
                )
                .bind(refs.0)
                .bind(f.position)
                .bind(&f.commitment_type)
                .bind(f.title.to_json())
                .bind(f.problem.to_json())
                .bind(f.description.to_json())
                .bind(f.how_it_helps.to_json())
                .bind(&f.ogp_values)
                .bind(refs.1)
                .bind(&f.contact)
                .bind(&f.start)
                .bind(&f.end)
                .bind(&f.policy_areas)
                .bind(f.weight)
                .bind(now)
                .bind(commitment_id)
                .execute(&mut tx)
                .await?;
                write_supporters(&mut tx, commitment_id, &refs.2).await?;
                for ch in &changed {
                    sqlx::query(
                        "INSERT INTO commitment_history (commitment_id, field, old_value, new_value, user_id, role, at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(commitment_id)
                    .bind(&ch.field)
                    .bind(&ch.old)
                    .bind(&ch.new)
                    .bind(actor_id)
                    .bind(role)
                    .bind(now)
                    .execute(&mut tx)
                    .await?;
                }
                let fields: Vec<&str> = changed.iter().map(|c| c.field.as_str()).collect();
                let payload = serde_json::json!({ "commitment": commitment_id, "fields": fields }).to_string();
                sqlx::query(
                    "INSERT INTO events (at, kind, item_kind, item_id, plan_id, commitment_id, actor_id, visibility, payload) \
                     VALUES ($1, 'commitment_changed', 'commitment', $2, $3, $2, $4, 'public', $5)",
                )
                .bind(now)
                .bind(commitment_id)
                .bind(plan_id)
                .bind(actor_id)
                .bind(payload)
                .execute(&mut tx)
                .await?;
                recompute_after(&mut tx, &BTreeSet::from([commitment_id])).await?;
                let ogp_id: (String,) = sqlx::query_as("SELECT ogp_id FROM commitments WHERE id = $1")
                    .bind(commitment_id)
                    .fetch_one(&mut tx)
                    .await?;
                log_change(&mut tx, now, ChangeKind::CommitmentEdited, Some(plan_id), Some(commitment_id), &ogp_id.0).await?;
                tags.extend(tags_of_commitment(&mut tx, commitment_id).await?);
                tags.sort();
                tags.dedup();
                commit_changed(pool, tx, &tags).await?;
                Ok(CatalogueWrite::Done(changed.len()))
            }

            /// A commitment's editable facts as stored, in the form's shape (what the edit form
            /// shows and an edit is compared with).
            pub async fn commitment_facts(
                pool: Pool<'_>,
                commitment_id: i64,
            ) -> DbResult<opengov_core::catalogue_edit::CommitmentFacts> {
                let mut tx = pool.begin().await?;
                let f = stored_facts(&mut tx, commitment_id).await?;
                tx.commit().await?;
                Ok(f)
            }

            async fn stored_facts(
                c: &mut Tx<'_>,
                commitment_id: i64,
            ) -> DbResult<opengov_core::catalogue_edit::CommitmentFacts> {
                use opengov_core::LocalizedText;
                use opengov_core::catalogue_edit as ce;
                type Stored = (
                    String, String, String, String, String, Option<String>, Option<i64>, i64,
                    Option<String>, String, Option<String>, Option<String>, String, String,
                );
                let r: Option<Stored> = sqlx::query_as(
                    "SELECT c.title, c.problem, c.description, c.how_it_helps, c.commitment_type, a.key, \
                     c.position, c.weight, i.key, c.contact, c.start_date, c.end_date, c.ogp_values, \
                     c.policy_areas FROM commitments c LEFT JOIN axes a ON a.id = c.axis_id \
                     LEFT JOIN institutions i ON i.id = c.lead_institution_id WHERE c.id = $1",
                )
                .bind(commitment_id)
                .fetch_optional(&mut *c)
                .await?;
                let r = r.ok_or(DbError::NotFound)?;
                let supporters: Vec<(String,)> = sqlx::query_as(
                    "SELECT i.key FROM commitment_supporters s JOIN institutions i ON i.id = s.institution_id \
                     WHERE s.commitment_id = $1 ORDER BY s.position",
                )
                .bind(commitment_id)
                .fetch_all(&mut *c)
                .await?;
                Ok(ce::CommitmentFacts {
                    title: LocalizedText::from_json(&r.0),
                    problem: LocalizedText::from_json(&r.1),
                    description: LocalizedText::from_json(&r.2),
                    how_it_helps: LocalizedText::from_json(&r.3),
                    commitment_type: r.4,
                    axis: r.5,
                    position: r.6,
                    weight: r.7,
                    lead: r.8,
                    supporters: supporters.into_iter().map(|s| s.0).collect(),
                    contact: r.9,
                    start: r.10,
                    end: r.11,
                    ogp_values: ce::normal_ogp_values(&r.12),
                    policy_areas: ce::normal_policy_areas(&r.13),
                })
            }

            /// The ids of the axis (of this plan), lead and supporting institutions a
            /// commitment names; each unknown key is an error beside its field.
            async fn commitment_refs(
                c: &mut Tx<'_>,
                plan_id: i64,
                f: &opengov_core::catalogue_edit::CommitmentFacts,
                errors: &mut Vec<opengov_core::catalogue_edit::EditError>,
            ) -> DbResult<(Option<i64>, Option<i64>, Vec<i64>)> {
                use opengov_core::catalogue_edit::EditError;
                let mut axis = None;
                if let Some(key) = &f.axis {
                    let r: Option<(i64,)> = sqlx::query_as("SELECT id FROM axes WHERE key = $1 AND plan_id = $2")
                        .bind(key)
                        .bind(plan_id)
                        .fetch_optional(&mut *c)
                        .await?;
                    match r {
                        Some((id,)) => axis = Some(id),
                        None => errors.push(EditError::UnknownAxis),
                    }
                }
                let mut lead = None;
                if let Some(key) = &f.lead {
                    match known_institution(c, key).await? {
                        Some(id) => lead = Some(id),
                        None => errors.push(EditError::UnknownInstitution { field: "lead".into() }),
                    }
                }
                let mut supporters = Vec::new();
                for key in &f.supporters {
                    match known_institution(c, key).await? {
                        Some(id) => supporters.push(id),
                        None => {
                            errors.push(EditError::UnknownInstitution { field: "supporters".into() });
                            break;
                        }
                    }
                }
                Ok((axis, lead, supporters))
            }

            async fn known_institution(c: &mut Tx<'_>, key: &str) -> DbResult<Option<i64>> {
                let r: Option<(i64,)> = sqlx::query_as("SELECT id FROM institutions WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut *c)
                    .await?;
                Ok(r.map(|r| r.0))
            }

            async fn write_supporters(c: &mut Tx<'_>, commitment_id: i64, ids: &[i64]) -> DbResult<()> {
                sqlx::query("DELETE FROM commitment_supporters WHERE commitment_id = $1")
                    .bind(commitment_id)
                    .execute(&mut *c)
                    .await?;
                for (position, id) in ids.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO commitment_supporters (commitment_id, institution_id, position) VALUES ($1, $2, $3)",
                    )
                    .bind(commitment_id)
                    .bind(id)
                    .bind(position as i64 + 1)
                    .execute(&mut *c)
                    .await?;
                }
                Ok(())
            }

            /// True when the plan exists and is open (a missing plan is a 404).
            async fn plan_open(c: &mut Tx<'_>, plan_id: i64) -> DbResult<bool> {
                let r: Option<(opengov_core::kinds::PlanStatus,)> =
                    sqlx::query_as("SELECT status FROM plans WHERE id = $1")
                        .bind(plan_id)
                        .fetch_optional(&mut *c)
                        .await?;
                Ok(opengov_core::plan::plan_is_open(r.ok_or(DbError::NotFound)?.0))
            }

            /// What a change to a plan (its title, dates, status, axes) shows up on: the plan,
            /// its axes, its commitments' pages and the lists.
            async fn tags_of_plan(c: &mut Tx<'_>, plan_id: i64) -> DbResult<Vec<crate::changes::Tag>> {
                use crate::changes::Tag;
                let mut tags = vec![Tag::Lists, Tag::Plan(plan_id)];
                let axes: Vec<(i64,)> = sqlx::query_as("SELECT id FROM axes WHERE plan_id = $1")
                    .bind(plan_id)
                    .fetch_all(&mut *c)
                    .await?;
                tags.extend(axes.into_iter().map(|(a,)| Tag::Axis(a)));
                let cs: Vec<(i64,)> = sqlx::query_as("SELECT id FROM commitments WHERE plan_id = $1")
                    .bind(plan_id)
                    .fetch_all(&mut *c)
                    .await?;
                tags.extend(cs.into_iter().map(|(c,)| Tag::Commitment(c)));
                Ok(tags)
            }
        }
    };
}
