//! Random tokens, their stored hashes, and Argon2id password hashing on blocking threads behind
//! a bounded gate.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random token (256 bits), URL-safe.
pub fn token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// What the database keeps of a token: its SHA-256, so a leaked table gives no usable token.
pub fn token_hash(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Constant-time comparison of two secrets.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Argon2id hash of a password (blocking; for the command line).
pub fn password_hash_blocking(password: &str) -> String {
    password_auth::generate_hash(password)
}

/// Password hashing was refused because as many hashings as the machine may run at once are
/// running and as many are waiting (answered 503: try again shortly).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// The bound on Argon2id work. Each hashing holds about 19 MiB for its run on a blocking
/// thread; unbounded, a flood of wrong passwords ran hundreds at once (gigabytes). At most
/// `running` run at once (the number of cores) and at most `admitted` are admitted (running or
/// waiting, as cheap futures); one more is refused at once with [`Busy`], never queued.
pub struct Gate {
    running: std::sync::Arc<tokio::sync::Semaphore>,
    admitted: std::sync::Arc<tokio::sync::Semaphore>,
}

impl Gate {
    pub fn new(running: usize, admitted: usize) -> Gate {
        Gate {
            running: std::sync::Arc::new(tokio::sync::Semaphore::new(running.max(1))),
            admitted: std::sync::Arc::new(tokio::sync::Semaphore::new(
                admitted.max(running).max(1),
            )),
        }
    }

    /// Runs `work` on a blocking thread within the bounds. The permits move into the thread:
    /// a client that goes away does not free a slot while its hashing still runs.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        let admitted = self
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| Busy)?;
        let running = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Busy)?;
        tokio::task::spawn_blocking(move || {
            let out = work();
            drop((running, admitted));
            out
        })
        .await
        .map_err(|_| Busy)
    }
}

/// The process's gate: as many hashings at once as cores, sixteen times as many admitted.
pub fn gate() -> &'static Gate {
    static GATE: std::sync::LazyLock<Gate> = std::sync::LazyLock::new(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Gate::new(cores, cores * 16)
    });
    &GATE
}

/// Argon2id hash of a password, computed off the async threads within the [`gate`].
pub async fn hash_password(password: String) -> Result<String, Busy> {
    gate()
        .run(move || password_auth::generate_hash(password))
        .await
}

/// Checks a password against a stored hash off the async threads, within the [`gate`]. With
/// no hash (unknown account) a dummy hash is checked, so that the answer takes the same time.
pub async fn verify_password(password: String, hash: Option<String>) -> Result<bool, Busy> {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        password_auth::generate_hash("not a real password, only for timing")
    });
    let known = hash.is_some();
    let hash = hash
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| DUMMY.clone());
    let ok = gate()
        .run(move || password_auth::verify_password(password, &hash).is_ok())
        .await?;
    Ok(ok && known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (token(), token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "abcd"));
    }

    #[tokio::test]
    async fn passwords_round_trip_without_truncation() {
        let long = "é".repeat(300);
        let h = hash_password(long.clone()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert_eq!(
            verify_password(long.clone(), Some(h.clone())).await,
            Ok(true)
        );
        let mut other = long.clone();
        other.push('x');
        assert_eq!(
            verify_password(other, Some(h)).await,
            Ok(false),
            "no truncation"
        );
        assert_eq!(verify_password(long, None).await, Ok(false));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_gate_runs_a_few_at_once_and_refuses_past_its_bound() {
        let gate = std::sync::Arc::new(Gate::new(1, 2));
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let wait = std::sync::Arc::new(std::sync::Mutex::new(wait));
        let mut held = Vec::new();
        for _ in 0..2 {
            let (g, w) = (gate.clone(), wait.clone());
            held.push(tokio::spawn(async move {
                g.run(move || {
                    let _ = w.lock().unwrap().recv();
                })
                .await
            }));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        // One running, one waiting: a third is refused at once.
        assert_eq!(gate.run(|| ()).await, Err(Busy));
        for _ in 0..2 {
            release.send(()).unwrap();
        }
        for h in held {
            assert_eq!(h.await.unwrap(), Ok(()));
        }
        assert_eq!(gate.run(|| 7).await, Ok(7), "free again");
    }
}
