//! The commitments list (filters, pagination) and a commitment's page.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::queries::{LIST_PARAMS, ListQuery, PER_PAGE, parse_query};
use crate::views::*;
use axum::extract::rejection::QueryRejection;
use axum::http::Uri;
use opengov_core::{Lang, TextRef, show};
use opengov_db::rows::StatusFilter;

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
        let opt = |value: &str, label: &str, selected: bool| Opt {
            value: value.to_string(),
            label: label.to_string(),
            selected,
        };
        let filters = FilterView {
            plans: options
                .plan_options
                .with_selected(filter.plan.map(|n| n.to_string()).as_deref()),
            axes: options.axis_options.with_selected(filter.axis.as_deref()),
            statuses: StatusFilter::ALL
                .iter()
                .map(|f| {
                    let id = format!(
                        "status-{}",
                        f.code().replace("not_reported", "not-reported")
                    );
                    opt(f.code(), &c.t(&id), filter.status == Some(*f))
                })
                .collect(),
            institutions: options
                .institution_options
                .with_selected(filter.institution.as_deref()),
            reset_href: c.href("/commitments"),
            active: [
                filter.plan.is_some(),
                filter.axis.is_some(),
                filter.status.is_some(),
                filter.institution.is_some(),
            ]
            .into_iter()
            .map(i64::from)
            .sum(),
        };
        let pages_count = (total + PER_PAGE - 1) / PER_PAGE;
        let mut base_q: Vec<(String, String)> = Vec::new();
        if let Some(p) = filter.plan {
            base_q.push(("plan".into(), p.to_string()));
        }
        for (k, v) in [("axis", &filter.axis), ("institution", &filter.institution)] {
            if let Some(v) = v {
                base_q.push((k.into(), v.clone()));
            }
        }
        if let Some(st) = filter.status {
            base_q.push(("status".into(), st.code().into()));
        }
        let qs: Vec<String> = base_q.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let base = if qs.is_empty() {
            c.href("/commitments")
        } else {
            format!("{}?{}", c.href("/commitments"), qs.join("&"))
        };
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
        let known = filter
            .plan
            .is_none_or(|n| options.plans.iter().any(|p| p.0 == n))
            && filter
                .axis
                .as_deref()
                .is_none_or(|k| options.axes.iter().any(|(_, l)| l.iter().any(|a| a.0 == k)))
            && filter
                .institution
                .as_deref()
                .is_none_or(|k| options.institutions.iter().any(|i| i.0 == k))
            && page <= pages_count.max(1);
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
    // The display rule; an option holds plain text, so its marker follows it in brackets.
    let text = |json: &str, unofficial: &str| {
        let official = TextRef::from_json(json);
        let unofficial = TextRef::from_json(unofficial);
        show(&official, &unofficial, lang).map(|r| {
            let m = r.marker(lang);
            let mut words = Vec::new();
            if m.unofficial {
                words.push(s.i18n.t(lang, "marker-unofficial"));
            }
            if let Some(l) = m.language {
                words.push(s.i18n.t(lang, &format!("marker-in-{}", l.code())));
            }
            if words.is_empty() {
                r.text.to_string()
            } else {
                format!("{} ({})", r.text, words.join(" · "))
            }
        })
    };
    let plan_label = |n: i64| {
        s.i18n
            .ta(lang, "plan-number", &[("number", n.to_string().into())])
    };
    let plan_choices: Vec<(i64, String)> = plans
        .iter()
        .map(|p| (p.number, plan_label(p.number)))
        .collect();
    let axis_choices: Vec<(String, Vec<(String, String)>)> = plans
        .iter()
        .map(|p| {
            let list = axes
                .iter()
                .filter(|a| a.plan_id == p.id)
                .map(|a| {
                    (
                        a.key.clone(),
                        text(&a.title, &a.title_unofficial).unwrap_or_else(|| a.key.clone()),
                    )
                })
                .collect();
            (plan_label(p.number), list)
        })
        .filter(|(_, l): &(String, Vec<(String, String)>)| !l.is_empty())
        .collect();
    let institution_choices: Vec<(String, String)> = institutions
        .iter()
        .map(|i| {
            (
                i.key.clone(),
                text(&i.name, &i.name_unofficial).unwrap_or_else(|| i.key.clone()),
            )
        })
        .collect();
    let flat = |list: Vec<(String, String)>| {
        Options::render(&[OptionGroup {
            label: None,
            options: list,
        }])
    };
    let o = std::sync::Arc::new(FilterOptions {
        plan_options: flat(
            plan_choices
                .iter()
                .map(|(n, l)| (n.to_string(), l.clone()))
                .collect(),
        ),
        axis_options: Options::render(
            &axis_choices
                .iter()
                .map(|(group, list)| OptionGroup {
                    label: Some(group.clone()),
                    options: list.clone(),
                })
                .collect::<Vec<_>>(),
        ),
        institution_options: flat(institution_choices.clone()),
        plans: plan_choices,
        axes: axis_choices,
        institutions: institution_choices,
    });
    s.filter_options.put(lang, at, o.clone());
    Ok(o)
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    OgpId(ogp_id): OgpId,
    uri: Uri,
) -> Result<Response, AppError> {
    if !valid_key(&ogp_id) {
        return Err(AppError::not_found());
    }
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
        };
        let mut page = crate::views::commitment::build(&c, data, title, plan_label, &today);
        page.updated = Updated::of(&c, last_change);
        Ok(Page::new(render(&page)?, vec![Tag::Commitment(cm.id)]))
    })
    .await
}
