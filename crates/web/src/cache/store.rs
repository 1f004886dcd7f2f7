//! The entries: a moka cache bounded by bytes, each entry checked against [`Generations`] and
//! the day when it is read.

use super::{Coding, Encoded, Generations, Tag};
use axum::body::Bytes;
use axum::http::HeaderValue;
use std::sync::Arc;

/// A rendered page as kept: the body (with the visitors' header), its compressed forms, its
/// ETag, and when and for which day it was rendered.
pub(crate) struct Entry {
    pub body: Bytes,
    /// The brotli and gzip forms, for an entry that is kept ([`Entry::compressed`]).
    encoded: Option<Encoded>,
    pub etag: HeaderValue,
    rendered_at: u64,
    day: String,
    shows: Vec<Tag>,
}

impl Entry {
    pub fn new(body: Bytes, day: String, rendered_at: u64, shows: Vec<Tag>) -> Entry {
        Entry {
            etag: crate::conditional::etag_of(&body),
            body,
            encoded: None,
            rendered_at,
            day,
            shows,
        }
    }

    /// The same with its compressed forms, for an entry that goes into the cache.
    pub fn compressed(mut self) -> Entry {
        self.encoded = Some(Encoded::of(&self.body));
        self
    }

    /// The body in `coding`, when the entry has that form.
    pub fn body_in(&self, coding: Coding) -> Option<Bytes> {
        let e = self.encoded.as_ref()?;
        match coding {
            Coding::Brotli => Some(e.brotli.clone()),
            Coding::Gzip => Some(e.gzip.clone()),
            Coding::Identity => None,
        }
    }

    /// Bytes held, for the bound.
    fn weight(&self, key: &str) -> usize {
        key.len()
            + self.body.len()
            + self.encoded.as_ref().map_or(0, Encoded::len)
            + self.etag.len()
            + self.day.len()
            + self.shows.len() * std::mem::size_of::<Tag>()
            + std::mem::size_of::<Entry>()
    }
}

pub(crate) struct PageCache {
    store: moka::sync::Cache<String, Arc<Entry>>,
    pub(crate) generations: Arc<Generations>,
}

/// Default bounds: 64 MiB of pages, and at most 8192 entries.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_ENTRIES: u64 = 8192;

impl PageCache {
    /// A cache of at most `max_bytes` of pages and `max_entries` entries. moka bounds one
    /// weight; each entry weighs its bytes but at least `max_bytes / max_entries`, which keeps
    /// both bounds.
    pub fn new(max_bytes: u64, max_entries: u64, generations: Arc<Generations>) -> PageCache {
        let floor = (max_bytes / max_entries.max(1)).max(1);
        let store = moka::sync::Cache::builder()
            .max_capacity(max_bytes)
            .weigher(move |k: &String, v: &Arc<Entry>| {
                let w = (v.weight(k) as u64).max(floor);
                u32::try_from(w).unwrap_or(u32::MAX)
            })
            .build();
        PageCache { store, generations }
    }

    /// The entry for `key` if it is still fresh on `day`.
    pub fn get(&self, key: &str, day: &str) -> Option<Arc<Entry>> {
        let e = self.store.get(key)?;
        (e.day == day && self.generations.fresh(e.rendered_at, &e.shows)).then_some(e)
    }

    pub fn put(&self, key: String, entry: Arc<Entry>) {
        self.store.insert(key, entry);
    }

    /// The count of changes to record before a render.
    pub fn now(&self) -> u64 {
        self.generations.now()
    }

    /// Every kept body (tests look for per-user bytes in them).
    pub fn bodies(&self) -> Vec<Bytes> {
        self.store.iter().map(|(_, e)| e.body.clone()).collect()
    }

    /// Bytes held and entries, after moka's pending maintenance.
    pub fn size(&self) -> (u64, u64) {
        self.store.run_pending_tasks();
        (self.store.weighted_size(), self.store.entry_count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(size: usize, day: &str, at: u64, shows: Vec<Tag>) -> Arc<Entry> {
        Arc::new(Entry::new(
            Bytes::from(vec![b'x'; size]),
            day.into(),
            at,
            shows,
        ))
    }

    #[test]
    fn a_change_or_a_new_day_misses() {
        let g = Arc::new(Generations::default());
        let c = PageCache::new(MAX_BYTES, MAX_ENTRIES, g.clone());
        c.put(
            "a".into(),
            entry(10, "2026-01-01", c.now(), vec![Tag::Plan(1)]),
        );
        c.put(
            "b".into(),
            entry(10, "2026-01-01", c.now(), vec![Tag::Plan(2)]),
        );
        assert!(c.get("a", "2026-01-01").is_some());
        assert!(c.get("a", "2026-01-02").is_none(), "another day");
        use opengov_db::changes::ChangeSink;
        g.changed(&[Tag::Plan(1)]);
        assert!(c.get("a", "2026-01-01").is_none(), "its plan changed");
        assert!(
            c.get("b", "2026-01-01").is_some(),
            "another plan's page stays"
        );
    }

    #[test]
    fn the_bytes_held_stay_under_the_bound_and_pages_are_evicted_not_cleared() {
        let g = Arc::new(Generations::default());
        // 1 MiB, pages of 50 kB: about 20 fit.
        let c = PageCache::new(1024 * 1024, 1000, g);
        let real: Vec<String> = (0..8).map(|i| format!("real-{i}")).collect();
        for k in &real {
            c.put(k.clone(), entry(50_000, "d", 0, vec![]));
        }
        // Real pages keep being asked for while 500 pages are asked for once each.
        for i in 0..500 {
            for k in &real {
                let _ = c.get(k, "d");
            }
            c.put(format!("once-{i}"), entry(50_000, "d", 0, vec![]));
            let _ = c.get(&format!("once-{i}"), "d");
        }
        let (bytes, entries) = c.size();
        assert!(bytes <= 1024 * 1024, "{bytes} bytes held");
        assert!(
            entries > 5,
            "evicted one by one, not cleared: {entries} left"
        );
        for k in &real {
            assert!(c.get(k, "d").is_some(), "{k}, asked for often, stays");
        }
    }

    #[test]
    fn small_entries_are_bounded_by_count() {
        let g = Arc::new(Generations::default());
        let c = PageCache::new(1024 * 1024, 100, g);
        for i in 0..1000 {
            c.put(format!("k{i}"), entry(10, "d", 0, vec![]));
        }
        let (_, entries) = c.size();
        assert!(entries <= 100, "{entries} entries");
    }
}
