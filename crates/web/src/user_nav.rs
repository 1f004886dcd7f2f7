//! The header's account area on every page: "Sign in" and "Create an account" for visitors;
//! the display name (a link to the account) and a sign-out button for a signed-in user.
//!
//! Pages are rendered with the visitors' area between two markers ([`START`], [`END`]), so a
//! cached body holds no per-user byte and is shared by everyone. For a request with a live
//! session, [`Splice`] (in the answer layer) replaces what lies between the markers with the user's area,
//! for every HTML answer (cached pages, account and admin pages, forms, errors): handlers call
//! nothing for it. Such an answer is marked `Cache-Control: private` (unless `no-store`) and
//! loses the visitors' ETag (the conditional layer hashes the bytes actually sent).

use crate::auth::session::{cookie_name, read_cookie};
use crate::auth::{Viewer, csrf};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{FromRequestParts, Request};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use opengov_core::Lang;
use opengov_i18n::I18n;

pub(crate) const START: &str = "<!--og-user-->";
pub(crate) const END: &str = "<!--/og-user-->";

/// Largest HTML body spliced (pages are far smaller).
const MAX_BODY: usize = 8 * 1024 * 1024;

/// What the account area shows.
pub struct UserNav {
    pub label: String,
    /// The signed-in user's display name; None for a visitor.
    pub name: Option<String>,
    pub account_href: String,
    pub account_label: String,
    pub sign_out_action: String,
    pub sign_out_label: String,
    pub csrf: String,
    pub sign_in_href: String,
    pub sign_in_label: String,
    pub register_href: String,
    pub register_label: String,
}

impl UserNav {
    /// `here`: the page's path after the language segment, where signing in comes back to.
    pub fn visitor(i18n: &I18n, lang: Lang, here: &str) -> UserNav {
        let code = lang.code();
        let next = crate::kernel::url_encode(&format!("/{code}{here}"));
        UserNav {
            name: None,
            csrf: String::new(),
            sign_in_href: format!("/{code}/account/sign-in?next={next}"),
            ..UserNav::common(i18n, lang)
        }
    }

    pub fn signed_in(i18n: &I18n, lang: Lang, name: &str, csrf: String) -> UserNav {
        UserNav {
            name: Some(name.to_string()),
            csrf,
            ..UserNav::common(i18n, lang)
        }
    }

    fn common(i18n: &I18n, lang: Lang) -> UserNav {
        let code = lang.code();
        UserNav {
            label: i18n.t(lang, "user-nav-label"),
            name: None,
            account_href: format!("/{code}/account"),
            // "My account:" before the name, punctuated as the language writes it.
            account_label: i18n.ta(
                lang,
                "label-colon",
                &[("label", i18n.t(lang, "user-nav-account").into())],
            ),
            sign_out_action: format!("/{code}/account/sign-out"),
            sign_out_label: i18n.t(lang, "user-nav-sign-out"),
            csrf: String::new(),
            sign_in_href: format!("/{code}/account/sign-in"),
            sign_in_label: i18n.t(lang, "user-nav-sign-in"),
            register_href: format!("/{code}/account/register"),
            register_label: i18n.t(lang, "user-nav-register"),
        }
    }
}

#[derive(Template)]
#[template(path = "user_nav.html")]
struct UserNavView<'a> {
    nav: &'a UserNav,
}

/// The area's HTML.
pub fn render(nav: &UserNav) -> String {
    UserNavView { nav }.render().unwrap_or_default()
}

/// `body` with what lies between the markers replaced by `fragment`; None without markers.
pub(crate) fn replace(body: &str, fragment: &str) -> Option<String> {
    let start = body.find(START)? + START.len();
    let end = start + body[start..].find(END)?;
    let mut out = String::with_capacity(body.len() + fragment.len());
    out.push_str(&body[..start]);
    out.push_str(fragment);
    out.push_str(&body[end..]);
    Some(out)
}

