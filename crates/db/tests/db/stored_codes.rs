//! Coded columns are read into their enums: a stored code that names no value fails the read
//! with an error naming the column, instead of turning into some default.

use crate::common;

use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::kinds::{PlanStatus, SessionStage};
use opengov_db::testing::TestDb;
use opengov_db::{DbError, Engine, now_micros};
use sqlx::Connection;

/// Runs one statement beside the repository, as a hand edit of the database would.
async fn edit(url: &str, sql: &'static str) {
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    }
}

/// The error names the column and the code found in it.
fn assert_unknown_code(e: DbError, column: &str, code: &str) {
    let text = e.to_string();
    assert!(text.contains(column) && text.contains(code), "{text}");
}

async fn unknown_codes_fail_the_read(engine: Engine) {
    let t = TestDb::new(engine).await;
    let db = &t.db;
    db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    let plans = db.list_plans().await.unwrap();
    assert_eq!(plans[2].status, PlanStatus::Implementing);
    let user = db
        .create_user("a@example.org", "A", "h", "ar", now_micros())
        .await
        .unwrap()
        .unwrap();
    db.grant_role(user, Role::ProjectLeader, ScopeKind::Commitment, 7, None, 1)
        .await
        .unwrap();
    db.create_session("s1", user, SessionStage::TwoStep, 1, "ip", "ua")
        .await
        .unwrap();
    let roles = db.roles_of(user).await.unwrap();
    assert_eq!(
        (roles[0].role, roles[0].scope_kind, roles[0].scope_id),
        (Role::ProjectLeader, ScopeKind::Commitment, 7)
    );
    let (session, _) = db.session("s1").await.unwrap().unwrap();
    assert_eq!(session.stage, SessionStage::TwoStep);

    edit(
        &t.url,
        "UPDATE plans SET status = 'closed' WHERE number = 3",
    )
    .await;
    assert_unknown_code(db.list_plans().await.unwrap_err(), "status", "closed");
    edit(&t.url, "UPDATE user_roles SET scope_kind = 'planet'").await;
    assert_unknown_code(db.roles_of(user).await.unwrap_err(), "scope_kind", "planet");
    edit(&t.url, "UPDATE sessions SET stage = 'half'").await;
    assert_unknown_code(db.session("s1").await.unwrap_err(), "stage", "half");
    // Assessment fields and policy areas are codes too: an English word is not one.
    edit(
        &t.url,
        "UPDATE commitments SET irm_completion = 'Substantial' WHERE ogp_id = 'MO0020'",
    )
    .await;
    assert_unknown_code(
        db.commitment_by_ogp_id("MO0020").await.unwrap_err(),
        "irm_completion",
        "Substantial",
    );
    edit(
        &t.url,
        "UPDATE commitments SET policy_areas = 'open_data;Justice' WHERE ogp_id = 'MO0054'",
    )
    .await;
    assert_unknown_code(
        db.commitment_by_ogp_id("MO0054").await.unwrap_err(),
        "policy_areas",
        "Justice",
    );
    t.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_codes_fail_the_read_sqlite() {
    unknown_codes_fail_the_read(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_codes_fail_the_read_postgres() {
    unknown_codes_fail_the_read(Engine::Postgres).await;
}

/// The statement of migration 0006 that turned stored English assessment values into codes,
/// read from the engine's migration file.
fn conversion(url: &str) -> String {
    let engine = if url.starts_with("sqlite:") {
        "sqlite"
    } else {
        "postgres"
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("migrations/{engine}/0006_content_language.sql"));
    let sql = std::fs::read_to_string(path).unwrap();
    let at = sql.find("UPDATE commitments SET").expect("the conversion");
    sql[at..].trim().trim_end_matches(';').to_string()
}

async fn run(url: &str, sql: &str) {
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(&mut c)
            .await
            .unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(&mut c)
            .await
            .unwrap();
    }
}

async fn english_values_become_codes(engine: Engine) {
    use opengov_core::assessment::{EarlyResults, IrmCompletion, OgpValue, PolicyArea, YesNo};
    let t = TestDb::new(engine).await;
    t.db.import_dataset(&common::demo(), now_micros(), &|_| {})
        .await
        .unwrap();
    // A database written before the migration held OGP's English words.
    run(
        &t.url,
        "UPDATE commitments SET ogp_verifiable = 'Yes', irm_completion = 'Not Started', \
         irm_early_results = 'Did Not Change', \
         policy_areas = 'Anti Corruption and Integrity;Public Participation in Budget/Fiscal Policy', \
         ogp_values = 'Technology & Innovation for Transparency & Accountability' \
         WHERE ogp_id = 'MO0054'",
    )
    .await;
    run(&t.url, &conversion(&t.url)).await;
    let c = t.db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
    assert_eq!(c.ogp_verifiable.0, Some(YesNo::Yes));
    assert_eq!(c.irm_completion.0, Some(IrmCompletion::NotStarted));
    assert_eq!(c.irm_early_results.0, Some(EarlyResults::DidNotChange));
    assert_eq!(
        c.policy_areas.0,
        vec![
            PolicyArea::AntiCorruptionIntegrity,
            PolicyArea::PublicParticipationBudget
        ]
    );
    assert_eq!(c.ogp_values.0, vec![OgpValue::Technology]);
    // Codes already converted stay as they are.
    run(&t.url, &conversion(&t.url)).await;
    let again = t.db.commitment_by_ogp_id("MO0054").await.unwrap().unwrap();
    assert_eq!(again.policy_areas, c.policy_areas);
    t.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn english_values_become_codes_sqlite() {
    english_values_become_codes(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn english_values_become_codes_postgres() {
    english_values_become_codes(Engine::Postgres).await;
}
