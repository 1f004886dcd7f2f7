//! Finding 1 of the penetration test (issue 7), on the served binary: a signed-in account
//! (never confirmed) sends 200 parallel password changes with a wrong current password. Every
//! one used to run Argon2id (about 19 MiB) on its own blocking thread: 5.6 GB resident. Now
//! re-authentication is rate limited (429) and hashing runs behind a small bound, so the
//! server's resident memory stays under 300 MB, sampled from /proc all along.

use crate::common;

use common::Server;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// The value of a cookie set by an answer.
fn cookie(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| panic!("no {name} cookie"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_01_parallel_wrong_reauthentications_keep_memory_bounded_and_get_429() {
    let server = Server::start(&[]).await;
    let base = server.base.clone();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // Register (never confirmed) and sign in, through the forms.
    let form = client
        .get(format!("{base}/fr/account/register"))
        .send()
        .await
        .unwrap();
    let csrf = cookie(&form, "og_csrf");
    let post = |path: &str, cookies: String, fields: Vec<(&str, String)>| {
        let mut fields = fields;
        fields.push(("csrf", csrf.clone()));
        client
            .post(format!("{base}{path}"))
            .header("origin", &base)
            .header("cookie", cookies)
            .form(&fields)
            .send()
    };
    let password = "lantern orchard velvet compass";
    let r = post(
        "/fr/account/register",
        format!("og_csrf={csrf}"),
        vec![
            ("display_name", "Attacker".into()),
            ("email", "attacker@example.ma".into()),
            ("password", password.into()),
            ("language", "fr".into()),
            ("terms", "yes".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    let r = post(
        "/fr/account/sign-in",
        format!("og_csrf={csrf}"),
        vec![
            ("email", "attacker@example.ma".into()),
            ("password", password.into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    let session = cookie(&r, "og_session");
    let cookies = format!("og_csrf={csrf}; og_session={session}");

    // Sample the resident memory all along.
    let peak = Arc::new(AtomicU64::new(server.rss()));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, done, pid) = (peak.clone(), done.clone(), server.pid());
        tokio::task::spawn_blocking(move || {
            while !done.load(Ordering::SeqCst) {
                if let Some(rss) = rss_of(pid) {
                    peak.fetch_max(rss, Ordering::SeqCst);
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let before = server.rss();
    let mut tasks = Vec::new();
    for i in 0..200 {
        let f = post(
            "/fr/account/password",
            cookies.clone(),
            vec![
                ("current_password", format!("wrong guess {i}")),
                ("new_password", "copper meadow signal hollow".into()),
            ],
        );
        tasks.push(tokio::spawn(f));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap().unwrap().status().as_u16());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    done.store(true, Ordering::SeqCst);
    sampler.await.unwrap();
    let peak = peak.load(Ordering::SeqCst);
    let after = server.rss();
    let count = |s: u16| statuses.iter().filter(|&&x| x == s).count();
    eprintln!(
        "resident memory: {} MB before, peak {} MB, {} MB after; {} answered 400, {} 429, {} 503",
        before >> 20,
        peak >> 20,
        after >> 20,
        count(400),
        count(429),
        count(503)
    );
    assert!(count(429) > 0, "no 429 among {statuses:?}");
    assert!(
        statuses.iter().all(|s| [400, 429, 503].contains(s)),
        "{statuses:?}"
    );
    assert!(peak < 300 << 20, "peak resident memory {} MB", peak >> 20);
    assert!(
        after < 300 << 20,
        "resident memory afterwards {} MB",
        after >> 20
    );
    // The server still answers, and the owner's right password is refused only for a while.
    let r = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}

fn rss_of(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: u64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb * 1024)
}
