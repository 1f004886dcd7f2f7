//! What a write changed, told to the page caches without a database round trip per request.
//!
//! Every write names what it changed with [`Tag`]s (a commitment, its plan, axis and
//! institutions, the lists, or everything). In the write's transaction the data version is
//! bumped and the tags are stored under the new version in `change_tags`; on PostgreSQL a
//! `pg_notify` carries them to every instance at commit. After the commit the writer's own
//! [`Db`] tells its subscribers ([`ChangeSink`]s) at once, in process.
//!
//! Other instances and processes learn of changes two ways (see `watch.rs`): a PostgreSQL
//! `LISTEN` feeds notifications to the same subscribers, and a periodic check (one statement:
//! the current data version and the tag rows newer than the last version seen) heals lost
//! notifications and writes made by another process on the same SQLite file. The hub keeps
//! track of which versions it has already passed on, so a change heard twice (from the writer
//! and from the notification) is passed on once, and a version whose tags are gone (pruned,
//! or written without tags) is passed on as "everything changed".

mod watch;

pub use watch::WatchOptions;

use crate::Db;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// The PostgreSQL notification channel of changes.
pub const CHANNEL: &str = "opengov_changes";

/// Something a page shows, by which writes invalidate cached pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    /// Everything (an import, a setting shown on every page).
    All,
    /// The pages that list or sum up across plans: home, plans, commitments, institutions.
    Lists,
    Plan(i64),
    Axis(i64),
    Commitment(i64),
    Institution(i64),
}

impl Tag {
    /// The stored form: `all`, `lists`, `plan:3`, `axis:7`, `commitment:12`, `institution:4`.
    pub fn encode(&self) -> String {
        match self {
            Tag::All => "all".into(),
            Tag::Lists => "lists".into(),
            Tag::Plan(i) => format!("plan:{i}"),
            Tag::Axis(i) => format!("axis:{i}"),
            Tag::Commitment(i) => format!("commitment:{i}"),
            Tag::Institution(i) => format!("institution:{i}"),
        }
    }

    pub fn decode(s: &str) -> Option<Tag> {
        match s {
            "all" => return Some(Tag::All),
            "lists" => return Some(Tag::Lists),
            _ => {}
        }
        let (kind, id) = s.split_once(':')?;
        let id: i64 = id.parse().ok()?;
        Some(match kind {
            "plan" => Tag::Plan(id),
            "axis" => Tag::Axis(id),
            "commitment" => Tag::Commitment(id),
            "institution" => Tag::Institution(id),
            _ => return None,
        })
    }
}

/// Tags as stored and notified: space-separated. An unreadable word means "everything".
pub fn encode_tags(tags: &[Tag]) -> String {
    let set: BTreeSet<&Tag> = tags.iter().collect();
    set.iter().map(|t| t.encode()).collect::<Vec<_>>().join(" ")
}

pub fn decode_tags(s: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    for w in s.split_whitespace() {
        match Tag::decode(w) {
            Some(t) => out.push(t),
            None => return vec![Tag::All],
        }
    }
    out
}

/// One committed write: the data version it produced and what it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub version: i64,
    pub tags: Vec<Tag>,
}

impl Change {
    /// The notification payload: `<version> <tags>`.
    pub fn payload(&self) -> String {
        let tags = encode_tags(&self.tags);
        // PostgreSQL refuses payloads of 8000 bytes or more.
        if tags.len() > 7000 {
            format!("{} all", self.version)
        } else {
            format!("{} {tags}", self.version)
        }
    }

    pub fn from_payload(s: &str) -> Option<Change> {
        let (v, tags) = s.split_once(' ').unwrap_or((s, "all"));
        Some(Change {
            version: v.trim().parse().ok()?,
            tags: decode_tags(tags),
        })
    }
}

/// Told of every change once, right after it is known (in the writer's process: right after
/// its commit, before the write function returns).
pub trait ChangeSink: Send + Sync {
    fn changed(&self, tags: &[Tag]);
}

