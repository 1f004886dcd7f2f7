//! Finding 2 of the penetration test (issue 7), on a real socket: connections that send
//! nothing are closed, the number of open connections is bounded and the server recovers by
//! itself when the bound is reached, and HTTP/2 without TLS is refused unless configured.

use crate::common;

use common::*;
use opengov_web::{AppState, ServeOptions, WebConfig, serve};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A server on a loopback port chosen by the system; dropping the sender stops it.
async fn start(
    app: &TestApp,
    opts: ServeOptions,
) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let state = AppState::new(app.state.db.clone(), WebConfig::default());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve(listener, state, opts, async {
        let _ = rx.await;
    }));
    (addr, tx)
}

/// Reads until the server closes the connection; the time it took, or `None` after `limit`.
async fn closed_within(s: &mut TcpStream, limit: Duration) -> Option<Duration> {
    let t = Instant::now();
    let mut buf = Vec::new();
    match tokio::time::timeout(limit, s.read_to_end(&mut buf)).await {
        Ok(_) => Some(t.elapsed()),
        Err(_) => None,
    }
}

async fn finding_02_silent_connections_close_and_the_connection_bound_recovers(engine: Engine) {
    let app = TestApp::new(engine).demo(false).build().await;
    let idle = Duration::from_millis(1200);
    let opts = ServeOptions {
        header_read_timeout: Duration::from_secs(5),
        idle_timeout: idle,
        max_connections: 4,
        ..ServeOptions::default()
    };
    let (addr, stop) = start(&app, opts).await;
    // A connection that never sends a byte is closed after the idle time.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    let took = closed_within(&mut silent, Duration::from_secs(15)).await;
    let took = took.expect("the silent connection was left open");
    assert!(
        took >= idle - Duration::from_millis(300),
        "closed too early: {took:?}"
    );
    // Four silent connections take every slot; a fresh request waits for one to free, and
    // is then answered without anyone's help.
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(addr).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t = Instant::now();
    let client = reqwest::Client::new();
    let r = client
        .get(format!("http://{addr}/healthz"))
        .timeout(Duration::from_secs(15))
        .send()
        .await
        .expect("answered once a slot freed");
    assert_eq!(r.status(), 200);
    assert!(
        t.elapsed() >= Duration::from_millis(300),
        "answered at once: the bound did not hold ({:?})",
        t.elapsed()
    );
    for mut h in held {
        assert!(
            closed_within(&mut h, Duration::from_secs(15))
                .await
                .is_some()
        );
    }
    for _ in 0..10 {
        let r = reqwest::Client::new()
            .get(format!("http://{addr}/healthz"))
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    // A keep-alive connection that stays quiet after its request is closed too.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let took = closed_within(&mut s, Duration::from_secs(15)).await;
    assert!(
        took.is_some(),
        "the idle keep-alive connection was left open"
    );
    drop(stop);
    app.cleanup().await;
}
both_engines!(finding_02_silent_connections_close_and_the_connection_bound_recovers);

/// What the server answers to an HTTP/2 client with prior knowledge (h2c): the first bytes.
async fn answer_to_h2c(addr: SocketAddr) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        .await
        .unwrap();
    // An empty SETTINGS frame.
    s.write_all(&[0, 0, 0, 4, 0, 0, 0, 0, 0]).await.unwrap();
    let mut buf = vec![0u8; 64];
    let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf))
        .await
        .map(|r| r.unwrap_or(0))
        .unwrap_or(0);
    buf.truncate(n);
    buf
}

/// An HTTP/2 frame of type SETTINGS: the server speaks HTTP/2.
fn is_h2_settings(b: &[u8]) -> bool {
    b.len() >= 9 && b[3] == 4
}

async fn finding_02_http2_without_tls_only_when_configured(engine: Engine) {
    let app = TestApp::new(engine).demo(false).build().await;
    let (addr, stop) = start(&app, ServeOptions::default()).await;
    let answer = answer_to_h2c(addr).await;
    assert!(!is_h2_settings(&answer), "HTTP/2 accepted: {answer:?}");
    drop(stop);
    let opts = ServeOptions {
        http2: true,
        ..ServeOptions::default()
    };
    let (addr, stop) = start(&app, opts).await;
    assert!(
        is_h2_settings(&answer_to_h2c(addr).await),
        "configured: HTTP/2 is spoken"
    );
    drop(stop);
    app.cleanup().await;
}
both_engines!(finding_02_http2_without_tls_only_when_configured);
