//! What a reader notices of the wording on rendered pages: titles that name the site once,
//! French colons spaced the French way, error summaries that count their errors.

use crate::common;

use common::*;
use opengov_core::Lang;
use opengov_i18n::Arg;

/// Pages of every kind (lists, details, static pages, forms, an error).
const PAGES: &[&str] = &[
    "/",
    "/plans",
    "/plans/3",
    "/plans/2",
    "/commitments",
    "/commitments/MO0054",
    "/institutions",
    "/institutions/house-of-representatives",
    "/about",
    "/open-data",
    "/accessibility",
    "/contact",
    "/legal-notice",
    "/privacy",
    "/glossary",
    "/account/sign-in",
    "/account/register",
    "/account/reset",
    "/no-such-page",
];

fn title(html: &str) -> String {
    let s = html.find("<title>").map(|i| i + 7).unwrap_or(0);
    let e = html[s..].find("</title>").map(|e| s + e).unwrap_or(s);
    unescape(&html[s..e]).replace("&#39;", "'")
}

/// The interface's own text: stored texts (titles, names, always inside `<bdi>`) removed.
fn interface_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(i) = rest.find("<bdi") {
        out.push_str(&rest[..i]);
        rest = match rest[i..].find("</bdi>") {
            Some(e) => &rest[i + e + 6..],
            None => "",
        };
    }
    out.push_str(rest);
    // Tags removed, spaces kept as they are (`strip_tags` folds the no-break ones).
    let mut text = String::new();
    let mut in_tag = false;
    for c in out.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text).replace("&#39;", "'")
}

async fn no_page_title_names_the_site_twice(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let i18n = opengov_i18n::global();
    for lang in Lang::ALL {
        let site = i18n.t(lang, "site-name");
        for page in PAGES {
            let url = format!("/{}{page}", lang.code());
            let p = app.get(&url).await;
            let t = title(&p.body);
            assert_eq!(
                t.matches(site.as_str()).count(),
                1,
                "{url}: <title>{t}</title>"
            );
            let heading = h1(&p.body);
            assert!(!heading.trim().is_empty(), "{url} has no heading");
            // "page · site" (or "site · tagline"): never the same words on both sides.
            let (a, b) = t.split_once(" · ").unwrap_or((&t, ""));
            assert_ne!(a.trim(), b.trim(), "{url}: {t}");
        }
        // The home page: the site's name and tagline; its heading says what it is for.
        let home = app.get(&format!("/{}/", lang.code())).await;
        assert_eq!(
            title(&home.body),
            format!("{site} · {}", i18n.t(lang, "site-tagline"))
        );
        assert_ne!(h1(&home.body).trim(), site, "{lang}: the home heading");
    }
    app.cleanup().await;
}
both_engines!(no_page_title_names_the_site_twice);

async fn french_pages_put_a_no_break_space_before_every_colon(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut labels = 0;
    for page in PAGES {
        let url = format!("/fr{page}");
        let text = interface_text(&app.get(&url).await.body);
        let chars: Vec<char> = text.chars().collect();
        for (k, c) in chars.iter().enumerate() {
            if *c != ':' || k == 0 {
                continue;
            }
            let before = chars[k - 1];
            let after = chars.get(k + 1).copied().unwrap_or(' ');
            let context: String = chars[k.saturating_sub(30)..(k + 5).min(chars.len())]
                .iter()
                .collect();
            // "https://..." and "10:30" keep their colon tight; any other colon follows a
            // no-break space, never an ordinary one nor a word.
            if before.is_alphanumeric() && !after.is_whitespace() {
                continue;
            }
            assert_eq!(before, '\u{a0}', "{url}: {context:?}");
        }
        labels += text.matches("Chiffre officiel\u{a0}:").count();
    }
    assert!(
        labels > 0,
        "an official figure's label is on the pages checked"
    );
    // The same label reads "Officially reported:" in English, without a space.
    let en = interface_text(&app.get("/en/").await.body);
    assert!(
        en.contains("Officially reported:") && !en.contains("Officially reported :"),
        "{en}"
    );
    app.cleanup().await;
}
both_engines!(french_pages_put_a_no_break_space_before_every_colon);

/// The heading of a form's error summary and the number of errors it lists.
fn error_summary(html: &str) -> (String, usize) {
    let Some(s) = html.find("class=\"error-summary\"") else {
        return (String::new(), 0);
    };
    let block = &html[s..s + html[s..].find("</div>").unwrap()];
    let h = block.find("<h2").unwrap();
    let h = h + block[h..].find('>').unwrap() + 1;
    let heading = strip_tags(&block[h..h + block[h..].find("</h2>").unwrap()]);
    (heading, block.matches("<li>").count())
}

async fn a_form_error_summary_counts_the_errors_it_lists(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let i18n = opengov_i18n::global();
    for (n, lang) in Lang::ALL.into_iter().enumerate() {
        // A browser per language, each from its own address (registering is rate limited).
        let mut c = app.client().seen_from(&format!("198.51.100.{}", n + 10));
        let url = format!("/{}/account/register", lang.code());
        // Several errors at once: no name, a wrong address, a short password, no consent.
        let r = c
            .submit(
                &url,
                &[
                    ("display_name", ""),
                    ("email", "not-an-address"),
                    ("password", "short"),
                    ("language", lang.code()),
                ],
            )
            .await;
        assert_eq!(r.status, 400, "{url}");
        let (heading, errors) = error_summary(&r.body);
        assert!(errors >= 3, "{url}: {errors} errors listed");
        let expected = i18n.ta(
            lang,
            "form-error-summary",
            &[("count", Arg::Count(errors as i64))],
        );
        assert_eq!(heading, expected, "{url}");
        assert!(heading.contains(&errors.to_string()), "{url}: {heading}");
        // One error: the singular, without a number.
        let r = c
            .submit(
                &url,
                &[
                    ("display_name", "Amina"),
                    ("email", "amina@example.ma"),
                    ("password", "lantern orchard velvet compass"),
                    ("language", lang.code()),
                ],
            )
            .await;
        let (one, listed) = error_summary(&r.body);
        assert_eq!(listed, 1, "{url}: only the consent is missing");
        assert_eq!(
            one,
            i18n.ta(lang, "form-error-summary", &[("count", Arg::Count(1))])
        );
        assert_ne!(one, heading, "{url}");
    }
    // What an Arabic reader sees.
    let mut c = app.client().seen_from("198.51.100.99");
    let r = c
        .submit(
            "/ar/account/register",
            &[("display_name", ""), ("email", "x"), ("password", "short")],
        )
        .await;
    let (ar, n) = error_summary(&r.body);
    assert!((3..=10).contains(&n), "{n}");
    assert_eq!(ar, format!("في الاستمارة {n} أخطاء"));
    app.cleanup().await;
}
both_engines!(a_form_error_summary_counts_the_errors_it_lists);
