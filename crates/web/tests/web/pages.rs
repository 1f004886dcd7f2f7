//! What a visitor sees on the key pages, in Arabic and in French, on both engines.

use crate::common;

use common::*;

async fn key_pages_show_the_plans(engine: Engine) {
    let app = TestApp::new(engine).build().await;

    let home = app.get("/ar/").await;
    assert_eq!(home.status, 200);
    assert_eq!(html_attr(&home.body, "lang").as_deref(), Some("ar"));
    assert_eq!(html_attr(&home.body, "dir").as_deref(), Some("rtl"));
    let text = strip_tags(&home.body);
    assert!(text.contains("الحكومة المنفتحة بالمغرب"), "Arabic title");
    // Headline figures: 3 plans and 50 commitments; the current plan's reported 37 %.
    assert!(
        text.contains("3 خطط العمل") || home.body.contains(r#"<span class="stat-value">3</span>"#)
    );
    assert!(home.body.contains(r#"<span class="stat-value">50</span>"#));
    assert!(
        home.body
            .contains("<span class=\"stat-value\">\u{2066}37%\u{2069}</span>"),
        "official 37 % shown for the current plan, one left-to-right unit"
    );
    assert!(
        text.contains("لا تتوفر معطيات بعد"),
        "no computed figure: 'no data yet'"
    );

    let plan = app.get("/fr/plans/2").await;
    assert_eq!(plan.status, 200);
    assert_eq!(html_attr(&plan.body, "dir").as_deref(), Some("ltr"));
    let t = strip_tags(&plan.body);
    assert!(
        t.contains("13 des 22 engagements"),
        "incomplete plan says 13 of 22: {t}"
    );
    assert!(
        plan.body.contains("id=\"how-computed\""),
        "the rule is explained"
    );
    assert!(
        plan.body.contains("id=\"parliament\""),
        "Parliament's commitments are their own group"
    );
    assert!(plan.body.contains("/fr/commitments/MO0045"));
    assert!(
        !plan.body.contains("/fr/commitments/MO0029"),
        "no invented commitment"
    );

    let en = app.get("/en/plans/2").await;
    let t = strip_tags(&en.body);
    assert!(t.contains("Recorded here: 13 of the plan") && t.contains("22 commitments."));
    let ar = app.get("/ar/plans/2").await;
    assert!(strip_tags(&ar.body).contains("13 من أصل 22 التزامًا"));

    let p1 = app.get("/fr/plans/1").await;
    let t = strip_tags(&p1.body);
    assert!(
        t.contains("84 %") || t.contains("84\u{202f}%") || t.contains("84%"),
        "official 84 % with its source"
    );
    assert!(p1.body.contains("leseco.ma"));

    let c = app.get("/fr/commitments/MO0013").await;
    assert_eq!(c.status, 200);
    let t = strip_tags(&c.body);
    assert!(
        h1(&c.body).contains("Charaka"),
        "official French title: {}",
        h1(&c.body)
    );
    assert!(c.body.contains("25"), "reported 25 %");
    assert!(c.body.contains("gouvernement-ouvert.ma"), "its source");
    // Every OGP template field is listed; missing ones say so.
    for label in ["Problème", "Description", "Contact", "Valeurs"] {
        assert!(t.contains(label), "field {label} on the commitment page");
    }
    app.cleanup().await;
}
both_engines!(key_pages_show_the_plans);

async fn fallback_texts_carry_a_language_marker(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let heading = |body: &str| {
        // The heading block: the heading and what follows it up to the first section.
        body.split("<h1")
            .nth(1)
            .unwrap()
            .split("<section")
            .next()
            .unwrap()
            .to_string()
    };
    // No official Arabic title exists for MO0001: the editors' translation, said to be one in
    // words, with the official title and its language under it.
    let p = app.get("/ar/commitments/MO0001").await;
    let h = heading(&p.body);
    assert!(h.contains("التحسيس بالحق في الحصول على المعلومات"), "{h}");
    assert!(
        h.contains(r#"class="content-mark""#) && h.contains("ترجمة غير رسمية"),
        "{h}"
    );
    assert!(
        h.contains("العنوان الرسمي بالفرنسية") && h.contains(r#"lang="fr""#),
        "{h}"
    );
    assert!(!p.body.contains(r#"class="fallback""#) && !p.body.contains(">EN<"));
    // The English page shows the official English title without a marker.
    let p = app.get("/en/commitments/MO0001").await;
    let h = heading(&p.body);
    assert!(!h.contains("content-mark"), "{h}");
    // A text that exists only in another language names it, in the reader's words.
    let p = app
        .get("/en/institutions/ministry-of-administration-reform-and-civil-service")
        .await;
    assert!(
        p.body.contains(">in French</span>"),
        "later names are French and Arabic"
    );
    app.cleanup().await;
}
both_engines!(fallback_texts_carry_a_language_marker);

async fn root_redirects_by_accept_language_and_the_switcher_keeps_the_page(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let r = app
        .get_with("/", &[("accept-language", "fr-FR,fr;q=0.9,en;q=0.5")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.headers["location"], "/fr/");
    let r = app.get_with("/", &[("accept-language", "de")]).await;
    assert_eq!(r.headers["location"], "/ar/");
    let p = app.get("/ar/commitments?plan=3&page=1").await;
    for (code, href) in [
        ("fr", "/fr/commitments?plan=3&page=1"),
        ("zgh", "/zgh/commitments?plan=3&page=1"),
    ] {
        assert!(
            p.body.contains(&format!(
                r#"<link rel="alternate" hreflang="{code}" href="{}">"#,
                href.replace('&', "&#38;")
            )),
            "hreflang {code}"
        );
        assert!(
            links(&p.body).contains(&href.to_string()),
            "switcher link {href}"
        );
    }
    app.cleanup().await;
}
both_engines!(root_redirects_by_accept_language_and_the_switcher_keeps_the_page);

async fn security_headers_and_no_inline_code(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for path in [
        "/ar/",
        "/fr/plans/1",
        "/en/commitments/MO0054",
        "/ar/nope",
        "/api/v1/plans",
    ] {
        let p = app.get(path).await;
        let csp = p.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(p.headers["x-content-type-options"], "nosniff");
        assert!(p.headers.contains_key("referrer-policy"));
        assert!(p.headers.contains_key("x-request-id"), "request id echoed");
        assert!(
            !p.headers.contains_key("strict-transport-security"),
            "no HSTS over plain http"
        );
        assert!(
            !p.body.contains(" style=\""),
            "no inline style attribute on {path}"
        );
        assert!(!p.body.contains("<script"), "no script on {path}");
        // The API may be read from any site; the pages, which carry sessions, may not.
        assert_eq!(
            p.headers.get("access-control-allow-origin").is_some(),
            path.starts_with("/api/"),
            "cross-origin reading on {path}"
        );
    }
    for path in [
        "/api/v1/nope",
        "/api/openapi.json",
        "/api/v1/commitments/XX",
    ] {
        let p = app.get(path).await;
        assert_eq!(
            p.headers["access-control-allow-origin"], "*",
            "{path} ({})",
            p.status
        );
    }
    app.cleanup().await;
}
both_engines!(security_headers_and_no_inline_code);

async fn hsts_is_sent_when_served_over_https(engine: Engine) {
    let app = TestApp::new(engine)
        .demo(false)
        .config(|c| c.https = true)
        .build()
        .await;
    let p = app.get("/healthz").await;
    assert!(
        p.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    app.cleanup().await;
}
both_engines!(hsts_is_sent_when_served_over_https);

async fn illustrative_banner_shows_only_when_illustrative_data_is_loaded(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    assert!(!app.get("/fr/").await.body.contains("banner--warning"));
    app.state.db.set_setting("illustrative", "1").await.unwrap();
    for p in [
        "/fr/",
        "/ar/plans/3",
        "/en/commitments/MO0054",
        "/zgh/institutions",
    ] {
        assert!(
            app.get(p).await.body.contains("banner--warning"),
            "banner on {p}"
        );
    }
    app.cleanup().await;
}
both_engines!(illustrative_banner_shows_only_when_illustrative_data_is_loaded);

async fn a_change_shows_at_once_despite_the_page_cache(engine: Engine) {
    use opengov_core::{Lang, LocalizedText};
    let app = TestApp::new(engine).build().await;
    let before = app.get("/en/commitments/MO0055").await.body;
    assert!(before.contains("Not reported"));
    let a = opengov_db::dataset::ActivityRec {
        ogp_id: "MO0055".into(),
        key: "k1".into(),
        position: 1,
        title: LocalizedText::new().with(Lang::En, "Draft the revised law"),
        expected_output: LocalizedText::new(),
        start_date: None,
        end_date: None,
        responsible_institution: None,
        weight: 1,
        progress: Some(40),
        cancelled: false,
        sources: String::new(),
        provenance: Default::default(),
    };
    app.state
        .db
        .add_activity(&a, opengov_db::now_micros())
        .await
        .unwrap();
    let after = app.get("/en/commitments/MO0055").await.body;
    assert!(after.contains("Draft the revised law"));
    assert!(after.contains(r#"<span class="progress-value">40%</span>"#));
    assert!(
        app.get("/en/plans/3")
            .await
            .body
            .contains(r#"<span class="progress-value">40%</span>"#)
    );
    app.cleanup().await;
}
both_engines!(a_change_shows_at_once_despite_the_page_cache);
