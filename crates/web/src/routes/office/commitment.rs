//! A coordinator's page of one commitment in the back office: its activities (add, edit,
//! cancel) and its project leaders (assign by address, remove).

use super::permits::{ManageCommitment, ManagedCommitment};
use crate::auth::csrf;
use crate::kernel::prelude::*;
use crate::views::office::{CommitmentOffice, LeaderItem, ManagedActivity};
use crate::views::{ActivityItem, Txt};
use opengov_core::auth::policy::{Role, ScopeKind};

async fn page_of(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    cm: &opengov_db::rows::CommitmentRow,
    posted: &Values,
    errors: &Errors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let path = format!("/office/commitments/{}", cm.ogp_id);
    let mut c = frame(s, lang, &path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title(cm.ogp_id.clone())
        .build();
    let title = Txt::title(&c, &cm.title, &cm.title_irm, &cm.title_unofficial);
    c.title = format!("{} · {}", cm.ogp_id, title.text);
    let today = crate::kernel::today();
    let activities_rows = s.db.activities_of_commitment(cm.id).await?;
    let leaders = s.db.leaders_of_commitment(cm.id).await?;
    let (csrf_token, cookie) = csrf::ensure(headers, s.config.https);
    let activities = activities_rows
        .iter()
        .map(|a| ManagedActivity {
            edit_href: c.href(&format!("/office/activities/{}/edit", a.key)),
            report_href: (!a.cancelled)
                .then(|| c.href(&format!("/office/activities/{}/reports/new", a.key))),
            item: ActivityItem::of(&c, a, &today),
        })
        .collect();
    let leaders = leaders
        .iter()
        .map(|l| LeaderItem {
            name: l.display_name.clone(),
            email: l.email.clone().unwrap_or_default(),
            scope: match &l.activity_key {
                Some(k) => c.ta("office-leader-of-activity", "activity", k),
                None => c.t("office-leader-of-commitment"),
            },
            revoke_action: c.href(&format!("{path}/leaders/{}/revoke", l.role_id)),
        })
        .collect();
    let mut scope_options = vec![(String::new(), c.t("office-leader-scope-commitment"))];
    scope_options.extend(activities_rows.iter().filter(|a| !a.cancelled).map(|a| {
        let title = Txt::json(&c, &a.title).map(|t| t.text).unwrap_or_default();
        (a.key.clone(), format!("{} · {title}", a.key))
    }));
    let mut email_field = vec![
        FieldView::new("email", "email", c.t("office-leader-email"))
            .hint(c.t("office-leader-email-hint"))
            .auto("off"),
        FieldView::new("scope", "select", c.t("office-leader-scope"))
            .hint(c.t("office-leader-scope-hint"))
            .options(scope_options),
    ];
    crate::forms::fill(&mut email_field, posted, errors);
    let errors_list: Vec<(String, String)> = errors
        .0
        .iter()
        .map(|(f, m)| (format!("f-{f}"), m.clone()))
        .collect();
    let page = CommitmentOffice {
        error_summary: c.count("form-error-summary", &(errors_list.len() as i64)),
        errors: errors_list,
        csrf: csrf_token,
        public_href: c.href(&format!("/commitments/{}", cm.ogp_id)),
        edit_href: c.href(&format!("{path}/edit")),
        indicators_href: c.href(&format!("{path}/indicators")),
        new_activity_href: c.href(&format!("{path}/activities/new")),
        grant_action: c.href(&format!("{path}/leaders")),
        scope: email_field.remove(1),
        email: email_field.remove(0),
        activities,
        leaders,
        c,
    };
    Ok(html(status, render(&page)?, cookie.into_iter().collect()))
}

/// `GET /{lang}/office/commitments/{ogp_id}`.
pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let cm = &object.commitment;
    page_of(
        &s,
        lang,
        &headers,
        cm,
        &Values::new(),
        &Errors::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /{lang}/office/commitments/{ogp_id}/leaders`: makes the account of this address a
/// project leader of the commitment.
pub async fn grant(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ManageCommitment>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let ManagedCommitment { commitment: cm, .. } = object;
    let email = value(&values, "email").trim().to_lowercase();
    let mut errors = Errors::default();
    let user = match opengov_core::auth::email::normalize(&email) {
        Some(address) => s.db.user_by_email(&address).await?,
        None => None,
    };
    let user = match user {
        Some(u) if u.deleted_at.is_none() && u.email_verified_at.is_some() => Some(u),
        Some(u) if u.deleted_at.is_none() => {
            errors.add("email", s.i18n.t(lang, "error-role-unverified"));
            None
        }
        _ => {
            errors.add("email", s.i18n.t(lang, "office-leader-unknown"));
            None
        }
    };
    // The whole commitment, or one of its activities that is not cancelled.
    let wanted = value(&values, "scope");
    let scope = if wanted.is_empty() {
        Some((ScopeKind::Commitment, cm.id))
    } else {
        let found =
            s.db.activities_of_commitment(cm.id)
                .await?
                .into_iter()
                .find(|a| a.key == wanted && !a.cancelled)
                .map(|a| (ScopeKind::Activity, a.id));
        if found.is_none() {
            errors.add("scope", s.i18n.t(lang, "office-leader-scope-unknown"));
        }
        found
    };
    let (Some(u), Some((scope_kind, scope_id))) = (user, scope) else {
        return page_of(
            &s,
            lang,
            &parts.headers,
            &cm,
            &values,
            &errors,
            StatusCode::BAD_REQUEST,
        )
        .await;
    };
    s.db.grant_role(
        u.id,
        Role::ProjectLeader,
        scope_kind,
        scope_id,
        Some(me.id()),
        opengov_db::now_micros(),
    )
    .await?;
    let ip = crate::auth::session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "office.leader_granted",
        Some(u.id),
        &ip,
        &cm.ogp_id,
    )
    .await;
    Ok(see_other(
        &format!("/{}/office/commitments/{}", lang.code(), cm.ogp_id),
        vec![],
    ))
}

/// `POST /{lang}/office/commitments/{ogp_id}/leaders/{role_id}/revoke`: only a project-leader
/// grant on this commitment or one of its activities (any other id is the 404 page).
pub async fn revoke(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ManageCommitment>,
    RoleId(role_id): RoleId,
    CheckedForm { parts, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let cm = &object.commitment;
    let leaders = s.db.leaders_of_commitment(cm.id).await?;
    let l = leaders
        .iter()
        .find(|l| l.role_id == role_id)
        .ok_or_else(AppError::not_found)?;
    s.db.revoke_role(l.user_id, role_id).await?;
    let ip = crate::auth::session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "office.leader_revoked",
        Some(l.user_id),
        &ip,
        &cm.ogp_id,
    )
    .await;
    Ok(see_other(
        &format!("/{}/office/commitments/{}", lang.code(), cm.ogp_id),
        vec![],
    ))
}
