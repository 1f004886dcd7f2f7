//! What a connection is doing, for its idle timeout: the requests in progress and when the
//! last one ended. A connection is idle when none is in progress and the last ended (or the
//! connection opened) more than the idle time ago.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::time::Instant;

#[derive(Clone)]
pub(super) struct Activity(Arc<Inner>);

struct Inner {
    opened: Instant,
    in_progress: AtomicUsize,
    /// Milliseconds after `opened` when the last request ended.
    last_ms: AtomicU64,
}

/// A request in progress; its end is recorded when it is dropped (also when the connection
/// goes away mid-request).
pub(super) struct InProgress(Arc<Inner>);

impl Activity {
    pub fn new() -> Activity {
        Activity(Arc::new(Inner {
            opened: Instant::now(),
            in_progress: AtomicUsize::new(0),
            last_ms: AtomicU64::new(0),
        }))
    }

    pub fn request(&self) -> InProgress {
        self.0.in_progress.fetch_add(1, Ordering::SeqCst);
        InProgress(self.0.clone())
    }

    fn last(&self) -> Instant {
        self.0.opened + Duration::from_millis(self.0.last_ms.load(Ordering::SeqCst))
    }

    /// When the connection will have been idle for `idle`, if nothing happens meanwhile.
    pub fn idle_deadline(&self, idle: Duration) -> Instant {
        let at = self.last() + idle;
        if self.0.in_progress.load(Ordering::SeqCst) > 0 {
            // Look again later: a request may run up to the request timeout.
            Instant::now().max(at) + idle
        } else {
            at
        }
    }

    /// True when no request is in progress and none ended within `idle`.
    pub fn idle_for(&self, idle: Duration) -> bool {
        self.0.in_progress.load(Ordering::SeqCst) == 0 && self.last().elapsed() >= idle
    }
}

impl Drop for InProgress {
    fn drop(&mut self) {
        let ms = u64::try_from(self.0.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.0.last_ms.store(ms, Ordering::SeqCst);
        self.0.in_progress.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn idle_counts_from_the_last_request_and_never_during_one() {
        let a = Activity::new();
        let idle = Duration::from_millis(100);
        assert!(!a.idle_for(idle));
        tokio::time::sleep(Duration::from_millis(120)).await;
        assert!(a.idle_for(idle), "a silent connection is idle");
        let r = a.request();
        tokio::time::sleep(Duration::from_millis(120)).await;
        assert!(!a.idle_for(idle), "not while a request runs");
        assert!(a.idle_deadline(idle) > Instant::now());
        drop(r);
        assert!(!a.idle_for(idle));
        tokio::time::sleep(Duration::from_millis(120)).await;
        assert!(a.idle_for(idle));
    }
}
