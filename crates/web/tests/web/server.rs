//! The server loop on a real socket: slow clients are cut off, shutdown is graceful.

use crate::common;

use common::*;
use opengov_web::{AppState, ServeOptions, WebConfig, serve};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn slow_headers_are_cut_off_and_shutdown_lets_requests_finish(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let state = AppState::new(app.state.db.clone(), WebConfig::default());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let opts = ServeOptions {
        header_read_timeout: Duration::from_millis(800),
        shutdown_grace: Duration::from_secs(5),
        ..ServeOptions::default()
    };
    let server = tokio::spawn(serve(listener, state, opts, async {
        let _ = rx.await;
    }));

    let client = reqwest::Client::new();
    let r = client
        .get(format!("http://{addr}/fr/plans/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("</html>"));

    // A client that never finishes its headers is disconnected after the timeout.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /ar/ HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    let done = tokio::time::timeout(Duration::from_secs(5), slow.read_to_end(&mut buf)).await;
    assert!(done.is_ok(), "the slow connection was left open");
    assert!(
        started.elapsed() >= Duration::from_millis(700),
        "cut off too early"
    );

    // A request written before the shutdown signal still gets its whole answer.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /en/plans/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    tx.send(()).unwrap();
    let mut body = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut body))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.starts_with("HTTP/1.1 200"),
        "{}",
        &text[..text.len().min(200)]
    );
    assert!(text.trim_end().ends_with("</html>"), "the answer was cut");

    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("server stopped")
        .unwrap()
        .unwrap();
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "the listener is closed after shutdown"
    );
    app.cleanup().await;
}
both_engines!(slow_headers_are_cut_off_and_shutdown_lets_requests_finish);
