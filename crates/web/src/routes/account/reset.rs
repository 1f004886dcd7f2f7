//! Forgotten password: a single-use link valid one hour; the same answer whether the account
//! exists or not.

use crate::auth::mail::{self, Kind};
use crate::auth::{crypto, rate, session};
use crate::forms::{secret, value};
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::{Query, State};
use opengov_core::auth::{email, password};
use opengov_core::kinds::TokenPurpose;
use opengov_db::rows::UserChange;
use std::collections::HashMap;

fn request_section(s: &AppState, lang: Lang) -> FormSection {
    FormSection::new(
        String::new(),
        format!("/{}/account/reset", lang.code()),
        s.i18n.t(lang, "reset-submit"),
        vec![field(s, lang, "email", "email", "field-email").auto("email")],
    )
}

pub async fn form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let c = frame(&s, lang, "/account/reset")
        .title_id("reset-title")
        .build();
    form_page(c)
        .intro(vec![s.i18n.t(lang, "reset-intro")])
        .sections(vec![request_section(&s, lang)])
        .respond(&s, &headers)
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let ip = session::client_ip(&parts, &s.config.proxies);
    let Some(address) = email::normalize(&value(&values, "email")) else {
        let mut errors = Errors::default();
        errors.add("email", s.i18n.t(lang, "error-email-invalid"));
        let c = frame(&s, lang, "/account/reset")
            .title_id("reset-title")
            .build();
        return form_page(c)
            .sections(vec![request_section(&s, lang)])
            .errors(&errors)
            .values(&values)
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, &parts.headers);
    };
    if !rate::allow(&s, rate::RESET_IP, &ip).await
        || !rate::allow(&s, rate::RESET_ACCOUNT, &address).await
        || !rate::allow(&s, rate::MAIL_TO_ADDRESS, &address).await
    {
        return Err(AppError::too_many());
    }
    // The same work whether the account exists or not: the look-up, the link and the e-mail
    // are a job (`auth::reset`), so the answer's timing tells nothing.
    crate::auth::reset::request(&s, &address, lang, &ip).await?;
    Ok(see_other(
        &format!("/{}/account/check-email", lang.code()),
        vec![],
    ))
}

fn confirm_section(s: &AppState, lang: Lang, token: &str) -> FormSection {
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}/account/reset/confirm", lang.code()),
        s.i18n.t(lang, "reset-confirm-submit"),
        vec![
            field(s, lang, "password", "password", "field-new-password")
                .auto("new-password")
                .hint(s.i18n.t(lang, "hint-password")),
        ],
    );
    sec.hidden
        .push(("token".into(), token.chars().take(64).collect()));
    sec
}

pub async fn confirm_form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let token = q.get("token").cloned().unwrap_or_default();
    let c = frame(&s, lang, "/account/reset/confirm")
        .title_id("reset-confirm-title")
        .build();
    form_page(c)
        .sections(vec![confirm_section(&s, lang, &token)])
        .respond(&s, &headers)
}

pub async fn confirm(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let token = value(&values, "token");
    let pw = secret(&values, "password");
    if let Err(p) = password::check(&pw, &[]) {
        let mut errors = Errors::default();
        errors.add("password", s.i18n.t(lang, p.message_id()));
        let c = frame(&s, lang, "/account/reset/confirm")
            .title_id("reset-confirm-title")
            .build();
        return form_page(c)
            .sections(vec![confirm_section(&s, lang, &token)])
            .errors(&errors)
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, &parts.headers);
    }
    let now = opengov_db::now_micros();
    let Some((user_id, _)) =
        s.db.consume_token(&crypto::token_hash(&token), TokenPurpose::Reset, now)
            .await?
    else {
        return Err(AppError::bad_request("error-link-invalid"));
    };
    // A link issued before a ban (or a deletion) sets no password.
    let usable = s.db.user_by_id(user_id).await?;
    if usable.is_none_or(|u| u.banned_at.is_some() || u.deleted_at.is_some()) {
        return Err(AppError::bad_request("error-link-invalid"));
    }
    let hash = crypto::hash_password(pw).await?;
    s.db.update_user(user_id, &UserChange::Password(hash), now)
        .await?;
    // A reset proves control of the address.
    s.db.update_user(user_id, &UserChange::EmailVerified, now)
        .await?;
    s.db.delete_user_sessions(user_id, None).await?;
    s.db.end_credential_links(user_id).await?;
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(&s, Some(user_id), "password.reset", Some(user_id), &ip, "").await;
    if let Some(u) = s.db.user_by_id(user_id).await?
        && let Some(address) = &u.email
    {
        let l = Lang::from_code(&u.language).unwrap_or(lang);
        mail::queue(
            &s,
            &mail::compose(l, Kind::PasswordChanged, address, &u.display_name, None),
        )
        .await?;
    }
    Ok(see_other(
        &format!("/{}/account/sign-in?notice=reset", lang.code()),
        vec![session::clear(&s)],
    ))
}
