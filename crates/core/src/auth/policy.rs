//! Authorization, decided in one place. Every handler names the [`Action`] it performs and
//! asks [`allowed`]; the answer depends on the actor's roles and, for scoped roles, on the
//! object acted on (a project leader acts only on *their* commitments).
//!
//! Who does what on plans and reports is the table of docs/co-implementation.md: administrators
//! everything; a coordinator manages and validates their plan (a coordinator with the global
//! scope every plan, and creates plans and institutions); project leaders report on the
//! activities they answer for. A closed plan (`completed`) takes no write from anyone.

use crate::kinds::PlanStatus;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    OrganisationMember,
    ProjectLeader,
    Coordinator,
    Moderator,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Citizen,
        Role::OrganisationMember,
        Role::ProjectLeader,
        Role::Coordinator,
        Role::Moderator,
        Role::Administrator,
    ];
    /// Roles an administrator grants (everyone is a citizen).
    pub const GRANTABLE: [Role; 5] = [
        Role::OrganisationMember,
        Role::ProjectLeader,
        Role::Coordinator,
        Role::Moderator,
        Role::Administrator,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::OrganisationMember => "organisation_member",
            Role::ProjectLeader => "project_leader",
            Role::Coordinator => "coordinator",
            Role::Moderator => "moderator",
            Role::Administrator => "administrator",
        }
    }

    pub fn from_code(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == s)
    }

    /// The scopes this role may carry.
    pub fn scope_kinds(self) -> &'static [ScopeKind] {
        match self {
            Role::ProjectLeader => &[
                ScopeKind::Institution,
                ScopeKind::Commitment,
                ScopeKind::Activity,
            ],
            // The policy also honours a coordinator with the global scope (every plan).
            Role::Coordinator => &[ScopeKind::Plan],
            _ => &[ScopeKind::Global],
        }
    }

    /// Roles that must protect their account with a second factor (when required).
    pub fn needs_second_factor(self) -> bool {
        matches!(self, Role::Administrator | Role::Coordinator)
    }
}

crate::kinds::code_conversions!(Role);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Global,
    Plan,
    Institution,
    Commitment,
    /// One activity, for a project leader who answers for that activity only.
    Activity,
}

impl ScopeKind {
    pub const ALL: [ScopeKind; 5] = [
        ScopeKind::Global,
        ScopeKind::Plan,
        ScopeKind::Institution,
        ScopeKind::Commitment,
        ScopeKind::Activity,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ScopeKind::Global => "global",
            ScopeKind::Plan => "plan",
            ScopeKind::Institution => "institution",
            ScopeKind::Commitment => "commitment",
            ScopeKind::Activity => "activity",
        }
    }
    pub fn from_code(s: &str) -> Option<ScopeKind> {
        ScopeKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

crate::kinds::code_conversions!(ScopeKind);

/// A role held by a user, with the id of the plan, institution or commitment it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Grant {
    pub role: Role,
    pub scope: ScopeKind,
    pub scope_id: i64,
}

/// The person acting, as the policy sees them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub grants: Vec<Grant>,
    pub banned: bool,
    pub email_verified: bool,
}

impl Actor {
    pub fn has(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }
    pub fn is_admin(&self) -> bool {
        self.has(Role::Administrator)
    }

    fn holds(&self, role: Role, scope: ScopeKind, id: impl Fn(i64) -> bool) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.scope == scope && id(g.scope_id))
    }

    /// A coordinator with the global scope.
    fn coordinates_everything(&self) -> bool {
        self.holds(Role::Coordinator, ScopeKind::Global, |_| true)
    }

    /// A coordinator of this plan, or of every plan.
    fn coordinates(&self, plan_id: i64) -> bool {
        self.coordinates_everything()
            || self.holds(Role::Coordinator, ScopeKind::Plan, |p| p == plan_id)
    }

    /// A project leader who answers for this activity: through its commitment, the activity
    /// itself, or their institution leading the commitment or responsible for the activity.
    fn leads(&self, a: &ActivityRef) -> bool {
        let ours = |i: i64| {
            Some(i) == a.commitment.lead_institution_id || Some(i) == a.responsible_institution_id
        };
        self.holds(Role::ProjectLeader, ScopeKind::Commitment, |c| {
            c == a.commitment.id
        }) || self.holds(Role::ProjectLeader, ScopeKind::Activity, |x| x == a.id)
            || self.holds(Role::ProjectLeader, ScopeKind::Institution, ours)
    }
}

