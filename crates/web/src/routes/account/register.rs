//! Registration and e-mail verification.

use crate::auth::mail::{self, Kind};
use crate::auth::{crypto, rate};
use crate::forms::{secret, value};
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::{Query, State};
use opengov_core::auth::{email, password};
use opengov_core::kinds::TokenPurpose;
use std::collections::HashMap;

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
        field(s, lang, "terms", "checkbox", "field-terms")
            .hint(s.i18n.t(lang, "hint-terms"))
            .link(
                s.i18n.t(lang, "register-privacy-link"),
                format!("/{}/privacy", lang.code()),
            )
            .note(s.config.site.cndp_declaration.as_deref().map(|n| {
                s.i18n
                    .ta(lang, "register-cndp", &[("number", n.to_string().into())])
            })),
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
    let c = frame(&s, lang, "/account/register")
        .title_id("register-title")
        .build();
    let mut values = Values::new();
    values.insert("language".into(), lang.code().into());
    let intro = vec![
        s.i18n.t(lang, "register-intro"),
        s.i18n.t(lang, "register-data-notice"),
    ];
    form_page(c)
        .intro(intro)
        .sections(vec![section(&s, lang)])
        .values(&values)
        .links(sign_in_link(&s, lang))
        .respond(&s, &headers)
}

pub async fn submit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let headers = &parts.headers;
    let ip = crate::auth::session::client_ip(&parts, &s.config.proxies);
    if !rate::allow(&s, rate::REGISTER_IP, &ip).await {
        return Err(AppError::too_many());
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
        let c = frame(&s, lang, "/account/register")
            .title_id("register-title")
            .build();
        return form_page(c)
            .sections(vec![section(&s, lang)])
            .errors(&errors)
            .values(&values)
            .links(sign_in_link(&s, lang))
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, headers);
    };
    // Per address too: repeated registrations must not flood someone's mailbox.
    if !rate::allow(&s, rate::REGISTER_ACCOUNT, &address).await
        || !rate::allow(&s, rate::MAIL_TO_ADDRESS, &address).await
    {
        return Err(AppError::too_many());
    }
    let hash = crypto::hash_password(pw).await?;
    let now = opengov_db::now_micros();
    match s
        .db
        .create_user(&address, &name, &hash, language.code(), now)
        .await?
    {
        Some(id) => {
            crate::auth::verify::send_verification(&s, id, &address, &name, language).await?;
            audit(&s, Some(id), "account.registered", Some(id), &ip, "").await;
        }
        None => {
            // Same answer as for a new address: the owner learns of the attempt by e-mail.
            if let Some(existing) = s.db.user_by_email(&address).await? {
                let l = Lang::from_code(&existing.language).unwrap_or(lang);
                let link = s.absolute(&format!("/{}/account/reset", l.code()));
                let m = mail::compose(
                    l,
                    Kind::AlreadyRegistered,
                    &address,
                    &existing.display_name,
                    Some(&link),
                );
                mail::queue(&s, &m).await?;
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

pub async fn check_email(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let c = frame(&s, lang, "/account/check-email")
        .title_id("check-email-title")
        .build();
    let intro = vec![
        s.i18n.t(lang, "check-email-text"),
        s.i18n.t(lang, "check-email-spam"),
    ];
    form_page(c).intro(intro).respond(&s, &headers)
}

/// The link in the e-mail opens a page with a button: no state changes on GET.
pub async fn verify_page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    token_page(
        &s,
        lang,
        &headers,
        q.get("token"),
        "/account/verify",
        ["verify-title", "verify-text", "verify-submit"],
    )
}

pub async fn verify(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let token = value(&values, "token");
    let now = opengov_db::now_micros();
    let ip = crate::auth::session::client_ip(&parts, &s.config.proxies);
    match s
        .db
        .consume_token(&crypto::token_hash(&token), TokenPurpose::Verify, now)
        .await?
    {
        Some((user_id, _)) => {
            s.db.update_user(user_id, &opengov_db::rows::UserChange::EmailVerified, now)
                .await?;
            audit(
                &s,
                Some(user_id),
                "account.email_verified",
                Some(user_id),
                &ip,
                "",
            )
            .await;
            let c = frame(&s, lang, "/account/verify")
                .title_id("verified-title")
                .build();
            let links = vec![(
                s.i18n.t(lang, "link-sign-in"),
                format!("/{}/account/sign-in", lang.code()),
            )];
            form_page(c)
                .intro(vec![s.i18n.t(lang, "verified-text")])
                .links(links)
                .respond(&s, &parts.headers)
        }
        None => Err(AppError::bad_request("error-link-invalid")),
    }
}

/// Sends the verification e-mail again (signed-in users whose address is not confirmed).
pub async fn resend(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    CheckedForm {
        values: _,
        parts: _,
    }: CheckedForm,
) -> Result<Response, AppError> {
    if me.user.email_verified_at.is_none() {
        let address = me.user.email.clone().unwrap_or_default();
        if !rate::allow(&s, rate::VERIFY_ACCOUNT, &me.id().to_string()).await
            || !rate::allow(&s, rate::MAIL_TO_ADDRESS, &address).await
        {
            return Err(AppError::too_many());
        }
        let l = Lang::from_code(&me.user.language).unwrap_or(lang);
        if let Some(address) = &me.user.email {
            crate::auth::verify::send_verification(&s, me.id(), address, &me.user.display_name, l)
                .await?;
        }
    }
    Ok(see_other(
        &format!("/{}/account/check-email", lang.code()),
        vec![],
    ))
}
