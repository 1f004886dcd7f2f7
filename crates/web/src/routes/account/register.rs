//! Registration and e-mail verification.

use super::*;
use crate::auth::mail::{self, Kind};
use crate::auth::{Viewer, crypto, rate};
use crate::forms::{secret, value};
use crate::locale::PageLang;
use axum::extract::{Query, State};
use opengov_core::auth::{email, password};
use opengov_core::kinds::TokenPurpose;
use std::collections::HashMap;

pub const VERIFY_HOURS: i64 = 48;

fn fields(s: &AppState, lang: Lang) -> Vec<FieldView> {
    vec![
        field(s, lang, "display_name", "text", "field-display-name")
            .auto("name")
            .hint(s.i18n.t(lang, "hint-display-name")),
        field(s, lang, "email", "email", "field-email").auto("email"),
        field(s, lang, "password", "password", "field-password")
            .auto("new-password")
            .hint(s.i18n.t(lang, "hint-password")),
        field(s, lang, "language", "select", "field-language").options(language_options(s, lang)),
        field(s, lang, "terms", "checkbox", "field-terms").hint(s.i18n.t(lang, "hint-terms")),
    ]
}

fn section(s: &AppState, lang: Lang) -> FormSection {
    FormSection::new(
        String::new(),
        format!("/{}/account/register", lang.code()),
        s.i18n.t(lang, "register-submit"),
        fields(s, lang),
    )
}

fn sign_in_link(s: &AppState, lang: Lang) -> Vec<(String, String)> {
    vec![(
        s.i18n.t(lang, "link-have-account"),
        format!("/{}/account/sign-in", lang.code()),
    )]
}

pub async fn form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let c = chrome(&s, lang, "/account/register", "register-title");
    let mut values = Values::new();
    values.insert("language".into(), lang.code().into());
    let intro = vec![
        s.i18n.t(lang, "register-intro"),
        s.i18n.t(lang, "register-data-notice"),
    ];
    form_page(
        &s,
        lang,
        &headers,
        c,
        StatusCode::OK,
        None,
        intro,
        vec![section(&s, lang)],
        &Errors::default(),
        &values,
        sign_in_link(&s, lang),
    )
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let headers = &parts.headers;
    let ip = crate::auth::session::client_ip(&parts, s.config.trust_forwarded_for);
    if !rate::allow(&s, rate::REGISTER_IP, &ip).await {
        return Err(too_many(lang));
    }
    let t = |id: &str| s.i18n.t(lang, id);
    let mut errors = Errors::default();
    let name = value(&values, "display_name");
    if name.is_empty() {
        errors.add("display_name", t("error-display-name-required"));
    } else if name.chars().count() > 80 || name.chars().any(char::is_control) {
        errors.add("display_name", t("error-display-name-invalid"));
    }
    let address = email::normalize(&value(&values, "email"));
    if address.is_none() {
        errors.add("email", t("error-email-invalid"));
    }
    let pw = secret(&values, "password");
    if let Err(p) = password::check(&pw, &[&name, address.as_deref().unwrap_or("")]) {
        errors.add("password", t(p.message_id()));
    }
    let language = Lang::from_code(&value(&values, "language"));
    if language.is_none() {
        errors.add("language", t("error-language-invalid"));
    }
    if value(&values, "terms") != "yes" {
        errors.add("terms", t("error-terms-required"));
    }
    let (Some(address), Some(language), true) = (address, language, errors.is_empty()) else {
        let c = chrome(&s, lang, "/account/register", "register-title");
        return form_page(
            &s,
            lang,
            headers,
            c,
            StatusCode::BAD_REQUEST,
            None,
            vec![],
            vec![section(&s, lang)],
            &errors,
            &values,
            sign_in_link(&s, lang),
        );
    };
    // Per address too: repeated registrations must not flood someone's mailbox.
    if !rate::allow(&s, rate::REGISTER_ACCOUNT, &address).await {
        return Err(too_many(lang));
    }
    let hash = crypto::hash_password(pw)
        .await
        .ok_or_else(|| AppError::internal(lang))?;
    let now = opengov_db::now_micros();
    let db = |e| AppError::from((lang, e));
    match s
        .db
        .create_user(&address, &name, &hash, language.code(), now)
        .await
        .map_err(db)?
    {
        Some(id) => {
            send_verification(&s, id, &address, &name, language)
                .await
                .map_err(db)?;
            audit(&s, Some(id), "account.registered", Some(id), &ip, "").await;
        }
        None => {
            // Same answer as for a new address: the owner learns of the attempt by e-mail.
            if let Some(existing) = s.db.user_by_email(&address).await.map_err(db)? {
                let l = Lang::from_code(&existing.language).unwrap_or(lang);
                let link = absolute(&s, &format!("/{}/account/reset", l.code()));
                let m = mail::compose(
                    l,
                    Kind::AlreadyRegistered,
                    &address,
                    &existing.display_name,
                    Some(&link),
                );
                mail::queue(&s, &m).await.map_err(db)?;
                audit(
                    &s,
                    None,
                    "account.register_existing",
                    Some(existing.id),
                    &ip,
                    "",
                )
                .await;
            }
        }
    }
    Ok(see_other(
        &format!("/{}/account/check-email", lang.code()),
        vec![],
    ))
}

