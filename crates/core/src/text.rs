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

/// Which wording a text shown to a reader is: the official one (as a source or an editor gave
/// it), or an unofficial translation by the portal's editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Wording {
    Official,
    Unofficial,
}

/// A text chosen for a reader by [`show`]: its value, the language it is in and its wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub wording: Wording,
}

impl Shown<'_> {
    /// What the reader must be told about this text (nothing when it is the official text in
    /// the reader's language).
    pub fn marker(&self, reader: Lang) -> Marker {
        Marker {
            unofficial: self.wording == Wording::Unofficial,
            language: (self.lang != reader).then_some(self.lang),
        }
    }
}

/// What a marker says about one shown text: "unofficial translation", the language it is
/// shown in when that is not the reader's, both, or nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Marker {
    pub unofficial: bool,
    pub language: Option<Lang>,
}

impl Marker {
    pub fn is_none(&self) -> bool {
        !self.unofficial && self.language.is_none()
    }
}

/// The markers of one item (a table row, a card, a heading block) gathered into one: whether
/// any of its texts is an unofficial translation, and the other languages its texts are in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemMarker {
    pub unofficial: bool,
    languages: [bool; 4],
}

impl ItemMarker {
    pub fn add(&mut self, m: Marker) {
        self.unofficial |= m.unofficial;
        if let Some(l) = m.language {
            self.languages[l as usize] = true;
        }
    }

    pub fn of(markers: impl IntoIterator<Item = Marker>) -> ItemMarker {
        let mut out = ItemMarker::default();
        for m in markers {
            out.add(m);
        }
        out
    }

    /// The other languages, in the portal's order of languages.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|l| self.languages[*l as usize])
    }

    pub fn is_none(&self) -> bool {
        !self.unofficial && !self.languages.contains(&true)
    }
}

/// The display rule of a translatable field, for a reader of language `reader`:
///
/// 1. the official text in the reader's language;
/// 2. else the unofficial translation in the reader's language;
/// 3. else the official text in another language, the first of the reader's fallback order;
/// 4. else an unofficial text in another language (a label of the editors where no official
///    wording was found), in the same order.
///
/// An official wording, once entered, always wins over an unofficial one: the unofficial
/// variant is only ever a stand-in. `None` when neither has any text.
pub fn show<'a, O: Pick + ?Sized, U: Pick + ?Sized>(
    official: &'a O,
    unofficial: &'a U,
    reader: Lang,
) -> Option<Shown<'a>> {
    let shown = |text: &'a str, lang: Lang, wording: Wording| Shown {
        text,
        lang,
        wording,
    };
    if let Some(t) = official.get_exact(reader) {
        return Some(shown(t, reader, Wording::Official));
    }
    if let Some(t) = unofficial.get_exact(reader) {
        return Some(shown(t, reader, Wording::Unofficial));
    }
    let order = reader.fallback_order();
    order
        .iter()
        .find_map(|l| {
            official
                .get_exact(*l)
                .map(|t| shown(t, *l, Wording::Official))
        })
        .or_else(|| {
            order.iter().find_map(|l| {
                unofficial
                    .get_exact(*l)
                    .map(|t| shown(t, *l, Wording::Unofficial))
            })
        })
}

/// An official text read alongside its stored gaps filled by another official text of the same
/// thing (a commitment's title completed by the IRM report's title in the languages where the
/// first has none).
pub struct Completed<'a, A: Pick + ?Sized, B: Pick + ?Sized>(pub &'a A, pub &'a B);

