//! One template struct per page.

use super::*;
use askama::Template;

pub struct Stat {
    pub value: String,
    pub label: String,
    pub note: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub c: Chrome,
    pub stats: Vec<Stat>,
    pub current: Option<PlanCard>,
    pub axes: Vec<AxisItem>,
    pub plans: Vec<PlanCard>,
    pub changes: Vec<ChangeItem>,
}

#[derive(Template)]
#[template(path = "plans.html")]
pub struct PlansPage {
    pub c: Chrome,
    pub plans: Vec<PlanCard>,
}

pub struct DocItem {
    pub title: String,
    pub url: String,
    pub language: String,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "plan.html")]
pub struct PlanPage {
    pub c: Chrome,
    pub plan: PlanCard,
    pub officials: Vec<Official>,
    pub axes: Vec<AxisItem>,
    pub declared_axes: Option<String>,
    pub groups: Vec<Group>,
    pub parliament_bar: Option<Bar>,
    pub documents: Vec<DocItem>,
    pub sources: Vec<String>,
    pub notes: Option<Txt>,
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct OptGroup {
    pub label: String,
    pub options: Vec<Opt>,
}

pub struct FilterView {
    pub plans: Vec<Opt>,
    pub axes: Vec<OptGroup>,
    pub statuses: Vec<Opt>,
    pub institutions: Vec<Opt>,
    pub reset_href: String,
}

#[derive(Template)]
#[template(path = "commitments.html")]
pub struct CommitmentsPage {
    pub c: Chrome,
    pub filters: FilterView,
    pub items: Vec<CommitmentItem>,
    pub total: String,
    pub pages: Vec<PageLink>,
    pub page_label: Option<String>,
}

#[derive(Template)]
#[template(path = "commitment.html")]
pub struct CommitmentPage {
    pub c: Chrome,
    pub ogp_id: String,
    pub title: Txt,
    pub parliament: bool,
    pub plan_label: String,
    pub plan_href: String,
    pub bar: Bar,
    pub officials: Vec<Official>,
    pub fields: Vec<Field>,
    pub irm_fields: Vec<Field>,
    pub activities: Vec<ActivityItem>,
    pub sources: Vec<String>,
    pub notes: Option<Txt>,
}

pub struct InstitutionGroup {
    pub title: String,
    pub items: Vec<InstitutionItem>,
}

#[derive(Template)]
#[template(path = "institutions.html")]
pub struct InstitutionsPage {
    pub c: Chrome,
    pub groups: Vec<InstitutionGroup>,
    pub total: String,
}

#[derive(Template)]
#[template(path = "institution.html")]
pub struct InstitutionPage {
    pub c: Chrome,
    pub name: Txt,
    pub kind: String,
    pub commitments: Vec<CommitmentItem>,
    pub activities: Vec<ActivityItem>,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub c: Chrome,
    pub text: String,
    pub status: u16,
}

/// The short fixed pages (about the data, open data, accessibility); `page` names the
/// message ids `page-{page}-...` of their paragraphs.
#[derive(Template)]
#[template(path = "info.html")]
pub struct InfoPage {
    pub c: Chrome,
    pub paragraphs: Vec<String>,
    pub links: Vec<(String, String)>,
}
