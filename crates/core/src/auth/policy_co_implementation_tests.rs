//! The rules of co-implementation (plans, institutions, reports, tokens): docs/co-implementation.md.

use super::*;

use super::tests::actor;

fn can(actor: &Actor, action: Action) -> bool {
    allowed(Some(actor), action)
}

const P1: PlanRef = PlanRef {
    id: 1,
    status: PlanStatus::Implementing,
};
const P2: PlanRef = PlanRef {
    id: 2,
    status: PlanStatus::Consultation,
};
const P1_CLOSED: PlanRef = PlanRef {
    id: 1,
    status: PlanStatus::Completed,
};

/// Commitment 10 of plan 1, led by institution 100.
const C10: CommitmentRef = CommitmentRef {
    id: 10,
    plan_id: 1,
    lead_institution_id: Some(100),
};
/// Commitment 20 of plan 2, led by institution 200.
const C20: CommitmentRef = CommitmentRef {
    id: 20,
    plan_id: 2,
    lead_institution_id: Some(200),
};

/// Activity 11 of commitment 10.
const A11: ActivityRef = ActivityRef {
    id: 11,
    commitment: C10,
    responsible_institution_id: None,
    plan_status: PlanStatus::Implementing,
};
/// Activity 12 of commitment 10, institution 300 responsible.
const A12: ActivityRef = ActivityRef {
    id: 12,
    commitment: C10,
    responsible_institution_id: Some(300),
    plan_status: PlanStatus::Implementing,
};
/// Activity 21 of commitment 20 (plan 2), institution 100 responsible.
const A21: ActivityRef = ActivityRef {
    id: 21,
    commitment: C20,
    responsible_institution_id: Some(100),
    plan_status: PlanStatus::Consultation,
};
/// Activity 11 once plan 1 is completed.
const A11_CLOSED: ActivityRef = ActivityRef {
    plan_status: PlanStatus::Completed,
    ..A11
};

fn draft(activity: ActivityRef, author_id: i64) -> Action {
    Action::SeeReport {
        activity,
        author_id,
        published: false,
    }
}

fn published(activity: ActivityRef) -> Action {
    Action::SeeReport {
        activity,
        author_id: 99,
        published: true,
    }
}

/// Every new action, on open plans.
fn every_action() -> Vec<Action> {
    vec![
        Action::CreatePlan,
        Action::ManagePlan(P1),
        Action::ManageInstitutions,
        Action::ImportIrmRatings,
        Action::ManageNationalIndicators,
        Action::ReportOn(A11),
        Action::Validate(P2),
        draft(A21, 99),
        Action::ManageOwnTokens,
    ]
}

#[test]
fn administrators_do_everything_on_open_plans() {
    let admin = actor(&[(Role::Administrator, ScopeKind::Global, 0)]);
    for a in every_action() {
        assert!(can(&admin, a), "{a:?}");
    }
    for a in [A11, A12, A21] {
        assert!(can(&admin, Action::ReportOn(a)));
        assert!(can(&admin, draft(a, 99)));
    }
    assert!(can(&admin, Action::ManagePlan(P2)) && can(&admin, Action::Validate(P1)));
}

#[test]
fn a_plan_coordinator_manages_and_validates_that_plan_only() {
    let coordinator = actor(&[(Role::Coordinator, ScopeKind::Plan, 1)]);
    assert!(can(&coordinator, Action::ManagePlan(P1)));
    assert!(can(&coordinator, Action::Validate(P1)));
    assert!(can(&coordinator, draft(A11, 99)) && can(&coordinator, draft(A12, 99)));
    assert!(can(&coordinator, Action::ManageOwnTokens));
    // Another plan's business.
    assert!(!can(&coordinator, Action::ManagePlan(P2)));
    assert!(!can(&coordinator, Action::Validate(P2)));
    assert!(!can(&coordinator, draft(A21, 99)));
    // Neither plans nor institutions are theirs to create.
    assert!(!can(&coordinator, Action::CreatePlan));
    assert!(!can(&coordinator, Action::ManageInstitutions));
    assert!(!can(&coordinator, Action::ImportIrmRatings));
    assert!(!can(&coordinator, Action::ManageNationalIndicators));
    // Leaders report, coordinators validate.
    assert!(!can(&coordinator, Action::ReportOn(A11)));
    // The older progress action keeps its rule.
    assert!(can(&coordinator, Action::ReportProgress(C10)));
}

