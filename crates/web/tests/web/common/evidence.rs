//! What the evidence tests share: a leader's draft report to add evidence to, the upload
//! request, and readers of the answers.

use super::files::*;
use super::*;
use opengov_db::rows::ReportText;

pub const A: &str = "MO0054";

/// An app, leader A's signed-in browser (with the CSRF cookie of their report page), and a
/// draft report of leader A on an activity of MO0054.
pub struct Setup {
    pub app: TestApp,
    pub leader: Client,
    pub leader_id: i64,
    pub report: i64,
}

pub async fn setup(app: TestApp) -> Setup {
    let c = app.db.commitment_by_ogp_id(A).await.unwrap().unwrap();
    let user = app
        .user("leader-a@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, c.id)])
        .verified()
        .create()
        .await;
    let activity = app.add_activity(A, "evidence-a1", 0).await;
    let report = app
        .db
        .create_report(
            activity,
            user.id,
            &ReportText {
                progress: 30,
                done: "Atelier tenu à Rabat".into(),
                difficulties: String::new(),
                assistance: String::new(),
                lang: "fr".into(),
            },
            "evidence-test-token-0001",
            opengov_db::now_micros(),
        )
        .await
        .unwrap()
        .unwrap();
    let mut leader = app.signed_in(&user).await;
    let page = leader.get(&format!("/fr/office/reports/{report}")).await;
    assert_eq!(page.status, 200);
    Setup {
        leader_id: user.id,
        app,
        leader,
        report,
    }
}

pub fn evidence_path(report: i64) -> String {
    format!("/fr/office/reports/{report}/evidence")
}

pub fn header(p: &Page, name: &str) -> String {
    p.headers
        .get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// A message as [`shown`] reads it.
pub fn said(text: String) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub async fn upload(c: &mut Client, report: i64, name: &str, ctype: &str, bytes: &[u8]) -> Page {
    c.post_multipart(
        &evidence_path(report),
        &[Part::file("file", name, ctype, bytes)],
        false,
    )
    .await
}
