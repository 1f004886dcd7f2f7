//! The admin area: users, roles and scopes, bans, verification e-mails, the audit log.
//! Every handler asks the policy (administrators only).

use crate::auth::session;
use crate::kernel::prelude::*;
use crate::kernel::{ManageUsers, RoleId, UserId};
use crate::views::*;
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::kinds::UserStatus;
use opengov_db::rows::{Guarded, UserChange, UserFilter, UserRow};

/// Back to the user's page after an action.
fn to_user(lang: Lang, id: i64) -> Response {
    see_other(&format!("/{}/admin/users/{id}", lang.code()), vec![])
}

pub async fn index(PageLang(lang): PageLang) -> Response {
    see_other(&format!("/{}/admin/users", lang.code()), vec![])
}

fn status_of(s: &AppState, lang: Lang, u: &UserRow) -> String {
    let id = if u.deleted_at.is_some() {
        "user-status-deleted"
    } else if u.banned_at.is_some() {
        "user-status-banned"
    } else if u.email_verified_at.is_none() {
        "user-status-unverified"
    } else {
        "user-status-active"
    };
    s.i18n.t(lang, id)
}

pub async fn users(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Allowed<ViewUsers>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let get = |k: &str| {
        q.get(k)
            .map(|x| x.trim().chars().take(100).collect::<String>())
            .filter(|x| !x.is_empty())
    };
    let role = get("role").filter(|r| Role::from_code(r).is_some());
    let status = get("status").filter(|x| UserStatus::from_code(x).is_some());
    let page: i64 = match get("page").map(|p| p.parse::<i64>()) {
        None => 1,
        Some(Ok(n)) if (1..=100_000).contains(&n) => n,
        _ => return Err(AppError::bad_request("error-400-page")),
    };
    let f = UserFilter {
        search: get("q"),
        role: role.as_deref().and_then(Role::from_code),
        status: status.as_deref().and_then(UserStatus::from_code),
    };
    let (rows, total) = s.db.list_users(&f, (page - 1) * 50, 50).await?;
    let c = frame(&s, lang, "/admin/users")
        .title_id("admin-title")
        .build();
    let pages_count = (total + 49) / 50;
    let mut qs = vec![];
    if let Some(x) = &f.search {
        qs.push(format!("q={}", url_encode(x)));
    }
    if let Some(x) = &role {
        qs.push(format!("role={x}"));
    }
    if let Some(x) = &status {
        qs.push(format!("status={x}"));
    }
    let base = if qs.is_empty() {
        c.href("/admin/users")
    } else {
        format!("{}?{}", c.href("/admin/users"), qs.join("&"))
    };
    let page_view = UsersPage {
        q: f.search.clone().unwrap_or_default(),
        role: role.unwrap_or_default(),
        status: status.unwrap_or_default(),
        roles: Role::ALL
            .iter()
            .map(|r| (r.code().to_string(), c.t(&format!("role-{}", r.code()))))
            .collect(),
        statuses: ["active", "unverified", "banned", "deleted"]
            .iter()
            .map(|x| (x.to_string(), c.t(&format!("user-status-{x}"))))
            .collect(),
        users: rows
            .iter()
            .map(|u| UserLine {
                href: c.href(&format!("/admin/users/{}", u.id)),
                name: if u.deleted_at.is_some() {
                    c.t("user-deleted-name")
                } else {
                    u.display_name.clone()
                },
                email: u.email.clone().unwrap_or_default(),
                status: status_of(&s, lang, u),
                since: crate::format::day_of(s.i18n, lang, u.created_at),
            })
            .collect(),
        total: c.count("count-users", &total),
        pages: pagination(&c, &base, page, pages_count),
        c,
    };
    Ok(html(StatusCode::OK, render(&page_view)?, vec![]))
}

async fn target(s: &AppState, id: i64) -> Result<UserRow, AppError> {
    s.db.user_by_id(id).await?.ok_or_else(AppError::not_found)
}

