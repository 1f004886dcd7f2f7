//! The page frame: language, direction, navigation, language switcher, breadcrumbs.

use opengov_core::Lang;
use opengov_i18n::{Arg, I18n};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Plans,
    Commitments,
    Institutions,
    None,
}

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

pub struct Chrome {
    pub i18n: &'static I18n,
    pub lang: Lang,
    /// The page's path after the language segment, with its query (for the switcher).
    pub path: String,
    pub title: String,
    pub illustrative: bool,
    pub nav: Nav,
    pub crumbs: Vec<Crumb>,
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
        }
    }

    pub fn with_crumbs(mut self, crumbs: Vec<Crumb>) -> Self {
        self.crumbs = crumbs;
        self
    }

    /// "Shown in French: no translation yet", for the marker of a fallback text.
    pub fn fallback_title(&self, shown: Lang) -> String {
        self.ta(
            "fallback-marker",
            "language",
            &self.t(&format!("language-{}", shown.code())),
        )
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    pub fn t(&self, id: &str) -> String {
        self.i18n.t(self.lang, id)
    }

    pub fn ta(&self, id: &str, name: &str, value: &str) -> String {
        self.i18n.ta(self.lang, id, &[(name, Arg::from(value))])
    }

    pub fn count(&self, id: &str, n: &i64) -> String {
        self.i18n.ta(self.lang, id, &[("count", Arg::Count(*n))])
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
