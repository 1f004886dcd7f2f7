//! Translatable text: one value per language, resolved with a fallback order.

use crate::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text stored once per language. Empty strings are never stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Lang, String>);

/// A text picked for a reader: its value and the language it is really in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub lang: Lang,
    /// True when the text is shown in another language than the one asked for.
    pub fallback: bool,
}

impl LocalizedText {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets one language's value; a blank value removes it.
    pub fn set(&mut self, lang: Lang, value: &str) {
        let v = value.trim();
        if v.is_empty() {
            self.0.remove(&lang);
        } else {
            self.0.insert(lang, v.to_string());
        }
    }

    pub fn with(mut self, lang: Lang, value: &str) -> Self {
        self.set(lang, value);
        self
    }

    pub fn get_exact(&self, lang: Lang) -> Option<&str> {
        self.0.get(&lang).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in `lang`, or in the first language of its fallback order that has one.
    pub fn resolve(&self, lang: Lang) -> Option<Resolved<'_>> {
        lang.fallback_order().into_iter().find_map(|l| {
            self.0.get(&l).map(|t| Resolved {
                text: t.as_str(),
                lang: l,
                fallback: l != lang,
            })
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// Reads the stored JSON form; anything unreadable gives an empty text.
    pub fn from_json(s: &str) -> Self {
        serde_json::from_str(s).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_with_fallback_marker() {
        let t = LocalizedText::new()
            .with(Lang::En, "Open data")
            .with(Lang::Fr, "Données ouvertes");
        let r = t.resolve(Lang::Ar).unwrap();
        assert_eq!(
            (r.text, r.lang, r.fallback),
            ("Données ouvertes", Lang::Fr, true)
        );
        let r = t.resolve(Lang::En).unwrap();
        assert_eq!((r.text, r.fallback), ("Open data", false));
        assert!(LocalizedText::new().resolve(Lang::Fr).is_none());
    }

    #[test]
    fn blank_values_are_not_stored_and_json_round_trips() {
        let t = LocalizedText::new()
            .with(Lang::Ar, "  ")
            .with(Lang::Zgh, "ⴰⵙⵍⴰⵖ");
        assert_eq!(t.get_exact(Lang::Ar), None);
        assert_eq!(LocalizedText::from_json(&t.to_json()), t);
        assert_eq!(LocalizedText::from_json("not json"), LocalizedText::new());
    }
}
