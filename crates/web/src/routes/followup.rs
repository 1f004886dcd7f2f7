//! A plan's follow-up pages (public, cached with the plan): its late activities and its open
//! requests for assistance.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::Frame;
use crate::kernel::prelude::*;
use crate::views::ActivityItem;
use crate::views::followup::{AssistanceItem, PlanAssistancePage, PlanLatePage};
use axum::http::Uri;

async fn plan_of(s: &AppState, number: i64) -> Result<opengov_db::rows::PlanRow, AppError> {
    s.db.plan_by_number(number)
        .await?
        .ok_or_else(AppError::not_found)
}

fn frame_of(s: &AppState, lang: Lang, path: &str, number: i64, title_id: &str) -> Frame {
    let plan_label = s.i18n.ta(
        lang,
        "plan-number",
        &[("number", number.to_string().into())],
    );
    frame(s, lang, path)
        .nav(Nav::Plans)
        .crumb(s.i18n.t(lang, "plans-title"), "/plans")
        .crumb(plan_label, &format!("/plans/{number}"))
        .title_id(title_id)
}

/// `GET /{lang}/plans/{number}/late`: the activities past their end date below 100 %.
pub async fn late(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    PlanNumber(number): PlanNumber,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        let plan = plan_of(&s, number).await?;
        let activities = s.db.dated_activities_of_plan(plan.id).await?;
        let c = frame_of(&s, lang, &path, number, "late-title")
            .illustrative(illustrative(&s).await?)
            .build();
        let items: Vec<ActivityItem> = activities
            .iter()
            .map(|a| ActivityItem::of(&c, a, &today))
            .filter(|a| a.delayed)
            .collect();
        let intro = c.ta(
            "late-intro",
            "date",
            &crate::format::date(s.i18n, lang, &today),
        );
        let page = PlanLatePage {
            plan_href: c.href(&format!("/plans/{number}")),
            intro,
            items,
            c,
        };
        Ok(Page::new(render(&page)?, vec![Tag::Plan(plan.id)]))
    })
    .await
}

/// `GET /{lang}/plans/{number}/assistance`: the open requests for assistance.
pub async fn assistance(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    PlanNumber(number): PlanNumber,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, _today| async move {
        let plan = plan_of(&s, number).await?;
        let rows = s.db.assistance_of_plan(plan.id).await?;
        let c = frame_of(&s, lang, &path, number, "assistance-title")
            .illustrative(illustrative(&s).await?)
            .build();
        let page = PlanAssistancePage {
            plan_href: c.href(&format!("/plans/{number}")),
            items: rows.iter().map(|r| AssistanceItem::of(&c, r)).collect(),
            c,
        };
        Ok(Page::new(render(&page)?, vec![Tag::Plan(plan.id)]))
    })
    .await
}
