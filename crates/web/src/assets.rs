//! Static files, embedded in the binary so one file deploys the portal. Each is served under a
//! content-hashed name (`css/site.3f9a0c1b2d.css`) that browsers may keep for a year: a new
//! version of a file has a new name. The stylesheet's references to the fonts are rewritten to
//! the fonts' hashed names before the stylesheet's own hash is taken.

use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub struct Asset {
    /// The file's name under `/static/`, such as `css/site.css`.
    pub name: &'static str,
    /// The content-hashed name, such as `css/site.3f9a0c1b2d.css`.
    pub hashed: String,
    pub mime: &'static str,
    pub body: Vec<u8>,
}

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "fonts/noto-sans-arabic-400.woff2",
        "font/woff2",
        include_bytes!("../static/fonts/noto-sans-arabic-400.woff2"),
    ),
    (
        "fonts/noto-sans-arabic-700.woff2",
        "font/woff2",
        include_bytes!("../static/fonts/noto-sans-arabic-700.woff2"),
    ),
    (
        "fonts/noto-sans-tifinagh-400.woff2",
        "font/woff2",
        include_bytes!("../static/fonts/noto-sans-tifinagh-400.woff2"),
    ),
    (
        "fonts/OFL.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../static/fonts/OFL.txt"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../static/favicon.svg"),
    ),
    // Last: it refers to the files above.
    (
        "css/site.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/css/site.css"),
    ),
];

fn hashed_name(name: &str, body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hex}.{ext}"),
        None => format!("{name}.{hex}"),
    }
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    let mut out: Vec<Asset> = Vec::new();
    for (name, mime, bytes) in FILES {
        let mut body = bytes.to_vec();
        if name.ends_with(".css") {
            let mut text = String::from_utf8_lossy(&body).into_owned();
            for a in &out {
                text = text.replace(
                    &format!("/static/{}", a.name),
                    &format!("/static/{}", a.hashed),
                );
            }
            body = text.into_bytes();
        }
        out.push(Asset {
            name,
            hashed: hashed_name(name, &body),
            mime,
            body,
        });
    }
    out
});

/// The address of a static file under its hashed name (`/static/css/site.<hash>.css`).
pub fn url(name: &str) -> String {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) => format!("/static/{}", a.hashed),
        None => format!("/static/{name}"),
    }
}

/// A file by its hashed name (`true`: may be kept forever) or its plain name.
pub fn find(path: &str) -> Option<(&'static Asset, bool)> {
    ASSETS
        .iter()
        .find(|a| a.hashed == path)
        .map(|a| (a, true))
        .or_else(|| ASSETS.iter().find(|a| a.name == path).map(|a| (a, false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_the_content_and_the_stylesheet_points_at_hashed_fonts() {
        assert_ne!(hashed_name("a.css", b"x"), hashed_name("a.css", b"y"));
        assert!(hashed_name("css/site.css", b"x").starts_with("css/site."));
        let css = find(&url("css/site.css")["/static/".len()..]).unwrap();
        assert!(css.1, "the hashed name is the immutable one");
        let text = String::from_utf8_lossy(&css.0.body);
        assert!(text.contains(&url("fonts/noto-sans-arabic-400.woff2")));
        assert!(!text.contains("noto-sans-arabic-400.woff2\""));
        assert!(find("css/site.css").is_some_and(|(_, immutable)| !immutable));
    }
}
