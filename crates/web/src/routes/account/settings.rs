//! The signed-in user's own account: profile, e-mail and password changes, sessions (the
//! data download and the deletion are in `own_data`).

use crate::auth::mail::{self, Kind};
use crate::auth::{crypto, rate, session};
use crate::forms::{secret, value};
use crate::kernel::PageLang;
use crate::kernel::prelude::*;
use axum::extract::{Query, State};
use opengov_core::auth::policy::{Action, Role, allowed};
use opengov_core::auth::{email, password};
use opengov_core::kinds::TokenPurpose;
use opengov_db::rows::UserChange;
use std::collections::HashMap;

fn when(s: &AppState, lang: Lang, micros: i64) -> String {
    crate::format::day_of(s.i18n, lang, micros)
}

fn sections(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    sessions: &[opengov_db::rows::SessionRow],
) -> Vec<FormSection> {
    let t = |id: &str| s.i18n.t(lang, id);
    let base = format!("/{}/account", lang.code());
    let mut out = Vec::new();
    let mut status = FormSection::new(t("account-status"), String::new(), String::new(), vec![]);
    status.rows = vec![
        vec![t("field-email"), me.user.email.clone().unwrap_or_default()],
        vec![
            t("account-verified"),
            if me.user.email_verified_at.is_some() {
                t("yes")
            } else {
                t("no")
            },
        ],
        vec![t("account-since"), when(s, lang, me.user.created_at)],
    ];
    for g in &me.actor.grants {
        status.rows.push(vec![
            t("account-role"),
            t(&format!("role-{}", g.role.code())),
        ]);
    }
    out.push(status);
    if me.user.email_verified_at.is_none() {
        let mut sec = FormSection::new(
            t("account-unverified"),
            format!("{base}/verify/resend"),
            t("account-resend-submit"),
            vec![],
        );
        sec.intro.push(t("account-unverified-text"));
        out.push(sec);
    }
    out.push(FormSection::new(
        t("account-profile"),
        format!("{base}/profile"),
        t("save"),
        vec![
            field(s, lang, "display_name", "text", "field-display-name").auto("name"),
            field(s, lang, "language", "select", "field-language")
                .options(language_options(s, lang)),
        ],
    ));
    out.push(FormSection::new(
        t("account-email"),
        format!("{base}/email"),
        t("account-email-submit"),
        vec![
            field(s, lang, "new_email", "email", "field-new-email").auto("email"),
            field(
                s,
                lang,
                "current_password",
                "password",
                "field-current-password",
            )
            .auto("current-password"),
        ],
    ));
    out.push(FormSection::new(
        t("account-password"),
        format!("{base}/password"),
        t("account-password-submit"),
        vec![
            field(
                s,
                lang,
                "current_password",
                "password",
                "field-current-password",
            )
            .auto("current-password"),
            field(s, lang, "new_password", "password", "field-new-password")
                .auto("new-password")
                .hint(t("hint-password")),
        ],
    ));
    let mut sess = FormSection::new(
        t("account-sessions"),
        format!("{base}/sign-out-everywhere"),
        t("account-sign-out-everywhere"),
        vec![],
    );
    sess.rows = sessions
        .iter()
        .map(|x| {
            let here = if x.id == me.session_id {
                format!(" ({})", t("account-this-session"))
            } else {
                String::new()
            };
            vec![
                format!("{}{here}", when(s, lang, x.last_seen_at)),
                x.ip.clone(),
                x.user_agent.chars().take(60).collect(),
            ]
        })
        .collect();
    sess.header = vec![t("col-last-seen"), t("col-ip"), t("col-device")];
    out.push(sess);
    let mut signout = FormSection::new(
        String::new(),
        format!("{base}/sign-out"),
        t("account-sign-out"),
        vec![],
    );
    signout.danger = false;
    out.push(signout);
    out
}

