//! A plan's follow-up pages: its late activities, and the open requests for assistance that
//! the steering committee acts on.

use super::{ActivityItem, Chrome, Txt};
use askama::Template;
use opengov_db::rows::AssistanceRow;

#[derive(Template)]
#[template(path = "plan_late.html")]
pub struct PlanLatePage {
    pub c: Chrome,
    pub plan_href: String,
    pub intro: String,
    pub items: Vec<ActivityItem>,
}

pub struct AssistanceItem {
    pub date: String,
    pub iso: String,
    pub ogp_id: String,
    pub commitment_href: String,
    pub activity: Txt,
    /// The request, in the language it was written in.
    pub text: String,
    pub lang: String,
    pub mark: Option<String>,
}

impl AssistanceItem {
    pub fn of(c: &Chrome, r: &AssistanceRow) -> AssistanceItem {
        let activity = Txt::json(c, &r.activity_title)
            .unwrap_or_else(|| Txt::local(c, r.activity_key.clone()));
        let written = opengov_core::Marker {
            unofficial: false,
            language: opengov_core::Lang::from_code(&r.lang).filter(|l| *l != c.lang),
        };
        AssistanceItem {
            date: crate::format::day_of(c.i18n, c.lang, r.published_at),
            iso: crate::format::iso(r.published_at),
            ogp_id: r.ogp_id.clone(),
            commitment_href: c.href(&format!("/commitments/{}", r.ogp_id)),
            mark: c.item_marker([activity.marker, written]),
            activity,
            text: r.assistance.clone(),
            lang: r.lang.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "plan_assistance.html")]
pub struct PlanAssistancePage {
    pub c: Chrome,
    pub plan_href: String,
    pub items: Vec<AssistanceItem>,
}
