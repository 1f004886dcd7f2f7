//! The signed-in user's own data: "download my data" and the deletion of the account.

use crate::auth::mail::Kind;
use crate::auth::session;
use crate::forms::value;
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::State;
use opengov_db::rows::Guarded;

/// "Download my data": everything stored about the user, as JSON. Security events that others
/// caused on the account are listed without their personal data (name, IP address).
pub async fn data(State(s): State<AppState>, me: SignedIn) -> Result<Response, AppError> {
    use opengov_core::auth::export;
    let roles = s.db.roles_of(me.id()).await?;
    let sessions = s.db.user_sessions(me.id()).await?;
    // Their names, prefixes and dates; the secrets are not kept.
    let api_tokens = s.db.api_tokens_of(me.id()).await?;
    let (events, _) = s.db.audit_page(Some(me.id()), 0, 1000).await?;
    let events: Vec<serde_json::Value> = events
        .iter()
        .map(|e| {
            let kept = export::kept(me.id(), e.actor_id, e.target_user_id);
            let mut v = serde_json::json!({
                "at": crate::format::iso(e.at),
                "action": e.action,
                "by": kept.by,
            });
            if kept.ip {
                v["ip"] = e.ip.clone().into();
            }
            if kept.detail && !e.detail.is_empty() {
                v["detail"] = e.detail.clone().into();
            }
            v
        })
        .collect();
    let body = serde_json::json!({
        "account": me.user,
        "roles": roles,
        "sessions": sessions,
        "api_tokens": api_tokens,
        "security_events": events,
        "exported_at": crate::format::iso(opengov_db::now_micros()),
    });
    let mut r = axum::Json(body).into_response();
    r.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"my-data.json\""),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

fn delete_section(s: &AppState, lang: Lang) -> FormSection {
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}/account/delete", lang.code()),
        s.i18n.t(lang, "delete-submit"),
        vec![
            field(
                s,
                lang,
                "current_password",
                "password",
                "field-current-password",
            )
            .auto("current-password"),
            field(s, lang, "confirm", "checkbox", "delete-confirm"),
        ],
    );
    sec.danger = true;
    sec
}

pub async fn delete_page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _me: SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let c = frame(&s, lang, "/account/delete")
        .title_id("delete-title")
        .build();
    let intro = vec![
        s.i18n.t(lang, "delete-what-goes"),
        s.i18n.t(lang, "delete-what-stays"),
    ];
    form_page(c)
        .intro(intro)
        .sections(vec![delete_section(&s, lang)])
        .respond(&s, &headers)
}

pub async fn delete(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut f = OwnForm::new(&s, lang, &me, &form);
    f.confirm_password().await?;
    if value(f.values, "confirm") != "yes" {
        f.error("confirm", "error-delete-confirm");
    }
    if !f.errors.is_empty() {
        let c = frame(&s, lang, "/account/delete")
            .title_id("delete-title")
            .build();
        return form_page(c)
            .sections(vec![delete_section(&s, lang)])
            .errors(&f.errors)
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, &f.parts.headers);
    }
    // The check and the deletion are one transaction (two administrators deleting their
    // accounts at the same moment cannot both go); the goodbye mail is queued after it.
    match s
        .db
        .delete_user_keeping_an_admin(me.id(), opengov_db::now_micros())
        .await?
    {
        Guarded::Done(()) => {}
        Guarded::LastAdmin => return Err(AppError::bad_request("error-last-admin")),
        Guarded::NotFound => return Err(AppError::not_found()),
    }
    f.tell_owner(Kind::AccountDeleted).await?;
    f.audit("account.deleted").await;
    Ok(see_other(
        &format!("/{}/account/sign-in?notice=deleted", lang.code()),
        vec![session::clear(&s)],
    ))
}
