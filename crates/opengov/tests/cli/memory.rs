//! The served binary under junk: 20,000 requests with distinct junk query strings leave its
//! resident memory within 50 MB of where it started, and the real pages as they were.

use crate::common;

use common::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn junk_query_strings_leave_memory_flat_and_real_pages_cached() {
    let server = Server::start(&[]).await;
    let base = server.base.clone();
    let client = reqwest::Client::new();

    let real = [
        "/ar/",
        "/ar/plans/3",
        "/ar/commitments",
        "/ar/commitments/MO0054",
        "/fr/institutions",
    ];
    let mut etags = Vec::new();
    for url in real {
        let r = client.get(format!("{base}{url}")).send().await.unwrap();
        assert_eq!(r.status(), 200, "{url}");
        etags.push(r.headers()["etag"].to_str().unwrap().to_string());
    }
    let junk = |i: usize| -> String {
        let page = real[i % real.len()];
        let sep = if page.contains('?') { '&' } else { '?' };
        format!(
            "{base}{page}{sep}utm_campaign=junk-{i}&x{i}={}",
            "y".repeat(40)
        )
    };
    async fn load(client: &reqwest::Client, urls: Vec<String>) {
        for u in urls {
            let r = client.get(&u).send().await.unwrap();
            assert_eq!(r.status(), 200, "{u}");
            let _ = r.bytes().await.unwrap();
        }
    }
    // Warm up with a few junk requests (connection buffers, allocator), then measure.
    load(&client, (0..500).map(|i| junk(1_000_000 + i)).collect()).await;
    let before = server.rss();
    let mut tasks = Vec::new();
    for t in 0..8 {
        let c = client.clone();
        let urls: Vec<String> = (0..20_000).filter(|i| i % 8 == t).map(junk).collect();
        tasks.push(tokio::spawn(async move { load(&c, urls).await }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let after = server.rss();
    eprintln!(
        "resident memory: {} kB before, {} kB after 20,000 junk requests",
        before / 1024,
        after / 1024
    );
    assert!(
        after < before + 50 * 1024 * 1024,
        "resident memory grew from {} MB to {} MB",
        before / 1_048_576,
        after / 1_048_576
    );
    for (url, etag) in real.iter().zip(&etags) {
        let r = client
            .get(format!("{base}{url}"))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 304, "{url} is the page it was");
    }
    drop(server);
}
