//! Who may use each route: one entry per route and method. The generated test
//! `tests/route_roles.rs` walks every entry with every role and checks the answers against
//! the policy; another test fails when a route is registered without an entry here.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everyone, signed in or not.
    Public,
    /// Everyone: the account forms used before signing in (sign-in, registration, reset).
    Guest,
    /// A signed-in user acting on their own account.
    SignedIn,
    /// Administrators.
    Admin,
    /// Those the policy lets report on the sample commitment (its project leaders, its plan's
    /// coordinators, administrators).
    ReportProgress,
    /// Only in development mode (404 otherwise).
    Dev,
}

pub struct RouteAccess {
    pub method: &'static str,
    /// The route as registered.
    pub route: &'static str,
    /// A concrete path to try (`{target}` is a user id, `{role}` one of that user's role ids).
    pub sample: &'static str,
    pub access: Access,
}

const fn r(
    method: &'static str,
    route: &'static str,
    sample: &'static str,
    access: Access,
) -> RouteAccess {
    RouteAccess {
        method,
        route,
        sample,
        access,
    }
}

use Access::*;

pub const TABLE: &[RouteAccess] = &[
    r("GET", "/", "/", Public),
    r("GET", "/healthz", "/healthz", Public),
    r("GET", "/readyz", "/readyz", Public),
    r("GET", "/static/{*path}", "/static/css/site.css", Public),
    r("GET", "/{lang}", "/fr", Public),
    r("GET", "/{lang}/", "/fr/", Public),
    r("GET", "/{lang}/plans", "/fr/plans", Public),
    r("GET", "/{lang}/plans/{number}", "/fr/plans/3", Public),
    r("GET", "/{lang}/commitments", "/fr/commitments", Public),
    r(
        "GET",
        "/{lang}/commitments/{ogp_id}",
        "/fr/commitments/MO0054",
        Public,
    ),
    r(
        "GET",
        "/{lang}/commitments/{ogp_id}/progress",
        "/fr/commitments/MO0054/progress",
        ReportProgress,
    ),
    r(
        "POST",
        "/{lang}/commitments/{ogp_id}/progress",
        "/fr/commitments/MO0054/progress",
        ReportProgress,
    ),
    r("GET", "/{lang}/institutions", "/fr/institutions", Public),
    r(
        "GET",
        "/{lang}/institutions/{key}",
        "/fr/institutions/house-of-representatives",
        Public,
    ),
    r("GET", "/{lang}/about", "/fr/about", Public),
    r("GET", "/{lang}/open-data", "/fr/open-data", Public),
    r("GET", "/{lang}/accessibility", "/fr/accessibility", Public),
    r("GET", "/{lang}/account", "/fr/account", SignedIn),
    r(
        "GET",
        "/{lang}/account/register",
        "/fr/account/register",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/register",
        "/fr/account/register",
        Guest,
    ),
    r(
        "GET",
        "/{lang}/account/check-email",
        "/fr/account/check-email",
        Guest,
    ),
    r(
        "GET",
        "/{lang}/account/verify",
        "/fr/account/verify?token=x",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/verify",
        "/fr/account/verify",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/verify/resend",
        "/fr/account/verify/resend",
        SignedIn,
    ),
    r(
        "GET",
        "/{lang}/account/sign-in",
        "/fr/account/sign-in",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/sign-in",
        "/fr/account/sign-in",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/sign-out",
        "/fr/account/sign-out",
        Guest,
    ),
    r("GET", "/{lang}/account/reset", "/fr/account/reset", Guest),
    r("POST", "/{lang}/account/reset", "/fr/account/reset", Guest),
    r(
        "GET",
        "/{lang}/account/reset/confirm",
        "/fr/account/reset/confirm?token=x",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/reset/confirm",
        "/fr/account/reset/confirm",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/profile",
        "/fr/account/profile",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/password",
        "/fr/account/password",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/email",
        "/fr/account/email",
        SignedIn,
    ),
    r(
        "GET",
        "/{lang}/account/email/confirm",
        "/fr/account/email/confirm?token=x",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/email/confirm",
        "/fr/account/email/confirm",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/sign-out-everywhere",
        "/fr/account/sign-out-everywhere",
        SignedIn,
    ),
    r("GET", "/{lang}/account/data", "/fr/account/data", SignedIn),
    r(
        "GET",
        "/{lang}/account/delete",
        "/fr/account/delete",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/delete",
        "/fr/account/delete",
        SignedIn,
    ),
    r("GET", "/{lang}/admin", "/fr/admin", Public),
    r("GET", "/{lang}/admin/users", "/fr/admin/users", Admin),
    r(
        "GET",
        "/{lang}/admin/users/{id}",
        "/fr/admin/users/{target}",
        Admin,
    ),
    r(
        "POST",
        "/{lang}/admin/users/{id}/roles",
        "/fr/admin/users/{target}/roles",
        Admin,
    ),
    r(
        "POST",
        "/{lang}/admin/users/{id}/roles/{role_id}/revoke",
        "/fr/admin/users/{target}/roles/{role}/revoke",
        Admin,
    ),
    r(
        "POST",
        "/{lang}/admin/users/{id}/ban",
        "/fr/admin/users/{target}/ban",
        Admin,
    ),
    r(
        "POST",
        "/{lang}/admin/users/{id}/unban",
        "/fr/admin/users/{target}/unban",
        Admin,
    ),
    r(
        "POST",
        "/{lang}/admin/users/{id}/resend-verification",
        "/fr/admin/users/{target}/resend-verification",
        Admin,
    ),
    r("GET", "/{lang}/admin/audit", "/fr/admin/audit", Admin),
    r("GET", "/dev/mailbox", "/dev/mailbox", Dev),
    r("GET", "/dev/mailbox/{file}", "/dev/mailbox/x.eml", Dev),
    r("GET", "/api/openapi.json", "/api/openapi.json", Public),
    r("GET", "/api/v1/plans", "/api/v1/plans", Public),
    r("GET", "/api/v1/plans/{number}", "/api/v1/plans/3", Public),
    r(
        "GET",
        "/api/v1/plans/{number}/axes",
        "/api/v1/plans/3/axes",
        Public,
    ),
    r("GET", "/api/v1/commitments", "/api/v1/commitments", Public),
    r(
        "GET",
        "/api/v1/commitments/{ogp_id}",
        "/api/v1/commitments/MO0054",
        Public,
    ),
    r(
        "GET",
        "/api/v1/commitments/{ogp_id}/activities",
        "/api/v1/commitments/MO0054/activities",
        Public,
    ),
    r("GET", "/api/v1/activities", "/api/v1/activities", Public),
    r(
        "GET",
        "/api/v1/institutions",
        "/api/v1/institutions",
        Public,
    ),
    r(
        "GET",
        "/api/v1/institutions/{key}",
        "/api/v1/institutions/house-of-representatives",
        Public,
    ),
    r("GET", "/api/{*rest}", "/api/v9/x", Public),
    r(
        "GET",
        "/{lang}/account/two-step",
        "/fr/account/two-step",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/two-step/start",
        "/fr/account/two-step/start",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/two-step/enable",
        "/fr/account/two-step/enable",
        SignedIn,
    ),
    r(
        "POST",
        "/{lang}/account/two-step/disable",
        "/fr/account/two-step/disable",
        SignedIn,
    ),
    r(
        "GET",
        "/{lang}/account/two-step/verify",
        "/fr/account/two-step/verify",
        Guest,
    ),
    r(
        "POST",
        "/{lang}/account/two-step/verify",
        "/fr/account/two-step/verify",
        Guest,
    ),
];
