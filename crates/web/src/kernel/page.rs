//! The page builders: one for the frame of every page (title, navigation, breadcrumbs,
//! illustrative banner), one for form pages.

use super::{AppError, html, render};
use crate::auth::csrf;
use crate::forms::{Errors, Values};
use crate::state::AppState;
use crate::views::{Chrome, Crumb, FormPage, FormSection, Nav};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use opengov_core::Lang;

/// Builds a page's [`Chrome`]: `frame(&s, lang, "/plans").nav(Nav::Plans).title_id("plans-title")`.
/// The breadcrumbs run from the home page through the parents given with [`Frame::crumb`] to
/// the page's own title.
pub struct Frame {
    s: AppState,
    lang: Lang,
    path: String,
    title: String,
    nav: Nav,
    illustrative: bool,
    parents: Vec<Crumb>,
    crumbs: bool,
}

/// Starts the frame of the page at `path` (the path after the language segment, with its query).
pub fn frame(s: &AppState, lang: Lang, path: &str) -> Frame {
    Frame {
        s: s.clone(),
        lang,
        path: path.to_string(),
        title: String::new(),
        nav: Nav::None,
        illustrative: false,
        parents: Vec::new(),
        crumbs: true,
    }
}

impl Frame {
    pub fn title(mut self, title: String) -> Self {
        self.title = title;
        self
    }
    pub fn title_id(self, id: &str) -> Self {
        let t = self.s.i18n.t(self.lang, id);
        self.title(t)
    }
    pub fn nav(mut self, nav: Nav) -> Self {
        self.nav = nav;
        self
    }
    pub fn illustrative(mut self, on: bool) -> Self {
        self.illustrative = on;
        self
    }
    /// A parent page in the breadcrumbs: its label and its path after the language segment.
    pub fn crumb(mut self, label: String, path: &str) -> Self {
        self.parents.push(Crumb {
            label,
            href: Some(format!("/{}{path}", self.lang.code())),
        });
        self
    }
    /// No breadcrumbs (error pages, the home page).
    pub fn without_crumbs(mut self) -> Self {
        self.crumbs = false;
        self
    }
    pub fn build(self) -> Chrome {
        let c = Chrome::new(
            self.s.i18n,
            self.lang,
            &self.path,
            self.illustrative,
            self.nav,
            self.title.clone(),
        );
        if !self.crumbs {
            return c;
        }
        let mut crumbs = vec![Crumb {
            label: self.s.i18n.t(self.lang, "nav-home"),
            href: Some(format!("/{}/", self.lang.code())),
        }];
        crumbs.extend(self.parents);
        crumbs.push(Crumb {
            label: self.title,
            href: None,
        });
        c.with_crumbs(crumbs)
    }
}

/// Builds and answers a form page: `form_page(chrome).sections(..).errors(&e).values(&v)
/// .status(StatusCode::BAD_REQUEST).respond(&s, &headers)`. Values and errors fill the fields;
/// the CSRF cookie is set when the browser has none; the answer is never cached.
pub struct FormPageBuilder {
    c: Chrome,
    status: StatusCode,
    notice: Option<String>,
    intro: Vec<String>,
    sections: Vec<FormSection>,
    errors: Errors,
    values: Values,
    links: Vec<(String, String)>,
}

pub fn form_page(c: Chrome) -> FormPageBuilder {
    FormPageBuilder {
        c,
        status: StatusCode::OK,
        notice: None,
        intro: Vec::new(),
        sections: Vec::new(),
        errors: Errors::default(),
        values: Values::new(),
        links: Vec::new(),
    }
}

impl FormPageBuilder {
    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }
    pub fn notice(mut self, notice: Option<String>) -> Self {
        self.notice = notice;
        self
    }
    pub fn intro(mut self, intro: Vec<String>) -> Self {
        self.intro = intro;
        self
    }
    pub fn section(mut self, section: FormSection) -> Self {
        self.sections.push(section);
        self
    }
    pub fn sections(mut self, sections: Vec<FormSection>) -> Self {
        self.sections.extend(sections);
        self
    }
    /// The errors found; a form with errors answers 400 unless a status is set after this.
    pub fn errors(mut self, errors: &Errors) -> Self {
        if !errors.is_empty() {
            self.status = StatusCode::BAD_REQUEST;
        }
        self.errors = errors.clone();
        self
    }
    pub fn values(mut self, values: &Values) -> Self {
        self.values = values.clone();
        self
    }
    pub fn links(mut self, links: Vec<(String, String)>) -> Self {
        self.links = links;
        self
    }

    pub fn respond(mut self, s: &AppState, headers: &HeaderMap) -> Result<Response, AppError> {
        let (token, cookie) = csrf::ensure(headers, s.config.https);
        let c = &self.c;
        for sec in self.sections.iter_mut() {
            crate::forms::fill(&mut sec.fields, &self.values, &self.errors);
            // Handlers format these with the catalogue itself: their figures (a law number,
            // an example address) are isolated here, as the frame's own messages are.
            for p in sec.intro.iter_mut() {
                *p = c.figures(std::mem::take(p));
            }
            for f in sec.fields.iter_mut() {
                f.label = c.figures(std::mem::take(&mut f.label));
                f.hint = f.hint.take().map(|h| c.figures(h));
                f.error = f.error.take().map(|e| c.figures(e));
                f.note = f.note.take().map(|n| c.figures(n));
            }
        }
        for p in self.intro.iter_mut() {
            *p = c.figures(std::mem::take(p));
        }
        self.notice = self.notice.take().map(|n| c.figures(n));
        let summary = self
            .errors
            .0
            .iter()
            .map(|(f, m)| (format!("f-{f}"), c.figures(m.clone())))
            .collect();
        let error_summary = self
            .c
            .count("form-error-summary", &(self.errors.0.len() as i64));
        let page = FormPage {
            c: self.c,
            notice: self.notice,
            errors: summary,
            error_summary,
            intro: self.intro,
            csrf: token,
            sections: self.sections,
            links: self.links,
        };
        Ok(html(
            self.status,
            render(&page)?,
            cookie.into_iter().collect(),
        ))
    }
}

/// The page a link from an e-mail opens (`path?token=...`): its text and one button that posts
/// the token back to `path`, so that nothing changes on a GET (a mail scanner following the
/// link confirms nothing). `ids` are the message ids of the title, the text and the button.
pub fn token_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    token: Option<&String>,
    path: &str,
    ids: [&str; 3],
) -> Result<Response, AppError> {
    let [title, text, submit] = ids;
    let c = frame(s, lang, path).title_id(title).build();
    let mut sec = FormSection::new(
        String::new(),
        format!("/{}{path}", lang.code()),
        s.i18n.t(lang, submit),
        vec![],
    );
    let token: String = token.map_or("", String::as_str).chars().take(64).collect();
    sec.hidden.push(("token".into(), token));
    form_page(c)
        .intro(vec![s.i18n.t(lang, text)])
        .sections(vec![sec])
        .respond(s, headers)
}