#[allow(clippy::too_many_arguments)]
async fn overview_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    me: &SignedIn,
    status: StatusCode,
    notice: Option<String>,
    errors: &Errors,
    values: &Values,
) -> Result<Response, AppError> {
    let sessions = s.db.user_sessions(me.id()).await?;
    let c = frame(s, lang, "/account").title_id("account-title").build();
    let mut v = values.clone();
    v.entry("display_name".into())
        .or_insert_with(|| me.user.display_name.clone());
    v.entry("language".into())
        .or_insert_with(|| me.user.language.clone());
    let mut links = vec![
        (
            s.i18n.t(lang, "two-step-title"),
            format!("/{}/account/two-step", lang.code()),
        ),
        (
            s.i18n.t(lang, "account-download"),
            format!("/{}/account/data", lang.code()),
        ),
        (
            s.i18n.t(lang, "account-delete"),
            format!("/{}/account/delete", lang.code()),
        ),
    ];
    if me.actor.has(Role::ProjectLeader) || me.actor.has(Role::Coordinator) || me.actor.is_admin() {
        links.insert(
            0,
            (
                s.i18n.t(lang, "office-title"),
                format!("/{}/office", lang.code()),
            ),
        );
    }
    if allowed(Some(&me.actor), Action::ManageOwnTokens) {
        links.insert(
            0,
            (
                s.i18n.t(lang, "token-title"),
                format!("/{}/account/tokens", lang.code()),
            ),
        );
    }
    if allowed(Some(&me.actor), Action::ViewUsers) {
        links.insert(
            0,
            (
                s.i18n.t(lang, "admin-title"),
                format!("/{}/admin/users", lang.code()),
            ),
        );
    }
    form_page(c)
        .notice(notice)
        .sections(sections(s, lang, me, &sessions))
        .errors(errors)
        .values(&v)
        .links(links)
        .status(status)
        .respond(s, headers)
}

pub async fn overview(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let notice = q
        .get("notice")
        .filter(|n| ["saved", "password", "email"].contains(&n.as_str()))
        .map(|n| s.i18n.t(lang, &format!("notice-{n}")));
    overview_page(
        &s,
        lang,
        &headers,
        &me,
        StatusCode::OK,
        notice,
        &Errors::default(),
        &Values::new(),
    )
    .await
}

/// The account page again with the errors of a posted form, answered 400.
async fn invalid(f: &OwnForm<'_>) -> Result<Response, AppError> {
    overview_page(
        f.s,
        f.lang,
        &f.parts.headers,
        f.me,
        StatusCode::BAD_REQUEST,
        None,
        &f.errors,
        f.values,
    )
    .await
}

pub async fn profile(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut f = OwnForm::new(&s, lang, &me, &form);
    let name = value(f.values, "display_name");
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        f.error("display_name", "error-display-name-invalid");
    }
    let language = Lang::from_code(&value(f.values, "language"));
    if language.is_none() {
        f.error("language", "error-language-invalid");
    }
    let Some(language) = language.filter(|_| f.errors.is_empty()) else {
        return invalid(&f).await;
    };
    let now = opengov_db::now_micros();
    s.db.update_user(me.id(), &UserChange::DisplayName(name), now)
        .await?;
    s.db.update_user(me.id(), &UserChange::Language(language.code().into()), now)
        .await?;
    Ok(see_other(
        &format!("/{}/account?notice=saved", language.code()),
        vec![],
    ))
}

