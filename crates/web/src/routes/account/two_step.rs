//! Two-step verification: TOTP enrolment with recovery codes, the second step of signing in,
//! and the requirement for administrators and coordinators.

use crate::auth::{crypto, session, totp};
use crate::forms::value;
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::{Query, State};
use opengov_core::auth::redirect;
use opengov_core::kinds::SessionStage;
use opengov_db::rows::UserChange;
use std::collections::HashMap;

/// How long a password-checked session may wait for its second step.
pub const PENDING_SECS: i64 = 600;

fn now_secs() -> u64 {
    u64::try_from(opengov_db::now_micros() / 1_000_000).unwrap_or(0)
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let t = |id: &str| s.i18n.t(lang, id);
    let base = format!("/{}/account/two-step", lang.code());
    let c = frame(&s, lang, "/account/two-step")
        .title_id("two-step-title")
        .build();
    let notice = q.get("required").map(|_| t("two-step-required"));
    let mut sections = vec![];
    match (&me.user.totp_secret, me.user.totp_enabled_at) {
        (Some(_), Some(_)) => {
            let mut sec = FormSection::new(
                t("two-step-on"),
                format!("{base}/disable"),
                t("two-step-disable"),
                vec![
                    field(
                        &s,
                        lang,
                        "current_password",
                        "password",
                        "field-current-password",
                    )
                    .auto("current-password"),
                    field(&s, lang, "code", "text", "field-code").auto("one-time-code"),
                ],
            );
            sec.danger = true;
            sections.push(sec);
        }
        (Some(pending), None) => {
            let account = me.user.email.clone().unwrap_or_default();
            let mut sec = FormSection::new(
                t("two-step-enrol"),
                format!("{base}/enable"),
                t("two-step-enable"),
                vec![
                    field(&s, lang, "code", "text", "field-code")
                        .auto("one-time-code")
                        .hint(t("hint-code")),
                ],
            );
            sec.intro = vec![t("two-step-scan")];
            sec.rows = vec![
                vec![t("two-step-key"), pending.clone()],
                vec![t("two-step-link"), totp::url(pending, &account)],
            ];
            sections.push(sec);
        }
        _ => {
            let mut sec = FormSection::new(
                t("two-step-off"),
                format!("{base}/start"),
                t("two-step-start"),
                vec![],
            );
            sec.intro = vec![t("two-step-explained")];
            sections.push(sec);
        }
    }
    form_page(c)
        .notice(notice)
        .sections(sections)
        .respond(&s, &headers)
}

pub async fn start(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    CheckedForm {
        values: _,
        parts: _,
    }: CheckedForm,
) -> Result<Response, AppError> {
    if me.user.totp_enabled_at.is_none() {
        s.db.update_user(
            me.id(),
            &UserChange::TotpSecret(Some(totp::new_secret())),
            opengov_db::now_micros(),
        )
        .await?;
    }
    Ok(see_other(
        &format!("/{}/account/two-step", lang.code()),
        vec![],
    ))
}

pub async fn enable(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let (Some(pending), None) = (&me.user.totp_secret, me.user.totp_enabled_at) else {
        return Ok(see_other(
            &format!("/{}/account/two-step", lang.code()),
            vec![],
        ));
    };
    if !totp::accept(
        &s,
        me.id(),
        pending,
        &value(&form.values, "code"),
        now_secs(),
    )
    .await
    {
        return Err(AppError::bad_request("error-totp-code"));
    }
    let codes = totp::recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
    s.db.set_recovery_codes(me.id(), &hashes).await?;
    s.db.update_user(me.id(), &UserChange::TotpEnabled, opengov_db::now_micros())
        .await?;
    OwnForm::new(&s, lang, &me, &form)
        .audit("two_step.enabled")
        .await;
    // The recovery codes are shown once, now.
    let c = frame(&s, lang, "/account/two-step")
        .title_id("two-step-codes-title")
        .build();
    let mut sec = FormSection::new(
        s.i18n.t(lang, "two-step-codes"),
        String::new(),
        String::new(),
        vec![],
    );
    sec.intro = vec![s.i18n.t(lang, "two-step-codes-text")];
    sec.rows = codes.into_iter().map(|c| vec![c]).collect();
    let links = vec![(
        s.i18n.t(lang, "account-title"),
        format!("/{}/account", lang.code()),
    )];
    form_page(c)
        .sections(vec![sec])
        .links(links)
        .respond(&s, &form.parts.headers)
}

