//! HTTP as browsers and proxies expect it: compression when asked, static files under
//! content-hashed names kept for a year.

mod common;

use common::*;

async fn compression_and_static_files(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    for (accept, expected) in [("br", "br"), ("gzip", "gzip"), ("gzip, br", "br")] {
        for url in ["/ar/", "/fr/plans/3", "/api/v1/commitments"] {
            let r = app.get_with(url, &[("accept-encoding", accept)]).await;
            assert_eq!(r.status, 200, "{url}");
            assert_eq!(
                r.headers
                    .get("content-encoding")
                    .map(|v| v.to_str().unwrap()),
                Some(expected),
                "{url} with Accept-Encoding: {accept}"
            );
        }
    }
    // Without Accept-Encoding the page is sent as it is.
    let plain = app.get("/ar/").await;
    assert!(plain.headers.get("content-encoding").is_none());
    assert!(plain.body.contains("<html"));

    // The stylesheet's address in the page carries its hash; that address is immutable.
    let href = links(&plain.body)
        .into_iter()
        .find(|l| l.starts_with("/static/css/site.") && l.ends_with(".css"))
        .expect("the page links its stylesheet");
    assert_ne!(href, "/static/css/site.css", "the name is hashed");
    let css = app.get(&href).await;
    assert_eq!(css.status, 200);
    assert_eq!(
        css.headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        css.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    // The fonts it names are hashed too, and served immutable and uncompressed.
    let font = css
        .body
        .split("url(\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .next()
        .expect("the stylesheet names a font");
    assert!(
        font.ends_with(".woff2") && font.matches('.').count() >= 2,
        "{font}"
    );
    let f = app.get_with(&font, &[("accept-encoding", "br")]).await;
    assert_eq!(f.status, 200, "{font}");
    assert!(f.headers.get("content-encoding").is_none());
    assert_eq!(
        f.headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    // The stylesheet compresses when asked.
    let gz = app.get_with(&href, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.headers["content-encoding"], "gzip");
    // An old plain name still works, briefly cached.
    let old = app.get("/static/css/site.css").await;
    assert_eq!(old.status, 200);
    assert_eq!(old.headers["cache-control"], "public, max-age=300");
    let none = app.get("/static/css/site.0000000000.css").await;
    assert_eq!(none.status, 404);
    app.cleanup().await;
}

both_engines!(compression_and_static_files);