#[test]
fn a_global_coordinator_works_on_every_plan_and_creates_plans_and_institutions() {
    let global = actor(&[(Role::Coordinator, ScopeKind::Global, 0)]);
    assert!(can(&global, Action::CreatePlan));
    assert!(can(&global, Action::ManageInstitutions));
    assert!(can(&global, Action::ImportIrmRatings));
    assert!(can(&global, Action::ManageNationalIndicators));
    for p in [P1, P2] {
        assert!(can(&global, Action::ManagePlan(p)) && can(&global, Action::Validate(p)));
    }
    assert!(can(&global, draft(A21, 99)) && can(&global, draft(A11, 99)));
    assert!(!can(&global, Action::ReportOn(A11)));
    // A global scope on another role gives none of it.
    let moderator = actor(&[(Role::Moderator, ScopeKind::Global, 0)]);
    for a in every_action() {
        assert!(!can(&moderator, a), "{a:?}");
    }
}

#[test]
fn a_commitment_leader_reports_on_every_activity_of_the_commitment() {
    let leader = actor(&[(Role::ProjectLeader, ScopeKind::Commitment, 10)]);
    assert!(can(&leader, Action::ReportOn(A11)));
    assert!(can(&leader, Action::ReportOn(A12)));
    assert!(!can(&leader, Action::ReportOn(A21)));
}

#[test]
fn an_activity_leader_reports_on_that_activity_only() {
    let leader = actor(&[(Role::ProjectLeader, ScopeKind::Activity, 12)]);
    assert!(can(&leader, Action::ReportOn(A12)));
    // Another leader's activity of the same commitment, and another plan's.
    assert!(!can(&leader, Action::ReportOn(A11)));
    assert!(!can(&leader, Action::ReportOn(A21)));
    // An activity scope is never read as a commitment scope with the same number.
    let same_number = actor(&[(Role::ProjectLeader, ScopeKind::Activity, 10)]);
    assert!(!can(&same_number, Action::ReportOn(A11)));
    assert!(!can(&same_number, Action::ReportOn(A12)));
}

#[test]
fn an_institution_leader_reports_where_the_institution_leads_or_is_responsible() {
    let lead = actor(&[(Role::ProjectLeader, ScopeKind::Institution, 100)]);
    // Institution 100 leads commitment 10...
    assert!(can(&lead, Action::ReportOn(A11)));
    assert!(can(&lead, Action::ReportOn(A12)));
    // ...and is responsible for activity 21 of a commitment it does not lead.
    assert!(can(&lead, Action::ReportOn(A21)));
    let responsible = actor(&[(Role::ProjectLeader, ScopeKind::Institution, 300)]);
    assert!(can(&responsible, Action::ReportOn(A12)));
    assert!(!can(&responsible, Action::ReportOn(A11)));
    assert!(!can(&responsible, Action::ReportOn(A21)));
}

#[test]
fn leaders_never_validate_nor_manage() {
    for scope in [
        (ScopeKind::Commitment, 10),
        (ScopeKind::Activity, 11),
        (ScopeKind::Institution, 100),
    ] {
        let leader = actor(&[(Role::ProjectLeader, scope.0, scope.1)]);
        for a in [
            Action::Validate(P1),
            Action::ManagePlan(P1),
            Action::CreatePlan,
            Action::ManageInstitutions,
            Action::ImportIrmRatings,
            Action::ManageNationalIndicators,
        ] {
            assert!(!can(&leader, a), "{scope:?} {a:?}");
        }
        assert!(can(&leader, Action::ManageOwnTokens));
    }
}

#[test]
fn unpublished_reports_are_seen_by_their_people_only() {
    let author = Actor {
        user_id: 7,
        ..actor(&[])
    };
    assert!(
        can(&author, draft(A11, 7)),
        "the author, even without a role now"
    );
    assert!(!can(&author, draft(A11, 8)));
    let same_activity = actor(&[(Role::ProjectLeader, ScopeKind::Activity, 11)]);
    assert!(can(&same_activity, draft(A11, 7)));
    let other_activity = actor(&[(Role::ProjectLeader, ScopeKind::Activity, 12)]);
    assert!(!can(&other_activity, draft(A11, 7)));
    let other_plan = actor(&[(Role::Coordinator, ScopeKind::Plan, 2)]);
    assert!(!can(&other_plan, draft(A11, 7)));
    let plan = actor(&[(Role::Coordinator, ScopeKind::Plan, 1)]);
    assert!(can(&plan, draft(A11, 7)));
    let citizen = actor(&[(Role::Citizen, ScopeKind::Global, 0)]);
    assert!(!can(&citizen, draft(A11, 7)));
    assert!(!allowed(None, draft(A11, 7)));
}

#[test]
fn published_reports_are_seen_by_anyone() {
    assert!(allowed(None, published(A11)));
    let citizen = actor(&[]);
    assert!(can(&citizen, published(A21)));
    let banned = Actor {
        banned: true,
        ..citizen.clone()
    };
    assert!(can(&banned, published(A21)));
    let unconfirmed = Actor {
        email_verified: false,
        ..citizen
    };
    assert!(can(&unconfirmed, published(A11_CLOSED)));
}

