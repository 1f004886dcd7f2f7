//! The wording rules of docs/translations.md, checked on the message files.

use super::*;

/// The message values of a language's file (comments and ids left out).
fn values(lang: Lang) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in I18n::source(lang).lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once(" = ") {
            Some((id, v)) if !line.starts_with(' ') => out.push((id.to_string(), v.to_string())),
            _ => {
                if let Some(last) = out.last_mut() {
                    last.1.push('\n');
                    last.1.push_str(line);
                }
            }
        }
    }
    out
}

#[test]
fn a_form_error_summary_counts_its_errors_in_every_language() {
    let i = I18n::load();
    for lang in Lang::ALL {
        let one = i.ta(lang, "form-error-summary", &[("count", Arg::Count(1))]);
        let four = i.ta(lang, "form-error-summary", &[("count", Arg::Count(4))]);
        assert_ne!(one, four, "{lang}: one error and four read the same: {one}");
        assert!(four.contains('4'), "{lang}: four errors: {four}");
        assert!(!one.contains('4') && !one.is_empty(), "{lang}: {one}");
    }
    let ar = |n| i.ta(Lang::Ar, "form-error-summary", &[("count", Arg::Count(n))]);
    assert_eq!(ar(1), "في الاستمارة خطأ واحد");
    assert_eq!(ar(2), "في الاستمارة خطآن");
    assert_eq!(ar(4), "في الاستمارة 4 أخطاء");
    assert_eq!(ar(11), "في الاستمارة 11 خطأً");
    assert_eq!(
        i.ta(Lang::Fr, "form-error-summary", &[("count", Arg::Count(4))]),
        "Le formulaire comporte 4 erreurs"
    );
}

#[test]
fn tamazight_counts_are_singular_for_one_only() {
    let i = I18n::load();
    assert_eq!(i.plural_category(Lang::Zgh, 1), "one");
    for n in [0, 2, 3, 11, 21, 100, 101] {
        assert_eq!(i.plural_category(Lang::Zgh, n), "other", "zgh {n}");
    }
    let f = |n| i.ta(Lang::Zgh, "count-commitments", &[("count", Arg::Count(n))]);
    assert_eq!(f(1), "ⵢⴰⵜ ⵜⴳⴰⵍⵍⵉⵜ");
    assert_eq!(f(49), "49 ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ");
}

#[test]
fn counts_of_recorded_commitments_name_their_noun() {
    let i = I18n::load();
    let f = |lang, n| {
        i.ta(
            lang,
            "plan-recorded-of",
            &[("recorded", "9".into()), ("count", Arg::Count(n))],
        )
    };
    assert_eq!(f(Lang::Ar, 12), "سُجِّل هنا 9 من أصل 12 التزامًا.");
    assert_eq!(f(Lang::Ar, 10), "سُجِّل هنا 9 من أصل 10 التزامات.");
    assert_eq!(f(Lang::Ar, 100), "سُجِّل هنا 9 من أصل 100 التزام.");
    assert!(f(Lang::Fr, 22).contains("22 engagements"));
    assert!(f(Lang::En, 22).contains("22 commitments"));
}

/// French typography: a no-break space (U+00A0) before ":" and inside « », a narrow no-break
/// space (U+202F) before ";", "?", "!" and "%": never an ordinary space, where a line may
/// break and leave the sign alone at the start of the next.
#[test]
fn french_punctuation_is_spaced_the_french_way() {
    for (id, v) in values(Lang::Fr) {
        let chars: Vec<char> = v.chars().collect();
        for (k, c) in chars.iter().enumerate() {
            let before = if k > 0 { chars[k - 1] } else { '\0' };
            let after = chars.get(k + 1).copied().unwrap_or('\0');
            let wanted = match c {
                // "https://" and "10:30" keep their colon tight.
                ':' if before.is_ascii_alphanumeric() && !after.is_whitespace() => None,
                ':' | '»' => Some('\u{a0}'),
                ';' | '?' | '!' | '%' => Some('\u{202f}'),
                _ => None,
            };
            if let Some(space) = wanted {
                assert_eq!(before, space, "fr {id}: {c:?} in {v:?}");
            }
            if *c == '«' {
                assert_eq!(after, '\u{a0}', "fr {id}: {v:?}");
            }
        }
    }
}

/// Arabic: the established terms, one form of address (the reader in the plural), and words
/// that read wrongly ("غير مُبلَّغ عنه" reads as "not denounced", "مُختلَقة" as "fabricated").
#[test]
fn arabic_uses_the_established_terms_and_addresses_the_reader_in_the_plural() {
    let text: String = values(Lang::Ar)
        .into_iter()
        .map(|(_, v)| v + "\n")
        .collect();
    for wrong in [
        "غير مُبلَّغ عنه",
        "مُبلَّغ",
        "مُختلَق",
        "يُختلق",
        "تُعاد حساب",
        "شراكة الحكومة المنفتحة",
        "حسابك\n",
        "انتقل ",
        "أنت ",
        "يوجد مشكل\n",
    ] {
        assert!(!text.contains(wrong), "ar.ftl still says {wrong:?}");
    }
    assert!(text.contains("مبادرة الشراكة من أجل الحكومة المنفتحة"));
    assert!(text.contains("خطط العمل الوطنية للحكومة المنفتحة"));
    assert!(text.contains("لا تتوفر معطيات بعد"));
}

/// Tamazight: one spelling per word (the table in docs/translations.md), and a language's
/// name after the preposition ⵙ in the annexed state.
#[test]
fn tamazight_uses_one_spelling_per_word() {
    let text: String = values(Lang::Zgh)
        .into_iter()
        .map(|(_, v)| v + "\n")
        .collect();
    for (wrong, right) in [
        ("ⵏ ⵜⵉⴳⴰⵡⵜ", "ⵏ ⵜⴳⴰⵡⵜ"),
        ("ⵏⴻⵇⵇⵉⵙ", "ⵏⵇⵇⵉⵙ"),
        ("ⵙⵓⵜⴻⵔ", "ⵙⵓⵜⵔ"),
        ("ⴳⵔⵓⴷⴻⵎ", "ⴳⵔⵓⴷⵎ"),
        ("ⵙ ⵜⴰⵄⵔⴰⴱⵜ", "ⵙ ⵜⵄⵔⴰⴱⵜ"),
        ("ⵙ ⵜⴰⵎⴰⵣⵉⵖⵜ", "ⵙ ⵜⵎⴰⵣⵉⵖⵜ"),
        ("ⵙ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ", "ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ"),
        ("ⵙ ⵜⴰⵏⴳⵍⵉⵣⵜ", "ⵙ ⵜⵏⴳⵍⵉⵣⵜ"),
        ("ⵙ { $language }", "ⵜⵓⵜⵍⴰⵢⵜ: { $language }"),
        ("ⵜⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ", "ⵡⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ"),
        ("ⵜⵉⵍⵖⵉⵡⵉⵏ", "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ"),
        ("ⴰⴳⵏⵙⵓ ⵏ ⵓⵙⵉⵜ", "ⴰⵎⵙⵙⵓⴼⵖ"),
    ] {
        assert!(
            !text.contains(wrong),
            "zgh.ftl writes {wrong:?}, not {right:?}"
        );
    }
    assert!(text.contains("ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ"));
}
