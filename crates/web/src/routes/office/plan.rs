//! `GET /{lang}/office/plans/{number}`: a coordinator's page of a plan: its status and the move
//! to the next one, its axes and commitments, each leading to its edit form, and the links to
//! edit the plan, add an axis or a commitment, and see what is still untranslated.

use super::permits::ManagePlanOffice;
use crate::auth::csrf;
use crate::kernel::prelude::*;
use crate::views::Txt;
use crate::views::catalogue::{ActionLink, ManagedItem, StatusMove};
use crate::views::office::{PlanOffice, PlanOfficeItem};

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let label = s.i18n.ta(
        lang,
        "plan-number",
        &[("number", plan.number.to_string().into())],
    );
    let path = format!("/office/plans/{}", plan.number);
    let c = frame(&s, lang, &path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title(label)
        .build();
    let commitments = s.db.commitments_of_plan(plan.id).await?;
    let items = commitments
        .iter()
        .map(|cm| PlanOfficeItem {
            ogp_id: cm.ogp_id.clone(),
            title: Txt::title(&c, &cm.title, &cm.title_irm, &cm.title_unofficial),
            href: c.href(&format!("/office/commitments/{}", cm.ogp_id)),
            edit_href: c.href(&format!("/office/commitments/{}/edit", cm.ogp_id)),
        })
        .collect();
    let axes =
        s.db.axes_of_plan(plan.id)
            .await?
            .iter()
            .map(|a| ManagedItem {
                label: a.position.map(|p| p.to_string()).unwrap_or_default(),
                title: Txt::json(&c, &a.title).unwrap_or_else(|| Txt::local(&c, a.key.clone())),
                edit_href: c.href(&format!("{path}/axes/{}/edit", a.key)),
            })
            .collect();
    let status_move = plan.status.following().map(|to| StatusMove {
        action: c.href(&format!("{path}/status")),
        to: to.code().to_string(),
        label: c.ta(
            "plan-edit-status-move",
            "status",
            &c.t(&format!("plan-status-{}", to.code())),
        ),
    });
    let link = |id: &str, to: &str| ActionLink {
        label: c.t(id),
        href: c.href(&format!("{path}{to}")),
    };
    let actions = vec![
        link("plan-edit-title", "/edit"),
        link("axis-edit-new-title", "/axes/new"),
        link("untranslated-title", "/untranslated"),
    ];
    let (csrf_token, cookie) = csrf::ensure(&headers, s.config.https);
    let page = PlanOffice {
        status: c.t(&format!("plan-status-{}", plan.status.code())),
        status_move,
        actions,
        axes,
        new_commitment_href: c.href(&format!("{path}/commitments/new")),
        csrf: csrf_token,
        c,
        items,
    };
    Ok(html(
        StatusCode::OK,
        render(&page)?,
        cookie.into_iter().collect(),
    ))
}
