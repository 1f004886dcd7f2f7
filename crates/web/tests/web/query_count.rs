//! Each page runs a bounded number of SQL statements, the same on the demo data and at scale.

use crate::common;

use common::*;
use opengov_db::now_micros;

async fn statements(app: &TestApp, url: &str) -> u64 {
    let before = app.state.db.statements_run();
    let p = app.get(url).await;
    assert_eq!(p.status, 200, "{url}");
    app.state.db.statements_run() - before
}

const PAGES: &[(&str, u64)] = &[
    ("/ar/", 8),
    ("/ar/plans", 4),
    ("/ar/plans/3", 8),
    ("/ar/commitments", 8),
    ("/ar/commitments?plan=3&status=not_reported", 8),
    // 8: two more reads than the tracker's page: the IRM's imported ratings
    // (`irm_ratings_of`) and the commitment's change history (one statement each, whatever
    // their number). 9: its indicators with their values (`commitment_indicators`, one
    // statement joining both, whatever their number).
    ("/ar/commitments/MO0054", 9),
    ("/ar/indicators", 2),
    ("/ar/institutions", 4),
    ("/ar/institutions/house-of-representatives", 6),
];

async fn pages_run_a_bounded_number_of_statements_at_any_scale(engine: Engine) {
    // Without the page cache: the rendering path itself.
    let app = TestApp::new(engine).page_cache(false).build().await;
    let mut small = Vec::new();
    for (url, max) in PAGES {
        let n = statements(&app, url).await;
        assert!(n <= *max, "{url} ran {n} statements (at most {max})");
        small.push(n);
    }
    let size = opengov_db::synthetic::SyntheticSize {
        plans: 5,
        commitments: 500,
        activities: 5000,
        institutions: 50,
    };
    let ds = opengov_db::synthetic::generate(&size, 4, 7);
    app.state
        .db
        .import_dataset(&ds, now_micros(), &|_| {})
        .await
        .unwrap();
    for ((url, _), n0) in PAGES.iter().zip(&small) {
        assert_eq!(
            statements(&app, url).await,
            *n0,
            "{url} runs more statements at scale"
        );
    }
    assert!(statements(&app, "/ar/plans/6").await <= 8);
    // 9: with the IRM's imported ratings, the change history and the indicators (see PAGES).
    assert!(statements(&app, "/ar/commitments/SY000100").await <= 9);
    app.cleanup().await;

    // With the page cache, a repeated page runs no statement at all: its validity is known in
    // memory.
    let cached = TestApp::new(engine).build().await;
    statements(&cached, "/ar/plans/3").await;
    assert_eq!(statements(&cached, "/ar/plans/3").await, 0);
    cached.cleanup().await;
}
both_engines!(pages_run_a_bounded_number_of_statements_at_any_scale);
