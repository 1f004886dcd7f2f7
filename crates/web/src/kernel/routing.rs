//! Routes are declared once, with who may use them. [`Routes`] registers each route's handler
//! in the axum router and records its declaration (method, path, access rule); the route x role
//! test walks those declarations, so a route cannot be added without an access rule, and none
//! escapes the test.

use crate::state::AppState;
use axum::Router;
use axum::handler::Handler;
use axum::routing::{MethodRouter, get, post, put};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everyone, signed in or not.
    Public,
    /// Everyone: the account forms used before signing in (sign-in, registration, reset).
    Guest,
    /// A signed-in user acting on their own account (guard: `SignedIn`).
    SignedIn,
    /// Administrators (guards: `Allowed<ViewUsers>`, `Admin`, `Allowed<ViewAuditLog>`).
    Admin,
    /// Those the policy lets report on the activity of the path: its project leaders and
    /// administrators, while its plan is open (guard: `AllowedOn<ReportOnActivity>`). On the
    /// reporting API the activity is named in the body and the caller is a token's owner
    /// (`api::bearer::TokenCaller`); the same holds for the three rules below.
    ReportOnActivity,
    /// Those who may read the report of the path: anyone once published; before, its author,
    /// its activity's leaders, its plan's coordinators, administrators (`AllowedOn<ReadReport>`).
    ReadReport,
    /// Those who may edit and submit the report of the path: its activity's leaders and
    /// administrators (guard: `AllowedOn<WriteReport>`).
    WriteReport,
    /// Those who may manage the commitment or activity of the path (its activities, its
    /// project leaders): its plan's coordinators and administrators, while the plan is open
    /// (guards: `AllowedOn<ManageCommitment>`, `AllowedOn<ManageActivity>`).
    ManageCommitment,
    /// Those who may validate or return the report of the path: its plan's coordinators and
    /// administrators (guard: `AllowedOn<ValidateReport>`).
    ValidateReport,
    /// Those who may create a plan: administrators and coordinators of every plan (guard:
    /// `Allowed<CreatePlans>`).
    CreatePlan,
    /// A report's evidence file: anyone once the report is published; before, those who may
    /// read the report (as `ReadReport`), and the 404 page for everyone else, signed in or not,
    /// so that a guessed id tells nothing (guard: `VisibleOn<SeeEvidence>`).
    EvidenceFile,
    /// A signed-in user whom the policy lets hold API tokens: project leaders, coordinators
    /// and administrators, on their own tokens only (guard: `Allowed<ManageOwnTokens>`).
    OwnTokens,
    /// Those who may create, edit and merge institutions: administrators and coordinators
    /// with the global scope (guards: `Allowed<ManageInstitutions>`,
    /// `AllowedOn<EditInstitution>`).
    ManageInstitutions,
    /// Those who may import the IRM's ratings: administrators and coordinators with the
    /// global scope (guard: `Allowed<ImportIrmRatings>`).
    ImportIrm,
    /// Those who may create and edit the national indicators and their values:
    /// administrators and coordinators with the global scope (guard:
    /// `Allowed<ManageNationalIndicators>`).
    ManageIndicators,
    /// Only in development mode (404 otherwise).
    Dev,
}

/// One declared route.
#[derive(Debug, Clone)]
pub struct RouteDecl {
    pub method: &'static str,
    /// The route as registered, such as `/{lang}/plans/{number}`.
    pub path: &'static str,
    pub access: Access,
    /// A query to add to the sample path in tests (such as `?token=x`), or "".
    pub sample_query: &'static str,
}

impl RouteDecl {
    /// A concrete path for this route on the demo data: each `{segment}` replaced by an example
    /// (`{target}` and `{role}` stand for a user id and a role id the test creates).
    pub fn sample(&self) -> String {
        let mut out = String::new();
        for seg in self.path.split('/').skip(1) {
            out.push('/');
            out.push_str(match seg {
                "{lang}" => "fr",
                "{number}" => "3",
                "{ogp_id}" => "MO0054",
                "{axis}" => "nap3-local",
                "{key}" => "house-of-representatives",
                "{id}" => "{target}",
                "{role_id}" => "{role}",
                "{file}" => "x.eml",
                // A report and a piece of evidence the test makes (their ids are only known
                // then), and the name the file is served under.
                "{report}" => "{report}",
                "{evidence}" => "{evidence}",
                "{name}" => "preuve.pdf",
                "{*path}" => "css/site.css",
                "{*rest}" => "v9/x",
                // `{activity}`, `{report}` and `{token}` are made by the test.
                s => s,
            });
        }
        if out.is_empty() {
            out.push('/');
        }
        out.push_str(self.sample_query);
        out
    }
}

/// The route table under construction.
pub struct Routes {
    router: Router<AppState>,
    decls: Vec<RouteDecl>,
}

impl Default for Routes {
    fn default() -> Self {
        Routes::new()
    }
}

impl Routes {
    pub fn new() -> Self {
        Routes {
            router: Router::new(),
            decls: Vec::new(),
        }
    }

    fn add(
        mut self,
        method: &'static str,
        path: &'static str,
        access: Access,
        route: MethodRouter<AppState>,
    ) -> Self {
        assert!(
            !self
                .decls
                .iter()
                .any(|d| d.method == method && d.path == path),
            "{method} {path} is declared twice"
        );
        self.router = self.router.route(path, route);
        self.decls.push(RouteDecl {
            method,
            path,
            access,
            sample_query: "",
        });
        self
    }

    /// A GET route (HEAD is answered too).
    pub fn get<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("GET", path, access, get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, access, post(handler))
    }

    /// A POST route that reads its body itself, with a limit of its own (an upload): the
    /// global body limit (`middleware::BODY_LIMIT`) is lifted for this route alone, so its
    /// handler must bound what it reads (`evidence::EvidenceForm` does).
    pub fn post_upload<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let route = post(handler).layer(axum::extract::DefaultBodyLimit::disable());
        self.add("POST", path, access, route)
    }

    pub fn put<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("PUT", path, access, put(handler))
    }

    /// The query the route x role test adds to the last declared route's sample path.
    pub fn sample_query(mut self, query: &'static str) -> Self {
        if let Some(d) = self.decls.last_mut() {
            d.sample_query = query;
        }
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        for d in &other.decls {
            assert!(
                !self
                    .decls
                    .iter()
                    .any(|x| x.method == d.method && x.path == d.path),
                "{} {} is declared twice",
                d.method,
                d.path
            );
        }
        self.router = self.router.merge(other.router);
        self.decls.extend(other.decls);
        self
    }

    pub fn declarations(&self) -> &[RouteDecl] {
        &self.decls
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