/// Passes changes on to the subscribers, each version once.
#[derive(Default)]
pub(crate) struct ChangeHub {
    state: Mutex<HubState>,
    watching: AtomicBool,
    /// Statements run by the background check (kept apart from the statements of requests).
    pub(crate) background_statements: AtomicU64,
}

#[derive(Default)]
struct HubState {
    sinks: Vec<Weak<dyn ChangeSink>>,
    /// Every version up to here has been passed on (None: not known yet).
    floor: Option<i64>,
    /// Versions above the floor already passed on.
    seen: BTreeSet<i64>,
}

/// Further than this behind, a check passes "everything" rather than each version.
const MAX_GAP: i64 = 10_000;

impl ChangeHub {
    fn sinks(state: &mut HubState) -> Vec<Arc<dyn ChangeSink>> {
        state.sinks.retain(|w| w.strong_count() > 0);
        state.sinks.iter().filter_map(Weak::upgrade).collect()
    }

    fn tell(sinks: &[Arc<dyn ChangeSink>], tags: &[Tag]) {
        if tags.is_empty() {
            return;
        }
        for s in sinks {
            s.changed(tags);
        }
    }

    /// A change heard from the writer or a notification.
    pub(crate) fn apply(&self, ch: &Change) {
        let sinks = {
            let Ok(mut st) = self.state.lock() else {
                return;
            };
            if st.floor.is_some_and(|f| ch.version <= f) || !st.seen.insert(ch.version) {
                return;
            }
            Self::sinks(&mut st)
        };
        Self::tell(&sinks, &ch.tags);
    }

    /// The version the database is at when nothing can be cached yet (at connection or
    /// migration): nothing below it needs passing on.
    pub(crate) fn start_at(&self, version: i64) {
        if let Ok(mut st) = self.state.lock()
            && st.floor.is_none()
        {
            st.floor = Some(version);
            st.seen.retain(|v| *v > version);
        }
    }

    /// The periodic check's result: the current version and the tag rows above the floor.
    /// Passes on every version not passed on yet; a version without a row counts as
    /// "everything changed".
    pub(crate) fn catch_up(&self, current: i64, rows: &[(i64, String)]) {
        let mut tags: Vec<Tag> = Vec::new();
        let sinks = {
            let Ok(mut st) = self.state.lock() else {
                return;
            };
            match st.floor {
                // Unknown start: whatever was cached may predate a change not heard of.
                None => tags.push(Tag::All),
                Some(f) if current < f || current - f > MAX_GAP => tags.push(Tag::All),
                Some(f) => {
                    for v in (f + 1)..=current {
                        if st.seen.contains(&v) {
                            continue;
                        }
                        match rows.iter().find(|r| r.0 == v) {
                            Some((_, t)) => tags.extend(decode_tags(t)),
                            None => tags.push(Tag::All),
                        }
                    }
                }
            }
            st.floor = Some(current);
            st.seen.retain(|v| *v > current);
            Self::sinks(&mut st)
        };
        if tags.contains(&Tag::All) {
            tags = vec![Tag::All];
        } else {
            tags.sort();
            tags.dedup();
        }
        Self::tell(&sinks, &tags);
    }

    pub(crate) fn floor(&self) -> Option<i64> {
        self.state.lock().ok().and_then(|s| s.floor)
    }

    fn subscribe(&self, sink: Weak<dyn ChangeSink>) {
        if let Ok(mut st) = self.state.lock() {
            st.sinks.push(sink);
        }
    }
}

impl Db {
    /// Tells `sink` of every change from now on (it is dropped from the list once it is
    /// dropped itself).
    pub fn subscribe(&self, sink: Weak<dyn ChangeSink>) {
        self.changes.subscribe(sink);
    }

    /// Starts the background tasks that hear of other instances' and processes' changes
    /// (once per database handle and its clones; later calls do nothing). They stop when the
    /// pool is closed or every handle is dropped. Needs a Tokio runtime.
    pub fn watch_changes(&self, opts: WatchOptions) {
        if self.changes.watching.swap(true, Ordering::SeqCst) {
            return;
        }
        watch::start(self, opts);
    }

