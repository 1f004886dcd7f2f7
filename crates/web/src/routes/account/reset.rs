//! Forgotten password: a single-use link valid one hour; the same answer whether the account
//! exists or not.

use super::*;
use crate::auth::mail::{self, Kind};
use crate::auth::{crypto, rate, session};
use crate::forms::{secret, value};
use crate::locale::PageLang;
use axum::extract::{Query, State};
use opengov_core::auth::{email, password};
use opengov_core::kinds::TokenPurpose;
use opengov_db::rows::UserChange;
use std::collections::HashMap;

pub const RESET_MINUTES: i64 = 60;

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
    let c = chrome(&s, lang, "/account/reset", "reset-title");
    form_page(
        &s,
        lang,
        &headers,
        c,
        StatusCode::OK,
        None,
        vec![s.i18n.t(lang, "reset-intro")],
        vec![request_section(&s, lang)],
        &Errors::default(),
        &Values::new(),
        vec![],
    )
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let ip = session::client_ip(&parts, s.config.trust_forwarded_for);
    let Some(address) = email::normalize(&value(&values, "email")) else {
        let mut errors = Errors::default();
        errors.add("email", s.i18n.t(lang, "error-email-invalid"));
        let c = chrome(&s, lang, "/account/reset", "reset-title");
        return form_page(
            &s,
            lang,
            &parts.headers,
            c,
            StatusCode::BAD_REQUEST,
            None,
            vec![],
            vec![request_section(&s, lang)],
            &errors,
            &values,
            vec![],
        );
    };
    if !rate::allow(&s, rate::RESET_IP, &ip).await
        || !rate::allow(&s, rate::RESET_ACCOUNT, &address).await
    {
        return Err(too_many(lang));
    }
    let db = |e| AppError::from((lang, e));
    if let Some(u) =
        s.db.user_by_email(&address)
            .await
            .map_err(db)?
            .filter(|u| u.deleted_at.is_none() && u.banned_at.is_none())
    {
        let token = crypto::token();
        let now = opengov_db::now_micros();
        s.db.drop_tokens(u.id, TokenPurpose::Reset)
            .await
            .map_err(db)?;
        s.db.create_token(
            &crypto::token_hash(&token),
            u.id,
            TokenPurpose::Reset,
            "",
            now,
            now + RESET_MINUTES * 60_000_000,
        )
        .await
        .map_err(db)?;
        let l = Lang::from_code(&u.language).unwrap_or(lang);
        let link = absolute(
            &s,
            &format!("/{}/account/reset/confirm?token={token}", l.code()),
        );
        mail::queue(
            &s,
            &mail::compose(l, Kind::Reset, &address, &u.display_name, Some(&link)),
        )
        .await
        .map_err(db)?;
        audit(&s, None, "password.reset_requested", Some(u.id), &ip, "").await;
    }
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
    let c = chrome(&s, lang, "/account/reset/confirm", "reset-confirm-title");
    form_page(
        &s,
        lang,
        &headers,
        c,
        StatusCode::OK,
        None,
        vec![],
        vec![confirm_section(&s, lang, &token)],
        &Errors::default(),
        &Values::new(),
        vec![],
    )
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
        let c = chrome(&s, lang, "/account/reset/confirm", "reset-confirm-title");
        return form_page(
            &s,
            lang,
            &parts.headers,
            c,
            StatusCode::BAD_REQUEST,
            None,
            vec![],
            vec![confirm_section(&s, lang, &token)],
            &errors,
            &Values::new(),
            vec![],
        );
    }
    let now = opengov_db::now_micros();
    let db = |e| AppError::from((lang, e));
    let Some((user_id, _)) =
        s.db.consume_token(&crypto::token_hash(&token), TokenPurpose::Reset, now)
            .await
            .map_err(db)?
    else {
        return Err(AppError::bad_request(lang, "error-link-invalid"));
    };
    let hash = crypto::hash_password(pw)
        .await
        .ok_or_else(|| AppError::internal(lang))?;
    s.db.update_user(user_id, &UserChange::Password(hash), now)
        .await
        .map_err(db)?;
    // A reset proves control of the address.
    s.db.update_user(user_id, &UserChange::EmailVerified, now)
        .await
        .map_err(db)?;
    s.db.delete_user_sessions(user_id, None).await.map_err(db)?;
    s.db.drop_tokens(user_id, TokenPurpose::Reset)
        .await
        .map_err(db)?;
    let ip = session::client_ip(&parts, s.config.trust_forwarded_for);
    audit(&s, Some(user_id), "password.reset", Some(user_id), &ip, "").await;
    if let Some(u) = s.db.user_by_id(user_id).await.map_err(db)?
        && let Some(address) = &u.email
    {
        let l = Lang::from_code(&u.language).unwrap_or(lang);
        mail::queue(
            &s,
            &mail::compose(l, Kind::PasswordChanged, address, &u.display_name, None),
        )
        .await
        .map_err(db)?;
    }
    Ok(see_other(
        &format!("/{}/account/sign-in?notice=reset", lang.code()),
        vec![session::clear(&s)],
    ))
}