async fn user_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    u: &UserRow,
    status: StatusCode,
    errors: &Errors,
    values: &Values,
) -> Result<Response, AppError> {
    let t = |id: &str| s.i18n.t(lang, id);
    let base = format!("/{}/admin/users/{}", lang.code(), u.id);
    let mut c = frame(s, lang, "/admin/users")
        .title_id("admin-user-title")
        .build();
    c.crumbs.insert(
        1,
        Crumb {
            label: t("admin-title"),
            href: Some(format!("/{}/admin/users", lang.code())),
        },
    );
    let mut details = FormSection::new(
        t("admin-user-details"),
        String::new(),
        String::new(),
        vec![],
    );
    details.rows = vec![
        vec![t("field-display-name"), u.display_name.clone()],
        vec![t("field-email"), u.email.clone().unwrap_or_default()],
        vec![t("admin-status"), status_of(s, lang, u)],
        vec![t("field-language"), u.language.clone()],
        vec![
            t("account-since"),
            crate::format::day_of(s.i18n, lang, u.created_at),
        ],
    ];
    if u.banned_at.is_some() {
        details
            .rows
            .push(vec![t("admin-ban-reason"), u.ban_reason.clone()]);
    }
    let mut sections = vec![details];
    for r in s.db.roles_of(u.id).await? {
        let scope = match r.scope_kind {
            ScopeKind::Global => String::new(),
            k => format!(
                " ({} {})",
                s.i18n.ta(
                    lang,
                    "label-colon",
                    &[("label", t(&format!("scope-{k}")).into())]
                ),
                scope_label(s, k.code(), r.scope_id).await
            ),
        };
        let title = format!("{}{scope}", t(&format!("role-{}", r.role)));
        let mut sec = FormSection::new(
            title,
            format!("{base}/roles/{}/revoke", r.id),
            t("admin-revoke"),
            vec![],
        );
        sec.danger = true;
        sections.push(sec);
    }
    let roles: Vec<(String, String)> = Role::GRANTABLE
        .iter()
        .map(|r| (r.code().to_string(), t(&format!("role-{}", r.code()))))
        .collect();
    let mut grant = FormSection::new(
        t("admin-grant"),
        format!("{base}/roles"),
        t("admin-grant-submit"),
        vec![
            field(s, lang, "role", "select", "admin-role").options(roles),
            field(s, lang, "scope", "text", "admin-scope")
                .optional()
                .hint(t("admin-scope-hint")),
        ],
    );
    grant.intro.push(t("admin-grant-intro"));
    if u.email_verified_at.is_none() {
        grant.intro.push(t("admin-unverified-notice"));
    }
    sections.push(grant);
    if u.deleted_at.is_none() {
        if u.banned_at.is_none() {
            let mut b = FormSection::new(
                t("admin-ban"),
                format!("{base}/ban"),
                t("admin-ban-submit"),
                vec![field(s, lang, "reason", "text", "admin-ban-reason")],
            );
            b.danger = true;
            sections.push(b);
        } else {
            sections.push(FormSection::new(
                t("admin-unban"),
                format!("{base}/unban"),
                t("admin-unban-submit"),
                vec![],
            ));
        }
        if u.email_verified_at.is_none() {
            sections.push(FormSection::new(
                t("admin-resend"),
                format!("{base}/resend-verification"),
                t("account-resend-submit"),
                vec![],
            ));
        }
    }
    let (events, _) = s.db.audit_page(Some(u.id), 0, 50).await?;
    let mut log = FormSection::new(t("admin-audit-title"), String::new(), String::new(), vec![]);
    log.rows = events.iter().map(|e| audit_row(s, lang, e)).collect();
    log.header = audit_header(s, lang);
    sections.push(log);
    form_page(c)
        .sections(sections)
        .errors(errors)
        .values(values)
        .status(status)
        .respond(s, headers)
}

fn audit_header(s: &AppState, lang: Lang) -> Vec<String> {
    [
        "col-date",
        "col-action",
        "col-actor",
        "col-target",
        "col-ip",
        "col-detail",
    ]
    .iter()
    .map(|id| s.i18n.t(lang, id))
    .collect()
}