    /// Statements run by the background check of changes (not counted in
    /// [`Db::statements_run`], which bounds what requests run).
    pub fn background_statements(&self) -> u64 {
        self.changes.background_statements.load(Ordering::Relaxed)
    }

    /// Reads the data version so that changes below it are not passed on again.
    pub(crate) async fn start_changes_at_current_version(&self) {
        if let Ok(v) = self.data_version().await {
            self.changes.start_at(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Seen(Mutex<Vec<Vec<Tag>>>);
    impl ChangeSink for Seen {
        fn changed(&self, tags: &[Tag]) {
            self.0.lock().unwrap().push(tags.to_vec());
        }
    }

    fn hub_with(sink: &Arc<Seen>) -> ChangeHub {
        let hub = ChangeHub::default();
        let w: Weak<dyn ChangeSink> = Arc::downgrade(&(sink.clone() as Arc<dyn ChangeSink>));
        hub.subscribe(w);
        hub
    }

    #[test]
    fn tags_and_payloads_round_trip() {
        let tags = vec![
            Tag::Commitment(12),
            Tag::Plan(3),
            Tag::Lists,
            Tag::Institution(4),
            Tag::Axis(7),
        ];
        let s = encode_tags(&tags);
        assert_eq!(s, "lists plan:3 axis:7 commitment:12 institution:4");
        let mut back = decode_tags(&s);
        back.sort();
        let mut sorted = tags.clone();
        sorted.sort();
        assert_eq!(back, sorted);
        assert_eq!(decode_tags("plan:3 nonsense"), vec![Tag::All]);
        let ch = Change { version: 42, tags };
        let again = Change::from_payload(&ch.payload()).unwrap();
        assert_eq!(again.version, 42);
        assert_eq!(again.tags.len(), 5);
        assert!(Change::from_payload("x plan:1").is_none());
    }

    #[test]
    fn a_change_heard_twice_is_passed_on_once() {
        let sink = Arc::new(Seen::default());
        let hub = hub_with(&sink);
        hub.start_at(10);
        let ch = Change {
            version: 11,
            tags: vec![Tag::Plan(1)],
        };
        hub.apply(&ch);
        hub.apply(&ch);
        hub.apply(&Change {
            version: 9,
            tags: vec![Tag::Plan(2)],
        });
        assert_eq!(*sink.0.lock().unwrap(), vec![vec![Tag::Plan(1)]]);
    }

    #[test]
    fn the_check_passes_on_missed_versions_and_everything_for_unknown_ones() {
        let sink = Arc::new(Seen::default());
        let hub = hub_with(&sink);
        hub.start_at(10);
        hub.apply(&Change {
            version: 11,
            tags: vec![Tag::Plan(1)],
        });
        // 12 was missed (its notification lost); 11 was heard already.
        hub.catch_up(
            12,
            &[(11, "plan:1".into()), (12, "commitment:5 lists".into())],
        );
        assert_eq!(
            sink.0.lock().unwrap().last().unwrap(),
            &vec![Tag::Lists, Tag::Commitment(5)]
        );
        assert_eq!(hub.floor(), Some(12));
        // 13 has no row (pruned): everything.
        hub.catch_up(13, &[]);
        assert_eq!(sink.0.lock().unwrap().last().unwrap(), &vec![Tag::All]);
        // Nothing new: nothing told.
        let n = sink.0.lock().unwrap().len();
        hub.catch_up(13, &[]);
        assert_eq!(sink.0.lock().unwrap().len(), n);
    }

    #[test]
    fn a_dropped_sink_is_forgotten() {
        let sink = Arc::new(Seen::default());
        let hub = hub_with(&sink);
        drop(sink);
        hub.apply(&Change {
            version: 1,
            tags: vec![Tag::Lists],
        });
        assert!(hub.state.lock().unwrap().sinks.is_empty());
    }
}
