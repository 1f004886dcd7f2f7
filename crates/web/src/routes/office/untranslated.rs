//! `GET /{lang}/office/plans/{number}/untranslated`: per axis and commitment of a plan, each
//! translatable field that lacks a language, and which, with a link to the edit form.

use super::permits::ManagePlanOffice;
use crate::kernel::prelude::*;
use crate::views::Txt;
use crate::views::catalogue::{UntranslatedLine, UntranslatedPage};
use crate::views::history::field_message;
use opengov_core::catalogue_edit::untranslated;

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: plan, .. }: AllowedOn<ManagePlanOffice>,
) -> Result<Response, AppError> {
    let number = plan.number;
    let plan_label = s.i18n.ta(
        lang,
        "plan-number",
        &[("number", number.to_string().into())],
    );
    let c = frame(&s, lang, &format!("/office/plans/{number}/untranslated"))
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(plan_label.clone(), &format!("/office/plans/{number}"))
        .title_id("untranslated-title")
        .build();
    let languages = |missing: &[Lang]| {
        missing
            .iter()
            .map(|l| c.t(&format!("language-{}", l.code())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    let plan_title = plan.title();
    for (field, missing) in untranslated(&[("title", &plan_title)]) {
        lines.push(UntranslatedLine {
            item: plan_label.clone(),
            title: Txt::json(&c, &plan.title).unwrap_or_else(|| Txt::local(&c, String::new())),
            field: c.t(&field_message(field)),
            missing: languages(&missing),
            href: c.href(&format!("/office/plans/{number}/edit")),
        });
    }
    for a in s.db.axes_of_plan(plan.id).await? {
        let title = a.title();
        for (field, missing) in untranslated(&[("title", &title)]) {
            lines.push(UntranslatedLine {
                item: c.t("untranslated-axis"),
                title: Txt::json(&c, &a.title).unwrap_or_else(|| Txt::local(&c, a.key.clone())),
                field: c.t(&field_message(field)),
                missing: languages(&missing),
                href: c.href(&format!("/office/plans/{number}/axes/{}/edit", a.key)),
            });
        }
    }
    for cm in s.db.commitments_of_plan(plan.id).await? {
        let f = s.db.commitment_facts(cm.id).await?;
        let fields = [
            ("title", &f.title),
            ("problem", &f.problem),
            ("description", &f.description),
            ("how_it_helps", &f.how_it_helps),
        ];
        for (field, missing) in untranslated(&fields) {
            lines.push(UntranslatedLine {
                item: cm.ogp_id.clone(),
                title: Txt::title(&c, &cm.title, &cm.title_irm, &cm.title_unofficial),
                field: c.t(&field_message(field)),
                missing: languages(&missing),
                href: c.href(&format!("/office/commitments/{}/edit", cm.ogp_id)),
            });
        }
    }
    let page = UntranslatedPage { c, lines };
    Ok(html(StatusCode::OK, render(&page)?, vec![]))
}
