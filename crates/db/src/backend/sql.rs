//! SQL fragments shared by several statements, as macros so that `concat!` can build
//! `&'static str` statements from them.

macro_rules! plan_columns {
    () => {
        "id, key, number, title, start_date, end_date, status, \
    declared_commitments, ogp_listed_commitments, declared_axes, sources, notes, \
    recorded_commitments, recorded_parliament_commitments, reported_commitments, \
    reported_parliament_commitments, figure, pending_end, reported_completion, \
    parliament_figure, updated_at"
    };
}

macro_rules! axis_select {
    () => {
        "SELECT a.id, a.key, a.plan_id, p.key AS plan_key, a.position, \
    a.title, a.title_unofficial, a.declared_commitments, a.position_basis, a.sources, a.notes, \
    a.recorded_commitments, a.reported_commitments, a.figure, a.pending_end \
    FROM axes a JOIN plans p ON p.id = a.plan_id"
    };
}

macro_rules! summary_select {
    () => {
        "SELECT c.id, c.ogp_id, p.number AS plan_number, \
    p.key AS plan_key, a.key AS axis_key, a.title AS axis_title, \
    a.title_unofficial AS axis_title_unofficial, c.position, c.commitment_type, c.title, \
    c.title_unofficial, c.title_irm, i.key AS lead_institution_key, \
    i.name AS lead_institution_title, i.name_unofficial AS lead_institution_unofficial, \
    c.start_date, c.end_date, c.activities_count, c.figure, c.pending_end, c.weight \
    FROM commitments c JOIN plans p ON p.id = c.plan_id \
    LEFT JOIN axes a ON a.id = c.axis_id \
    LEFT JOIN institutions i ON i.id = c.lead_institution_id"
    };
}

macro_rules! commitment_select {
    () => {
        "SELECT c.id, c.ogp_id, c.plan_id, p.number AS plan_number, \
    p.key AS plan_key, p.title AS plan_title, a.key AS axis_key, a.title AS axis_title, \
    a.title_unofficial AS axis_title_unofficial, c.position, c.position_inferred, \
    c.position_basis, c.axis_basis, c.commitment_type, c.title, c.title_unofficial, \
    c.title_sources, c.title_ogp, \
    c.title_long, c.title_irm, c.problem, c.description, c.how_it_helps, c.ogp_values, \
    i.key AS lead_institution_key, i.name AS lead_institution_title, \
    i.name_unofficial AS lead_institution_unofficial, c.lead_institution_name, \
    c.ogp_lead_institution_field, c.support_institutions, c.contact, c.start_date, c.end_date, \
    c.policy_areas, c.ogp_verifiable, c.ogp_relevant, c.ogp_ambition, c.irm_potential_impact, \
    c.irm_completion, c.irm_starred, c.irm_early_results, c.irm_potential_for_results, \
    c.builds_on, c.sources, c.notes, c.weight, c.activities_count, c.figure, c.pending_end, \
    c.updated_at \
    FROM commitments c JOIN plans p ON p.id = c.plan_id \
    LEFT JOIN axes a ON a.id = c.axis_id \
    LEFT JOIN institutions i ON i.id = c.lead_institution_id"
    };
}

macro_rules! activity_select {
    () => {
        "SELECT t.id, t.key, c.ogp_id AS commitment_ogp_id, \
    c.title AS commitment_title, t.position, t.title, t.expected_output, t.start_date, \
    t.end_date, i.key AS responsible_key, i.name AS responsible_title, \
    i.name_unofficial AS responsible_unofficial, t.weight, t.progress, \
    CASE WHEN t.last_report_at IS NULL THEN t.progress_source ELSE '' END AS progress_source, \
    CASE WHEN t.last_report_at IS NULL THEN t.progress_as_of END AS progress_as_of, \
    t.stated_status, t.title_wording, t.cancelled, t.sources, t.updated_at \
    FROM activities t JOIN commitments c ON c.id = t.commitment_id \
    LEFT JOIN institutions i ON i.id = t.responsible_institution_id"
    };
}

macro_rules! institution_columns {
    () => {
        "id, key, kind, name, name_unofficial, name_variants, name_valid_from, name_valid_until, \
    later_names, lineage, sources, notes, commitments_count, activities_count"
    };
}

macro_rules! supporter_select {
    () => {
        "SELECT c.ogp_id AS commitment_ogp_id, i.key, i.name, i.name_unofficial, s.position \
    FROM commitment_supporters s JOIN commitments c ON c.id = s.commitment_id \
    JOIN institutions i ON i.id = s.institution_id"
    };
}

macro_rules! figure_select {
    () => {
        "SELECT p.key AS plan_key, f.scope, f.ref AS reference, f.as_of, \
    f.percent, f.sources, f.notes FROM reported_figures f JOIN plans p ON p.id = f.plan_id"
    };
}

macro_rules! user_columns {
    () => {
        "id, email, display_name, password_hash, language, email_verified_at, pending_email, \
         terms_accepted_at, totp_secret, totp_enabled_at, banned_at, ban_reason, deleted_at, created_at, updated_at"
    };
}

macro_rules! user_columns_u {
    () => {
        "u.id, u.email, u.display_name, u.password_hash, u.language, u.email_verified_at, u.pending_email, \
         u.terms_accepted_at, u.totp_secret, u.totp_enabled_at, u.banned_at, u.ban_reason, u.deleted_at, \
         u.created_at, u.updated_at"
    };
}

/// The admin users list's filters: search pattern, role code, status.
macro_rules! user_filter {
    () => {
        " WHERE (CAST($1 AS TEXT) IS NULL OR LOWER(COALESCE(u.email, '')) LIKE $1 OR LOWER(u.display_name) LIKE $1) \
    AND (CAST($2 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $2)) \
    AND (CAST($3 AS TEXT) IS NULL \
         OR ($3 = 'active' AND u.banned_at IS NULL AND u.deleted_at IS NULL AND u.email_verified_at IS NOT NULL) \
         OR ($3 = 'unverified' AND u.email_verified_at IS NULL AND u.deleted_at IS NULL) \
         OR ($3 = 'banned' AND u.banned_at IS NOT NULL) \
         OR ($3 = 'deleted' AND u.deleted_at IS NOT NULL))"
    };
}

/// Reported figures newest first: the dated ones by date, then the undated ones (the engines
/// would otherwise put NULL first on PostgreSQL and last on SQLite), then as imported.
macro_rules! figures_newest_first {
    () => {
        "(f.as_of IS NULL), f.as_of DESC, f.id"
    };
}
