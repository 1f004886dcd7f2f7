//! Guards as extractors. A handler that names one in its arguments runs only for those the
//! policy (`opengov_core::auth::policy::allowed`) lets through; the others get, in this order:
//! the sign-in page (which comes back here with `next=`), the translated 403 page, or the
//! second-factor enrolment page (administrators and coordinators must enrol first).
//!
//! - [`SignedIn`]: any signed-in user acting on their own account.
//! - [`Allowed<P>`]: a signed-in user allowed a fixed action `P` ([`Admin`] is
//!   `Allowed<ManageUsers>`).
//! - [`AllowedOn<P>`]: a signed-in user allowed an action on the object named by the path;
//!   `P` loads the object (a 404 when there is none) and names the action.
//! - [`VisibleOn<P>`]: anyone, signed in or not, whom the policy lets see the object of the
//!   path; the others get the 404 page (an unpublished file's id tells nothing), and what
//!   only a role shows waits for the second factor as above.

use super::{AppError, see_other, url_encode};
use crate::auth::{SignedIn, Viewer};
use crate::locale::request_lang;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use opengov_core::Lang;
use opengov_core::auth::policy::{Action, Actor, allowed};
use opengov_core::auth::redirect;
use opengov_db::rows::UserRow;
use std::marker::PhantomData;

/// True when this user must enrol a second factor before using their roles.
pub fn must_enrol(s: &AppState, me: &SignedIn) -> bool {
    must_enrol_account(s, &me.user, &me.actor)
}

/// [`must_enrol`] for an account acting otherwise than through a session (an API token).
pub fn must_enrol_account(s: &AppState, user: &UserRow, actor: &Actor) -> bool {
    s.config.require_second_factor
        && user.totp_enabled_at.is_none()
        && actor.grants.iter().any(|g| g.role.needs_second_factor())
}

/// The redirect that sends such a user to enrol.
pub fn enrol_redirect(lang: Lang) -> Response {
    see_other(
        &format!("/{}/account/two-step?required=1", lang.code()),
        vec![],
    )
}

/// The sign-in page, coming back afterwards to the page asked for (a GET), or to the page the
/// form was posted from (its `Referer`, when it is one of ours), else to the account page.
fn sign_in_redirect(parts: &Parts, lang: Lang) -> Response {
    let asked = if parts.method == Method::GET || parts.method == Method::HEAD {
        parts.uri.path_and_query().map(|p| p.as_str().to_string())
    } else {
        parts
            .headers
            .get(header::REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(|r| r.parse::<axum::http::Uri>().ok())
            .and_then(|u| u.path_and_query().map(|p| p.as_str().to_string()))
    };
    let next = asked
        .filter(|n| redirect::safe_next(n).is_some())
        .unwrap_or_else(|| format!("/{}/account", lang.code()));
    see_other(
        &format!(
            "/{}/account/sign-in?next={}",
            lang.code(),
            url_encode(&next)
        ),
        vec![],
    )
}

async fn viewer(parts: &mut Parts, s: &AppState) -> Option<SignedIn> {
    match Viewer::from_request_parts(parts, s).await {
        Ok(Viewer(v)) => v,
        Err(never) => match never {},
    }
}

/// The decision for a signed-in user and an action.
// Built once per rejected request; boxing the response would only add an allocation.
#[allow(clippy::result_large_err)]
fn decide(s: &AppState, lang: Lang, me: &SignedIn, action: Action) -> Result<(), Response> {
    if !allowed(Some(&me.actor), action) {
        return Err(AppError::forbidden().into_response());
    }
    if must_enrol(s, me) {
        return Err(enrol_redirect(lang));
    }
    Ok(())
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let lang = request_lang(parts);
        let Some(me) = viewer(parts, s).await else {
            return Err(sign_in_redirect(parts, lang));
        };
        if !allowed(Some(&me.actor), Action::UseOwnAccount) {
            return Err(AppError::forbidden().into_response());
        }
        Ok(me)
    }
}

/// A fixed action a guard asks the policy about.
pub trait Permit: Send + Sync + 'static {
    const ACTION: Action;
}

/// A signed-in user whom the policy allows `P`.
pub struct Allowed<P: Permit> {
    pub me: SignedIn,
    _permit: PhantomData<P>,
}

