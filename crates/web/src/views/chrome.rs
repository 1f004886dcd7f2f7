//! The page frame: language, direction, navigation, language switcher, breadcrumbs.

use opengov_core::{ItemMarker, Lang, Marker};
use opengov_i18n::{Arg, I18n};
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Plans,
    Commitments,
    Institutions,
    None,
}

#[derive(Clone)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

pub struct LangLink {
    pub code: &'static str,
    pub autonym: &'static str,
    pub href: String,
    pub current: bool,
}

pub struct NavLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

#[derive(Clone)]
pub struct Chrome {
    pub i18n: &'static I18n,
    pub lang: Lang,
    /// The page's path after the language segment, with its query (for the switcher).
    pub path: String,
    pub title: String,
    pub illustrative: bool,
    pub nav: Nav,
    pub crumbs: Vec<Crumb>,
    /// What the page's texts were marked with (unofficial translations, other languages), for
    /// the one note that tells screen-reader users (see [`Chrome::content_note`]).
    marked: Marked,
    /// Messages with an argument, dates and periods already formatted for this page.
    memo: Memo,
}

/// The kinds of markers a page has shown, kept across clones of its frame.
#[derive(Default)]
struct Marked(AtomicU8);

const MARKED_UNOFFICIAL: u8 = 1;
const MARKED_LANGUAGE: u8 = 2;

impl Clone for Marked {
    fn clone(&self) -> Self {
        Marked(AtomicU8::new(self.0.load(Ordering::Relaxed)))
    }
}

/// What a page has formatted once: list rows repeat the same few dates, numbers and labels,
/// and formatting a message costs far more than looking it up. A clone starts empty.
#[derive(Default)]
struct Memo(std::sync::Mutex<std::collections::HashMap<String, String>>);

impl Clone for Memo {
    fn clone(&self) -> Self {
        Memo::default()
    }
}

impl Memo {
    fn get(&self, key: String, make: impl FnOnce() -> String) -> String {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        m.entry(key).or_insert_with(make).clone()
    }
}

impl Chrome {
    pub fn new(
        i18n: &'static I18n,
        lang: Lang,
        path: &str,
        illustrative: bool,
        nav: Nav,
        title: String,
    ) -> Chrome {
        Chrome {
            i18n,
            lang,
            path: path.to_string(),
            title,
            illustrative,
            nav,
            crumbs: Vec::new(),
            marked: Marked::default(),
            memo: Memo::default(),
        }
    }

    pub fn with_crumbs(mut self, crumbs: Vec<Crumb>) -> Self {
        self.crumbs = crumbs;
        self
    }

    /// Sets the page's title once it is known from the page's own data (the name of an
    /// institution, shown by the display rule), and the last breadcrumb with it.
    pub fn retitle(&mut self, title: String) {
        if let Some(last) = self.crumbs.last_mut().filter(|c| c.href.is_none()) {
            last.label = title.clone();
        }
        self.title = title;
    }

    /// The marker of one item (a table row, a card, a heading block) whose texts carry these
    /// markers: "unofficial translation" and the names of the other languages, in the reader's
    /// words ("بالفرنسية", "en anglais"), once each; `None` when there is nothing to say.
    /// The page's note for screen readers learns of it.
    pub fn item_marker(&self, markers: impl IntoIterator<Item = Marker>) -> Option<String> {
        self.marker_words(markers, "marker-unofficial")
    }

    /// The marker of a page's heading block: the same, with who made an unofficial translation
    /// ("unofficial translation by the portal's editors"), since the heading is where a reader
    /// looks for what the page is about.
    pub fn heading_marker(&self, markers: impl IntoIterator<Item = Marker>) -> Option<String> {
        self.marker_words(markers, "marker-unofficial-by-editors")
    }

    fn marker_words(
        &self,
        markers: impl IntoIterator<Item = Marker>,
        unofficial_id: &str,
    ) -> Option<String> {
        let m = ItemMarker::of(markers);
        if m.is_none() {
            return None;
        }
        let mut flags = 0;
        let mut parts = Vec::new();
        if m.unofficial {
            flags |= MARKED_UNOFFICIAL;
            parts.push(self.t(unofficial_id));
        }
        for l in m.languages() {
            flags |= MARKED_LANGUAGE;
            parts.push(self.t(&format!("marker-in-{}", l.code())));
        }
        self.marked.0.fetch_or(flags, Ordering::Relaxed);
        Some(parts.join(" · "))
    }

    /// The note near the top of the page that tells screen-reader users, once, that some texts
    /// are unofficial translations or in another language (the markers beside them are only
    /// shown); `None` when the page marks nothing.
    pub fn content_note(&self) -> Option<String> {
        let id = match self.marked.0.load(Ordering::Relaxed) {
            0 => return None,
            MARKED_UNOFFICIAL => "content-note-unofficial",
            MARKED_LANGUAGE => "content-note-language",
            _ => "content-note-both",
        };
        Some(self.t(id))
    }

    /// The document's `<title>`: the page's title, then the site's name. A page whose title is
    /// the site's name (the home page) says it once, with the tagline.
    pub fn document_title(&self) -> String {
        let site = self.t("site-name");
        if self.title.is_empty() || self.title == site {
            format!("{site} · {}", self.t("site-tagline"))
        } else {
            format!("{} · {site}", self.title)
        }
    }

