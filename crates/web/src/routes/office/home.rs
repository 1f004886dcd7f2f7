//! `GET /{lang}/office`: what the signed-in account has to do. A project leader sees the
//! activities they answer for (what is due, late, returned), a coordinator the reports waiting
//! for validation in their plans.

use super::permits::{activity_ref, plan_ref};
use crate::kernel::prelude::*;
use crate::views::Txt;
use crate::views::office::{Count, LeaderLine, OfficeHome, PlanLink, QueueLine};
use opengov_core::auth::policy::{Action, allowed};
use opengov_core::reporting::is_late;
use opengov_db::rows::LeaderActivityRow;

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
) -> Result<Response, AppError> {
    let c = frame(&s, lang, "/office").title_id("office-title").build();
    let today = crate::kernel::today();
    // The lists are narrowed in SQL by the account's grants and decided here by the policy.
    let leader: Vec<LeaderActivityRow> =
        s.db.leader_activities(me.id())
            .await?
            .into_iter()
            .filter(|a| allowed(Some(&me.actor), Action::ReportOn(activity_ref(&a.place))))
            .collect();
    let queue: Vec<_> =
        s.db.queue_of(me.id())
            .await?
            .into_iter()
            .filter(|q| allowed(Some(&me.actor), Action::Validate(plan_ref(&q.place))))
            .collect();
    // The account's own reports not yet published, on activities not listed above (an
    // administrator's, or a leader's whose grant changed).
    let mine: Vec<_> =
        s.db.open_reports_by(me.id())
            .await?
            .into_iter()
            .filter(|r| {
                !leader
                    .iter()
                    .any(|a| a.place.activity_id == r.place.activity_id)
            })
            .collect();
    let plans: Vec<PlanLink> =
        s.db.list_plans()
            .await?
            .into_iter()
            .filter(|p| {
                allowed(
                    Some(&me.actor),
                    Action::ManagePlan(opengov_core::auth::policy::PlanRef {
                        id: p.id,
                        status: p.status,
                    }),
                )
            })
            .map(|p| PlanLink {
                label: c.ta("plan-number", "number", &p.number.to_string()),
                href: c.href(&format!("/office/plans/{}", p.number)),
            })
            .collect();
    let lines: Vec<LeaderLine> = leader.iter().map(|a| leader_line(&c, a, &today)).collect();
    let count = |state: &str| lines.iter().filter(|l| l.state == state).count();
    let late = lines.iter().filter(|l| l.late).count();
    let mut counts = vec![];
    if !lines.is_empty() {
        counts.push(Count {
            value: lines.len().to_string(),
            label: c.t("office-my-activities"),
        });
        counts.push(Count {
            value: count("returned").to_string(),
            label: c.t("office-returned"),
        });
        counts.push(Count {
            value: late.to_string(),
            label: c.t("office-late"),
        });
    }
    if !queue.is_empty() {
        counts.push(Count {
            value: queue.len().to_string(),
            label: c.t("queue-title"),
        });
    }
    let line = |q: &opengov_db::rows::QueueRow| QueueLine {
        submitted: q
            .submitted_at
            .map(|at| crate::format::day_of(s.i18n, lang, at))
            .unwrap_or_default(),
        ogp_id: q.place.ogp_id.clone(),
        activity: activity_title(&c, &q.place.activity_title, &q.place.activity_key),
        figure: c.percent(q.progress_reported),
        author: q
            .author_name
            .clone()
            .unwrap_or_else(|| c.t("office-deleted-account")),
        assistance: q.asks_assistance,
        status: q.report_status.code(),
        status_label: c.t(&format!("report-status-{}", q.report_status.code())),
        href: c.href(&format!("/office/reports/{}", q.report_id)),
    };
    let queue: Vec<QueueLine> = queue.iter().map(line).collect();
    let mine: Vec<QueueLine> = mine.iter().map(line).collect();
    let tools = [
        (
            Action::ManageInstitutions,
            "institution-edit-office-link",
            "/office/institutions",
        ),
        (
            Action::ImportIrmRatings,
            "irm-import-office-link",
            "/office/irm",
        ),
        (
            Action::ManageNationalIndicators,
            "indicator-office-national",
            "/office/indicators",
        ),
    ]
    .into_iter()
    .filter(|(action, _, _)| allowed(Some(&me.actor), *action))
    .map(|(_, label, path)| PlanLink {
        label: c.t(label),
        href: c.href(path),
    })
    .collect();
    let new_plan_href =
        allowed(Some(&me.actor), Action::CreatePlan).then(|| c.href("/office/plans/new"));
    let page = OfficeHome {
        tools,
        new_plan_href,
        has_work: !lines.is_empty() || !queue.is_empty() || !mine.is_empty() || !plans.is_empty(),
        plans,
        counts,
        leader: lines,
        queue,
        mine,
        c,
    };
    Ok(html(StatusCode::OK, render(&page)?, vec![]))
}

/// An activity's title in the reader's language, or its key when it has none.
pub fn activity_title(c: &Chrome, json: &str, key: &str) -> Txt {
    Txt::json(c, json).unwrap_or_else(|| Txt::local(c, key.to_string()))
}

fn leader_line(c: &Chrome, a: &LeaderActivityRow, today: &str) -> LeaderLine {
    let p = &a.place;
    let progress = p.progress.map(|v| v.clamp(0, 100) as u8);
    let late = is_late(p.end_date.as_deref(), progress, p.cancelled, today);
    let (state, action_label, action_href) = match (p.cancelled, a.open_report_status) {
        (true, _) => ("cancelled", c.t("office-cancelled"), None),
        (false, Some(st)) => (
            st.code(),
            c.t("office-open-report"),
            a.open_report_id
                .map(|id| c.href(&format!("/office/reports/{id}"))),
        ),
        (false, None) => (
            "none",
            c.t("office-write-report"),
            Some(c.href(&format!(
                "/office/activities/{}/reports/new",
                p.activity_key
            ))),
        ),
    };
    let state_label = match state {
        "none" => match a.last_report_at {
            Some(at) => c.ta(
                "office-last-published",
                "date",
                &crate::format::day_of(c.i18n, c.lang, at),
            ),
            None => c.t("office-never-reported"),
        },
        "cancelled" => c.t("office-cancelled"),
        code => c.t(&format!("report-status-{code}")),
    };
    LeaderLine {
        ogp_id: p.ogp_id.clone(),
        commitment_href: c.href(&format!("/commitments/{}", p.ogp_id)),
        activity: activity_title(c, &p.activity_title, &p.activity_key),
        due: c.opt_date(p.end_date.as_deref()),
        progress: match p.progress {
            Some(v) => c.percent(v),
            None => c.t("status-not-reported"),
        },
        state,
        state_label,
        late,
        action_label,
        action_href,
    }
}