#[test]
fn a_closed_plan_takes_no_write_even_from_administrators() {
    let admin = actor(&[(Role::Administrator, ScopeKind::Global, 0)]);
    let coordinator = actor(&[(Role::Coordinator, ScopeKind::Plan, 1)]);
    let global = actor(&[(Role::Coordinator, ScopeKind::Global, 0)]);
    let leader = actor(&[(Role::ProjectLeader, ScopeKind::Commitment, 10)]);
    for who in [&admin, &coordinator, &global, &leader] {
        assert!(!can(who, Action::ManagePlan(P1_CLOSED)), "{who:?}");
        assert!(!can(who, Action::Validate(P1_CLOSED)), "{who:?}");
        assert!(!can(who, Action::ReportOn(A11_CLOSED)), "{who:?}");
    }
    // Reading stays.
    for who in [&admin, &coordinator, &global, &leader] {
        assert!(can(who, draft(A11_CLOSED, 99)), "{who:?}");
    }
    assert!(can(&leader, Action::ReportOn(A11)));
}

#[test]
fn banned_accounts_do_nothing_of_it() {
    let banned = Actor {
        banned: true,
        user_id: 7,
        ..actor(&[
            (Role::Administrator, ScopeKind::Global, 0),
            (Role::Coordinator, ScopeKind::Global, 0),
            (Role::ProjectLeader, ScopeKind::Commitment, 10),
        ])
    };
    for a in every_action() {
        assert!(!can(&banned, a), "{a:?}");
    }
    assert!(!can(&banned, draft(A11, 7)), "not even their own draft");
}

#[test]
fn unconfirmed_accounts_use_none_of_their_roles() {
    for grants in [
        &[(Role::Administrator, ScopeKind::Global, 0)][..],
        &[(Role::Coordinator, ScopeKind::Global, 0)][..],
        &[(Role::Coordinator, ScopeKind::Plan, 1)][..],
        &[(Role::ProjectLeader, ScopeKind::Commitment, 10)][..],
        &[(Role::ProjectLeader, ScopeKind::Activity, 11)][..],
    ] {
        let unconfirmed = Actor {
            email_verified: false,
            ..actor(grants)
        };
        for a in every_action() {
            assert!(!can(&unconfirmed, a), "{grants:?} {a:?}");
        }
        assert!(!can(&unconfirmed, Action::ReportOn(A11)), "{grants:?}");
        assert!(!can(&unconfirmed, draft(A11, 1)), "{grants:?}");
    }
}

#[test]
fn tokens_are_for_leaders_and_coordinators() {
    for grants in [
        &[(Role::ProjectLeader, ScopeKind::Institution, 100)][..],
        &[(Role::Coordinator, ScopeKind::Plan, 1)][..],
        &[(Role::Administrator, ScopeKind::Global, 0)][..],
    ] {
        assert!(can(&actor(grants), Action::ManageOwnTokens), "{grants:?}");
    }
    for grants in [
        &[][..],
        &[(Role::Citizen, ScopeKind::Global, 0)][..],
        &[(Role::OrganisationMember, ScopeKind::Global, 0)][..],
        &[(Role::Moderator, ScopeKind::Global, 0)][..],
    ] {
        assert!(!can(&actor(grants), Action::ManageOwnTokens), "{grants:?}");
    }
    assert!(!allowed(None, Action::ManageOwnTokens));
}

#[test]
fn only_reading_is_public() {
    assert!(Action::ReadPublic.is_public() && published(A11).is_public());
    assert!(!draft(A11, 1).is_public());
    for a in every_action() {
        assert!(a.is_privileged(), "{a:?}");
        assert!(!allowed(None, a), "{a:?}");
    }
    assert!(!published(A11).is_privileged());
}

#[test]
fn the_acting_role_is_the_grant_that_allows_the_move() {
    let both = actor(&[
        (Role::Citizen, ScopeKind::Global, 0),
        (Role::ProjectLeader, ScopeKind::Commitment, 10),
        (Role::Coordinator, ScopeKind::Plan, 1),
    ]);
    assert_eq!(
        acting_role(&both, Action::ReportOn(A11)),
        Some(Role::ProjectLeader)
    );
    assert_eq!(
        acting_role(&both, Action::Validate(P1)),
        Some(Role::Coordinator)
    );
    assert_eq!(acting_role(&both, Action::Validate(P2)), None);
    let admin = actor(&[(Role::Administrator, ScopeKind::Global, 0)]);
    assert_eq!(
        acting_role(&admin, Action::ReportOn(A11)),
        Some(Role::Administrator)
    );
    let mut banned = both.clone();
    banned.banned = true;
    assert_eq!(acting_role(&banned, Action::ReportOn(A11)), None);
}
