//! Languages of the portal: Fluent messages embedded in the binary, locale negotiation from
//! `Accept-Language`, and CLDR plural categories computed with ICU4X (Fluent's own plural
//! rules get Arabic 103 and 111 wrong, so messages select on a `$cat` string we pass in).
#![forbid(unsafe_code)]

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules};
use opengov_core::Lang;
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

/// Each language's messages: the main file, then one file per area of the portal
/// (`locales/<area>/<lang>.ftl`), so that a capability keeps its strings together. An area
/// is one name in the list below; its four files must exist.
macro_rules! sources {
    ($($area:literal),* $(,)?) => {
        [
            (Lang::Ar, &[include_str!("../locales/ar.ftl"), $(include_str!(concat!("../locales/", $area, "/ar.ftl"))),*]),
            (Lang::Fr, &[include_str!("../locales/fr.ftl"), $(include_str!(concat!("../locales/", $area, "/fr.ftl"))),*]),
            (Lang::En, &[include_str!("../locales/en.ftl"), $(include_str!(concat!("../locales/", $area, "/en.ftl"))),*]),
            (Lang::Zgh, &[include_str!("../locales/zgh.ftl"), $(include_str!(concat!("../locales/", $area, "/zgh.ftl"))),*]),
        ]
    };
}

const SOURCES: [(Lang, &[&str]); 4] = sources![
    "figures",
    "institutions_irm",
    "indicators_reminders",
    "plans_office"
];

/// The whole text of a language's messages, its files one after the other.
fn joined(lang: Lang) -> String {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|s| s.1.join("\n"))
        .unwrap_or_default()
}

/// The messages of every language. Build once and share.
pub struct I18n {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    plurals: Vec<(Lang, PluralRules)>,
    /// Messages without placeables, formatted once at load time (pages ask for many).
    plain: Vec<(Lang, std::collections::HashMap<String, String>)>,
}

/// A value passed to a message.
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    /// A count: formatted with Western digits, and its plural category passed as `$cat`.
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

impl I18n {
    /// Loads the embedded `.ftl` files. A syntax error in one of them is a build defect:
    /// the test suite parses each file, so this cannot fail in a tested build.
    pub fn load() -> I18n {
        let mut bundles = Vec::new();
        let mut plurals = Vec::new();
        for (lang, _) in SOURCES {
            let res = FluentResource::try_new(joined(lang)).unwrap_or_else(|(r, _)| r);
            let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut b = FluentBundle::new_concurrent(vec![id]);
            b.set_use_isolating(false);
            let _ = b.add_resource(res);
            bundles.push((lang, b));
            let loc: icu_locale_core::Locale = lang
                .code()
                .parse()
                .unwrap_or(icu_locale_core::Locale::UNKNOWN);
            let rules = PluralRules::try_new_cardinal((&loc).into())
                .or_else(|_| PluralRules::try_new_cardinal(Default::default()))
                .expect("root plural rules are compiled in");
            plurals.push((lang, rules));
        }
        let mut i = I18n {
            bundles,
            plurals,
            plain: Vec::new(),
        };
        let plain = Lang::ALL
            .iter()
            .map(|l| {
                let b = i.bundle(*l);
                let map = I18n::message_ids(*l)
                    .into_iter()
                    .filter_map(|id| {
                        let pattern = b.get_message(&id)?.value()?;
                        let mut errors = vec![];
                        let text = b.format_pattern(pattern, None, &mut errors).into_owned();
                        // A message with placeables reports errors when formatted without arguments.
                        errors.is_empty().then_some((id, text))
                    })
                    .collect();
                (*l, map)
            })
            .collect();
        i.plain = plain;
        i
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    /// The CLDR plural category of `n` in `lang`: zero, one, two, few, many or other.
    /// CLDR has no rules for Tamazight (`zgh`): there a noun is singular for one and plural
    /// for any other number, so 1 is "one" and every other count "other".
    pub fn plural_category(&self, lang: Lang, n: i64) -> &'static str {
        if lang == Lang::Zgh {
            return if n == 1 { "one" } else { "other" };
        }
        let rules = &self
            .plurals
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.plurals[0])
            .1;
        match rules.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// True when `lang` has the message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// A message without arguments.
    pub fn t(&self, lang: Lang, id: &str) -> String {
        match self
            .plain
            .iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, m)| m.get(id))
        {
            Some(text) => text.clone(),
            None => self.ta(lang, id, &[]),
        }
    }

    /// A message with arguments. A missing message shows its id (and the tests make sure
    /// none is missing).
    pub fn ta(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s.as_ref())),
                Arg::Count(n) => {
                    fa.set(*name, FluentValue::from(n.to_string()));
                    fa.set("cat", FluentValue::from(self.plural_category(lang, *n)));
                }
            }
        }
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// The ids of every message of `lang`'s file.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let res = match FluentResource::try_new(joined(lang)) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Parse errors of each embedded file (empty when all parse).
    pub fn parse_errors() -> Vec<String> {
        SOURCES
            .iter()
            .flat_map(|(l, files)| files.iter().map(move |src| (l, src)))
            .filter_map(|(l, src)| {
                FluentResource::try_new(src.to_string())
                    .err()
                    .map(|(_, e)| format!("{}: {e:?}", l.code()))
            })
            .collect()
    }

    /// The raw text of a language's messages, the main file first (for header checks).
    pub fn source(lang: Lang) -> String {
        joined(lang)
    }
}

/// The process-wide messages (they are embedded, so one copy serves everyone).
pub fn global() -> &'static I18n {
    static GLOBAL: std::sync::LazyLock<I18n> = std::sync::LazyLock::new(I18n::load);
    &GLOBAL
}

/// Picks the portal language that best matches an `Accept-Language` header (Arabic when none
/// matches). Tamazight tags (`zgh`, `tzm`, `ber`, `shi`, `rif`) map to `zgh`.
pub fn negotiate(accept_language: &str) -> Lang {
    let mut best: Option<(f32, usize, Lang)> = None;
    for (idx, part) in accept_language.split(',').take(32).enumerate() {
        let mut it = part.trim().split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        // A malformed quality value discards the entry.
        let q = match it.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => q.parse::<f32>().unwrap_or(-1.0),
            None => 1.0,
        };
        if !(q > 0.0 && q <= 1.0) {
            continue;
        }
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let lang = match primary {
            "ar" => Lang::Ar,
            "fr" => Lang::Fr,
            "en" => Lang::En,
            "zgh" | "tzm" | "ber" | "shi" | "rif" => Lang::Zgh,
            _ => continue,
        };
        // Higher q wins; on equal q the earlier entry wins.
        if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && idx < bi)) {
            best = Some((q, idx, lang));
        }
    }
    best.map(|b| b.2).unwrap_or(Lang::DEFAULT)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod wording_tests;
