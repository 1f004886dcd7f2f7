//! Every link of every page, in the four languages: no broken link, no server error, the
//! right `lang` and `dir`, and no English interface text left in the Arabic pages.

use crate::common;

use common::*;
use opengov_core::Lang;
use std::collections::{BTreeSet, HashSet, VecDeque};

async fn every_link_of_every_page_works_in_every_language(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let english_ui = english_only_messages();
    let message_ids: Vec<String> = opengov_i18n::I18n::message_ids(Lang::En)
        .into_iter()
        .filter(|id| id.contains('-'))
        .collect();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = Lang::ALL
        .iter()
        .map(|l| format!("/{}/", l.code()))
        .collect();
    let mut pages = 0;
    while let Some(url) = queue.pop_front() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let p = app.get(&url).await;
        assert!(
            p.status.is_success() || p.status.is_redirection(),
            "{url} answered {}",
            p.status
        );
        if url.starts_with("/api/") || url.starts_with("/static/") {
            continue;
        }
        if p.status.is_redirection() {
            queue.push_back(p.headers["location"].to_str().unwrap().to_string());
            continue;
        }
        pages += 1;
        let lang = Lang::from_code(url.trim_start_matches('/').split('/').next().unwrap()).unwrap();
        assert_eq!(
            html_attr(&p.body, "lang").as_deref(),
            Some(lang.code()),
            "{url}"
        );
        assert_eq!(
            html_attr(&p.body, "dir").as_deref(),
            Some(lang.dir()),
            "{url}"
        );
        assert!(!h1(&p.body).is_empty(), "{url} has a heading");
        // A missing message would show its id (such as "status-foo") instead of a text.
        let text = strip_tags(&p.body);
        let words: HashSet<&str> = text.split_whitespace().collect();
        for id in &message_ids {
            assert!(
                !words.contains(id.as_str()),
                "message id {id} shown on {url}"
            );
        }
        if lang == Lang::Ar {
            let text = own_language_text(&p.body, "ar");
            for m in &english_ui {
                assert!(
                    !text.contains(m.as_str()),
                    "English interface text {m:?} on {url}"
                );
            }
        }
        for link in links(&p.body) {
            if link.starts_with('/') && !link.starts_with("//") && !link.contains('#') {
                // Bound the crawl: filtered lists are checked through the first page of each filter.
                if link.contains("page=") && !link.ends_with("page=2") {
                    continue;
                }
                queue.push_back(link);
            } else if let Some((path, _)) = link.split_once('#')
                && path.starts_with('/')
            {
                queue.push_back(path.to_string());
            }
        }
    }
    // 4 languages x (home, plans, 3 plans, lists, 49 commitments, institutions...) at least.
    assert!(pages > 4 * 60, "only {pages} pages crawled");
    assert!(
        seen.iter().any(|u| u == "/api/openapi.json"),
        "the open-data page links the API"
    );
    app.cleanup().await;
}
both_engines!(every_link_of_every_page_works_in_every_language);

/// English interface messages of at least three words that the Arabic file translates.
fn english_only_messages() -> Vec<String> {
    let i = opengov_i18n::global();
    opengov_i18n::I18n::message_ids(Lang::En)
        .into_iter()
        .filter(|id| !id.starts_with("import-") && !id.starts_with("api-"))
        .map(|id| i.t(Lang::En, &id))
        .filter(|m| !m.contains('{') && !m.contains('\n') && m.split_whitespace().count() >= 3)
        .collect()
}