/// Creates a verification link and queues its e-mail.
pub async fn send_verification(
    s: &AppState,
    user_id: i64,
    address: &str,
    name: &str,
    lang: Lang,
) -> Result<(), opengov_db::DbError> {
    let token = crypto::token();
    let now = opengov_db::now_micros();
    s.db.drop_tokens(user_id, TokenPurpose::Verify).await?;
    s.db.create_token(
        &crypto::token_hash(&token),
        user_id,
        TokenPurpose::Verify,
        "",
        now,
        now + VERIFY_HOURS * 3_600_000_000,
    )
    .await?;
    let link = absolute(s, &format!("/{}/account/verify?token={token}", lang.code()));
    mail::queue(
        s,
        &mail::compose(lang, Kind::Verify, address, name, Some(&link)),
    )
    .await
}

pub async fn check_email(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let c = chrome(&s, lang, "/account/check-email", "check-email-title");
    let intro = vec![
        s.i18n.t(lang, "check-email-text"),
        s.i18n.t(lang, "check-email-spam"),
    ];
    form_page(
        &s,
        lang,
        &headers,
        c,
        StatusCode::OK,
        None,
        intro,
        vec![],
        &Errors::default(),
        &Values::new(),
        vec![],
    )
}

/// The link in the e-mail opens a page with a button: no state changes on GET.
pub async fn verify_page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let token = q.get("token").cloned().unwrap_or_default();
    let c = chrome(&s, lang, "/account/verify", "verify-title");
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}/account/verify", lang.code()),
        s.i18n.t(lang, "verify-submit"),
        vec![],
    );
    sec.hidden
        .push(("token".into(), token.chars().take(64).collect()));
    form_page(
        &s,
        lang,
        &headers,
        c,
        StatusCode::OK,
        None,
        vec![s.i18n.t(lang, "verify-text")],
        vec![sec],
        &Errors::default(),
        &Values::new(),
        vec![],
    )
}

pub async fn verify(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let token = value(&values, "token");
    let now = opengov_db::now_micros();
    let db = |e| AppError::from((lang, e));
    let ip = crate::auth::session::client_ip(&parts, s.config.trust_forwarded_for);
    match s
        .db
        .consume_token(&crypto::token_hash(&token), TokenPurpose::Verify, now)
        .await
        .map_err(db)?
    {
        Some((user_id, _)) => {
            s.db.update_user(user_id, &opengov_db::rows::UserChange::EmailVerified, now)
                .await
                .map_err(db)?;
            audit(
                &s,
                Some(user_id),
                "account.email_verified",
                Some(user_id),
                &ip,
                "",
            )
            .await;
            let c = chrome(&s, lang, "/account/verify", "verified-title");
            let links = vec![(
                s.i18n.t(lang, "link-sign-in"),
                format!("/{}/account/sign-in", lang.code()),
            )];
            form_page(
                &s,
                lang,
                &parts.headers,
                c,
                StatusCode::OK,
                None,
                vec![s.i18n.t(lang, "verified-text")],
                vec![],
                &Errors::default(),
                &Values::new(),
                links,
            )
        }
        None => Err(AppError::bad_request(lang, "error-link-invalid")),
    }
}

/// Sends the verification e-mail again (signed-in users whose address is not confirmed).
pub async fn resend(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Viewer(v): Viewer,
    CheckedForm {
        values: _,
        parts: _,
    }: CheckedForm,
) -> Result<Response, AppError> {
    let me = match require(v, lang, &format!("/{}/account", lang.code())) {
        Ok(me) => me,
        Err(r) => return Ok(r),
    };
    if me.user.email_verified_at.is_none() {
        if !rate::allow(&s, rate::VERIFY_ACCOUNT, &me.id().to_string()).await {
            return Err(too_many(lang));
        }
        let l = Lang::from_code(&me.user.language).unwrap_or(lang);
        if let Some(address) = &me.user.email {
            send_verification(&s, me.id(), address, &me.user.display_name, l)
                .await
                .map_err(|e| AppError::from((lang, e)))?;
        }
    }
    Ok(see_other(
        &format!("/{}/account/check-email", lang.code()),
        vec![],
    ))
}