    /// A message used as a label before a value, with the colon as the page's language
    /// writes it ("Chiffre officiel :" in French, "Officially reported:" in English).
    pub fn label(&self, id: &str) -> String {
        self.ta("label-colon", "label", &self.t(id))
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// A message of the page's language; its figures (percentages, law numbers, ids,
    /// addresses) isolated on a right-to-left page, as every message of the page's frame.
    pub fn t(&self, id: &str) -> String {
        self.figures(self.i18n.t(self.lang, id))
    }

    pub fn ta(&self, id: &str, name: &str, value: &str) -> String {
        self.memo.get(format!("{id}\u{1f}{name}\u{1f}{value}"), || {
            self.figures(self.i18n.ta(self.lang, id, &[(name, Arg::from(value))]))
        })
    }

    /// `text` with its figures isolated for the page's direction (see `crate::bidi`).
    pub fn figures(&self, text: String) -> String {
        crate::bidi::isolate_figures(self.lang, text)
    }

    /// A message with a `subject` that changes on every row and other arguments that repeat
    /// (a progress bar's label): formatted once per page around a stand-in for the subject,
    /// which each row then replaces. Gives what formatting it for the row would.
    pub fn with_subject(&self, id: &str, subject: &str, args: &[(&str, &str)]) -> String {
        /// A private-use character: no message or argument of ours contains it.
        const STAND_IN: &str = "\u{E000}";
        let mut key = format!("{id}\u{1f}subject");
        for (name, value) in args {
            key.push_str(&format!("\u{1f}{name}\u{1f}{value}"));
        }
        let pattern = self.memo.get(key, || {
            let mut all = vec![("subject", Arg::from(STAND_IN))];
            all.extend(args.iter().map(|(n, v)| (*n, Arg::from(*v))));
            self.figures(self.i18n.ta(self.lang, id, &all))
        });
        pattern.replacen(STAND_IN, subject, 1)
    }

    /// `format::percent` in the page's language.
    pub fn percent(&self, value: i64) -> String {
        self.memo.get(format!("%\u{1f}{value}"), || {
            crate::format::percent(self.i18n, self.lang, value)
        })
    }

    /// A percent already written as text ("61,5"), in the page's language.
    pub fn percent_text(&self, value: &str) -> String {
        self.figures(
            self.i18n
                .ta(self.lang, "percent", &[("value", Arg::from(value))]),
        )
    }

    /// The page language's decimal separator ("," in French, "." in English).
    pub fn decimal_separator(&self) -> String {
        self.i18n.t(self.lang, "decimal-separator")
    }

    /// A period "start – end" in the page's language (each date formatted once per page).
    pub fn period(&self, start: Option<&str>, end: Option<&str>) -> String {
        match (start, end) {
            (None, None) => self.t("date-unknown"),
            // A step of one day (or month) is that date, not a range from it to itself.
            (Some(s), Some(e)) if s == e => self.opt_date(start),
            _ => crate::format::period_of(self.opt_date(start), self.opt_date(end)),
        }
    }

    /// `format::opt_date` in the page's language.
    pub fn opt_date(&self, stored: Option<&str>) -> String {
        self.memo.get(format!("date\u{1f}{stored:?}"), || {
            crate::format::opt_date(self.i18n, self.lang, stored)
        })
    }

    pub fn count(&self, id: &str, n: &i64) -> String {
        self.memo.get(format!("{id}\u{1f}#{n}"), || {
            self.figures(self.i18n.ta(self.lang, id, &[("count", Arg::Count(*n))]))
        })
    }

    /// A link to `path` in the page's language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang.code(), path)
    }

    /// The address of a static file under its content-hashed name.
    pub fn asset(&self, name: &str) -> String {
        crate::assets::url(name)
    }

    pub fn home_href(&self) -> String {
        format!("/{}/", self.lang.code())
    }

    pub fn langs(&self) -> Vec<LangLink> {
        Lang::ALL
            .iter()
            .map(|l| LangLink {
                code: l.code(),
                autonym: l.autonym(),
                href: format!("/{}{}", l.code(), self.path),
                current: *l == self.lang,
            })
            .collect()
    }

    /// The header's account area as visitors see it (a signed-in user's replaces it per
    /// request: see `crate::user_nav`).
    pub fn visitor_nav(&self) -> crate::user_nav::UserNav {
        crate::user_nav::UserNav::visitor(self.i18n, self.lang, self.path_only())
    }

    /// The page's path without its query.
    fn path_only(&self) -> &str {
        self.path.split('?').next().unwrap_or("/")
    }

    pub fn nav_links(&self) -> Vec<NavLink> {
        [
            (Nav::Home, "nav-home", "/"),
            (Nav::Plans, "nav-plans", "/plans"),
            (Nav::Commitments, "nav-commitments", "/commitments"),
            (Nav::Institutions, "nav-institutions", "/institutions"),
        ]
        .into_iter()
        .map(|(n, id, p)| NavLink {
            label: self.t(id),
            href: self.href(p),
            current: n == self.nav,
        })
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_formatted_once_per_page_reads_as_formatted_per_row() {
        let i18n = opengov_i18n::global();
        for lang in Lang::ALL {
            let c = Chrome::new(i18n, lang, "/", false, Nav::None, String::new());
            for subject in [
                "Accès à l'information",
                "الحق في الحصول على المعلومات",
                "<b>&",
            ] {
                for (value, status) in [("40 %", "limited"), ("100 %", "complete")] {
                    let direct = i18n.ta(
                        lang,
                        "bar-label",
                        &[
                            ("subject", subject.into()),
                            ("value", value.into()),
                            ("status", status.into()),
                        ],
                    );
                    let once = c.with_subject(
                        "bar-label",
                        subject,
                        &[("value", value), ("status", status)],
                    );
                    assert_eq!(once, direct);
                }
            }
        }
    }
}
