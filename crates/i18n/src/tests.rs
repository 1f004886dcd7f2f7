use super::*;

#[test]
fn every_file_parses() {
    assert_eq!(I18n::parse_errors(), Vec::<String>::new());
}

#[test]
fn every_message_exists_in_every_language() {
    let reference = I18n::message_ids(Lang::En);
    assert!(reference.len() > 50, "the English file looks empty");
    for lang in Lang::ALL {
        let ids = I18n::message_ids(lang);
        let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{lang} defines a message twice");
    }
}

#[test]
fn arabic_plural_categories_follow_cldr() {
    let i = I18n::load();
    let cases = [
        (0, "zero"),
        (1, "one"),
        (2, "two"),
        (3, "few"),
        (10, "few"),
        (11, "many"),
        (99, "many"),
        (100, "other"),
        (101, "other"),
        (102, "other"),
        (103, "few"),
        (111, "many"),
        (1000, "other"),
    ];
    for (n, cat) in cases {
        assert_eq!(i.plural_category(Lang::Ar, n), cat, "ar {n}");
    }
    assert_eq!(i.plural_category(Lang::Fr, 0), "one");
    assert_eq!(i.plural_category(Lang::Fr, 2), "other");
    assert_eq!(i.plural_category(Lang::En, 1), "one");
    assert_eq!(i.plural_category(Lang::En, 0), "other");
}

#[test]
fn arabic_count_messages_use_the_right_form() {
    let i = I18n::load();
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100, 103, 111]
        .iter()
        .map(|n| i.ta(Lang::Ar, "count-commitments", &[("count", Arg::Count(*n))]))
        .collect();
    // zero, one and two have their own words; 3 and 103 share "few", 11 and 111 share "many".
    assert!(
        !forms[0].contains('0') || forms[0].contains("لا"),
        "zero: {}",
        forms[0]
    );
    assert_eq!(forms[1], "التزام واحد");
    assert_eq!(forms[2], "التزامان");
    assert_eq!(forms[3], "3 التزامات");
    assert_eq!(forms[4], "11 التزامًا");
    assert_eq!(forms[5], "100 التزام");
    assert_eq!(forms[6], "103 التزامات");
    assert_eq!(forms[7], "111 التزامًا");
}

#[test]
fn other_languages_count_plurals() {
    let i = I18n::load();
    let f = |l, n| i.ta(l, "count-commitments", &[("count", Arg::Count(n))]);
    assert_eq!(f(Lang::En, 1), "1 commitment");
    assert_eq!(f(Lang::En, 2), "2 commitments");
    assert_eq!(f(Lang::Fr, 0), "0 engagement");
    assert_eq!(f(Lang::Fr, 22), "22 engagements");
}

#[test]
fn unreviewed_translations_say_so_in_their_header() {
    {
        let lang = Lang::Zgh;
        let head: String = I18n::source(lang)
            .lines()
            .take(10)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            head.contains("not reviewed by a native speaker"),
            "{lang}: {head}"
        );
    }
}

#[test]
fn negotiation_honours_quality_and_defaults_to_arabic() {
    assert_eq!(negotiate("fr-FR,fr;q=0.9,en;q=0.8"), Lang::Fr);
    assert_eq!(negotiate("en;q=0.5, fr;q=0.8"), Lang::Fr);
    assert_eq!(negotiate("de-DE, es"), Lang::Ar);
    assert_eq!(negotiate(""), Lang::Ar);
    assert_eq!(negotiate("tzm-Tfng"), Lang::Zgh);
    assert_eq!(negotiate("ar-MA"), Lang::Ar);
    assert_eq!(negotiate("en;q=abc, fr;q=0"), Lang::Ar);
    assert_eq!(negotiate(&"x,".repeat(10_000)), Lang::Ar);
}
