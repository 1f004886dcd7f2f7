//! The plans list and a plan's page.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;
use opengov_core::kinds::{CommitmentType, FigureScope};

pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        let plans = s.db.list_plans().await?;
        let figures = s.db.latest_reported_plan_figures().await?;
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::Plans)
            .title(s.i18n.t(lang, "plans-title"))
            .build();
        let plans = plans
            .iter()
            .rev()
            .map(|p| PlanCard::of(&c, p, figures.iter().find(|f| f.plan_key == p.key), &today))
            .collect();
        Ok(Page::new(
            render(&PlansPage { c, plans })?,
            vec![Tag::Lists],
        ))
    })
    .await
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    PlanNumber(number): PlanNumber,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        let plan =
            s.db.plan_by_number(number)
                .await?
                .ok_or_else(AppError::not_found)?;
        let axes = s.db.axes_of_plan(plan.id).await?;
        let commitments = s.db.commitments_of_plan(plan.id).await?;
        let figures = s.db.reported_figures_of_plan(plan.id).await?;
        let documents = s.db.documents_of_plan(plan.id).await?;
        let last_change = s.db.plan_last_change(plan.id).await?;
        let illustrative = illustrative(&s).await?;
        let plan_label = s.i18n.ta(
            lang,
            "plan-number",
            &[("number", number.to_string().into())],
        );
        let c = frame(&s, lang, &path)
            .illustrative(illustrative)
            .nav(Nav::Plans)
            .crumb(s.i18n.t(lang, "plans-title"), "/plans")
            .title(plan_label.clone())
            .build();
        let plan_figures: Vec<_> = figures
            .iter()
            .filter(|f| f.scope == FigureScope::Plan)
            .collect();
        let card = PlanCard::of(&c, &plan, plan_figures.first().copied(), &today);
        let mut c = c;
        c.title = format!("{plan_label} · {}", card.title.text);

        // Commitments grouped by axis, then those without an identified axis, then Parliament's.
        let mut by_axis: HashMap<&str, Vec<CommitmentItem>> = HashMap::new();
        let mut no_axis = Vec::new();
        let mut parliament = Vec::new();
        for cm in &commitments {
            let item = CommitmentItem::of(&c, cm, &today, false);
            match (&cm.axis_key, cm.commitment_type) {
                (_, CommitmentType::Parliament) => parliament.push(item),
                (Some(k), _) => by_axis.entry(k.as_str()).or_default().push(item),
                (None, _) => no_axis.push(item),
            }
        }
        let axis_items: Vec<AxisItem> = axes
            .iter()
            .map(|a| AxisItem::of(&c, a, &figures, &today))
            .collect();
        let mut groups: Vec<Group> = axis_items
            .iter()
            .map(|a| {
                let items = by_axis.remove(a.key.as_str()).unwrap_or_default();
                let note = a.declared.as_ref().map(|d| {
                    s.i18n.ta(
                        lang,
                        "axis-recorded-of",
                        &[
                            ("recorded", items.len().to_string().into()),
                            ("declared", d.clone().into()),
                        ],
                    )
                });
                Group {
                    title: a.title.text.clone(),
                    mark: a.mark.clone(),
                    id: format!("axis-{}", a.key),
                    note,
                    items,
                }
            })
            .collect();
        if !no_axis.is_empty() {
            groups.push(Group {
                title: c.t("group-no-axis"),
                mark: None,
                id: "no-axis".into(),
                note: Some(c.t("group-no-axis-note")),
                items: no_axis,
            });
        }
        let parliament_bar = if parliament.is_empty() {
            None
        } else {
            groups.push(Group {
                title: c.t("group-parliament"),
                mark: None,
                id: "parliament".into(),
                note: Some(c.t("group-parliament-note")),
                items: parliament,
            });
            Some(Bar::new(
                &c,
                plan.parliament_figure,
                None,
                &today,
                &c.t("group-parliament"),
            ))
        };
        let rollup = crate::views::rollup::build(&c, plan.figure, &axes, &commitments);
        let page = PlanPage {
            rollup,
            updated: Updated::of(&c, last_change),
            officials: plan_figures.iter().map(|f| Official::of(&c, f)).collect(),
            axes: axis_items,
            declared_axes: plan
                .declared_axes
                .filter(|d| *d as usize > axes.len())
                .map(|d| {
                    s.i18n.ta(
                        lang,
                        "plan-axes-recorded-of",
                        &[
                            ("recorded", axes.len().to_string().into()),
                            ("count", opengov_i18n::Arg::Count(d)),
                        ],
                    )
                }),
            groups,
            parliament_bar,
            parliament_coverage: crate::views::coverage::of_commitments(
                &c,
                plan.parliament_figure,
                plan.reported_parliament_commitments,
                plan.recorded_parliament_commitments,
            ),
            documents: documents
                .iter()
                .map(|d| DocItem {
                    title: d.title.clone(),
                    url: d.url.clone(),
                    language: language_name(&c, &d.language),
                    kind: {
                        let id = format!("doc-type-{}", d.doc_type.replace('_', "-"));
                        s.i18n.t(
                            lang,
                            if s.i18n.has(lang, &id) {
                                &id
                            } else {
                                "doc-type-other"
                            },
                        )
                    },
                })
                .collect(),
            sources: crate::format::list(&plan.sources),
            plan: card,
            followup: (
                format!("/plans/{number}/late"),
                format!("/plans/{number}/assistance"),
            ),
            c,
        };
        // Its commitments, axes and figures all change with the plan's tag.
        Ok(Page::new(render(&page)?, vec![Tag::Plan(plan.id)]))
    })
    .await
}
