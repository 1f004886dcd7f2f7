//! A coordinator's decision on a submitted report: validate it (it is published and every
//! figure above its activity changes at once) or return it to its authors with a reason.

use super::permits::{PlacedReport, ValidateReport, plan_ref};
use super::report_page::{Shown, respond};
use crate::kernel::prelude::*;
use opengov_core::auth::policy::{Action, acting_role};
use opengov_core::reporting::{Transition, check_return_reason};
use opengov_db::rows::Mover;

async fn decide(
    s: &AppState,
    lang: Lang,
    me: &SignedIn,
    object: &PlacedReport,
    form: &CheckedForm,
    transition: Transition,
) -> Result<Response, AppError> {
    let again = |errors: Errors, notice: Option<String>, status| {
        let shown = Shown {
            values: Some(&form.values),
            errors,
            notice,
            status,
        };
        respond(s, lang, me, object, &form.parts.headers, shown)
    };
    let reason = if transition == Transition::Return {
        match check_return_reason(&value(&form.values, "reason")) {
            Ok(r) => r,
            Err(e) => {
                let mut errors = Errors::default();
                errors.add("reason", s.i18n.t(lang, e.message_id()));
                return again(errors, None, StatusCode::BAD_REQUEST).await;
            }
        }
    } else {
        String::new()
    };
    let role =
        acting_role(&me.actor, Action::Validate(plan_ref(&object.place))).map_or("", |r| r.code());
    let by = Mover {
        user_id: me.id(),
        role,
    };
    let now = opengov_db::now_micros();
    match s
        .db
        .move_report(object.report.id, transition, by, &reason, now)
        .await?
    {
        Ok(_) => Ok(see_other(
            &format!("/{}/office/reports/{}", lang.code(), object.report.id),
            vec![],
        )),
        Err(e) => {
            let notice = Some(s.i18n.t(lang, e.message_id()));
            again(Errors::default(), notice, StatusCode::CONFLICT).await
        }
    }
}

/// `POST /{lang}/office/reports/{report}/validate`.
pub async fn validate(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ValidateReport>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    decide(&s, lang, &me, &object, &form, Transition::Validate).await
}

/// `POST /{lang}/office/reports/{report}/return`: back to its authors, with a reason.
pub async fn send_back(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object }: AllowedOn<ValidateReport>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    decide(&s, lang, &me, &object, &form, Transition::Return).await
}