/// What a commitment is attached to, for scoped decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentRef {
    pub id: i64,
    pub plan_id: i64,
    pub lead_institution_id: Option<i64>,
}

/// A plan, for decisions on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanRef {
    pub id: i64,
    pub status: PlanStatus,
}

/// What an activity is attached to, for scoped decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityRef {
    pub id: i64,
    pub commitment: CommitmentRef,
    /// The institution responsible for the activity, when it is not the commitment's lead.
    pub responsible_institution_id: Option<i64>,
    /// The status of the plan the activity belongs to (a closed plan takes no report).
    pub plan_status: PlanStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read public pages and the API.
    ReadPublic,
    /// Use one's own account (settings, data download, deletion, second factor).
    UseOwnAccount,
    /// See the admin area's users list and user pages.
    ViewUsers,
    /// Grant or revoke roles, ban or unban, resend verification.
    ManageUsers,
    /// Read the audit log.
    ViewAuditLog,
    /// Report progress on an activity of this commitment.
    ReportProgress(CommitmentRef),
    /// Create an action plan.
    CreatePlan,
    /// Edit a plan, its axes, commitments, activities, leaders and indicators; move it through
    /// its statuses.
    ManagePlan(PlanRef),
    /// Create, edit and merge institutions.
    ManageInstitutions,
    /// Import the Independent Reporting Mechanism's ratings (every plan's commitments).
    ImportIrmRatings,
    /// Create and edit the national open-government indicators and their values.
    ManageNationalIndicators,
    /// Write, edit and submit progress reports on this activity.
    ReportOn(ActivityRef),
    /// Work the plan's queue: publish or return submitted reports.
    Validate(PlanRef),
    /// Read a progress report (and its evidence).
    SeeReport {
        activity: ActivityRef,
        author_id: i64,
        published: bool,
    },
    /// Create and revoke one's own API tokens.
    ManageOwnTokens,
}

impl Action {
    /// True for the actions a role gives (not what every account may do): they are refused to
    /// an account whose address is not confirmed, whatever roles it holds, so that someone who
    /// registered an official's address cannot act as that official.
    pub fn is_privileged(self) -> bool {
        !matches!(self, Action::UseOwnAccount) && !self.is_public()
    }

    /// True for what anyone may do, signed in or not, banned or not: read public pages and
    /// published reports.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Action::ReadPublic
                | Action::SeeReport {
                    published: true,
                    ..
                }
        )
    }
}

/// The policy. Banned users can do nothing but read public pages; an account whose address is
/// not confirmed may use itself but no role; a closed plan takes no write, whatever the role.
pub fn allowed(actor: Option<&Actor>, action: Action) -> bool {
    let Some(a) = actor else {
        return action.is_public();
    };
    if a.banned {
        return action.is_public();
    }
    if action.is_privileged() && !a.email_verified {
        return false;
    }
    match action {
        Action::ReadPublic | Action::UseOwnAccount => true,
        Action::ViewUsers | Action::ManageUsers | Action::ViewAuditLog => a.is_admin(),
        Action::ReportProgress(c) => {
            a.is_admin()
                || a.grants.iter().any(|g| match (g.role, g.scope) {
                    (Role::ProjectLeader, ScopeKind::Commitment) => g.scope_id == c.id,
                    (Role::ProjectLeader, ScopeKind::Institution) => {
                        Some(g.scope_id) == c.lead_institution_id
                    }
                    (Role::Coordinator, ScopeKind::Plan) => g.scope_id == c.plan_id,
                    _ => false,
                })
        }
        Action::CreatePlan
        | Action::ManageInstitutions
        | Action::ImportIrmRatings
        | Action::ManageNationalIndicators => a.is_admin() || a.coordinates_everything(),
        Action::ManagePlan(p) | Action::Validate(p) => {
            p.status.is_open() && (a.is_admin() || a.coordinates(p.id))
        }
        Action::ReportOn(act) => act.plan_status.is_open() && (a.is_admin() || a.leads(&act)),
        Action::SeeReport {
            activity,
            author_id,
            published,
        } => {
            published
                || author_id == a.user_id
                || a.is_admin()
                || a.leads(&activity)
                || a.coordinates(activity.commitment.plan_id)
        }
        Action::ManageOwnTokens => {
            a.is_admin() || a.has(Role::ProjectLeader) || a.has(Role::Coordinator)
        }
    }
}

