//! The commitments list (filters, pagination) and a commitment's page.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::queries::{LIST_PARAMS, ListQuery, PER_PAGE, parse_query};
use crate::views::*;
use axum::extract::rejection::QueryRejection;
use axum::http::Uri;
use opengov_core::Lang;

pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
    uri: Uri,
) -> Result<Response, AppError> {
    let Ok(Query(q)) = query else {
        return Err(AppError::bad_request("error-400-filters"));
    };
    let ListQuery { mut filter, page } = parse_query(&q)?;
    let address = PageKey::of(&uri, LIST_PARAMS);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        filter.today = today.clone();
        let (rows, total) =
            s.db.commitments_page(&filter, (page - 1) * PER_PAGE, PER_PAGE)
                .await?;
        let options = filter_options(&s, lang).await?;
        let title = s.i18n.t(lang, "commitments-title");
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::Commitments)
            .title(title)
            .build();
        let filters = FilterView::of(&c, &options, &filter);
        let pages_count = (total + PER_PAGE - 1) / PER_PAGE;
        let base = list_address(&c, &filter);
        let page_label = (pages_count > 1).then(|| {
            s.i18n.ta(
                lang,
                "pagination-page-of",
                &[
                    ("page", page.to_string().into()),
                    ("pages", pages_count.to_string().into()),
                ],
            )
        });
        // A filter on a key that does not exist, or a page past the last, is served but not
        // kept: anyone can vary those at will.
        let known = options.knows(&filter) && page <= pages_count.max(1);
        let page_view = CommitmentsPage {
            items: rows
                .iter()
                .map(|r| CommitmentItem::of(&c, r, &today, true))
                .collect(),
            total: c.count("count-commitments", &total),
            pages: pagination(&c, &base, page, pages_count),
            page_label,
            filters,
            c,
        };
        let out = Page::new(render(&page_view)?, vec![Tag::Lists]);
        Ok(if known { out } else { out.not_kept() })
    })
    .await
}

async fn filter_options(
    s: &AppState,
    lang: Lang,
) -> Result<std::sync::Arc<FilterOptions>, AppError> {
    if let Some(o) = s.filter_options.get(&lang) {
        return Ok(o);
    }
    let at = s.filter_options.now();
    let plans = s.db.list_plans().await?;
    let axes = s.db.all_axes().await?;
    let institutions = s.db.institutions().await?;
    let o = std::sync::Arc::new(FilterOptions::of(
        s.i18n,
        lang,
        &plans,
        &axes,
        &institutions,
    ));
    s.filter_options.put(lang, at, o.clone());
    Ok(o)
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    OgpId(ogp_id): OgpId,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, today| async move {
        let cm =
            s.db.commitment_by_ogp_id(&ogp_id)
                .await?
                .ok_or_else(AppError::not_found)?;
        let activities = s.db.activities_of_commitment(cm.id).await?;
        let figures = s.db.reported_figures_of_commitment(cm.id).await?;
        let last_change = s.db.commitment_last_change(cm.id, cm.plan_id).await?;
        let supporters = s.db.supporters_of(cm.id).await?;
        let irm_ratings = s.db.irm_ratings_of(cm.id).await?;
        let illustrative = illustrative(&s).await?;
        let plan_label = s.i18n.ta(
            lang,
            "plan-number",
            &[("number", cm.plan_number.to_string().into())],
        );
        let mut c = frame(&s, lang, &path)
            .illustrative(illustrative)
            .nav(Nav::Commitments)
            .crumb(s.i18n.t(lang, "plans-title"), "/plans")
            .crumb(plan_label.clone(), &format!("/plans/{}", cm.plan_number))
            .title(cm.ogp_id.clone())
            .build();
        let title = Txt::title(&c, &cm.title, &cm.title_irm, &cm.title_unofficial);
        c.title = format!("{} · {}", cm.ogp_id, title.text);
        let data = crate::views::commitment::CommitmentData {
            row: &cm,
            supporters: &supporters,
            activities: &activities,
            figures: &figures,
            irm_ratings: &irm_ratings,
        };
        let mut page = crate::views::commitment::build(&c, data, title, plan_label, &today);
        page.updated = Updated::of(&c, last_change);
        let reports = s.db.timeline_of_commitment(cm.id).await?;
        let evidence = if reports.is_empty() {
            Vec::new()
        } else {
            s.db.timeline_evidence_of_commitment(cm.id).await?
        };
        page.timeline = crate::views::timeline::build(&c, &reports, &evidence);
        page.computed =
            crate::views::computed::build(&c, cm.figure, &activities, &reports, &evidence);
        let indicators = s.db.commitment_indicators(cm.id).await?;
        page.indicators = crate::views::indicators::build(&c, &indicators);
        let history = s.db.history_of_commitment(cm.id).await?;
        page.history = crate::views::history::build(&c, &history);
        Ok(Page::new(render(&page)?, vec![Tag::Commitment(cm.id)]))
    })
    .await
}
