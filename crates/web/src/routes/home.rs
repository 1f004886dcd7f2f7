//! The home page: headline figures, the current plan per axis, the plans, the latest changes.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;
use opengov_core::kinds::PlanStatus;

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        let plans = s.db.list_plans().await?;
        let figures = s.db.latest_reported_plan_figures().await?;
        let changes = s.db.latest_changes(8).await?;
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::Home)
            // The document title says the site's name once, with its tagline; the heading
            // is home-title.
            .title_id("site-name")
            .without_crumbs()
            .build();
        // The current plan: the latest one being implemented, else the latest.
        let current = plans
            .iter()
            .rev()
            .find(|p| p.status == PlanStatus::Implementing)
            .or(plans.last());
        let axes_rows = match current {
            Some(p) => s.db.axes_of_plan(p.id).await?,
            None => vec![],
        };
        let plan_figures: Vec<_> = current
            .map(|p| {
                figures
                    .iter()
                    .filter(|f| f.plan_key == p.key)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let official_of = |key: &str| figures.iter().find(|f| f.plan_key == key);
        let cards: Vec<PlanCard> = plans
            .iter()
            .rev()
            .map(|p| PlanCard::of(&c, p, official_of(&p.key), &today))
            .collect();
        let current_card = current.map(|p| PlanCard::of(&c, p, official_of(&p.key), &today));
        let axis_figures = match current {
            Some(p) => s.db.reported_figures_of_plan(p.id).await?,
            None => vec![],
        };
        let _ = plan_figures;
        let axes = axes_rows
            .iter()
            .map(|a| AxisItem::of(&c, a, &axis_figures, &today))
            .collect();
        let commitments: i64 = plans
            .iter()
            .map(|p| p.recorded_commitments + p.recorded_parliament_commitments)
            .sum();
        let mut stats = vec![
            Stat {
                value: plans.len().to_string(),
                label: c.t("stat-plans"),
                note: None,
            },
            Stat {
                value: commitments.to_string(),
                label: c.t("stat-commitments"),
                note: Some(c.t("stat-commitments-note")),
            },
        ];
        if let Some(card) = &current_card {
            let (value, note) = match (card.bar.percent, &card.official) {
                // From some of its commitments only: the figure says so.
                (Some(_), _) => (
                    card.bar.value_label.clone(),
                    card.coverage
                        .clone()
                        .unwrap_or_else(|| c.t("stat-computed")),
                ),
                (None, Some(o)) => (
                    o.value.clone(),
                    format!("{} · {}", c.t("official-tag"), o.label),
                ),
                (None, None) => (c.t("status-not-reported"), String::new()),
            };
            stats.push(Stat {
                value,
                label: c.t("stat-current-completion"),
                note: (!note.is_empty()).then_some(note),
            });
        }
        let page = HomePage {
            stats,
            current: current_card,
            axes,
            plans: cards,
            changes: changes.iter().map(|r| ChangeItem::of(&c, r)).collect(),
            c,
        };
        Ok(Page::new(render(&page)?, vec![Tag::Lists]))
    })
    .await
}
