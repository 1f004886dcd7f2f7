//! Values derived from the data (such as a list's filter options), kept per key until what
//! they show changes; checked against the same [`Generations`] as the pages.

use super::{Generations, Tag};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub(crate) struct Derived<K, V> {
    shows: Vec<Tag>,
    generations: Arc<Generations>,
    inner: Mutex<HashMap<K, (u64, Arc<V>)>>,
}

impl<K: std::hash::Hash + Eq, V> Derived<K, V> {
    /// Values that show `shows` (and go stale when one of them changes).
    pub fn new(generations: Arc<Generations>, shows: Vec<Tag>) -> Self {
        Derived {
            shows,
            generations,
            inner: Mutex::new(HashMap::new()),
        }
    }

    /// The count to record before computing a value.
    pub fn now(&self) -> u64 {
        self.generations.now()
    }

    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let map = self.inner.lock().ok()?;
        map.get(key)
            .filter(|(at, _)| self.generations.fresh(*at, &self.shows))
            .map(|(_, v)| v.clone())
    }

    /// Keeps `value`, computed from data read after `at` was recorded.
    pub fn put(&self, key: K, at: u64, value: Arc<V>) {
        if let Ok(mut map) = self.inner.lock() {
            map.insert(key, (at, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opengov_db::changes::ChangeSink;

    #[test]
    fn a_value_goes_stale_with_what_it_shows() {
        let g = Arc::new(Generations::default());
        let d: Derived<u8, &str> = Derived::new(g.clone(), vec![Tag::Lists]);
        d.put(1, d.now(), Arc::new("a"));
        assert_eq!(d.get(&1).as_deref(), Some(&"a"));
        g.changed(&[Tag::Commitment(3)]);
        assert!(d.get(&1).is_some(), "not shown: still fresh");
        g.changed(&[Tag::Lists]);
        assert!(d.get(&1).is_none());
    }
}
