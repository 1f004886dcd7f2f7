//! The help and trust pages (contact, legal notice, privacy notice, accessibility statement,
//! glossary) in the four languages, cached like the other public pages; the publisher's
//! settings shown where they belong when set and nowhere when not; the "last updated" date of
//! plans and commitments; figures isolated on right-to-left pages.

use crate::common;

use common::*;
use opengov_core::{Lang, LocalizedText};
use opengov_db::{Engine, now_micros};
use opengov_web::SiteInfo;

const PAGES: [&str; 5] = [
    "contact",
    "legal-notice",
    "privacy",
    "accessibility",
    "glossary",
];

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

fn site() -> SiteInfo {
    SiteInfo {
        publisher: Some("Département de la Réforme de l'Administration".into()),
        contact_email: Some("gouvernement-ouvert@example.ma".into()),
        postal_address: Some("Rabat, BP 1076".into()),
        hosting: Some("Hébergeur Exemple SARL".into()),
        cndp_declaration: Some("D-W-123/2026".into()),
    }
}

async fn help_pages_answer_in_every_language_from_the_footer_and_stay_cached(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for lang in Lang::ALL {
        let code = lang.code();
        let home = app.get(&format!("/{code}/")).await;
        let footer = &home.body[home.body.find("site-footer").expect("a footer")..];
        for page in PAGES {
            let url = format!("/{code}/{page}");
            assert!(
                links(footer).contains(&url),
                "the footer of /{code}/ links {url}"
            );
            let p = app.get(&url).await;
            assert_eq!(p.status, 200, "{url}");
            assert_eq!(html_attr(&p.body, "lang").as_deref(), Some(code), "{url}");
            assert_eq!(
                html_attr(&p.body, "dir").as_deref(),
                Some(lang.dir()),
                "{url}"
            );
            let title = h1(&p.body);
            assert!(!title.is_empty(), "{url} has a heading");
            // Its text is written in the page's language, not another one's.
            let text = strip_tags(&p.body[p.body.find("<main").unwrap()..]);
            let script = |c: char| match lang {
                Lang::Ar => ('\u{0600}'..='\u{06FF}').contains(&c),
                Lang::Zgh => ('\u{2D30}'..='\u{2D7F}').contains(&c),
                _ => c.is_alphabetic() && u32::from(c) < 0x250,
            };
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let own = text.chars().filter(|c| script(*c)).count();
            assert!(
                own * 10 > letters * 8,
                "{url}: {own} of {letters} letters in the page's script"
            );
            assert_eq!(
                p.headers["cache-control"], "public, no-cache",
                "{url} is a public page"
            );
            // Cached: the second request runs no statement and has the same ETag.
            let before = app.state.db.statements_run();
            let again = app.get(&url).await;
            assert_eq!(app.state.db.statements_run(), before, "{url} is cached");
            assert_eq!(again.headers["etag"], p.headers["etag"], "{url}");
        }
    }
    // Junk in the address is neither an error nor shown, nor a new cache entry.
    for url in [
        "/fr/glossary?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "/ar/privacy?page=-1&lang=xx",
        "/zgh/contact?%00=%E2%80%AE",
    ] {
        let p = app.get(url).await;
        assert_eq!(p.status, 200, "{url}");
        assert!(
            !p.body.contains("<script>alert"),
            "{url} reflects its query"
        );
    }
    for url in ["/xx/glossary", "/fr/glossary/extra", "/fr/privacy%00"] {
        assert_eq!(app.get(url).await.status, 404, "{url}");
    }
    // The glossary has the entries other pages link to.
    let glossary = app.get("/fr/glossary").await.body;
    for id in [
        "ogp",
        "action-plan",
        "commitment",
        "milestone",
        "irm",
        "starred",
        "ambition",
        "potential-impact",
        "completion",
        "co-creation",
        "multi-stakeholder-forum",
        "ogp-values",
        "verifiable",
        "relevance",
        "early-results",
    ] {
        assert!(
            glossary.contains(&format!("id=\"{id}\"")),
            "the glossary explains {id}"
        );
    }
    app.cleanup().await;
}
both_engines!(help_pages_answer_in_every_language_from_the_footer_and_stay_cached);

