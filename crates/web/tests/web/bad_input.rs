//! Wrong, missing, oversized and hostile values: a translated 400 or 404, never a 500, never
//! reflected unescaped.

use crate::common;

use common::*;

const HOSTILE: &[&str] = &[
    "-1",
    "0",
    "abc",
    "99999999999999999999999",
    "1e9",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%27%20OR%201%3D1%20--",
    "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "%00",
    "%E2%80%AE",
];

async fn hostile_query_values_get_a_translated_400(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let big = "x".repeat(10_240);
    for param in ["page", "plan", "axis", "status", "institution"] {
        for v in HOSTILE.iter().copied().chain([big.as_str()]) {
            let url = format!("/ar/commitments?{param}={v}");
            let p = app.get(&url).await;
            assert!(p.status == 400 || p.status == 200, "{url}: {}", p.status);
            assert!(!p.body.contains("<script>alert"), "{url} reflects a script");
            assert!(
                !p.body.contains("onerror=alert"),
                "{url} reflects an attribute"
            );
            if p.status == 400 {
                assert_eq!(html_attr(&p.body, "lang").as_deref(), Some("ar"));
                assert!(
                    h1(&p.body).contains("طلب غير مفهوم"),
                    "{url}: {}",
                    h1(&p.body)
                );
            }
        }
    }
    // The clearly wrong ones are refused, with the reason.
    for url in [
        "/fr/commitments?page=-1",
        "/fr/commitments?page=abc",
        "/fr/commitments?page=99999999999999999999",
    ] {
        let p = app.get(url).await;
        assert_eq!(p.status, 400, "{url}");
        assert!(
            strip_tags(&p.body).contains("numéro de page"),
            "{url}: {}",
            strip_tags(&p.body)
        );
    }
    for url in [
        "/en/commitments?status=done",
        "/en/commitments?plan=x",
        "/en/commitments?axis=%3Cb%3E",
    ] {
        let p = app.get(url).await;
        assert_eq!(p.status, 400, "{url}");
        assert!(
            strip_tags(&p.body).contains("filters is not valid"),
            "{url}"
        );
    }
    // A malformed query string is a 400 too.
    assert_eq!(app.get("/fr/commitments?page=%ZZ").await.status, 400);
    // Unknown parameters are ignored; a page past the end is empty, not an error.
    assert_eq!(app.get("/fr/commitments?utm_source=x").await.status, 200);
    let p = app.get("/fr/commitments?page=500").await;
    assert_eq!(p.status, 200);
    app.cleanup().await;
}
both_engines!(hostile_query_values_get_a_translated_400);

async fn unknown_language_plan_commitment_or_institution_is_a_translated_404(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for (url, lang, text) in [
        ("/de/", "ar", "الصفحة غير موجودة"),
        ("/AR/plans", "ar", "الصفحة غير موجودة"),
        ("/ar/plans/99", "ar", "الصفحة غير موجودة"),
        ("/ar/plans/0", "ar", "الصفحة غير موجودة"),
        ("/ar/plans/abc", "ar", "الصفحة غير موجودة"),
        ("/fr/plans/-1", "fr", "Page introuvable"),
        ("/fr/commitments/MO9999", "fr", "Page introuvable"),
        ("/fr/commitments/%3Cscript%3E", "fr", "Page introuvable"),
        ("/en/institutions/nobody", "en", "Page not found"),
        ("/zgh/nothing/here", "zgh", ""),
        ("/ar/commitments/MO0001/extra", "ar", "الصفحة غير موجودة"),
    ] {
        let p = app.get(url).await;
        assert_eq!(p.status, 404, "{url}");
        assert_eq!(html_attr(&p.body, "lang").as_deref(), Some(lang), "{url}");
        assert!(h1(&p.body).contains(text), "{url}: {}", h1(&p.body));
        assert!(!p.body.contains("<script"), "{url}");
    }
    // The language of an unknown prefix comes from the browser.
    let p = app.get_with("/xx/", &[("accept-language", "fr")]).await;
    assert_eq!(html_attr(&p.body, "lang").as_deref(), Some("fr"));
    app.cleanup().await;
}
both_engines!(unknown_language_plan_commitment_or_institution_is_a_translated_404);

async fn a_post_to_a_page_is_refused_without_a_server_error(engine: Engine) {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let app = TestApp::new(engine).build().await;
    for (method, body) in [
        ("POST", "x".repeat(10)),
        ("PUT", "y".repeat(200_000)),
        ("DELETE", String::new()),
    ] {
        let req = Request::builder()
            .method(method)
            .uri("/ar/plans/1")
            .body(Body::from(body))
            .unwrap();
        let res = app.router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), 405, "{method}");
    }
    app.cleanup().await;
}
both_engines!(a_post_to_a_page_is_refused_without_a_server_error);
