//! The commitments list's filters: their choices in one language, the filter box of a
//! request, and the address of a filtered list.

use super::{Chrome, FilterOptions, FilterView, Opt, OptionGroup, Options};
use opengov_core::{Lang, TextRef, show};
use opengov_db::rows::{AxisRow, CommitmentFilter, InstitutionRow, PlanRow, StatusFilter};
use opengov_i18n::I18n;

impl FilterOptions {
    /// The choices of every filter in `lang`, by the display rule; an option holds plain
    /// text, so a marker follows its text in brackets.
    pub fn of(
        i18n: &I18n,
        lang: Lang,
        plans: &[PlanRow],
        axes: &[AxisRow],
        institutions: &[InstitutionRow],
    ) -> FilterOptions {
        let text = |json: &str, unofficial: &str| {
            let official = TextRef::from_json(json);
            let unofficial = TextRef::from_json(unofficial);
            show(&official, &unofficial, lang).map(|r| {
                let m = r.marker(lang);
                let mut words = Vec::new();
                if m.unofficial {
                    words.push(i18n.t(lang, "marker-unofficial"));
                }
                if let Some(l) = m.language {
                    words.push(i18n.t(lang, &format!("marker-in-{}", l.code())));
                }
                if words.is_empty() {
                    r.text.to_string()
                } else {
                    format!("{} ({})", r.text, words.join(" · "))
                }
            })
        };
        let plan_label = |n: i64| i18n.ta(lang, "plan-number", &[("number", n.to_string().into())]);
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
        FilterOptions {
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
        }
    }

    /// Whether every key the filter names exists (a list filtered on an unknown key is served
    /// but not kept in the cache).
    pub fn knows(&self, filter: &CommitmentFilter) -> bool {
        filter
            .plan
            .is_none_or(|n| self.plans.iter().any(|p| p.0 == n))
            && filter.axis.as_deref().is_none_or(|k| {
                self.axes
                    .iter()
                    .any(|(_, list)| list.iter().any(|a| a.0 == k))
            })
            && filter
                .institution
                .as_deref()
                .is_none_or(|k| self.institutions.iter().any(|i| i.0 == k))
    }
}

impl FilterView {
    /// The filter box for `filter`: the rendered choices with the chosen ones marked.
    pub fn of(c: &Chrome, options: &FilterOptions, filter: &CommitmentFilter) -> FilterView {
        FilterView {
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
                    Opt {
                        value: f.code().to_string(),
                        label: c.t(&id),
                        selected: filter.status == Some(*f),
                    }
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
        }
    }
}

/// The list's address with the filters in use, in a fixed order (the pages' links add
/// `page=`).
pub fn list_address(c: &Chrome, filter: &CommitmentFilter) -> String {
    let mut q: Vec<String> = Vec::new();
    if let Some(p) = filter.plan {
        q.push(format!("plan={p}"));
    }
    for (k, v) in [("axis", &filter.axis), ("institution", &filter.institution)] {
        if let Some(v) = v {
            q.push(format!("{k}={v}"));
        }
    }
    if let Some(st) = filter.status {
        q.push(format!("status={}", st.code()));
    }
    if q.is_empty() {
        c.href("/commitments")
    } else {
        format!("{}?{}", c.href("/commitments"), q.join("&"))
    }
}