fn audit_row(s: &AppState, lang: Lang, e: &opengov_db::rows::AuditRow) -> Vec<String> {
    vec![
        crate::format::day_of(s.i18n, lang, e.at),
        e.action.clone(),
        e.actor_name.clone().unwrap_or_default(),
        e.target_name.clone().unwrap_or_default(),
        e.ip.clone(),
        e.detail.clone(),
    ]
}

async fn scope_label(s: &AppState, kind: &str, id: i64) -> String {
    // Scopes are shown by their public key (OGP id, institution key, plan number).
    match kind {
        "plan" => {
            s.db.list_plans()
                .await
                .ok()
                .and_then(|ps| ps.into_iter().find(|p| p.id == id))
                .map(|p| p.number.to_string())
        }
        "institution" => {
            s.db.institutions()
                .await
                .ok()
                .and_then(|is| is.into_iter().find(|i| i.id == id))
                .map(|i| i.key)
        }
        "commitment" => s.db.commitment_id_key(id).await.ok().flatten(),
        _ => None,
    }
    .unwrap_or_else(|| id.to_string())
}

pub async fn user(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Allowed<ViewUsers>,
    headers: HeaderMap,
    UserId(id): UserId,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    user_page(
        &s,
        lang,
        &headers,
        &u,
        StatusCode::OK,
        &Errors::default(),
        &Values::new(),
    )
    .await
}

/// The id a scope key names: an OGP id, an institution key or a plan number.
async fn resolve_scope(s: &AppState, role: Role, key: &str) -> Option<(ScopeKind, i64)> {
    match role.scope_kinds() {
        [ScopeKind::Global] => Some((ScopeKind::Global, 0)),
        [ScopeKind::Plan] => {
            let n: i64 = key.parse().ok()?;
            s.db.plan_by_number(n)
                .await
                .ok()?
                .map(|p| (ScopeKind::Plan, p.id))
        }
        _ => {
            if let Some(c) = s.db.commitment_by_ogp_id(key).await.ok()? {
                return Some((ScopeKind::Commitment, c.id));
            }
            s.db.institution_by_key(key)
                .await
                .ok()?
                .map(|i| (ScopeKind::Institution, i.id))
        }
    }
}

pub async fn grant(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Allowed<ManageUsers>,
    UserId(id): UserId,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    let mut errors = Errors::default();
    // Someone may have registered an official's address without owning it: no role until the
    // address is confirmed.
    if u.email_verified_at.is_none() {
        errors.add("role", s.i18n.t(lang, "error-role-unverified"));
    }
    let role = Role::from_code(&value(&values, "role")).filter(|r| Role::GRANTABLE.contains(r));
    let scope = match role {
        Some(r) => {
            let key = value(&values, "scope");
            let found = if crate::kernel::valid_key(&key) || key.is_empty() {
                resolve_scope(&s, r, &key).await
            } else {
                None
            };
            if found.is_none() {
                errors.add("scope", s.i18n.t(lang, "error-scope-unknown"));
            }
            found
        }
        None => {
            errors.add("role", s.i18n.t(lang, "error-role-invalid"));
            None
        }
    };
    let usable = u.deleted_at.is_none() && errors.is_empty();
    let (Some(role), Some((kind, scope_id)), true) = (role, scope, usable) else {
        return user_page(
            &s,
            lang,
            &parts.headers,
            &u,
            StatusCode::BAD_REQUEST,
            &errors,
            &values,
        )
        .await;
    };
    s.db.grant_role(
        u.id,
        role,
        kind,
        scope_id,
        Some(me.id()),
        opengov_db::now_micros(),
    )
    .await?;
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "admin.role_granted",
        Some(u.id),
        &ip,
        &format!("{} {} {}", role.code(), kind.code(), scope_id),
    )
    .await;
    Ok(to_user(lang, u.id))
}

