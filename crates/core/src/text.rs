//! Translatable text: one value per language, resolved with a fallback order.

use crate::Lang;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
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
        Pick::resolve(self, lang)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// Reads the stored JSON form; anything unreadable gives an empty text.
    pub fn from_json(s: &str) -> Self {
        serde_json::from_str(s).unwrap_or_default()
    }
}

/// What a page asks of a translatable text: the value in one language, or the one to show.
pub trait Pick {
    fn get_exact(&self, lang: Lang) -> Option<&str>;
    /// The text in `lang`, or in the first language of its fallback order that has one.
    fn resolve(&self, lang: Lang) -> Option<Resolved<'_>> {
        lang.fallback_order().into_iter().find_map(|l| {
            self.get_exact(l).map(|t| Resolved {
                text: t,
                lang: l,
                fallback: l != lang,
            })
        })
    }
}

impl Pick for LocalizedText {
    fn get_exact(&self, lang: Lang) -> Option<&str> {
        LocalizedText::get_exact(self, lang)
    }
}

/// A stored text read for showing, not for editing: its values borrowed from the stored JSON
/// (copied only where the JSON escapes a character), one slot per language. Pages read many
/// texts per row; this reads them without building a map of owned strings.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TextRef<'a>([Option<Cow<'a, str>>; 4]);

impl<'a> TextRef<'a> {
    /// Reads the stored JSON form; anything unreadable gives an empty text, as
    /// [`LocalizedText::from_json`] does.
    pub fn from_json(s: &'a str) -> TextRef<'a> {
        serde_json::from_str(s).unwrap_or_default()
    }
}

impl Pick for TextRef<'_> {
    fn get_exact(&self, lang: Lang) -> Option<&str> {
        self.0[lang as usize].as_deref()
    }
}

/// A JSON string, borrowed from the input where it can be.
#[derive(Deserialize)]
struct Borrowed<'a>(#[serde(borrow)] Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for TextRef<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Slots<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Slots<'a> {
            type Value = TextRef<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of texts by language code")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Self::Value, M::Error> {
                let mut t = TextRef::default();
                while let Some(Borrowed(code)) = m.next_key::<Borrowed<'de>>()? {
                    let Some(lang) = Lang::from_code(&code) else {
                        return Err(serde::de::Error::custom("not a language code"));
                    };
                    let Borrowed(v) = m.next_value::<Borrowed<'de>>()?;
                    t.0[lang as usize] = Some(v);
                }
                Ok(t)
            }
        }
        d.deserialize_map(Slots(std::marker::PhantomData))
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

    #[test]
    fn a_borrowed_read_picks_what_the_owned_one_picks() {
        let texts = [
            r#"{"ar":"البيانات المفتوحة","fr":"Donn\u00e9es \"ouvertes\""}"#,
            r#"{"zgh":"ⴰⵙⵍⴰⵖ"}"#,
            r#"{"en":"Open","en":"Later wins"}"#,
            r#"{}"#,
            r#"{"xx":"unknown language"}"#,
            "not json",
            r#"{"fr":3}"#,
        ];
        for json in texts {
            let owned = LocalizedText::from_json(json);
            let borrowed = TextRef::from_json(json);
            for lang in Lang::ALL {
                assert_eq!(
                    Pick::resolve(&borrowed, lang),
                    owned.resolve(lang),
                    "{json} {lang}"
                );
                assert_eq!(Pick::get_exact(&borrowed, lang), owned.get_exact(lang));
            }
        }
        let t = TextRef::from_json(r#"{"fr":"Donn\u00e9es \"ouvertes\""}"#);
        assert_eq!(Pick::get_exact(&t, Lang::Fr), Some("Données \"ouvertes\""));
    }

    proptest::proptest! {
        #[test]
        fn borrowed_and_owned_reads_agree(values in proptest::collection::vec(".{0,12}", 4)) {
            let mut t = LocalizedText::new();
            for (lang, v) in Lang::ALL.into_iter().zip(&values) {
                t.set(lang, v);
            }
            let json = t.to_json();
            let borrowed = TextRef::from_json(&json);
            for lang in Lang::ALL {
                proptest::prop_assert_eq!(Pick::resolve(&borrowed, lang), t.resolve(lang));
            }
        }
    }
}
