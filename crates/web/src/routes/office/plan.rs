//! `GET /{lang}/office/plans/{number}`: a coordinator's list of a plan's commitments, each
//! leading to its activities and project leaders.

use super::permits::ManagePlanOffice;
use crate::kernel::prelude::*;
use crate::views::Txt;
use crate::views::office::{PlanOffice, PlanOfficeItem};

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
) -> Result<Response, AppError> {
    let label = s.i18n.ta(
        lang,
        "plan-number",
        &[("number", plan.number.to_string().into())],
    );
    let c = frame(&s, lang, &format!("/office/plans/{}", plan.number))
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
        })
        .collect();
    let page = PlanOffice { c, items };
    Ok(html(StatusCode::OK, render(&page)?, vec![]))
}
