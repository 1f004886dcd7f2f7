//! Routes of the public pages. Handlers are thin: read rows, build a view, render.

mod account;
mod admin;
mod assets;
mod commitments;
mod dev;
mod files;
mod followup;
mod health;
mod help;
mod home;
mod indicators;
mod info;
mod institutions;
mod office;
mod plans;

use crate::kernel::{Access, AppError, RouteDecl, Routes};
use crate::locale::header_lang;
use crate::state::AppState;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

/// Every route of the portal, pages and API, each with its access rule.
pub fn routes() -> Routes {
    use Access::*;
    use account::{own_data, register, reset, settings, signin, tokens, two_step};
    Routes::new()
        .get("/", Public, root)
        .get("/healthz", Public, health::healthz)
        .get("/readyz", Public, health::readyz)
        .get("/static/{*path}", Public, assets::asset)
        .get("/{lang}", Public, lang_root)
        .get("/{lang}/", Public, home::page)
        .get("/{lang}/plans", Public, plans::list)
        .get("/{lang}/plans/{number}", Public, plans::page)
        .get("/{lang}/plans/{number}/late", Public, followup::late)
        .get(
            "/{lang}/plans/{number}/assistance",
            Public,
            followup::assistance,
        )
        .get("/{lang}/commitments", Public, commitments::list)
        .get("/{lang}/commitments/{ogp_id}", Public, commitments::page)
        .get("/{lang}/institutions", Public, institutions::list)
        .get("/{lang}/institutions/{key}", Public, institutions::page)
        .get("/{lang}/indicators", Public, indicators::national)
        .get("/{lang}/about", Public, info::about)
        .get("/{lang}/open-data", Public, info::open_data)
        .get("/{lang}/accessibility", Public, help::accessibility)
        .get("/{lang}/contact", Public, help::contact)
        .get("/{lang}/legal-notice", Public, help::legal)
        .get("/{lang}/privacy", Public, help::privacy)
        .get("/{lang}/glossary", Public, help::glossary)
        // Accounts.
        .get("/{lang}/account", SignedIn, settings::overview)
        .get("/{lang}/account/register", Guest, register::form)
        .post("/{lang}/account/register", Guest, register::submit)
        .get("/{lang}/account/check-email", Guest, register::check_email)
        .get("/{lang}/account/verify", Guest, register::verify_page)
        .sample_query("?token=x")
        .post("/{lang}/account/verify", Guest, register::verify)
        .post("/{lang}/account/verify/resend", SignedIn, register::resend)
        .get("/{lang}/account/sign-in", Guest, signin::form)
        .post("/{lang}/account/sign-in", Guest, signin::submit)
        .post("/{lang}/account/sign-out", Guest, signin::sign_out)
        .get("/{lang}/account/reset", Guest, reset::form)
        .post("/{lang}/account/reset", Guest, reset::submit)
        .get("/{lang}/account/reset/confirm", Guest, reset::confirm_form)
        .sample_query("?token=x")
        .post("/{lang}/account/reset/confirm", Guest, reset::confirm)
        .post("/{lang}/account/profile", SignedIn, settings::profile)
        .post(
            "/{lang}/account/password",
            SignedIn,
            settings::change_password,
        )
        .post("/{lang}/account/email", SignedIn, settings::change_email)
        .get(
            "/{lang}/account/email/confirm",
            Guest,
            settings::confirm_email_page,
        )
        .sample_query("?token=x")
        .post(
            "/{lang}/account/email/confirm",
            Guest,
            settings::confirm_email,
        )
        .post(
            "/{lang}/account/sign-out-everywhere",
            SignedIn,
            settings::sign_out_everywhere,
        )
        .get("/{lang}/account/data", SignedIn, own_data::data)
        .get("/{lang}/account/two-step", SignedIn, two_step::page)
        .post("/{lang}/account/two-step/start", SignedIn, two_step::start)
        .post(
            "/{lang}/account/two-step/enable",
            SignedIn,
            two_step::enable,
        )
        .post(
            "/{lang}/account/two-step/disable",
            SignedIn,
            two_step::disable,
        )
        .get(
            "/{lang}/account/two-step/verify",
            Guest,
            two_step::verify_form,
        )
        .post("/{lang}/account/two-step/verify", Guest, two_step::verify)
        .get("/{lang}/account/tokens", OwnTokens, tokens::list)
        .post("/{lang}/account/tokens", OwnTokens, tokens::create)
        .post(
            "/{lang}/account/tokens/{token}/revoke",
            OwnTokens,
            tokens::revoke,
        )
        .get("/{lang}/account/delete", SignedIn, own_data::delete_page)
        .post("/{lang}/account/delete", SignedIn, own_data::delete)
        // The admin area.
        .get("/{lang}/admin", Public, admin::index)
        .get("/{lang}/admin/users", Admin, admin::users)
        .get("/{lang}/admin/users/{id}", Admin, admin::user)
        .post("/{lang}/admin/users/{id}/roles", Admin, admin::grant)
        .post(
            "/{lang}/admin/users/{id}/roles/{role_id}/revoke",
            Admin,
            admin::revoke,
        )
        .post("/{lang}/admin/users/{id}/ban", Admin, admin::ban)
        .post("/{lang}/admin/users/{id}/unban", Admin, admin::unban)
        .post(
            "/{lang}/admin/users/{id}/resend-verification",
            Admin,
            admin::resend,
        )
        .get("/{lang}/admin/audit", Admin, admin::audit_log)
        // The back office.
        .get("/{lang}/office", SignedIn, office::home::page)
        .get(
            "/{lang}/office/activities/{activity}/reports/new",
            ReportOnActivity,
            office::report::new,
        )
        .post(
            "/{lang}/office/activities/{activity}/reports/new",
            ReportOnActivity,
            office::report::create,
        )
        .get(
            "/{lang}/office/plans/{number}",
            ManageCommitment,
            office::plan::page,
        )
        // The catalogue: plans, axes, commitments (docs/co-implementation.md).
        .get(
            "/{lang}/office/plans/new",
            CreatePlan,
            office::plan_edit::new,
        )
        .post(
            "/{lang}/office/plans/new",
            CreatePlan,
            office::plan_edit::create,
        )
        .get(
            "/{lang}/office/plans/{number}/edit",
            ManageCommitment,
            office::plan_edit::edit,
        )
        .post(
            "/{lang}/office/plans/{number}/edit",
            ManageCommitment,
            office::plan_edit::update,
        )
        .post(
            "/{lang}/office/plans/{number}/status",
            ManageCommitment,
            office::plan_edit::status,
        )
        .get(
            "/{lang}/office/plans/{number}/axes/new",
            ManageCommitment,
            office::axis_edit::new,
        )
        .post(
            "/{lang}/office/plans/{number}/axes/new",
            ManageCommitment,
            office::axis_edit::create,
        )
        .get(
            "/{lang}/office/plans/{number}/axes/{axis}/edit",
            ManageCommitment,
            office::axis_edit::edit,
        )
        .post(
            "/{lang}/office/plans/{number}/axes/{axis}/edit",
            ManageCommitment,
            office::axis_edit::update,
        )
        .get(
            "/{lang}/office/plans/{number}/commitments/new",
            ManageCommitment,
            office::commitment_edit::new,
        )
        .post(
            "/{lang}/office/plans/{number}/commitments/new",
            ManageCommitment,
            office::commitment_edit::create,
        )
        .get(
            "/{lang}/office/plans/{number}/untranslated",
            ManageCommitment,
            office::untranslated::page,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}/edit",
            ManageCommitment,
            office::commitment_edit::edit,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/edit",
            ManageCommitment,
            office::commitment_edit::update,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}",
            ManageCommitment,
            office::commitment::page,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/leaders",
            ManageCommitment,
            office::commitment::grant,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/leaders/{role_id}/revoke",
            ManageCommitment,
            office::commitment::revoke,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}/activities/new",
            ManageCommitment,
            office::activities::new,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/activities/new",
            ManageCommitment,
            office::activities::create,
        )
        .get(
            "/{lang}/office/activities/{activity}/edit",
            ManageCommitment,
            office::activities::edit,
        )
        .post(
            "/{lang}/office/activities/{activity}/edit",
            ManageCommitment,
            office::activities::update,
        )
        .post(
            "/{lang}/office/activities/{activity}/cancel",
            ManageCommitment,
            office::activities::cancel,
        )
        .get(
            "/{lang}/office/reports/{report}",
            ReadReport,
            office::report::show,
        )
        .post(
            "/{lang}/office/reports/{report}",
            WriteReport,
            office::report::save,
        )
        .post(
            "/{lang}/office/reports/{report}/validate",
            ValidateReport,
            office::review::validate,
        )
        .post(
            "/{lang}/office/reports/{report}/return",
            ValidateReport,
            office::review::send_back,
        )
        .post_upload(
            "/{lang}/office/reports/{report}/evidence",
            WriteReport,
            office::evidence::add,
        )
        .post(
            "/{lang}/office/reports/{report}/evidence/{evidence}/delete",
            WriteReport,
            office::evidence::delete,
        )
        .get(
            "/{lang}/office/institutions",
            ManageInstitutions,
            office::institutions::list,
        )
        .get(
            "/{lang}/office/institutions/new",
            ManageInstitutions,
            office::institutions::new,
        )
        .post(
            "/{lang}/office/institutions/new",
            ManageInstitutions,
            office::institutions::create,
        )
        .get(
            "/{lang}/office/institutions/{key}/edit",
            ManageInstitutions,
            office::institutions::edit,
        )
        .post(
            "/{lang}/office/institutions/{key}/edit",
            ManageInstitutions,
            office::institutions::update,
        )
        .get(
            "/{lang}/office/institutions/{key}/merge",
            ManageInstitutions,
            office::institutions::merge_form,
        )
        .post(
            "/{lang}/office/institutions/{key}/merge",
            ManageInstitutions,
            office::institutions::merge,
        )
        // Indicators (docs/co-implementation.md): national ones, then a commitment's.
        .get(
            "/{lang}/office/indicators",
            ManageIndicators,
            office::indicators::national_list,
        )
        .get(
            "/{lang}/office/indicators/new",
            ManageIndicators,
            office::indicators::national_new,
        )
        .post(
            "/{lang}/office/indicators/new",
            ManageIndicators,
            office::indicators::national_create,
        )
        .get(
            "/{lang}/office/indicators/{indicator}/edit",
            ManageIndicators,
            office::indicators::national_edit,
        )
        .post(
            "/{lang}/office/indicators/{indicator}/edit",
            ManageIndicators,
            office::indicators::national_update,
        )
        .post(
            "/{lang}/office/indicators/{indicator}/values",
            ManageIndicators,
            office::indicators::national_add_value,
        )
        .post(
            "/{lang}/office/indicators/{indicator}/values/{value}/delete",
            ManageIndicators,
            office::indicators::national_delete_value,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}/indicators",
            ManageCommitment,
            office::indicators::commitment_list,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}/indicators/new",
            ManageCommitment,
            office::indicators::commitment_new,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/indicators/new",
            ManageCommitment,
            office::indicators::commitment_create,
        )
        .get(
            "/{lang}/office/commitments/{ogp_id}/indicators/{indicator}/edit",
            ManageCommitment,
            office::indicators::commitment_edit,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/indicators/{indicator}/edit",
            ManageCommitment,
            office::indicators::commitment_update,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/indicators/{indicator}/values",
            ManageCommitment,
            office::indicators::commitment_add_value,
        )
        .post(
            "/{lang}/office/commitments/{ogp_id}/indicators/{indicator}/values/{value}/delete",
            ManageCommitment,
            office::indicators::commitment_delete_value,
        )
        .get("/{lang}/office/irm", ImportIrm, office::irm::page)
        .post_upload("/{lang}/office/irm", ImportIrm, office::irm::upload)
        // Evidence files.
        .get("/files/{evidence}/{name}", EvidenceFile, files::file)
        // Development.
        .get("/dev/mailbox", Dev, dev::mailbox)
        .get("/dev/mailbox/{file}", Dev, dev::message)
        .merge(crate::api::routes())
}

/// The router of [`routes`], with the 404 page for every other path.
pub fn router() -> Router<AppState> {
    routes().into_router().fallback(not_found)
}

/// Every declared route with its access rule (the route x role test walks them).
pub fn declarations() -> Vec<RouteDecl> {
    routes().declarations().to_vec()
}

/// `/` sends the visitor to the home page in the language their browser prefers.
async fn root(req: axum::http::Request<axum::body::Body>) -> Response {
    let (parts, _) = req.into_parts();
    let lang = header_lang(&parts);
    let mut r = Redirect::to(&format!("/{}/", lang.code())).into_response();
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    r
}

async fn lang_root(crate::kernel::PageLang(lang): crate::kernel::PageLang) -> Redirect {
    Redirect::permanent(&format!("/{}/", lang.code()))
}

/// Unknown paths: a 404, in the language of the path's first segment when it is one of ours.
async fn not_found() -> AppError {
    AppError::not_found()
}
