//! The page cache as visitors and signed-in users meet it, on both engines: a write changes at
//! once the pages that show what it changed and leaves the others cached; junk query strings
//! neither grow the cache nor reach the pages; no per-user byte is ever kept; ETags and 304s.

use crate::common;

use common::client::Client;
use common::*;
use opengov_core::{Lang, LocalizedText};
use opengov_db::{Engine, now_micros};

/// Statements the database ran for one request, and the page.
async fn fetch(app: &TestApp, url: &str) -> (u64, Page) {
    let before = app.state.db.statements_run();
    let p = app.get(url).await;
    assert_eq!(p.status, 200, "{url}");
    (app.state.db.statements_run() - before, p)
}

fn activity(
    key: &str,
    institution: Option<String>,
    progress: i64,
) -> opengov_db::dataset::ActivityRec {
    opengov_db::dataset::ActivityRec {
        ogp_id: "MO0055".into(),
        key: key.into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, "Draft the revised law"),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: institution,
        weight: 1,
        progress: Some(progress),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    }
}

async fn a_progress_change_refreshes_only_the_pages_that_show_it(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let page = app.get("/en/commitments/MO0055").await;
    let lead = links(&page.body)
        .into_iter()
        .find(|l| l.starts_with("/en/institutions/"))
        .expect("the commitment links its lead institution");
    // The activity's institution is another one: its page shows the commitment only through
    // the activity.
    let institution = links(&app.get("/en/institutions").await.body)
        .into_iter()
        .find(|l| l.starts_with("/en/institutions/") && *l != lead)
        .expect("another institution");
    let key = institution
        .trim_start_matches("/en/institutions/")
        .to_string();
    app.state
        .db
        .add_activity(&activity("k1", Some(key), 40), now_micros())
        .await
        .unwrap();

    let showing = [
        "/en/commitments/MO0055".to_string(),
        "/en/plans/3".into(),
        institution.clone(),
        lead.clone(),
        "/en/".into(),
        "/en/commitments?plan=3".into(),
    ];
    let unrelated = ["/en/commitments/MO0013", "/en/plans/1"];
    for url in showing.iter().map(String::as_str).chain(unrelated) {
        let (_, p) = fetch(&app, url).await;
        assert!(!p.body.contains("70%"), "{url} before the change");
        let (n, _) = fetch(&app, url).await;
        assert_eq!(n, 0, "{url} is served from the cache");
    }
    let before: Vec<String> = {
        let mut v = Vec::new();
        for url in unrelated {
            v.push(
                app.get(url).await.headers["etag"]
                    .to_str()
                    .unwrap()
                    .to_string(),
            );
        }
        v
    };

    // The progress a project leader reports, as the report form stores it.
    app.state
        .db
        .update_activity("k1", 1, 70, false, now_micros())
        .await
        .unwrap();

    for url in &showing {
        let (n, p) = fetch(&app, url).await;
        assert!(n > 0, "{url} was rendered again");
        assert!(
            p.body.contains("70%"),
            "{url} shows the new progress at once"
        );
    }
    for (url, etag) in unrelated.iter().zip(&before) {
        let (n, p) = fetch(&app, url).await;
        assert_eq!(
            n, 0,
            "{url}, which does not show the commitment, stays cached"
        );
        assert_eq!(p.headers["etag"].to_str().unwrap(), etag);
    }
    app.cleanup().await;
}