pub async fn change_password(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut f = OwnForm::new(&s, lang, &me, &form);
    f.confirm_password().await?;
    let new = secret(f.values, "new_password");
    let known = [
        me.user.display_name.as_str(),
        me.user.email.as_deref().unwrap_or(""),
    ];
    if let Err(p) = password::check(&new, &known) {
        f.error("new_password", p.message_id());
    }
    if !f.errors.is_empty() {
        return invalid(&f).await;
    }
    let hash = crypto::hash_password(new).await?;
    s.db.update_user(
        me.id(),
        &UserChange::Password(hash),
        opengov_db::now_micros(),
    )
    .await?;
    // The other sessions end; this one goes on. Reset and address-change links sent before
    // end too: they rest on the old password.
    s.db.delete_user_sessions(me.id(), Some(&me.session_id))
        .await?;
    s.db.end_credential_links(me.id()).await?;
    f.audit("password.changed").await;
    f.tell_owner(Kind::PasswordChanged).await?;
    Ok(see_other(
        &format!("/{}/account?notice=password", lang.code()),
        vec![],
    ))
}

pub async fn change_email(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut f = OwnForm::new(&s, lang, &me, &form);
    f.confirm_password().await?;
    let new = email::normalize(&value(f.values, "new_email"))
        .filter(|e| Some(e) != me.user.email.as_ref());
    if new.is_none() {
        f.error("new_email", "error-email-invalid");
    }
    let (Some(new), true) = (new, f.errors.is_empty()) else {
        return invalid(&f).await;
    };
    // Per account and per address: nobody can make the portal mail someone again and again.
    if !rate::allow(&s, rate::EMAIL_CHANGE_ACCOUNT, &me.id().to_string()).await
        || !rate::allow(&s, rate::MAIL_TO_ADDRESS, &new).await
    {
        return Err(AppError::too_many());
    }
    let now = opengov_db::now_micros();
    let l = f.mail_lang();
    let token = crypto::token();
    s.db.drop_tokens(me.id(), TokenPurpose::Email).await?;
    s.db.create_token(
        &crypto::token_hash(&token),
        me.id(),
        TokenPurpose::Email,
        &new,
        now,
        now + 48 * 3_600_000_000,
    )
    .await?;
    s.db.update_user(me.id(), &UserChange::PendingEmail(Some(new.clone())), now)
        .await?;
    let link = s.absolute(&format!(
        "/{}/account/email/confirm?token={token}",
        l.code()
    ));
    mail::queue(
        &s,
        &mail::compose(
            l,
            Kind::ConfirmNewEmail,
            &new,
            &me.user.display_name,
            Some(&link),
        ),
    )
    .await?;
    if let Some(old) = &me.user.email {
        mail::queue(
            &s,
            &mail::compose(l, Kind::EmailChangeNotice, old, &me.user.display_name, None),
        )
        .await?;
    }
    f.audit("email.change_requested").await;
    Ok(see_other(
        &format!("/{}/account/check-email", lang.code()),
        vec![],
    ))
}

pub async fn confirm_email_page(
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
        "/account/email/confirm",
        ["email-confirm-title", "email-confirm-text", "verify-submit"],
    )
}

pub async fn confirm_email(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let now = opengov_db::now_micros();
    let Some((user_id, new)) =
        s.db.consume_token(
            &crypto::token_hash(&value(&values, "token")),
            TokenPurpose::Email,
            now,
        )
        .await?
    else {
        return Err(AppError::bad_request("error-link-invalid"));
    };
    if !s
        .db
        .update_user(user_id, &UserChange::Email(new), now)
        .await?
    {
        return Err(AppError::bad_request("error-email-taken"));
    }
    // A reset link sent to the old address, or another address-change link, ends here.
    s.db.end_credential_links(user_id).await?;
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(&s, Some(user_id), "email.changed", Some(user_id), &ip, "").await;
    Ok(see_other(
        &format!("/{}/account?notice=email", lang.code()),
        vec![],
    ))
}

pub async fn sign_out_everywhere(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    me: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    s.db.delete_user_sessions(me.id(), None).await?;
    OwnForm::new(&s, lang, &me, &form)
        .audit("sign_out.everywhere")
        .await;
    Ok(see_other(
        &format!("/{}/account/sign-in?notice=signed-out", lang.code()),
        vec![session::clear(&s)],
    ))
}