/// The language a page says it is in (`<html lang="..">`).
fn page_lang(body: &str) -> Option<Lang> {
    // The first 512 bytes, cut at a character boundary (an Arabic or Tifinagh description
    // may straddle byte 512).
    let mut cut = body.len().min(512);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &body[..cut];
    let i = head.find("<html lang=\"")? + 12;
    let code: String = head[i..].chars().take_while(|c| *c != '"').collect();
    Lang::from_code(&code)
}

fn is_html(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"))
}

/// A signed-in user's account area, found on the way in (the session is read once: the
/// handler's own `Viewer` reuses it from the request's extensions).
pub(crate) struct Splice {
    name: String,
    token: String,
    new_cookie: Option<HeaderValue>,
}

impl Splice {
    /// The request (with the viewer kept in its extensions) and, for a live session on a page
    /// (not a static file or the API), what its answer will get.
    pub(crate) async fn of(s: &AppState, req: Request) -> (Request, Option<Splice>) {
        let https = s.config.https;
        let path = req.uri().path();
        let skip = path.starts_with("/static/")
            || path.starts_with("/api/")
            || read_cookie(req.headers(), cookie_name(https)).is_none();
        if skip {
            return (req, None);
        }
        let (mut parts, body) = req.into_parts();
        let Ok(Viewer(viewer)) = Viewer::from_request_parts(&mut parts, s).await;
        let splice = viewer.map(|me| {
            let (token, new_cookie) = csrf::ensure(&parts.headers, https);
            Splice {
                name: me.user.display_name.clone(),
                token,
                new_cookie,
            }
        });
        (Request::from_parts(parts, body), splice)
    }

    /// Puts the user's account area into an HTML answer.
    pub(crate) async fn answer(self, s: &AppState, res: Response) -> Response {
        if !is_html(&res) {
            return res;
        }
        let (mut rp, b) = res.into_parts();
        let Ok(bytes) = axum::body::to_bytes(b, MAX_BODY).await else {
            return Response::from_parts(rp, Body::empty());
        };
        let text = String::from_utf8_lossy(&bytes);
        let lang = page_lang(&text).unwrap_or(Lang::DEFAULT);
        let nav = UserNav::signed_in(s.i18n, lang, &self.name, self.token);
        let Some(out) = replace(&text, &render(&nav)) else {
            return Response::from_parts(rp, Body::from(bytes));
        };
        let h = &mut rp.headers;
        h.remove(header::ETAG);
        h.remove(header::CONTENT_LENGTH);
        let no_store = h
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|c| c.contains("no-store"));
        if !no_store {
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-cache"),
            );
        }
        if let Some(c) = self.new_cookie {
            h.append(header::SET_COOKIE, c);
        }
        Response::from_parts(rp, Body::from(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_whose_512th_byte_falls_inside_a_letter_keeps_its_language() {
        for pad in 0..4 {
            // Two-byte Arabic letters and three-byte Tifinagh ones across byte 512.
            let body = format!(
                "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">{}{}",
                "x".repeat(460 + pad),
                "هـ".repeat(40) + &"ⵜ".repeat(40)
            );
            assert_eq!(page_lang(&body), Some(Lang::Ar), "pad {pad}");
        }
    }

    #[test]
    fn the_area_between_the_markers_is_replaced_and_names_are_escaped() {
        let i18n = opengov_i18n::global();
        let visitor = render(&UserNav::visitor(i18n, Lang::Fr, "/plans/1"));
        assert!(visitor.contains("/fr/account/sign-in?next=/fr/plans/1"));
        assert!(visitor.contains("/fr/account/register"));
        let page = format!("<header>{START}{visitor}{END}</header><main>x</main>");
        let me = render(&UserNav::signed_in(
            i18n,
            Lang::Fr,
            "<b>Amina</b>",
            "tok".into(),
        ));
        let out = replace(&page, &me).unwrap();
        assert!(out.contains("&#60;b&#62;Amina") || out.contains("&lt;b&gt;Amina"));
        assert!(!out.contains("<b>Amina"));
        assert!(out.contains(r#"action="/fr/account/sign-out""#));
        assert!(out.contains(r#"value="tok""#));
        assert!(!out.contains("sign-in?next"));
        assert!(out.ends_with("</header><main>x</main>"));
        assert!(replace("<p>no markers</p>", &me).is_none());
    }
}