pub async fn revoke(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Allowed<ManageUsers>,
    UserId(id): UserId,
    RoleId(role_id): RoleId,
    CheckedForm { values: _, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    // The check and the change in one transaction: two administrators revoking their own
    // role at the same moment cannot both succeed.
    let r = match s.db.revoke_role_keeping_an_admin(u.id, role_id).await? {
        Guarded::Done(r) => r,
        Guarded::LastAdmin => return Err(AppError::bad_request("error-last-admin")),
        Guarded::NotFound => return Err(AppError::not_found()),
    };
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "admin.role_revoked",
        Some(u.id),
        &ip,
        &format!("{} {} {}", r.role, r.scope_kind, r.scope_id),
    )
    .await;
    Ok(to_user(lang, u.id))
}

pub async fn ban(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Allowed<ManageUsers>,
    UserId(id): UserId,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    if u.id == me.id() {
        return Err(AppError::bad_request("error-ban-self"));
    }
    let reason: String = value(&values, "reason").chars().take(500).collect();
    if reason.is_empty() {
        let mut errors = Errors::default();
        errors.add("reason", s.i18n.t(lang, "error-ban-reason"));
        return user_page(
            &s,
            lang,
            &parts.headers,
            &u,
            StatusCode::BAD_REQUEST,
            &errors,
            &values,
        )
        .await;
    }
    // A ban ends every session and every outstanding link (reset, address change) at once,
    // and never leaves the portal without an administrator.
    match s
        .db
        .ban_keeping_an_admin(u.id, &reason, opengov_db::now_micros())
        .await?
    {
        Guarded::Done(()) => {}
        Guarded::LastAdmin => return Err(AppError::bad_request("error-last-admin")),
        Guarded::NotFound => return Err(AppError::not_found()),
    }
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(&s, Some(me.id()), "admin.banned", Some(u.id), &ip, &reason).await;
    Ok(to_user(lang, u.id))
}

pub async fn unban(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Allowed<ManageUsers>,
    UserId(id): UserId,
    CheckedForm { values: _, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    s.db.update_user(u.id, &UserChange::Unbanned, opengov_db::now_micros())
        .await?;
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(&s, Some(me.id()), "admin.unbanned", Some(u.id), &ip, "").await;
    Ok(to_user(lang, u.id))
}

pub async fn resend(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Allowed<ManageUsers>,
    UserId(id): UserId,
    CheckedForm { values: _, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let u = target(&s, id).await?;
    if let (None, Some(address), None) = (u.email_verified_at, &u.email, u.deleted_at) {
        let l = Lang::from_code(&u.language).unwrap_or(lang);
        crate::auth::verify::send_verification(&s, u.id, address, &u.display_name, l).await?;
        let ip = session::client_ip(&parts, &s.config.proxies);
        audit(
            &s,
            Some(me.id()),
            "admin.verification_resent",
            Some(u.id),
            &ip,
            "",
        )
        .await;
    }
    Ok(to_user(lang, u.id))
}

pub async fn audit_log(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Allowed<ViewAuditLog>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let page: i64 = match q.get("page").map(|p| p.parse::<i64>()) {
        None => 1,
        Some(Ok(n)) if (1..=100_000).contains(&n) => n,
        _ => return Err(AppError::bad_request("error-400-page")),
    };
    let (events, total) = s.db.audit_page(None, (page - 1) * 100, 100).await?;
    let c = frame(&s, lang, "/admin/audit")
        .title_id("admin-audit-title")
        .build();
    let mut log = FormSection::new(
        c.count("count-events", &total),
        String::new(),
        String::new(),
        vec![],
    );
    log.rows = events.iter().map(|e| audit_row(&s, lang, e)).collect();
    log.header = audit_header(&s, lang);
    let mut links = vec![(
        s.i18n.t(lang, "admin-title"),
        format!("/{}/admin/users", lang.code()),
    )];
    if page * 100 < total {
        links.push((
            s.i18n.t(lang, "pagination-next"),
            format!("/{}/admin/audit?page={}", lang.code(), page + 1),
        ));
    }
    form_page(c)
        .sections(vec![log])
        .links(links)
        .respond(&s, &headers)
}