both_engines!(a_progress_change_refreshes_only_the_pages_that_show_it);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_setting_shown_everywhere_refreshes_every_page() {
    let app = TestApp::new(Engine::Sqlite).build().await;
    for url in ["/fr/", "/fr/plans/1", "/fr/commitments/MO0013"] {
        app.get(url).await;
        assert_eq!(fetch(&app, url).await.0, 0);
    }
    app.state.db.set_setting("illustrative", "1").await.unwrap();
    for url in ["/fr/", "/fr/plans/1", "/fr/commitments/MO0013"] {
        assert!(
            fetch(&app, url).await.1.body.contains("banner--warning"),
            "{url}"
        );
    }
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn junk_query_strings_neither_grow_the_cache_nor_reach_the_page() {
    let app = TestApp::new(Engine::Sqlite).build().await;
    let real = [
        "/ar/",
        "/ar/plans/3",
        "/ar/commitments",
        "/ar/commitments?plan=3",
        "/ar/commitments/MO0055",
    ];
    for url in real {
        app.get(url).await;
    }
    let (bytes, entries) = app.state.page_cache_size();
    assert_eq!(entries, real.len() as u64);
    for i in 0..20_000 {
        let url = match i % 4 {
            0 => format!("/ar/?utm_source=x{i}"),
            1 => format!("/ar/plans/3?junk{i}=1"),
            2 => format!("/ar/commitments?plan=3&session={i}"),
            // A known parameter with a value that exists nowhere: served, not kept.
            _ => format!("/ar/commitments?axis=no-such-axis-{i}"),
        };
        let p = app.get(&url).await;
        assert_eq!(p.status, 200, "{url}");
    }
    let (bytes_after, entries_after) = app.state.page_cache_size();
    assert_eq!(entries_after, entries, "no entry for junk");
    assert_eq!(bytes_after, bytes);
    for url in real {
        assert_eq!(fetch(&app, url).await.0, 0, "{url} still cached");
    }
    // The page links to itself without the junk (language switcher, hreflang).
    let p = app.get("/fr/commitments?utm=zzjunk&plan=3&page=1").await;
    assert!(!p.body.contains("zzjunk"));
    assert!(links(&p.body).contains(&"/ar/commitments?plan=3&page=1".to_string()));
    let p = app.get("/fr/plans/3?zzjunk=1").await;
    assert!(!p.body.contains("zzjunk"));
    assert!(links(&p.body).contains(&"/en/plans/3".to_string()));
    app.cleanup().await;
}

async fn user(app: &TestApp, email: &str, name: &str) -> Client {
    let u = app.user(email).name(name).verified().create().await;
    app.signed_in(&u).await
}

/// The header's account area of a page.
fn user_area(html: &str) -> &str {
    let s = html.find("<!--og-user-->").expect("the account area");
    let e = html[s..].find("<!--/og-user-->").expect("its end") + s;
    &html[s..e]
}

async fn signed_in_users_see_their_header_and_the_cache_keeps_none_of_it(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let name = "Zoubida Quartzmérinos";
    let mut me = user(&app, "zoubida@example.ma", name).await;
    let mut visitor = app.client();
    let pages = [
        "/fr/",
        "/fr/plans",
        "/fr/plans/3",
        "/fr/commitments?plan=3",
        "/fr/commitments/MO0055",
        "/fr/institutions",
        "/fr/about",
        "/fr/account",
        "/fr/nope",
    ];
    for url in pages {
        // The visitor first, so that the signed-in user gets a page from the cache (a
        // visitor is sent from the account page to the sign-in page).
        if url != "/fr/account" {
            let v = visitor.get(url).await;
            let area = user_area(&v.body);
            assert!(
                area.contains("/fr/account/sign-in") && area.contains("Se connecter"),
                "{url}"
            );
            assert!(area.contains("/fr/account/register") && area.contains("Créer un compte"));
            assert!(!v.body.contains(name));
        }
        let p = me.get(url).await;
        let area = user_area(&p.body);
        assert!(area.contains(name), "{url}: the name in the header");
        assert!(
            area.contains(r#"href="/fr/account""#),
            "{url}: a link to the account"
        );
        assert!(
            area.contains(r#"action="/fr/account/sign-out""#),
            "{url}: sign-out"
        );
        let csrf = &me.cookies["og_csrf"];
        assert!(
            area.contains(&format!(r#"name="csrf" value="{csrf}""#)),
            "{url}"
        );
        assert!(!area.contains("Se connecter"), "{url}");
        if p.status == 200 && url != "/fr/account" {
            let cc = p.headers["cache-control"].to_str().unwrap();
            assert!(
                cc.contains("private") || cc.contains("no-store"),
                "{url}: {cc}"
            );
        }
    }
    // The sign-out button in the header works.
    let home = me.get("/fr/plans/3").await;
    let token = home.body.split(r#"name="csrf" value=""#).nth(1).unwrap();
    let token = &token[..token.find('"').unwrap()];
    let r = me
        .post_raw("/fr/account/sign-out", &[("csrf".into(), token.into())])
        .await;
    assert_eq!(r.status, 303);
    let after = me.get("/fr/plans/3").await;
    assert!(!after.body.contains(name));
    assert!(user_area(&after.body).contains("Se connecter"));

    // Nothing of the user in any kept page.
    let kept = app.state.cached_pages();
    assert!(kept.len() >= 6, "{} pages kept", kept.len());
    let session_values: Vec<String> = me.cookies.values().cloned().collect();
    for body in &kept {
        let text = String::from_utf8_lossy(body);
        assert!(!text.contains(name), "a kept page holds the user's name");
        assert!(
            !text.contains("Quartzm"),
            "a kept page holds part of the name"
        );
        for v in &session_values {
            assert!(
                !text.contains(v.as_str()),
                "a kept page holds a cookie value"
            );
        }
        assert!(!text.contains(r#"action="/fr/account/sign-out""#));
    }
    app.cleanup().await;
}

both_engines!(signed_in_users_see_their_header_and_the_cache_keeps_none_of_it);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_and_api_answers_carry_etags_and_answer_304() {
    let app = TestApp::new(Engine::Sqlite).build().await;
    for url in [
        "/fr/plans/3",
        "/fr/commitments?plan=3",
        "/fr/about",
        "/api/v1/plans",
        "/api/v1/commitments/MO0055",
    ] {
        let p = app.get(url).await;
        let etag = p.headers["etag"].to_str().unwrap().to_string();
        // Weak: the same content goes out gzip- or brotli-encoded under the same tag.
        assert!(etag.starts_with("W/\"") && etag.len() > 12, "{url}: {etag}");
        let br = app
            .get_with(url, &[("accept-encoding", "br"), ("if-none-match", &etag)])
            .await;
        assert_eq!(br.status, 304, "{url} compressed");
        let cc = p.headers["cache-control"].to_str().unwrap();
        assert!(
            cc.contains("no-cache") && !cc.contains("private"),
            "{url}: {cc}"
        );
        let r = app.get_with(url, &[("if-none-match", &etag)]).await;
        assert_eq!(r.status, 304, "{url}");
        assert!(r.body.is_empty());
        assert_eq!(r.headers["etag"].to_str().unwrap(), etag);
        let other = app.get_with(url, &[("if-none-match", "\"other\"")]).await;
        assert_eq!(other.status, 200, "{url}");
    }
    // After a change, the old ETag no longer matches.
    let page = app.get("/en/commitments/MO0055").await;
    let api = app.get("/api/v1/commitments/MO0055").await;
    app.state
        .db
        .add_activity(&activity("k9", None, 30), now_micros())
        .await
        .unwrap();
    for (url, old) in [
        ("/en/commitments/MO0055", &page),
        ("/api/v1/commitments/MO0055", &api),
    ] {
        let etag = old.headers["etag"].to_str().unwrap();
        let r = app.get_with(url, &[("if-none-match", etag)]).await;
        assert_eq!(r.status, 200, "{url} changed");
        assert_ne!(r.headers["etag"].to_str().unwrap(), etag);
    }

    // A signed-in user's page has its own ETag: the visitors' one gives them their page.
    let visitor = app.get("/fr/plans/3").await;
    let v_etag = visitor.headers["etag"].to_str().unwrap().to_string();
    let mut me = user(&app, "etag@example.ma", "Nadia Etag").await;
    let p = me
        .get_with("/fr/plans/3", &[("if-none-match", &v_etag)])
        .await;
    assert_eq!(p.status, 200);
    assert!(p.body.contains("Nadia Etag"));
    let u_etag = p.headers["etag"].to_str().unwrap().to_string();
    assert_ne!(u_etag, v_etag);
    assert!(
        p.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("private")
    );
    let r = me
        .get_with("/fr/plans/3", &[("if-none-match", &u_etag)])
        .await;
    assert_eq!(r.status, 304);
    // And the visitor never gets the user's.
    let r = app
        .get_with("/fr/plans/3", &[("if-none-match", &u_etag)])
        .await;
    assert_eq!(r.status, 200);
    assert!(!r.body.contains("Nadia Etag"));
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_by_another_process_on_the_same_sqlite_file_shows_within_two_seconds() {
    let app = TestApp::new(Engine::Sqlite).build().await;
    // Another handle on the same file: what a CLI import or a second process would use.
    let other = opengov_db::Db::connect(app.db_url(), 2).await.unwrap();
    let url = "/en/commitments/MO0055";
    assert!(!app.get(url).await.body.contains("Draft the revised law"));
    other
        .add_activity(&activity("k2", None, 55), now_micros())
        .await
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if app.get(url).await.body.contains("Draft the revised law") {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "the change is not visible after 2 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    other.close().await;
    app.cleanup().await;
}