async fn the_publishers_settings_show_when_set(engine: Engine) {
    let app = TestApp::new(engine)
        .config(|c| c.site = site())
        .build()
        .await;
    let s = site();
    let email = s.contact_email.as_deref().unwrap();
    let number = s.cndp_declaration.as_deref().unwrap();
    for lang in Lang::ALL {
        let code = lang.code();
        let contact = app.get(&format!("/{code}/contact")).await.body;
        assert!(
            contact.contains(&format!("href=\"mailto:{email}\"")),
            "/{code}/contact links the team's address"
        );
        assert!(contact.contains("Rabat, BP 1076"), "/{code}/contact");
        let legal = app.get(&format!("/{code}/legal-notice")).await.body;
        for v in ["Département de la Réforme", "Hébergeur Exemple SARL"] {
            let escaped = v.replace('\'', "&#39;");
            assert!(
                legal.contains(v) || legal.contains(&escaped),
                "/{code}/legal-notice names {v}"
            );
        }
        let privacy = app.get(&format!("/{code}/privacy")).await.body;
        let cndp = &privacy[privacy.find("id=\"cndp\"").expect("the CNDP number")..];
        assert!(cndp.contains(number), "/{code}/privacy gives the number");
        let accessibility = app.get(&format!("/{code}/accessibility")).await.body;
        assert!(
            accessibility.contains(&format!("mailto:{email}")),
            "/{code}/accessibility gives the feedback address"
        );
        assert!(
            accessibility.contains("datetime=\"2026-12-01\""),
            "/{code}/accessibility is dated"
        );
        // The registration form: the number beside the consent, and the notice linked.
        let form = app
            .client()
            .get(&format!("/{code}/account/register"))
            .await
            .body;
        assert!(
            form.contains(number),
            "/{code}/account/register: CNDP number"
        );
        assert!(
            links(&form).contains(&format!("/{code}/privacy")),
            "/{code}/account/register links the privacy notice"
        );
    }
    // On a right-to-left page the number reads as one left-to-right unit.
    let form = app.client().get("/ar/account/register").await.body;
    assert!(
        form.contains(&format!("{LRI}{number}{PDI}")),
        "the number isolated in Arabic"
    );
    app.cleanup().await;
}
both_engines!(the_publishers_settings_show_when_set);

async fn unset_settings_show_nowhere(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for lang in Lang::ALL {
        let code = lang.code();
        for page in PAGES {
            let body = app.get(&format!("/{code}/{page}")).await.body;
            let main = &body[body.find("<main").unwrap()..];
            assert!(!main.contains("mailto:"), "/{code}/{page}: no address set");
            assert!(
                !main.contains("id=\"cndp\""),
                "/{code}/{page}: no CNDP number"
            );
        }
        // Without an address, the contact page says so rather than showing an empty list.
        let contact = app.get(&format!("/{code}/contact")).await.body;
        assert!(contact.contains("class=\"notice\""), "/{code}/contact");
        let form = app
            .client()
            .get(&format!("/{code}/account/register"))
            .await
            .body;
        assert!(
            !form.contains("CNDP") && !form.contains("اللجنة الوطنية لمراقبة"),
            "/{code}/account/register names no declaration"
        );
        assert!(
            links(&form).contains(&format!("/{code}/privacy")),
            "/{code}/account/register links the privacy notice"
        );
    }
    // The privacy notice states the session timeouts in force.
    let app2 = TestApp::new(engine)
        .demo(false)
        .config(|c| {
            c.session_idle_secs = 45 * 60;
            c.session_absolute_secs = 3 * 3600;
        })
        .build()
        .await;
    let en = app2.get("/en/privacy").await.body;
    assert!(en.contains("45 minutes") && en.contains("3 hours"), "{en}");
    let ar = app2.get("/ar/privacy").await.body;
    assert!(
        ar.contains("45 دقيقة") && ar.contains("3 ساعات"),
        "Arabic plurals"
    );
    app2.cleanup().await;
    app.cleanup().await;
}
both_engines!(unset_settings_show_nowhere);

/// The "last updated" date of a page (the `datetime` of its `<time>` after the heading).
fn updated(body: &str) -> Option<String> {
    let h = body.find("</h1>")?;
    let i = h + body[h..].find("<time datetime=\"")? + 16;
    Some(body[i..i + 10].to_string())
}

