//! Signing in and out.

use crate::auth::{Viewer, crypto, rate, session};
use crate::forms::{secret, value};
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::{Query, State};
use opengov_core::auth::{email, redirect};
use opengov_core::kinds::SessionStage;
use std::collections::HashMap;

fn section(s: &AppState, lang: Lang, next: Option<&str>) -> FormSection {
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}/account/sign-in", lang.code()),
        s.i18n.t(lang, "sign-in-submit"),
        vec![
            field(s, lang, "email", "email", "field-email").auto("username"),
            field(s, lang, "password", "password", "field-password").auto("current-password"),
        ],
    );
    if let Some(n) = next {
        sec.hidden.push(("next".into(), n.to_string()));
    }
    sec
}

fn links(s: &AppState, lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            s.i18n.t(lang, "link-forgot-password"),
            format!("/{}/account/reset", lang.code()),
        ),
        (
            s.i18n.t(lang, "link-register"),
            format!("/{}/account/register", lang.code()),
        ),
    ]
}

pub async fn form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(v): Viewer,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    if v.is_some() {
        return Ok(see_other(&format!("/{}/account", lang.code()), vec![]));
    }
    let next = q.get("next").and_then(|n| redirect::safe_next(n));
    let notice = q
        .get("notice")
        .filter(|n| ["reset", "signed-out", "deleted", "password"].contains(&n.as_str()))
        .map(|n| s.i18n.t(lang, &format!("notice-{n}")));
    let c = frame(&s, lang, "/account/sign-in")
        .title_id("sign-in-title")
        .build();
    form_page(c)
        .notice(notice)
        .sections(vec![section(&s, lang, next)])
        .links(links(&s, lang))
        .respond(&s, &headers)
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(current): Viewer,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let headers = &parts.headers;
    let ip = session::client_ip(&parts, &s.config.proxies);
    let address = email::normalize(&value(&values, "email"));
    let account_key = address.clone().unwrap_or_default();
    // Per (address, IP) and per IP first: one source is stopped soon; the per-address bound is
    // much higher, so that failures from elsewhere do not lock the owner out.
    if !rate::allow(&s, rate::SIGN_IN_PAIR, &format!("{account_key} {ip}")).await
        || !rate::allow(&s, rate::SIGN_IN_IP, &ip).await
        || !rate::allow(&s, rate::SIGN_IN_ACCOUNT, &account_key).await
    {
        audit(&s, None, "sign_in.rate_limited", None, &ip, "").await;
        return Err(AppError::too_many());
    }
    let next = values
        .get("next")
        .and_then(|n| redirect::safe_next(n))
        .map(str::to_string);
    let user = match &address {
        Some(a) => s.db.user_by_email(a).await?,
        None => None,
    };
    let ok = crypto::verify_password(
        secret(&values, "password"),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let usable = user
        .as_ref()
        .filter(|u| ok && u.banned_at.is_none() && u.deleted_at.is_none());
    let Some(user) = usable else {
        audit(
            &s,
            None,
            "sign_in.failed",
            user.as_ref().map(|u| u.id),
            &ip,
            "",
        )
        .await;
        let mut errors = Errors::default();
        // One message whether the account exists or not.
        errors.add("email", s.i18n.t(lang, "error-sign-in-failed"));
        let c = frame(&s, lang, "/account/sign-in")
            .title_id("sign-in-title")
            .build();
        let mut kept = Values::new();
        kept.insert("email".into(), value(&values, "email"));
        return form_page(c)
            .sections(vec![section(&s, lang, next.as_deref())])
            .errors(&errors)
            .values(&kept)
            .links(links(&s, lang))
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, headers);
    };
    // A new session id at every sign-in; the one the browser had is ended.
    if let Some(old) = current {
        let _ = s.db.delete_session(&old.session_id).await;
    }
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if user.totp_enabled_at.is_some() {
        // The password was right; the second step completes the sign-in.
        let cookie = session::start(&s, user.id, SessionStage::TwoStep, &ip, ua).await?;
        audit(
            &s,
            Some(user.id),
            "sign_in.password_ok",
            Some(user.id),
            &ip,
            "",
        )
        .await;
        let mut to = format!("/{}/account/two-step/verify", lang.code());
        if let Some(n) = &next {
            to.push_str(&format!("?next={}", url_encode(n)));
        }
        return Ok(see_other(&to, vec![cookie]));
    }
    let cookie = session::start(&s, user.id, SessionStage::Full, &ip, ua).await?;
    audit(
        &s,
        Some(user.id),
        "sign_in.succeeded",
        Some(user.id),
        &ip,
        "",
    )
    .await;
    let to = next.unwrap_or_else(|| format!("/{}/account", lang.code()));
    Ok(see_other(&to, vec![cookie]))
}

pub async fn sign_out(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(v): Viewer,
    CheckedForm { values: _, parts }: CheckedForm,
) -> Result<Response, AppError> {
    if let Some(me) = v {
        s.db.delete_session(&me.session_id).await?;
        let ip = session::client_ip(&parts, &s.config.proxies);
        audit(&s, Some(me.id()), "sign_out", Some(me.id()), &ip, "").await;
    }
    Ok(see_other(
        &format!("/{}/account/sign-in?notice=signed-out", lang.code()),
        vec![session::clear(&s)],
    ))
}
