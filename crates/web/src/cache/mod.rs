//! Rendered public pages, shared by every visitor and kept until what they show changes.
//!
//! * **What a page shows.** A handler renders through [`crate::routes::cached`] and returns a
//!   [`Page`] naming the [`Tag`]s it shows (its plan, axis, commitment, institution, or the
//!   lists). Writes name the tags they change (crates/db, `changes.rs`).
//! * **Invalidation without scanning and without a database round trip.** [`Generations`]
//!   counts the changes heard so far and remembers, for each tag, the count at which it last
//!   changed. An entry records the count read *before* its page was rendered; it is fresh while
//!   none of its tags (nor "everything") changed after that count. A change during a render
//!   therefore leaves the new entry stale at once: no race between a write and a render. The
//!   database tells `Generations` of each change (in process right after the writer's commit;
//!   from other instances through `LISTEN/NOTIFY` and a periodic check), so a request never
//!   asks the database whether its page is still valid.
//! * **Bounded memory.** The entries live in a moka cache bounded by bytes (see [`store`]):
//!   real eviction (TinyLFU admission, LRU eviction), never a clear-all. Keys are normalised
//!   per route ([`PageKey`]): unknown query parameters are dropped and known ones come in a fixed
//!   order, so junk parameters neither fill memory nor evict real pages.
//! * **Per-user bytes never enter it.** A cached body holds the visitors' header; the signed-in
//!   header is spliced in per request by `crate::user_nav`.
//! * **Compressed once.** A kept page holds its brotli and gzip forms too ([`encoded`]); a
//!   visitor's answer is the form their browser asks for, with no compression per request.
//! * **The day.** "Delayed" depends on the date: an entry rendered on another day is stale.

mod derived;
mod encoded;
mod generations;
mod keys;
mod store;

pub(crate) use derived::Derived;
pub(crate) use encoded::{Coding, Encoded};
pub(crate) use generations::Generations;
pub(crate) use keys::PageKey;
pub(crate) use store::{Entry, MAX_BYTES, MAX_ENTRIES, PageCache};

pub use opengov_db::changes::Tag;

/// A rendered page and what it shows.
pub(crate) struct Page {
    pub html: String,
    pub shows: Vec<Tag>,
    /// False for a page that must not be kept (such as a list filtered on an unknown key, which
    /// anyone can vary at will).
    pub keep: bool,
}

impl Page {
    pub fn new(html: String, shows: Vec<Tag>) -> Page {
        Page {
            html,
            shows,
            keep: true,
        }
    }

    /// Served, not kept.
    pub fn not_kept(mut self) -> Page {
        self.keep = false;
        self
    }
}
