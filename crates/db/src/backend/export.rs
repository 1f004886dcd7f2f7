//! Import and export of whole datasets, expanded once per engine by `backend!`.

macro_rules! export_fns {
    ($emit:ident) => {
        $emit! {
            /// The stored form of a commitment's title sources: `{"fr": "portal"}`.
            fn title_sources_json(
                m: &std::collections::BTreeMap<opengov_core::Lang, opengov_core::kinds::TitleSource>,
            ) -> String {
                let codes: std::collections::BTreeMap<&str, &str> =
                    m.iter().map(|(l, s)| (l.code(), s.code())).collect();
                serde_json::to_string(&codes).unwrap_or_else(|_| "{}".into())
            }

            /// Keys already stored, so that an import may refer to them.
            pub async fn known_keys(pool: Pool<'_>) -> DbResult<crate::dataset::KnownKeys> {
                let mut k = crate::dataset::KnownKeys::default();
                let plans: Vec<(String,)> = sqlx::query_as("SELECT key FROM plans").fetch_all(pool).await?;
                k.plans = plans.into_iter().map(|r| r.0).collect();
                let axes: Vec<(String, String)> =
                    sqlx::query_as("SELECT a.key, p.key FROM axes a JOIN plans p ON p.id = a.plan_id")
                        .fetch_all(pool)
                        .await?;
                k.axes = axes.into_iter().collect();
                let cs: Vec<(String,)> = sqlx::query_as("SELECT ogp_id FROM commitments").fetch_all(pool).await?;
                k.commitments = cs.into_iter().map(|r| r.0).collect();
                let is: Vec<(String,)> = sqlx::query_as("SELECT key FROM institutions").fetch_all(pool).await?;
                k.institutions = is.into_iter().map(|r| r.0).collect();
                Ok(k)
            }

            /// Stores a validated dataset in one transaction: rows are inserted or updated by their
            /// keys; a plan's reported figures and documents are replaced by the dataset's.
            /// `progress_cb` receives percents.
            pub async fn import_dataset(
                pool: Pool<'_>,
                ds: &Dataset,
                now: i64,
                progress_cb: &(dyn Fn(u64) + Sync),
            ) -> DbResult<ImportSummary> {
                let mut tx = pool.begin().await?;
                let c = &mut tx;
                sqlx::query(
                    "INSERT INTO jurisdictions (key, level, name) VALUES ('national', 'national', '{}') \
                     ON CONFLICT (key) DO NOTHING",
                )
                .execute(&mut *c)
                .await?;
                let (jur,): (i64,) = sqlx::query_as("SELECT id FROM jurisdictions WHERE key = 'national'")
                    .fetch_one(&mut *c)
                    .await?;

                let mut inst_ids: HashMap<String, i64> = HashMap::new();
                for i in ds.institutions_with_leads() {
                    let (id,): (i64,) = sqlx::query_as(
                        "INSERT INTO institutions (key, kind, name, name_unofficial, name_variants, \
                         name_valid_from, name_valid_until, later_names, lineage, sources, notes) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                         ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, \
                         name_unofficial = excluded.name_unofficial, name_variants = excluded.name_variants, \
                         name_valid_from = excluded.name_valid_from, name_valid_until = excluded.name_valid_until, \
                         later_names = excluded.later_names, lineage = excluded.lineage, \
                         sources = excluded.sources, notes = excluded.notes RETURNING id",
                    )
                    .bind(&i.key)
                    .bind(i.kind)
                    .bind(i.name.to_json())
                    .bind(i.name_unofficial.to_json())
                    .bind(i.name_variants.join(";"))
                    .bind(i.name_valid.from.map(|d| d.to_string()))
                    .bind(i.name_valid.until.map(|d| d.to_string()))
                    .bind(serde_json::to_string(&i.later_names).unwrap_or_else(|_| "[]".into()))
                    .bind(&i.lineage)
                    .bind(&i.sources)
                    .bind(&i.notes)
                    .fetch_one(&mut *c)
                    .await?;
                    inst_ids.insert(i.key.clone(), id);
                }

                let mut plan_ids: HashMap<String, (i64, i64)> = HashMap::new();
                for p in &ds.plans {
                    let (id,): (i64,) = sqlx::query_as(
                        "INSERT INTO plans (key, jurisdiction_id, number, title, start_date, end_date, status, \
                         declared_commitments, ogp_listed_commitments, declared_axes, sources, notes, \
                         reported_completion, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                         ON CONFLICT (key) DO UPDATE SET number = excluded.number, title = excluded.title, \
                         start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status, \
                         declared_commitments = excluded.declared_commitments, \
                         ogp_listed_commitments = excluded.ogp_listed_commitments, \
                         declared_axes = excluded.declared_axes, sources = excluded.sources, notes = excluded.notes, \
                         reported_completion = excluded.reported_completion, updated_at = excluded.updated_at \
                         RETURNING id",
                    )
                    .bind(&p.key)
                    .bind(jur)
                    .bind(p.number)
                    .bind(p.title.to_json())
                    .bind(p.start_date.map(|d| d.to_string()))
                    .bind(p.end_date.map(|d| d.to_string()))
                    .bind(p.status)
                    .bind(p.commitments_count)
                    .bind(p.ogp_listed_commitments)
                    .bind(p.axes_count)
                    .bind(&p.sources)
                    .bind(&p.notes)
                    .bind(p.reported_completion)
                    .bind(now)
                    .fetch_one(&mut *c)
                    .await?;
                    plan_ids.insert(p.key.clone(), (id, p.number));
                }
                // Plans the dataset refers to without listing them.
                for key in ds.axes.iter().map(|a| &a.plan_key).chain(ds.commitments.iter().map(|c| &c.plan_key)).chain(ds.figures.iter().map(|f| &f.plan_key)) {
                    if !plan_ids.contains_key(key) {
                        let r: (i64, i64) = sqlx::query_as("SELECT id, number FROM plans WHERE key = $1")
                            .bind(key)
                            .fetch_one(&mut *c)
                            .await?;
                        plan_ids.insert(key.clone(), r);
                    }
                }

                let mut axis_ids: HashMap<String, i64> = HashMap::new();
                for a in &ds.axes {
                    let (id,): (i64,) = sqlx::query_as(
                        "INSERT INTO axes (key, plan_id, position, title, title_unofficial, declared_commitments, \
                         position_basis, sources, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                         ON CONFLICT (key) DO UPDATE SET plan_id = excluded.plan_id, position = excluded.position, \
                         title = excluded.title, title_unofficial = excluded.title_unofficial, \
                         declared_commitments = excluded.declared_commitments, \
                         position_basis = excluded.position_basis, sources = excluded.sources, notes = excluded.notes \
                         RETURNING id",
                    )
                    .bind(&a.key)
                    .bind(plan_ids[&a.plan_key].0)
                    .bind(a.position)
                    .bind(a.title.to_json())
                    .bind(a.title_unofficial.to_json())
                    .bind(a.commitments_count)
                    .bind(&a.position_basis)
                    .bind(&a.sources)
                    .bind(&a.notes)
                    .fetch_one(&mut *c)
                    .await?;
                    axis_ids.insert(a.key.clone(), id);
                }

                let mut touched = BTreeSet::new();
                let mut commitment_ids: HashMap<String, i64> = HashMap::new();
                let total = (ds.commitments.len() + ds.activities.len()) as u64;
                let mut done = 0u64;
                for cm in &ds.commitments {
                    let axis_id = match &cm.axis_key {
                        Some(k) => match axis_ids.get(k) {
                            Some(id) => Some(*id),
                            None => {
                                let r: (i64,) = sqlx::query_as("SELECT id FROM axes WHERE key = $1")
                                    .bind(k)
                                    .fetch_one(&mut *c)
                                    .await?;
                                Some(r.0)
                            }
                        },
                        None => None,
                    };
                    let lead = match Dataset::lead_key(cm) {
                        Some(k) => match inst_ids.get(&k) {
                            Some(id) => Some(*id),
                            // A key of an institution already stored (the dataset checked it);
                            // a name-made key that names nothing stays without a lead.
                            None if cm.lead_institution_key.is_some() => institution_id(c, Some(&k)).await?,
                            None => None,
                        },
                        None => None,
                    };
                    let (plan_id, number) = plan_ids[&cm.plan_key];
                    let sort_key = format!("{:04}|{}", number, cm.ogp_id);
                    let (id,): (i64,) = sqlx::query_as(
                        "INSERT INTO commitments (ogp_id, plan_id, axis_id, position, position_inferred, \
                         position_basis, axis_basis, commitment_type, title, title_unofficial, title_long, title_irm, \
                         problem, description, how_it_helps, ogp_values, lead_institution_id, lead_institution_name, \
                         ogp_lead_institution_field, support_institutions, contact, start_date, end_date, policy_areas, \
                         ogp_verifiable, ogp_relevant, ogp_ambition, irm_potential_impact, irm_completion, irm_starred, \
                         irm_early_results, irm_potential_for_results, builds_on, sources, notes, weight, sort_key, \
                         updated_at, title_sources, title_ogp) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
                         $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, \
                         $31, $32, $33, $34, $35, $36, $37, $38, $39, $40) \
                         ON CONFLICT (ogp_id) DO UPDATE SET plan_id = excluded.plan_id, axis_id = excluded.axis_id, \
                         position = excluded.position, position_inferred = excluded.position_inferred, \
                         position_basis = excluded.position_basis, axis_basis = excluded.axis_basis, \
                         commitment_type = excluded.commitment_type, title = excluded.title, \
                         title_unofficial = excluded.title_unofficial, title_long = excluded.title_long, \
                         title_irm = excluded.title_irm, problem = excluded.problem, description = excluded.description, \
                         how_it_helps = excluded.how_it_helps, ogp_values = excluded.ogp_values, \
                         lead_institution_id = excluded.lead_institution_id, \
                         lead_institution_name = excluded.lead_institution_name, \
                         ogp_lead_institution_field = excluded.ogp_lead_institution_field, \
                         support_institutions = excluded.support_institutions, contact = excluded.contact, \
                         start_date = excluded.start_date, end_date = excluded.end_date, \
                         policy_areas = excluded.policy_areas, ogp_verifiable = excluded.ogp_verifiable, \
                         ogp_relevant = excluded.ogp_relevant, ogp_ambition = excluded.ogp_ambition, \
                         irm_potential_impact = excluded.irm_potential_impact, irm_completion = excluded.irm_completion, \
                         irm_starred = excluded.irm_starred, irm_early_results = excluded.irm_early_results, \
                         irm_potential_for_results = excluded.irm_potential_for_results, builds_on = excluded.builds_on, \
                         sources = excluded.sources, notes = excluded.notes, weight = excluded.weight, \
                         sort_key = excluded.sort_key, updated_at = excluded.updated_at, \
                         title_sources = excluded.title_sources, title_ogp = excluded.title_ogp RETURNING id",
                    )
                    .bind(&cm.ogp_id)
                    .bind(plan_id)
                    .bind(axis_id)
                    .bind(cm.position)
                    .bind(cm.position_inferred)
                    .bind(&cm.position_basis)
                    .bind(&cm.axis_basis)
                    .bind(cm.commitment_type)
                    .bind(cm.title.to_json())
                    .bind(cm.title_unofficial.to_json())
                    .bind(cm.title_long.to_json())
                    .bind(cm.title_irm.to_json())
                    .bind(cm.problem.to_json())
                    .bind(cm.description.to_json())
                    .bind(cm.how_it_helps.to_json())
                    .bind(&cm.ogp_values)
                    .bind(lead)
                    .bind(cm.lead_institution.to_json())
                    .bind(&cm.ogp_lead_institution_field)
                    .bind(&cm.support_institutions)
                    .bind(&cm.contact)
                    .bind(cm.start_date.map(|d| d.to_string()))
                    .bind(cm.end_date.map(|d| d.to_string()))
                    .bind(&cm.policy_areas)
                    .bind(cm.assessment.verifiable)
                    .bind(cm.assessment.relevant)
                    .bind(cm.assessment.ambition)
                    .bind(cm.assessment.potential_impact)
                    .bind(cm.assessment.completion)
                    .bind(cm.assessment.starred)
                    .bind(cm.assessment.early_results)
                    .bind(cm.assessment.potential_for_results)
                    .bind(&cm.builds_on)
                    .bind(&cm.sources)
                    .bind(&cm.notes)
                    .bind(cm.weight)
                    .bind(sort_key)
                    .bind(now)
                    .bind(title_sources_json(&cm.title_sources))
                    .bind(cm.title_ogp.to_json())
                    .fetch_one(&mut *c)
                    .await?;
                    // Its supporting institutions are the dataset's, in its order.
                    sqlx::query("DELETE FROM commitment_supporters WHERE commitment_id = $1")
                        .bind(id)
                        .execute(&mut *c)
                        .await?;
                    for (position, key) in cm.support_institution_keys.iter().enumerate() {
                        let inst = match inst_ids.get(key) {
                            Some(i) => Some(*i),
                            None => institution_id(c, Some(key)).await?,
                        };
                        sqlx::query(
                            "INSERT INTO commitment_supporters (commitment_id, institution_id, position) \
                             VALUES ($1, $2, $3)",
                        )
                        .bind(id)
                        .bind(inst)
                        .bind(position as i64 + 1)
                        .execute(&mut *c)
                        .await?;
                    }
                    commitment_ids.insert(cm.ogp_id.clone(), id);
                    touched.insert(id);
                    done += 1;
                    if done % 100 == 0 {
                        progress_cb(done * 100 / total.max(1));
                    }
                }

                for a in &ds.activities {
                    let cid = match commitment_ids.get(&a.ogp_id) {
                        Some(id) => *id,
                        None => commitment_id(c, &a.ogp_id).await?,
                    };
                    let inst = match &a.responsible_institution {
                        Some(k) => match inst_ids.get(k) {
                            Some(id) => Some(*id),
                            None => institution_id(c, Some(k)).await?,
                        },
                        None => None,
                    };
                    if let Some(previous) = insert_activity(c, cid, inst, a, now).await? {
                        touched.insert(previous);
                    }
                    touched.insert(cid);
                    done += 1;
                    if done % 500 == 0 {
                        progress_cb(done * 100 / total.max(1));
                    }
                }

                let figure_plans: BTreeSet<i64> = ds.figures.iter().map(|f| plan_ids[&f.plan_key].0).collect();
                for p in &figure_plans {
                    sqlx::query("DELETE FROM reported_figures WHERE plan_id = $1").bind(*p).execute(&mut *c).await?;
                }
                for f in &ds.figures {
                    let plan_id = plan_ids[&f.plan_key].0;
                    let (axis_id, cid) = match f.scope {
                        FigureScope::Plan => (None, None),
                        FigureScope::Axis => match axis_ids.get(&f.reference) {
                            Some(id) => (Some(*id), None),
                            None => {
                                let r: (i64,) = sqlx::query_as("SELECT id FROM axes WHERE key = $1")
                                    .bind(&f.reference)
                                    .fetch_one(&mut *c)
                                    .await?;
                                (Some(r.0), None)
                            }
                        },
                        FigureScope::Commitment => match commitment_ids.get(&f.reference) {
                            Some(id) => (None, Some(*id)),
                            None => (None, Some(commitment_id(c, &f.reference).await?)),
                        },
                    };
                    sqlx::query(
                        "INSERT INTO reported_figures (plan_id, scope, axis_id, commitment_id, ref, as_of, percent, \
                         sources, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    )
                    .bind(plan_id)
                    .bind(f.scope)
                    .bind(axis_id)
                    .bind(cid)
                    .bind(&f.reference)
                    .bind(f.as_of.map(|d| d.to_string()))
                    .bind(f.percent)
                    .bind(&f.sources)
                    .bind(&f.notes)
                    .execute(&mut *c)
                    .await?;
                }

                if !ds.documents.is_empty() {
                    let doc_plans: BTreeSet<Option<i64>> =
                        ds.documents.iter().map(|d| d.plan_key.as_ref().map(|k| plan_ids[k].0)).collect();
                    for p in &doc_plans {
                        sqlx::query("DELETE FROM documents WHERE plan_id = $1 OR (plan_id IS NULL AND CAST($1 AS BIGINT) IS NULL)")
                            .bind(*p)
                            .execute(&mut *c)
                            .await?;
                    }
                    for d in &ds.documents {
                        sqlx::query(
                            "INSERT INTO documents (plan_id, doc_type, title, language, url, notes) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(d.plan_key.as_ref().map(|k| plan_ids[k].0))
                        .bind(&d.doc_type)
                        .bind(&d.title)
                        .bind(&d.language)
                        .bind(&d.url)
                        .bind(&d.notes)
                        .execute(&mut *c)
                        .await?;
                    }
                }

                for id in &touched {
                    recompute_commitment(c, *id).await?;
                }
                let mut plans: BTreeSet<i64> = plan_ids.values().map(|v| v.0).collect();
                for id in &touched {
                    plans.insert(plan_of_commitment(c, *id).await?);
                }
                for p in &plans {
                    recompute_plan(c, *p).await?;
                }
                recompute_institution_counts(c).await?;
                for p in &ds.plans {
                    log_change(c, now, ChangeKind::PlanImported, Some(plan_ids[&p.key].0), None, &p.key).await?;
                }
                // An import may touch anything: every cached page goes.
                commit_changed(pool, tx, &[crate::changes::Tag::All]).await?;
                progress_cb(100);
                Ok(ImportSummary {
                    institutions: inst_ids.len(),
                    plans: ds.plans.len(),
                    axes: ds.axes.len(),
                    commitments: ds.commitments.len(),
                    activities: ds.activities.len(),
                    figures: ds.figures.len(),
                    documents: ds.documents.len(),
                })
            }

            /// Reads the whole stored dataset back into records, in a stable order.
            pub async fn export_dataset(pool: Pool<'_>) -> DbResult<Dataset> {
                let date = |s: &Option<String>| s.as_deref().and_then(|s| PartialDate::parse(s).ok());
                let mut ds = Dataset::default();
                let insts: Vec<InstitutionRow> =
                    sqlx::query_as(concat!("SELECT ", institution_columns!(), " FROM institutions ORDER BY key"))
                        .fetch_all(pool)
                        .await?;
                for i in insts {
                    ds.institutions.push(InstitutionRec {
                        kind: i.kind,
                        name: i.name(),
                        name_unofficial: i.name_unofficial(),
                        name_variants: i.name_variants.split(';').filter(|v| !v.is_empty()).map(str::to_string).collect(),
                        name_valid: opengov_core::Period { from: date(&i.name_valid_from), until: date(&i.name_valid_until) },
                        later_names: i.later_names(),
                        lineage: i.lineage,
                        sources: i.sources,
                        notes: i.notes,
                        key: i.key,
                    });
                }
                let supporters: Vec<SupporterRow> =
                    sqlx::query_as(concat!(supporter_select!(), " ORDER BY s.commitment_id, s.position"))
                        .fetch_all(pool)
                        .await?;
                let plans: Vec<PlanRow> = sqlx::query_as(concat!("SELECT ", plan_columns!(), " FROM plans ORDER BY number"))
                    .fetch_all(pool)
                    .await?;
                for p in plans {
                    ds.plans.push(PlanRec {
                        title: p.title(),
                        start_date: date(&p.start_date),
                        end_date: date(&p.end_date),
                        status: p.status,
                        commitments_count: p.declared_commitments,
                        reported_completion: p.reported_completion,
                        sources: p.sources,
                        ogp_listed_commitments: p.ogp_listed_commitments,
                        axes_count: p.declared_axes,
                        notes: p.notes,
                        key: p.key,
                        number: p.number,
                    });
                }
                let axes: Vec<AxisRow> = sqlx::query_as(concat!(axis_select!(), " ORDER BY a.id")).fetch_all(pool).await?;
                for a in axes {
                    ds.axes.push(AxisRec {
                        title: a.title(),
                        title_unofficial: a.title_unofficial(),
                        plan_key: a.plan_key,
                        key: a.key,
                        position: a.position,
                        commitments_count: a.declared_commitments,
                        sources: a.sources,
                        position_basis: a.position_basis,
                        notes: a.notes,
                    });
                }
                let cs: Vec<CommitmentRow> =
                    sqlx::query_as(concat!(commitment_select!(), " ORDER BY c.id")).fetch_all(pool).await?;
                for c in cs {
                    let t = CommitmentRow::text;
                    ds.commitments.push(CommitmentRec {
                        plan_key: c.plan_key.clone(),
                        axis_key: c.axis_key.clone(),
                        ogp_id: c.ogp_id.clone(),
                        position: c.position,
                        title: t(&c.title),
                        title_unofficial: t(&c.title_unofficial),
                        title_sources: c.title_sources(),
                        title_ogp: t(&c.title_ogp),
                        lead_institution: t(&c.lead_institution_name),
                        lead_institution_key: c.lead_institution_key.clone(),
                        support_institution_keys: supporters
                            .iter()
                            .filter(|s| s.commitment_ogp_id == c.ogp_id)
                            .map(|s| s.key.clone())
                            .collect(),
                        start_date: date(&c.start_date),
                        end_date: date(&c.end_date),
                        assessment: c.assessment(),
                        ogp_values: c.ogp_values.clone(),
                        sources: c.sources.clone(),
                        commitment_type: c.commitment_type,
                        position_inferred: c.position_inferred,
                        title_long: t(&c.title_long),
                        title_irm: t(&c.title_irm),
                        ogp_lead_institution_field: c.ogp_lead_institution_field,
                        support_institutions: c.support_institutions,
                        policy_areas: c.policy_areas.clone(),
                        builds_on: c.builds_on,
                        position_basis: c.position_basis,
                        axis_basis: c.axis_basis,
                        notes: c.notes,
                        problem: t(&c.problem),
                        description: t(&c.description),
                        how_it_helps: t(&c.how_it_helps),
                        contact: c.contact,
                        weight: c.weight,
                    });
                }
                let acts: Vec<ActivityRow> =
                    sqlx::query_as(concat!(activity_select!(), " ORDER BY t.id")).fetch_all(pool).await?;
                for a in acts {
                    ds.activities.push(ActivityRec {
                        title: a.title(),
                        expected_output: a.expected_output(),
                        start_date: date(&a.start_date),
                        end_date: date(&a.end_date),
                        ogp_id: a.commitment_ogp_id,
                        key: a.key,
                        position: a.position,
                        responsible_institution: a.responsible_key,
                        weight: a.weight,
                        progress: a.progress.stored(),
                        cancelled: a.cancelled,
                        sources: a.sources,
                        provenance: Provenance {
                            title_wording: a.title_wording,
                            stated_status: a.stated_status,
                            progress_source: a.progress_source,
                            progress_as_of: date(&a.progress_as_of),
                        },
                    });
                }
                let figs: Vec<ReportedFigureRow> =
                    sqlx::query_as(concat!(figure_select!(), " ORDER BY f.id")).fetch_all(pool).await?;
                for f in figs {
                    ds.figures.push(FigureRec {
                        scope: f.scope,
                        as_of: date(&f.as_of),
                        plan_key: f.plan_key,
                        reference: f.reference,
                        percent: f.percent,
                        sources: f.sources,
                        notes: f.notes,
                    });
                }
                let docs: Vec<DocumentRow> = sqlx::query_as(
                    "SELECT p.key AS plan_key, d.doc_type, d.title, d.language, d.url, d.notes \
                     FROM documents d LEFT JOIN plans p ON p.id = d.plan_id ORDER BY d.id",
                )
                .fetch_all(pool)
                .await?;
                for d in docs {
                    ds.documents.push(DocumentRec {
                        plan_key: d.plan_key,
                        doc_type: d.doc_type,
                        title: d.title,
                        language: d.language,
                        url: d.url,
                        notes: d.notes,
                    });
                }
                Ok(ds)
            }
        }
    };
}
