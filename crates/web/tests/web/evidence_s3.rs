//! The evidence storage's S3-compatible backend against a real server (moto, which
//! `scripts/test.sh` starts), when `OPENGOV_TEST_S3_URL` names one: then a missing server
//! fails the test, never skips it.

use crate::common;

use common::evidence::*;
use common::files::*;
use common::*;

/// Storage is not an engine's business: this runs on SQLite only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_go_to_an_s3_compatible_store() {
    let Ok(endpoint) = std::env::var("OPENGOV_TEST_S3_URL") else {
        eprintln!("OPENGOV_TEST_S3_URL is not set: the S3 backend is not tested here");
        return;
    };
    let bucket = format!("opengov-test-{}", uuid::Uuid::new_v4().simple());
    let made = reqwest::Client::new()
        .put(format!("{}/{bucket}", endpoint.trim_end_matches('/')))
        .send()
        .await
        .unwrap_or_else(|e| panic!("no S3 server answers at {endpoint}: {e}"));
    assert!(
        made.status().is_success(),
        "bucket not made: {}",
        made.status()
    );
    let settings =
        opengov_web::evidence::StorageSettings::S3(opengov_web::evidence::storage::S3Settings {
            bucket,
            endpoint: Some(endpoint),
            region: "us-east-1".into(),
            access_key_id: "test".into(),
            secret_access_key: "test".into(),
            allow_http: true,
        });
    let app = TestApp::new(Engine::Sqlite)
        .config(|c| c.uploads.storage = settings)
        .build()
        .await;
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(app).await;
    let photo = jpeg_with_exif(6, 4, "Tafraout");
    let r = upload(&mut leader, report, "photo.jpg", "image/jpeg", &photo).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let row = app.db.evidence_of_report(report).await.unwrap()[0].clone();
    let got = leader.get(&format!("/files/{}/photo.jpg", row.id)).await;
    assert_eq!(got.status, 200);
    assert_eq!(sha256_hex(&got.bytes), row.sha256);
    assert!(!contains(&got.bytes, b"Tafraout"));
    assert!(app.stored_files().is_empty(), "nothing in the local folder");
    let r = leader
        .post(
            &format!("/fr/office/reports/{report}/evidence/{}/delete", row.id),
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    let gone = app.state.storage.get(&row.storage_key).await.unwrap();
    assert!(gone.is_none(), "the object is deleted from the bucket");
    app.cleanup().await;
}