/// The role in which `actor` may do `action`: the first of their grants that alone allows it
/// (kept with a report's moves: "returned by a coordinator").
pub fn acting_role(actor: &Actor, action: Action) -> Option<Role> {
    actor.grants.iter().find_map(|g| {
        let alone = Actor {
            grants: vec![*g],
            ..actor.clone()
        };
        allowed(Some(&alone), action).then_some(g.role)
    })
}

#[cfg(test)]
#[path = "policy_co_implementation_tests.rs"]
mod co_implementation_tests;

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A verified, not banned actor with these grants (also used by the co-implementation
    /// tests).
    pub(crate) fn actor(grants: &[(Role, ScopeKind, i64)]) -> Actor {
        Actor {
            user_id: 1,
            grants: grants
                .iter()
                .map(|&(role, scope, scope_id)| Grant {
                    role,
                    scope,
                    scope_id,
                })
                .collect(),
            banned: false,
            email_verified: true,
        }
    }

    const A: CommitmentRef = CommitmentRef {
        id: 10,
        plan_id: 1,
        lead_institution_id: Some(100),
    };
    const B: CommitmentRef = CommitmentRef {
        id: 20,
        plan_id: 2,
        lead_institution_id: Some(200),
    };

    #[test]
    fn anonymous_reads_only() {
        assert!(allowed(None, Action::ReadPublic));
        assert!(!allowed(None, Action::UseOwnAccount));
        assert!(!allowed(None, Action::ReportProgress(A)));
    }

    #[test]
    fn project_leaders_act_on_their_commitments_only() {
        let leader_a = actor(&[(Role::ProjectLeader, ScopeKind::Commitment, 10)]);
        assert!(allowed(Some(&leader_a), Action::ReportProgress(A)));
        assert!(!allowed(Some(&leader_a), Action::ReportProgress(B)));
        let by_institution = actor(&[(Role::ProjectLeader, ScopeKind::Institution, 200)]);
        assert!(allowed(Some(&by_institution), Action::ReportProgress(B)));
        assert!(!allowed(Some(&by_institution), Action::ReportProgress(A)));
        let coordinator = actor(&[(Role::Coordinator, ScopeKind::Plan, 1)]);
        assert!(allowed(Some(&coordinator), Action::ReportProgress(A)));
        assert!(!allowed(Some(&coordinator), Action::ReportProgress(B)));
        assert!(!allowed(Some(&leader_a), Action::ViewUsers));
    }

    #[test]
    fn administrators_manage_and_banned_users_do_nothing() {
        let admin = actor(&[(Role::Administrator, ScopeKind::Global, 0)]);
        for a in [
            Action::ViewUsers,
            Action::ManageUsers,
            Action::ViewAuditLog,
            Action::ReportProgress(B),
        ] {
            assert!(allowed(Some(&admin), a));
        }
        let banned = Actor {
            banned: true,
            ..admin
        };
        assert!(allowed(Some(&banned), Action::ReadPublic));
        assert!(!allowed(Some(&banned), Action::UseOwnAccount));
        assert!(!allowed(Some(&banned), Action::ManageUsers));
        let moderator = actor(&[(Role::Moderator, ScopeKind::Global, 0)]);
        assert!(!allowed(Some(&moderator), Action::ManageUsers));
    }

    #[test]
    fn unconfirmed_accounts_use_no_role() {
        for grants in [
            &[(Role::Administrator, ScopeKind::Global, 0)][..],
            &[(Role::ProjectLeader, ScopeKind::Commitment, 10)][..],
            &[(Role::Coordinator, ScopeKind::Plan, 1)][..],
        ] {
            let unconfirmed = Actor {
                email_verified: false,
                ..actor(grants)
            };
            for a in [
                Action::ViewUsers,
                Action::ManageUsers,
                Action::ViewAuditLog,
                Action::ReportProgress(A),
            ] {
                assert!(!allowed(Some(&unconfirmed), a), "{grants:?} {a:?}");
            }
            assert!(allowed(Some(&unconfirmed), Action::UseOwnAccount));
            assert!(allowed(Some(&unconfirmed), Action::ReadPublic));
        }
    }

    #[test]
    fn role_codes_round_trip_and_scopes_fit_roles() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(
            Role::ProjectLeader.scope_kinds(),
            &[
                ScopeKind::Institution,
                ScopeKind::Commitment,
                ScopeKind::Activity
            ]
        );
        for k in ScopeKind::ALL {
            assert_eq!(ScopeKind::from_code(k.code()), Some(k));
        }
        assert_eq!(ScopeKind::try_from("activity"), Ok(ScopeKind::Activity));
        assert!(Role::Administrator.needs_second_factor() && !Role::Citizen.needs_second_factor());
    }
}
