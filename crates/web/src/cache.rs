//! Rendered public pages, kept until the data changes. Each request still asks the database
//! for its data version (one short statement), so every instance sees a change at once; a
//! page is rendered again when the version or the day (which "delayed" depends on) differs.

use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::Mutex;

pub struct PageCache {
    max_entries: usize,
    inner: Mutex<HashMap<String, (i64, String, Bytes)>>,
}

impl PageCache {
    pub fn new(max_entries: usize) -> Self {
        PageCache {
            max_entries,
            inner: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, key: &str, version: i64, day: &str) -> Option<Bytes> {
        let map = self.inner.lock().ok()?;
        match map.get(key) {
            Some((v, d, body)) if *v == version && d == day => Some(body.clone()),
            _ => None,
        }
    }

    pub fn put(&self, key: String, version: i64, day: &str, body: Bytes) {
        if let Ok(mut map) = self.inner.lock() {
            if map.len() >= self.max_entries {
                // Stale versions go first; if all are current, start again (bounded memory).
                map.retain(|_, (v, d, _)| *v == version && d == day);
                if map.len() >= self.max_entries {
                    map.clear();
                }
            }
            map.insert(key, (version, day.to_string(), body));
        }
    }
}

/// Values derived from the data (such as a list's filter options), kept per key until the
/// data version changes.
pub struct Derived<K, V> {
    inner: Mutex<HashMap<K, (i64, std::sync::Arc<V>)>>,
}

impl<K: std::hash::Hash + Eq, V> Derived<K, V> {
    pub fn new() -> Self {
        Derived {
            inner: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, key: &K, version: i64) -> Option<std::sync::Arc<V>> {
        let map = self.inner.lock().ok()?;
        map.get(key)
            .filter(|(v, _)| *v == version)
            .map(|(_, x)| x.clone())
    }

    pub fn put(&self, key: K, version: i64, value: std::sync::Arc<V>) {
        if let Ok(mut map) = self.inner.lock() {
            map.insert(key, (version, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_version_or_day_misses_and_memory_is_bounded() {
        let c = PageCache::new(2);
        c.put("a".into(), 1, "2026-01-01", Bytes::from_static(b"A"));
        assert_eq!(c.get("a", 1, "2026-01-01").as_deref(), Some(&b"A"[..]));
        assert!(c.get("a", 2, "2026-01-01").is_none());
        assert!(c.get("a", 1, "2026-01-02").is_none());
        c.put("b".into(), 1, "2026-01-01", Bytes::from_static(b"B"));
        c.put("c".into(), 1, "2026-01-01", Bytes::from_static(b"C"));
        assert!(c.inner.lock().unwrap().len() <= 2);
    }
}
