//! The design system's rules that can be checked without a browser.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn read(rel: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

#[test]
fn the_stylesheet_uses_logical_properties_only_and_stays_small() {
    let css = read("static/css/site.css");
    assert!(css.len() < 50 * 1024, "CSS is {} bytes", css.len());
    for (n, line) in css.lines().enumerate() {
        let l = line.trim();
        if l.starts_with("/*") || l.starts_with('*') {
            continue;
        }
        let prop = l.split(':').next().unwrap_or("").trim();
        for bad in [
            "left",
            "right",
            "margin-left",
            "margin-right",
            "padding-left",
            "padding-right",
            "border-left",
            "border-right",
        ] {
            assert_ne!(prop, bad, "line {}: physical property {l}", n + 1);
        }
        for bad in [
            "text-align: left",
            "text-align: right",
            "float: left",
            "float: right",
        ] {
            assert!(!l.contains(bad), "line {}: {l}", n + 1);
        }
        assert!(
            !l.contains("http://") && !l.contains("https://") && !l.contains("@import"),
            "external resource: {l}"
        );
    }
    assert!(css.contains("@media print"), "a print stylesheet");
    assert!(css.contains(":focus-visible"), "a visible focus style");
    for font in ["noto-sans-arabic-400.woff2", "noto-sans-tifinagh-400.woff2"] {
        assert!(css.contains(font), "{font} is self-hosted");
    }
}

#[test]
fn every_message_a_template_or_handler_names_exists() {
    let ids: BTreeSet<String> = opengov_i18n::I18n::message_ids(opengov_core::Lang::En)
        .into_iter()
        .collect();
    let mut sources = Vec::new();
    for dir in ["templates", "src/views", "src/routes", "src"] {
        let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
        for e in std::fs::read_dir(&base).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                sources.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    let mut checked = 0;
    for (name, text) in &sources {
        for pat in [
            ".t(\"",
            ".ta(\"",
            ".count(\"",
            ".t(lang, \"",
            ".ta(lang, \"",
        ] {
            for part in text.split(pat).skip(1) {
                let id: String = part.chars().take_while(|c| *c != '"').collect();
                if id.contains('{')
                    || id.is_empty()
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    continue;
                }
                assert!(ids.contains(&id), "{name} names the missing message {id:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} message references found");
}
