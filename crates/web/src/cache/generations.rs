//! Which tags changed since a page was rendered, answered in memory.

use opengov_db::changes::{ChangeSink, Tag};
use std::collections::HashMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// A count of the changes heard so far, and for each tag the count at which it last changed.
#[derive(Default)]
pub(crate) struct Generations {
    count: AtomicU64,
    changed: RwLock<HashMap<Tag, u64>>,
}

impl Generations {
    /// The count to record before rendering a page.
    pub fn now(&self) -> u64 {
        self.count.load(Ordering::Acquire)
    }

    /// True when neither "everything" nor any of `shows` changed after `rendered_at`.
    pub fn fresh(&self, rendered_at: u64, shows: &[Tag]) -> bool {
        let Ok(m) = self.changed.read() else {
            return false;
        };
        std::iter::once(&Tag::All)
            .chain(shows)
            .all(|t| m.get(t).is_none_or(|c| *c <= rendered_at))
    }
}

impl ChangeSink for Generations {
    fn changed(&self, tags: &[Tag]) {
        let Ok(mut m) = self.changed.write() else {
            return;
        };
        // Counted under the lock, so that a reader sees the count and the tags together.
        let c = self.count.fetch_add(1, Ordering::AcqRel) + 1;
        if tags.contains(&Tag::All) {
            // Everything is older than this now: the per-tag counts can go.
            m.clear();
            m.insert(Tag::All, c);
            return;
        }
        for t in tags {
            m.insert(*t, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_pages_showing_a_changed_tag_go_stale() {
        let g = Generations::default();
        let at = g.now();
        let plan1 = [Tag::Plan(1), Tag::Commitment(10)];
        let plan2 = [Tag::Plan(2), Tag::Commitment(20)];
        g.changed(&[Tag::Commitment(10), Tag::Plan(1), Tag::Lists]);
        assert!(!g.fresh(at, &plan1));
        assert!(g.fresh(at, &plan2));
        assert!(!g.fresh(at, &[Tag::Lists]));
        // Rendered after the change: fresh.
        let later = g.now();
        assert!(g.fresh(later, &plan1));
        g.changed(&[Tag::All]);
        assert!(!g.fresh(later, &plan2));
        assert!(!g.fresh(later, &[]));
        assert!(g.fresh(g.now(), &plan2));
    }
}