impl<A: Pick + ?Sized, B: Pick + ?Sized> Pick for Completed<'_, A, B> {
    fn get_exact(&self, lang: Lang) -> Option<&str> {
        self.0.get_exact(lang).or_else(|| self.1.get_exact(lang))
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

    fn text(values: &[(Lang, &str)]) -> LocalizedText {
        values
            .iter()
            .fold(LocalizedText::new(), |t, (l, v)| t.with(*l, v))
    }

    #[test]
    fn the_display_rule_prefers_official_then_unofficial_then_other_languages() {
        let official = text(&[(Lang::Fr, "Données ouvertes"), (Lang::En, "Open data")]);
        let unofficial = text(&[
            (Lang::Ar, "البيانات المفتوحة"),
            (Lang::Fr, "Ouverture des données"),
        ]);
        // French: the official French wording wins over the unofficial French one.
        let s = show(&official, &unofficial, Lang::Fr).unwrap();
        assert_eq!(
            (s.text, s.lang, s.wording),
            ("Données ouvertes", Lang::Fr, Wording::Official)
        );
        assert!(s.marker(Lang::Fr).is_none());
        // Arabic: no official Arabic text, so the unofficial translation, marked as such.
        let s = show(&official, &unofficial, Lang::Ar).unwrap();
        assert_eq!(
            (s.text, s.wording),
            ("البيانات المفتوحة", Wording::Unofficial)
        );
        assert_eq!(
            s.marker(Lang::Ar),
            Marker {
                unofficial: true,
                language: None
            }
        );
        // Tamazight: neither in Tamazight; the official text in its fallback order (Arabic has
        // none, French has one), marked with its language.
        let s = show(&official, &unofficial, Lang::Zgh).unwrap();
        assert_eq!(
            (s.text, s.lang, s.wording),
            ("Données ouvertes", Lang::Fr, Wording::Official)
        );
        assert_eq!(
            s.marker(Lang::Zgh),
            Marker {
                unofficial: false,
                language: Some(Lang::Fr)
            }
        );
        // Only an editors' label in English: shown to everyone, marked as unofficial and English.
        let label = text(&[(Lang::En, "Access to information")]);
        let none = LocalizedText::new();
        let s = show(&none, &label, Lang::Ar).unwrap();
        assert_eq!(
            s.marker(Lang::Ar),
            Marker {
                unofficial: true,
                language: Some(Lang::En)
            }
        );
        assert!(show(&LocalizedText::new(), &LocalizedText::new(), Lang::Ar).is_none());
    }

    #[test]
    fn an_official_wording_entered_later_replaces_the_unofficial_one() {
        let unofficial = text(&[(Lang::Ar, "ترجمة المحررين")]);
        let mut official = text(&[(Lang::En, "Official title")]);
        assert_eq!(
            show(&official, &unofficial, Lang::Ar).unwrap().wording,
            Wording::Unofficial
        );
        official.set(Lang::Ar, "العنوان الرسمي");
        let s = show(&official, &unofficial, Lang::Ar).unwrap();
        assert_eq!((s.text, s.wording), ("العنوان الرسمي", Wording::Official));
    }

    #[test]
    fn item_markers_gather_their_fields_once() {
        let fr = Marker {
            unofficial: false,
            language: Some(Lang::Fr),
        };
        let un = Marker {
            unofficial: true,
            language: None,
        };
        let m = ItemMarker::of([fr, fr, Marker::default()]);
        assert_eq!(m.languages().collect::<Vec<_>>(), vec![Lang::Fr]);
        assert!(!m.unofficial);
        let m = ItemMarker::of([
            un,
            fr,
            Marker {
                unofficial: false,
                language: Some(Lang::En),
            },
        ]);
        assert!(m.unofficial);
        assert_eq!(m.languages().collect::<Vec<_>>(), vec![Lang::Fr, Lang::En]);
        assert!(ItemMarker::of([Marker::default()]).is_none());
    }

    #[test]
    fn a_completed_text_fills_only_the_gaps() {
        let title = text(&[(Lang::En, "OGP title")]);
        let irm = text(&[(Lang::En, "IRM title"), (Lang::Fr, "Titre du MEI")]);
        let both = Completed(&title, &irm);
        assert_eq!(both.get_exact(Lang::En), Some("OGP title"));
        assert_eq!(both.get_exact(Lang::Fr), Some("Titre du MEI"));
        assert_eq!(both.get_exact(Lang::Ar), None);
    }

    fn any_text() -> impl proptest::strategy::Strategy<Value = LocalizedText> {
        proptest::collection::vec(proptest::option::of("[a-zء-ي]{1,6}"), 4).prop_map(|v| {
            let mut t = LocalizedText::new();
            for (lang, x) in Lang::ALL.into_iter().zip(v) {
                if let Some(x) = x {
                    t.set(lang, &x);
                }
            }
            t
        })
    }

    use proptest::prelude::*;

    proptest::proptest! {
        #[test]
        fn the_display_rule_holds_for_any_texts(
            official in any_text(),
            unofficial in any_text(),
            reader in proptest::sample::select(Lang::ALL.to_vec()),
        ) {
            let s = show(&official, &unofficial, reader);
            // Something is shown exactly when there is something to show.
            prop_assert_eq!(s.is_some(), !(official.is_empty() && unofficial.is_empty()));
            let Some(s) = s else { return Ok(()) };
            // The text is really the stored one of that wording and language.
            let from = match s.wording {
                Wording::Official => &official,
                Wording::Unofficial => &unofficial,
            };
            prop_assert_eq!(from.get_exact(s.lang), Some(s.text));
            // An official text in the reader's language always wins.
            if let Some(t) = official.get_exact(reader) {
                prop_assert_eq!((s.text, s.lang, s.wording), (t, reader, Wording::Official));
            }
            // An unofficial text is shown in another language only when no official text exists.
            if s.wording == Wording::Unofficial && s.lang != reader {
                prop_assert!(official.is_empty());
            }
            // The reader's language, whatever the wording, beats every other language.
            if official.get_exact(reader).is_some() || unofficial.get_exact(reader).is_some() {
                prop_assert_eq!(s.lang, reader);
            }
            // The marker says "unofficial" exactly for unofficial texts, and names the language
            // exactly when it is not the reader's.
            let m = s.marker(reader);
            prop_assert_eq!(m.unofficial, s.wording == Wording::Unofficial);
            prop_assert_eq!(m.language.is_some(), s.lang != reader);
            // Without unofficial texts, the rule is the plain fallback of `resolve`.
            let none = LocalizedText::new();
            let plain = show(&official, &none, reader)
                .map(|s| (s.text, s.lang));
            prop_assert_eq!(plain, official.resolve(reader).map(|r| (r.text, r.lang)));
        }
    }
}
