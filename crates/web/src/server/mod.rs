//! The server loop. `axum::serve` has no header-read timeout, so connections are served with
//! hyper-util directly, within bounds an attacker cannot stretch:
//!
//! - a client must finish its request headers within `header_read_timeout` (slowloris);
//! - a connection with no request in progress for `idle_timeout` is closed, from its first
//!   byte on (one that never sends a byte too) and between keep-alive requests ([`activity`]);
//! - at most `max_connections` are open at once: past that, new connections wait in the
//!   listen queue until one closes (with a log line), so the process never runs out of file
//!   handles and answers again as soon as a slot frees;
//! - HTTP/1.1 only, unless `http2` is configured (prior knowledge behind a proxy), then with
//!   its own keep-alive pings and the same idle and connection bounds.
//!
//! On SIGTERM or Ctrl-C the listener closes while in-flight requests finish (up to a grace
//! period).

mod activity;

use crate::{AppState, app};
use activity::Activity;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Time a client has to send its request headers.
    pub header_read_timeout: Duration,
    /// A connection with no request in progress for this long is closed (also one that sends
    /// nothing at all).
    pub idle_timeout: Duration,
    /// Connections open at once; more wait until one closes. Keep it below the process's file
    /// handle limit (`ulimit -n`), less the database connections.
    pub max_connections: usize,
    /// Accept HTTP/2 with prior knowledge (h2c), for a proxy that speaks it; HTTP/1.1 only
    /// otherwise.
    pub http2: bool,
    /// Time in-flight requests get to finish after a shutdown signal.
    pub shutdown_grace: Duration,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 1024,
            http2: false,
            shutdown_grace: Duration::from_secs(20),
        }
    }
}

fn builder(opts: &ServeOptions) -> Builder<TokioExecutor> {
    let mut b = Builder::new(TokioExecutor::new());
    b.http1()
        .timer(TokioTimer::new())
        .header_read_timeout(opts.header_read_timeout)
        .keep_alive(true);
    if !opts.http2 {
        return b.http1_only();
    }
    // A ping when the connection has been quiet for half the idle time; no answer within the
    // header timeout closes it.
    b.http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(opts.idle_timeout / 2))
        .keep_alive_timeout(opts.header_read_timeout)
        .max_concurrent_streams(64);
    b
}

/// The process's soft limit of open files (Linux, from /proc), when known.
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// The connection bound, kept below the file handle limit (less room for the database, logs
/// and files) so that `accept` never runs out of handles.
fn connection_bound(configured: usize) -> usize {
    let configured = configured.max(1);
    match open_files_limit() {
        Some(files) if files.saturating_sub(64) < configured => {
            let bound = files.saturating_sub(64).max(1);
            tracing::warn!(
                configured,
                open_files = files,
                bound,
                "max_open_connections lowered below the open-file limit"
            );
            bound
        }
        _ => configured,
    }
}

/// Serves until `shutdown` resolves, then waits for open connections to finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    mut opts: ServeOptions,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    opts.max_connections = connection_bound(opts.max_connections);
    let router = app(state);
    let builder = Arc::new(builder(&opts));
    let slots = Arc::new(Semaphore::new(opts.max_connections));
    let (closing, closing_rx) = watch::channel(false);
    let mut last_full_log: Option<Instant> = None;
    tokio::pin!(shutdown);
    loop {
        // A slot first: when every slot is taken the next connection waits in the listen queue.
        let slot = match slots.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                if last_full_log.is_none_or(|t| t.elapsed() > Duration::from_secs(10)) {
                    tracing::warn!(
                        limit = opts.max_connections,
                        "connection limit reached: new connections wait until one closes"
                    );
                    last_full_log = Some(Instant::now());
                }
                tokio::select! {
                    p = slots.clone().acquire_owned() => p.expect("the semaphore is never closed"),
                    _ = &mut shutdown => break,
                }
            }
        };
        let (stream, peer): (_, SocketAddr) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    // Too many open files and the like: wait and go on rather than exit.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let activity = Activity::new();
        let svc = {
            let (r, activity) = (router.clone(), activity.clone());
            TowerToHyperService::new(tower::service_fn(
                move |mut req: axum::http::Request<hyper::body::Incoming>| {
                    req.extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    let busy = activity.request();
                    let fut = tower::ServiceExt::oneshot(r.clone(), req);
                    async move {
                        let res = fut.await;
                        drop(busy);
                        res
                    }
                },
            ))
        };
        let (builder, mut closing, idle) = (builder.clone(), closing_rx.clone(), opts.idle_timeout);
        tokio::spawn(async move {
            let conn = builder.serve_connection(TokioIo::new(stream), svc);
            tokio::pin!(conn);
            let mut ending = false;
            loop {
                tokio::select! {
                    r = conn.as_mut() => {
                        if let Err(e) = r {
                            tracing::debug!(error = %e, %peer, "connection ended with an error");
                        }
                        break;
                    }
                    _ = tokio::time::sleep_until(activity.idle_deadline(idle)), if !ending => {
                        if activity.idle_for(idle) {
                            conn.as_mut().graceful_shutdown();
                            ending = true;
                        }
                    }
                    _ = closing.changed(), if !ending => {
                        conn.as_mut().graceful_shutdown();
                        ending = true;
                    }
                    // A connection that does not close once asked is dropped.
                    _ = tokio::time::sleep(idle), if ending => break,
                }
            }
            drop(slot);
        });
    }
    drop(listener);
    tracing::info!("shutting down: waiting for in-flight requests");
    let _ = closing.send(true);
    let all = u32::try_from(opts.max_connections).unwrap_or(u32::MAX);
    tokio::select! {
        _ = slots.acquire_many(all) => tracing::info!("all connections closed"),
        _ = tokio::time::sleep(opts.shutdown_grace) => tracing::warn!("grace period over; closing remaining connections"),
    }
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