pub async fn disable(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    // The password first: re-authentication is rate limited, so neither it nor the code can
    // be guessed without bound from a stolen session.
    let mut f = OwnForm::new(&s, lang, &me, &form);
    let password_ok = f.confirm_password().await?;
    let secret_ok = password_ok
        && match me.user.totp_secret.as_deref() {
            Some(sec) => totp::accept(&s, me.id(), sec, &value(f.values, "code"), now_secs()).await,
            None => false,
        };
    if !secret_ok {
        return Err(AppError::bad_request("error-totp-code"));
    }
    s.db.update_user(
        me.id(),
        &UserChange::TotpSecret(None),
        opengov_db::now_micros(),
    )
    .await?;
    s.db.set_recovery_codes(me.id(), &[]).await?;
    f.audit("two_step.disabled").await;
    Ok(see_other(
        &format!("/{}/account?notice=saved", lang.code()),
        vec![],
    ))
}

fn verify_section(s: &AppState, lang: Lang, next: Option<&str>) -> FormSection {
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}/account/two-step/verify", lang.code()),
        s.i18n.t(lang, "sign-in-submit"),
        vec![
            field(s, lang, "code", "text", "field-code-or-recovery")
                .auto("one-time-code")
                .hint(s.i18n.t(lang, "hint-code")),
        ],
    );
    if let Some(n) = next {
        sec.hidden.push(("next".into(), n.to_string()));
    }
    sec
}

/// The session waiting for its second step, from the cookie.
async fn pending(s: &AppState, headers: &HeaderMap) -> Option<(String, opengov_db::rows::UserRow)> {
    let token = session::read_cookie(headers, session::cookie_name(s.config.https))?;
    let id = crypto::token_hash(&token);
    let (sess, user) = s.db.session(&id).await.ok()??;
    let fresh = opengov_db::now_micros() - sess.created_at < PENDING_SECS * 1_000_000;
    (sess.stage == SessionStage::TwoStep
        && fresh
        && user.banned_at.is_none()
        && user.deleted_at.is_none())
    .then_some((id, user))
}

pub async fn verify_form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    if pending(&s, &headers).await.is_none() {
        return Ok(see_other(
            &format!("/{}/account/sign-in", lang.code()),
            vec![],
        ));
    }
    let next = q.get("next").and_then(|n| redirect::safe_next(n));
    let c = frame(&s, lang, "/account/two-step/verify")
        .title_id("two-step-verify-title")
        .build();
    form_page(c)
        .intro(vec![s.i18n.t(lang, "two-step-verify-text")])
        .sections(vec![verify_section(&s, lang, next)])
        .respond(&s, &headers)
}

pub async fn verify(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let Some((session_id, user)) = pending(&s, &parts.headers).await else {
        return Ok(see_other(
            &format!("/{}/account/sign-in", lang.code()),
            vec![],
        ));
    };
    if !crate::auth::rate::allow(
        &s,
        crate::auth::rate::TWO_STEP_ACCOUNT,
        &user.email.clone().unwrap_or_default(),
    )
    .await
    {
        return Err(AppError::too_many());
    }
    let code = value(&values, "code");
    // Each code is accepted once (RFC 6238 section 5.2), even across instances.
    let by_totp = match user.totp_secret.as_deref() {
        Some(sec) => totp::accept(&s, user.id, sec, &code, now_secs()).await,
        None => false,
    };
    let by_recovery = !by_totp
        && s.db
            .use_recovery_code(
                user.id,
                &totp::recovery_hash(&code),
                opengov_db::now_micros(),
            )
            .await?;
    let ip = session::client_ip(&parts, &s.config.proxies);
    let next = values
        .get("next")
        .and_then(|n| redirect::safe_next(n))
        .map(str::to_string);
    if !by_totp && !by_recovery {
        audit(&s, Some(user.id), "two_step.failed", Some(user.id), &ip, "").await;
        let mut errors = Errors::default();
        errors.add("code", s.i18n.t(lang, "error-totp-code"));
        let c = frame(&s, lang, "/account/two-step/verify")
            .title_id("two-step-verify-title")
            .build();
        return form_page(c)
            .sections(vec![verify_section(&s, lang, next.as_deref())])
            .errors(&errors)
            .status(StatusCode::BAD_REQUEST)
            .respond(&s, &parts.headers);
    }
    s.db.set_session_stage(&session_id, SessionStage::Full)
        .await?;
    audit(
        &s,
        Some(user.id),
        if by_recovery {
            "two_step.recovery_code_used"
        } else {
            "sign_in.succeeded"
        },
        Some(user.id),
        &ip,
        "",
    )
    .await;
    Ok(see_other(
        &next.unwrap_or_else(|| format!("/{}/account", lang.code())),
        vec![],
    ))
}