async fn plans_and_commitments_say_when_they_last_changed(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let today = opengov_db::today();
    for url in [
        "/fr/plans/3",
        "/fr/commitments/MO0054",
        "/fr/commitments/MO0013",
    ] {
        assert_eq!(
            updated(&app.get(url).await.body).as_deref(),
            Some(today.as_str()),
            "{url}: dated by the import"
        );
    }
    // A change dated later shows at once on its commitment and plan, not on another plan's.
    let later = now_micros() + 40 * 86_400_000_000;
    let day = {
        let t = time::OffsetDateTime::from_unix_timestamp(later / 1_000_000).unwrap();
        format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
    };
    app.state
        .db
        .add_activity(
            &opengov_db::dataset::ActivityRec {
                ogp_id: "MO0054".into(),
                key: "dated".into(),
                position: 1,
                title: LocalizedText::new().with(Lang::Fr, "Rédiger le projet"),
                expected_output: LocalizedText::new(),
                start_date: None,
                end_date: None,
                responsible_institution: None,
                weight: 1,
                progress: Some(20),
                cancelled: false,
                sources: String::new(),
                provenance: Default::default(),
            },
            later,
        )
        .await
        .unwrap();
    for url in ["/fr/plans/3", "/fr/commitments/MO0054"] {
        assert_eq!(
            updated(&app.get(url).await.body),
            Some(day.clone()),
            "{url}"
        );
    }
    assert_eq!(
        updated(&app.get("/fr/commitments/MO0013").await.body),
        Some(today.clone()),
        "another plan's commitment keeps its date"
    );
    let ar = app.get("/ar/commitments/MO0054").await.body;
    assert!(
        ar.contains("آخر تحديث"),
        "the Arabic page says it is the last update"
    );
    app.cleanup().await;
}
both_engines!(plans_and_commitments_say_when_they_last_changed);

async fn figures_are_isolated_on_arabic_pages_only(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    // Plan 3 has an official figure (37 %), the plan page explains the 0-100 % scale.
    let ar = app.get("/ar/plans/3").await.body;
    assert!(
        ar.contains(&format!("{LRI}37%{PDI}")),
        "the official figure"
    );
    assert!(
        ar.contains(&format!("{LRI}100%{PDI}")),
        "percentages in running text"
    );
    // No percent sign left outside an isolate in the page's own messages.
    let main = &ar[ar.find("<main").unwrap()..];
    let mut depth = 0;
    for (i, c) in main.char_indices() {
        match c {
            LRI => depth += 1,
            PDI => depth -= 1,
            // A percent sign after a figure (not the %XX of an address).
            '%' if depth == 0
                && main[..i].trim_end().ends_with(|d: char| d.is_ascii_digit())
                && !main[i + 1..].chars().take(2).all(|h| h.is_ascii_hexdigit()) =>
            {
                // Stored notes quoted in English are isolated by their own <bdi>.
                let before = &main[..i];
                let open = before.rfind("<bdi").unwrap_or(0);
                let close = before.rfind("</bdi>").unwrap_or(0);
                assert!(
                    open > close,
                    "a percent sign outside an isolate: {}",
                    &main[i.saturating_sub(80)..i + 1]
                );
            }
            _ => {}
        }
    }
    let register = app.client().get("/ar/account/register").await.body;
    assert!(
        register.contains(&format!("{LRI}09-08{PDI}")),
        "the law number"
    );
    for lang in ["fr", "en", "zgh"] {
        let body = app.get(&format!("/{lang}/plans/3")).await.body;
        assert!(
            !body.contains(LRI),
            "/{lang}/plans/3 is left to right: nothing to isolate"
        );
    }
    // The breadcrumb's items are isolated from each other (a French name in an Arabic trail).
    let page = app.get("/ar/commitments/MO0054").await.body;
    let trail = &page[page.find("class=\"breadcrumbs\"").unwrap()..];
    let trail = &trail[..trail.find("</nav>").unwrap()];
    assert!(
        trail.contains("<li aria-current=\"page\"><bdi>"),
        "the current item in <bdi>: {trail}"
    );
    app.cleanup().await;
}
both_engines!(figures_are_isolated_on_arabic_pages_only);
