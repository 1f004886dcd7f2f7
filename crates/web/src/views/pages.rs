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

/// "Last updated": the latest change recorded for what a page shows.
pub struct Updated {
    pub label: String,
    /// The day, for `<time datetime>`.
    pub iso: String,
}

impl Updated {
    pub fn of(c: &Chrome, micros: Option<i64>) -> Option<Updated> {
        micros.map(|at| Updated {
            label: c.ta(
                "updated-on",
                "date",
                &crate::format::day_of(c.i18n, c.lang, at),
            ),
            iso: crate::format::iso(at),
        })
    }
}

#[derive(Template)]
#[template(path = "plan.html")]
pub struct PlanPage {
    pub c: Chrome,
    /// The plan's follow-up pages: late activities, requests for assistance.
    pub followup: (String, String),
    pub updated: Option<Updated>,
    pub plan: PlanCard,
    pub officials: Vec<Official>,
    pub axes: Vec<AxisItem>,
    pub declared_axes: Option<String>,
    pub groups: Vec<Group>,
    pub parliament_bar: Option<Bar>,
    /// What Parliament's figure comes from, when not from all of its commitments.
    pub parliament_coverage: Option<String>,
    pub documents: Vec<DocItem>,
    /// How the plan's and axes' figures come from the commitments' (see `views::rollup`).
    pub rollup: super::rollup::Rollup,
    pub sources: Vec<String>,
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct FilterView {
    /// Rendered `<option>`s (see [`Options`](super::Options)).
    pub plans: String,
    pub axes: String,
    pub statuses: Vec<Opt>,
    pub institutions: String,
    pub reset_href: String,
    /// How many filters are in use (the filter box is open when any is).
    pub active: i64,
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

/// The official title shown under a heading that is an unofficial translation.
pub struct OfficialTitle {
    /// "Official title, in English".
    pub label: String,
    pub text: Txt,
}

#[derive(Template)]
#[template(path = "commitment.html")]
pub struct CommitmentPage {
    pub c: Chrome,
    pub updated: Option<Updated>,
    pub ogp_id: String,
    pub title: Txt,
    pub title_mark: Option<String>,
    pub official_title: Option<OfficialTitle>,
    pub parliament: bool,
    pub plan_label: String,
    pub plan_href: String,
    pub bar: Bar,
    /// "Progress recorded for 4 of this commitment's 7 activities", when some have none.
    pub coverage: Option<String>,
    pub officials: Vec<Official>,
    pub fields: Vec<Field>,
    /// The IRM's assessment: imported reports' ratings, then the sources' values.
    pub irm: super::irm::IrmBlock,
    /// Titles and names as the sources word them, in their languages.
    pub wordings: Vec<Field>,
    pub activities: Vec<ActivityItem>,
    /// Published progress reports, newest first.
    pub timeline: Vec<super::timeline::TimelineEntry>,
    /// How the figure is computed from the activities and the reports behind them.
    pub computed: super::computed::Computed,
    /// Its indicators, each with its chart and table.
    pub indicators: Vec<super::indicators::IndicatorView>,
    /// The public change history of the commitment itself, newest first.
    pub history: Vec<super::history::HistoryEntry>,
    pub sources: Vec<String>,
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
    pub name_mark: Option<String>,
    pub kind: String,
    /// "Name in use from April 2017 to October 2019", when the sources date it.
    pub name_period: Option<String>,
    /// Its later names, each with the date it took effect.
    pub later_names: Vec<LaterNameItem>,
    pub commitments: Vec<CommitmentItem>,
    pub supported: Vec<CommitmentItem>,
    pub activities: Vec<ActivityItem>,
}

pub struct LaterNameItem {
    pub name: Txt,
    pub mark: Option<String>,
    pub since: Option<String>,
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

/// One form (or one block of information) of a page.
pub struct FormSection {
    pub title: String,
    pub intro: Vec<String>,
    /// Where the form posts; empty for a section without a form.
    pub action: String,
    pub submit: String,
    pub danger: bool,
    pub hidden: Vec<(String, String)>,
    pub fields: Vec<crate::forms::FieldView>,
    /// Rows of a small table shown under the form (sessions, roles...).
    pub rows: Vec<Vec<String>>,
    /// Column headings of that table (none for a two-column list of labels and values).
    pub header: Vec<String>,
}

impl FormSection {
    pub fn new(
        title: String,
        action: String,
        submit: String,
        fields: Vec<crate::forms::FieldView>,
    ) -> FormSection {
        FormSection {
            title,
            intro: vec![],
            action,
            submit,
            danger: false,
            hidden: vec![],
            fields,
            rows: vec![],
            header: vec![],
        }
    }
}

/// Account pages: one or several forms, an error summary linking to each field, values kept.
#[derive(Template)]
#[template(path = "account/form.html")]
pub struct FormPage {
    pub c: Chrome,
    pub notice: Option<String>,
    /// (field id, message) for the error summary.
    pub errors: Vec<(String, String)>,
    /// The summary's heading, in the plural form of the number of errors.
    pub error_summary: String,
    pub intro: Vec<String>,
    pub csrf: String,
    pub sections: Vec<FormSection>,
    pub links: Vec<(String, String)>,
}

pub struct UserLine {
    pub href: String,
    pub name: String,
    pub email: String,
    pub status: String,
    pub since: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    pub c: Chrome,
    pub q: String,
    pub role: String,
    pub status: String,
    pub roles: Vec<(String, String)>,
    pub statuses: Vec<(String, String)>,
    pub users: Vec<UserLine>,
    pub total: String,
    pub pages: Vec<PageLink>,
}

/// The choices of the list's filters in one language; they change only with the data.
pub struct FilterOptions {
    pub plans: Vec<(i64, String)>,
    pub axes: Vec<(String, Vec<(String, String)>)>,
    pub institutions: Vec<(String, String)>,
    /// The same, rendered once.
    pub plan_options: super::Options,
    pub axis_options: super::Options,
    pub institution_options: super::Options,
}

/// The national open-government indicators (`/{lang}/indicators`).
#[derive(Template)]
#[template(path = "indicators.html")]
pub struct IndicatorsPage {
    pub c: Chrome,
    pub indicators: Vec<super::indicators::IndicatorView>,
}
