//! HTTP as browsers and proxies expect it: compression when asked, static files under
//! content-hashed names kept for a year.

use crate::common;

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

/// A kept page goes to a browser in the compressed form kept with it: the same bytes as the
/// plain page once decoded, brotli or gzip as asked; a signed-in user still gets their header.
async fn kept_pages_are_sent_in_their_kept_compressed_form(engine: Engine) {
    use std::io::Read;
    let app = TestApp::new(engine).build().await;
    for url in ["/ar/", "/fr/commitments", "/zgh/commitments/MO0054"] {
        let plain = app.get(url).await;
        assert_eq!(plain.status, 200, "{url}");
        let br = app
            .get_with(url, &[("accept-encoding", "gzip, deflate, br, zstd")])
            .await;
        assert_eq!(br.headers["content-encoding"], "br", "{url}");
        assert_eq!(br.headers["etag"], plain.headers["etag"], "{url}");
        // Arabic pages compress less than markup alone: the home page is at 3.9 to 1.
        assert!(
            br.bytes.len() * 3 < plain.bytes.len(),
            "{url}: not compressed"
        );
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &br.bytes[..], &mut decoded).unwrap();
        assert_eq!(decoded, plain.bytes, "{url}");
        let gz = app.get_with(url, &[("accept-encoding", "gzip")]).await;
        assert_eq!(gz.headers["content-encoding"], "gzip", "{url}");
        let mut decoded = Vec::new();
        flate2::read::GzDecoder::new(&gz.bytes[..])
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, plain.bytes, "{url}");
        // Revalidated with the tag: 304, nothing else.
        let etag = plain.headers["etag"].to_str().unwrap();
        let again = app
            .get_with(url, &[("accept-encoding", "br"), ("if-none-match", etag)])
            .await;
        assert_eq!(again.status, 304, "{url}");
        assert!(again.bytes.is_empty() && again.headers.get("content-encoding").is_none());
    }
    // A signed-in user's page (their name in the header) is compressed for them alone.
    let u = app
        .user("amina.br@example.ma")
        .name("Amina Brotli")
        .verified()
        .create()
        .await;
    let mut amina = app.signed_in(&u).await;
    let page = amina.get_with("/ar/", &[("accept-encoding", "br")]).await;
    assert_eq!(page.status, 200);
    let mut decoded = Vec::new();
    match page
        .headers
        .get("content-encoding")
        .map(|v| v.to_str().unwrap())
    {
        Some("br") => {
            brotli::BrotliDecompress(&mut &page.bytes[..], &mut decoded).unwrap();
        }
        other => panic!("a signed-in page sent as {other:?}"),
    }
    let text = String::from_utf8(decoded).unwrap();
    assert!(
        text.contains("Amina Brotli"),
        "the user's header is in the page"
    );
    let visitor = app.get_with("/ar/", &[("accept-encoding", "br")]).await;
    let mut decoded = Vec::new();
    brotli::BrotliDecompress(&mut &visitor.bytes[..], &mut decoded).unwrap();
    assert!(!String::from_utf8(decoded).unwrap().contains("Amina"));
    app.cleanup().await;
}

both_engines!(kept_pages_are_sent_in_their_kept_compressed_form);