impl<P: Permit> FromRequestParts<AppState> for Allowed<P> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let lang = request_lang(parts);
        let Some(me) = viewer(parts, s).await else {
            return Err(sign_in_redirect(parts, lang));
        };
        decide(s, lang, &me, P::ACTION)?;
        Ok(Allowed {
            me,
            _permit: PhantomData,
        })
    }
}

macro_rules! permits {
    ($($(#[$doc:meta])* $name:ident => $action:expr;)*) => {
        $(
            $(#[$doc])*
            pub struct $name;
            impl Permit for $name {
                const ACTION: Action = $action;
            }
        )*
    };
}

permits! {
    /// See the admin area's users list and user pages.
    ViewUsers => Action::ViewUsers;
    /// Grant or revoke roles, ban or unban, resend verification.
    ManageUsers => Action::ManageUsers;
    /// Read the audit log.
    ViewAuditLog => Action::ViewAuditLog;
    /// Create, list and revoke one's own API tokens.
    ManageOwnTokens => Action::ManageOwnTokens;
    /// Create, edit and merge institutions.
    ManageInstitutions => Action::ManageInstitutions;
    /// Import the IRM's ratings.
    ImportIrmRatings => Action::ImportIrmRatings;
    /// Create and edit the national indicators and their values.
    ManageNationalIndicators => Action::ManageNationalIndicators;
    /// Create an action plan (administrators and coordinators of every plan).
    CreatePlans => Action::CreatePlan;
}

/// An administrator managing users.
pub type Admin = Allowed<ManageUsers>;

/// An action on an object named by the path: how to load the object, and which action the
/// policy is asked about for it.
pub trait ObjectPermit: Send + Sync + 'static {
    type Object: Send;
    /// Loads the object from the path; none is a 404 (given before the sign-in redirect, as for
    /// a public page that does not exist).
    fn load(
        parts: &mut Parts,
        s: &AppState,
    ) -> impl std::future::Future<Output = Result<Self::Object, AppError>> + Send;
    fn action(object: &Self::Object) -> Action;
    /// Why the object refuses the action whoever asks (a closed plan, a cancelled activity),
    /// said instead of the plain 403 when the policy refuses: what the object's state is, is
    /// public.
    fn refusal(_object: &Self::Object) -> Option<AppError> {
        None
    }
}

/// A signed-in user whom the policy allows `P` on the object of the path, with that object.
pub struct AllowedOn<P: ObjectPermit> {
    pub me: SignedIn,
    pub object: P::Object,
}

impl<P: ObjectPermit> FromRequestParts<AppState> for AllowedOn<P> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let lang = request_lang(parts);
        let object = P::load(parts, s)
            .await
            .map_err(IntoResponse::into_response)?;
        let Some(me) = viewer(parts, s).await else {
            return Err(sign_in_redirect(parts, lang));
        };
        let action = P::action(&object);
        if !allowed(Some(&me.actor), action)
            && let Some(refusal) = P::refusal(&object)
        {
            return Err(refusal.into_response());
        }
        decide(s, lang, &me, action)?;
        Ok(AllowedOn { me, object })
    }
}

/// The object of the path when the policy lets whoever asks (signed in or not) see it, else the
/// translated 404 — not a 403 nor the sign-in page, so that a guessed id of something not yet
/// public tells nothing of it (unpublished evidence files). `me` is the signed-in user, if any.
pub struct VisibleOn<P: ObjectPermit> {
    pub me: Option<SignedIn>,
    pub object: P::Object,
}

impl<P: ObjectPermit> FromRequestParts<AppState> for VisibleOn<P> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let object = P::load(parts, s)
            .await
            .map_err(IntoResponse::into_response)?;
        let me = viewer(parts, s).await;
        let action = P::action(&object);
        if !allowed(me.as_ref().map(|m| &m.actor), action) {
            return Err(AppError::not_found().into_response());
        }
        // What only a role shows waits, as every use of a role does, for the second factor.
        if let Some(m) = &me
            && !action.is_public()
            && must_enrol(s, m)
        {
            return Err(enrol_redirect(request_lang(parts)));
        }
        Ok(VisibleOn { me, object })
    }
}
