//! Posted forms: the CSRF-checked form extractor, field helpers and re-authentication.

use super::AppError;
use crate::auth::{SignedIn, csrf};
use crate::forms::{Errors, FieldView, Values};
use crate::state::AppState;
use axum::extract::{FromRequest, Request};
use opengov_core::Lang;

/// A posted form that passed the CSRF checks, with the request's parts. A form that cannot be
/// read is a translated 400, one over the body limit a translated 413, and one that fails the
/// checks a translated 403.
pub struct CheckedForm {
    pub values: Values,
    pub parts: axum::http::request::Parts,
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = AppError;

    async fn from_request(req: Request, s: &AppState) -> Result<Self, AppError> {
        let (parts, body) = req.into_parts();
        let req = Request::from_parts(parts.clone(), body);
        let axum::Form(values) = axum::Form::<Values>::from_request(req, s)
            .await
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::too_large()
                } else {
                    AppError::bad_request("error-400-form")
                }
            })?;
        let token = values.get(csrf::FIELD).map(String::as_str);
        if !csrf::check(&parts.headers, token, s.config.https) {
            return Err(AppError::csrf());
        }
        Ok(CheckedForm { values, parts })
    }
}

/// A form field with a translated label.
pub fn field(
    s: &AppState,
    lang: Lang,
    name: &'static str,
    kind: &'static str,
    label_id: &str,
) -> FieldView {
    FieldView::new(name, kind, s.i18n.t(lang, label_id))
}

/// The language options of a preferences field.
pub fn language_options(s: &AppState, lang: Lang) -> Vec<(String, String)> {
    Lang::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                format!(
                    "{} ({})",
                    l.autonym(),
                    s.i18n.t(lang, &format!("language-{}", l.code()))
                ),
            )
        })
        .collect()
}

/// Re-authentication before a sensitive change (password, address, deletion, second factor,
/// and any later form that asks for the password): rate limited per account and per address
/// like the sign-in (a 429 once passed), the password checked within the hashing bound (a 503
/// when full). Adds a translated error to `field` when the password given is not the account's.
pub async fn reauthenticate(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    request: &axum::http::request::Parts,
    values: &Values,
    field: &str,
    errors: &mut Errors,
) -> Result<bool, AppError> {
    use crate::auth::rate;
    let ip = crate::auth::session::client_ip(request, &s.config.proxies);
    if !rate::allow(s, rate::REAUTH_ACCOUNT, &me.id().to_string()).await
        || !rate::allow(s, rate::REAUTH_IP, &ip).await
    {
        super::audit(
            s,
            Some(me.id()),
            "reauth.rate_limited",
            Some(me.id()),
            &ip,
            "",
        )
        .await;
        return Err(AppError::too_many());
    }
    let ok = crate::auth::crypto::verify_password(
        crate::forms::secret(values, field),
        Some(me.user.password_hash.clone()),
    )
    .await?;
    if !ok {
        errors.add(field, s.i18n.t(lang, "error-current-password"));
    }
    Ok(ok)
}

/// A form a signed-in user posts about their own account (profile, password, address, second
/// factor, deletion): what each such handler needs at hand, and the steps they share.
pub struct OwnForm<'a> {
    pub s: &'a AppState,
    pub lang: Lang,
    pub me: &'a SignedIn,
    pub parts: &'a axum::http::request::Parts,
    pub values: &'a Values,
    /// The errors found so far, beside their fields.
    pub errors: Errors,
}

impl<'a> OwnForm<'a> {
    pub fn new(s: &'a AppState, lang: Lang, me: &'a SignedIn, form: &'a CheckedForm) -> Self {
        OwnForm {
            s,
            lang,
            me,
            parts: &form.parts,
            values: &form.values,
            errors: Errors::default(),
        }
    }

    /// The account's password, asked again in `current_password` ([`reauthenticate`]).
    pub async fn confirm_password(&mut self) -> Result<bool, AppError> {
        reauthenticate(
            self.s,
            self.lang,
            self.me,
            self.parts,
            self.values,
            "current_password",
            &mut self.errors,
        )
        .await
    }

    /// A translated error beside `field`.
    pub fn error(&mut self, field: &str, message_id: &str) {
        let text = self.s.i18n.t(self.lang, message_id);
        self.errors.add(field, text);
    }

    /// The audit log's line for what the user did to their own account.
    pub async fn audit(&self, action: &str) {
        let ip = crate::auth::session::client_ip(self.parts, &self.s.config.proxies);
        super::audit(
            self.s,
            Some(self.me.id()),
            action,
            Some(self.me.id()),
            &ip,
            "",
        )
        .await;
    }

    /// The language the account's mail is written in.
    pub fn mail_lang(&self) -> Lang {
        Lang::from_code(&self.me.user.language).unwrap_or(self.lang)
    }

    /// Tells the account's owner, at its address, of what was done (no link).
    pub async fn tell_owner(&self, kind: crate::auth::mail::Kind) -> Result<(), AppError> {
        use crate::auth::mail;
        if let Some(address) = &self.me.user.email {
            let m = mail::compose(
                self.mail_lang(),
                kind,
                address,
                &self.me.user.display_name,
                None,
            );
            mail::queue(self.s, &m).await?;
        }
        Ok(())
    }
}
