//! The catalogue forms' checks, the untranslated view and the history's changes.

use super::*;

fn langs(fr: &str) -> Texts {
    vec![(Lang::Ar, String::new()), (Lang::Fr, fr.into())]
}

fn commitment(title_fr: &str) -> CommitmentInput {
    CommitmentInput {
        ogp_id: Some(" mo0099 ".into()),
        title: langs(title_fr),
        commitment_type: "government".into(),
        weight: "1".into(),
        ogp_values: vec![OgpValue::Technology, OgpValue::AccessToInformation],
        supporters: "a; b,\na".into(),
        ..CommitmentInput::default()
    }
}

#[test]
fn a_plan_needs_a_number_a_title_and_an_order_of_dates() {
    let ok = check_plan(&PlanInput {
        number: Some(" 4 ".into()),
        title: langs(" Plan 4 "),
        start: "2028".into(),
        end: "2030-06".into(),
    })
    .unwrap();
    assert_eq!(ok.number, Some(4));
    assert_eq!(ok.title.get_exact(Lang::Fr), Some("Plan 4"));
    let errs = check_plan(&PlanInput {
        number: Some("0".into()),
        title: langs(""),
        start: "2030".into(),
        end: "2029".into(),
    })
    .unwrap_err();
    let fields: Vec<String> = errs.iter().map(EditError::field).collect();
    assert_eq!(fields, ["number", "title_ar", "end"]);
    let errs = check_plan(&PlanInput {
        number: None,
        title: langs("x"),
        start: "2030-13".into(),
        end: String::new(),
    })
    .unwrap_err();
    assert_eq!(
        errs,
        [EditError::Date {
            field: "start".into()
        }]
    );
}

#[test]
fn an_axis_has_a_title_and_a_position_in_range() {
    assert!(
        check_axis(&AxisInput {
            title: langs("Axe"),
            position: String::new()
        })
        .is_ok()
    );
    let errs = check_axis(&AxisInput {
        title: langs("Axe\u{0}"),
        position: "1000".into(),
    })
    .unwrap_err();
    assert_eq!(errs[0].message_id(), "plan-edit-error-control");
    assert_eq!(errs[1], EditError::Position);
}

#[test]
fn a_commitment_form_is_checked_field_by_field() {
    let c = check_commitment(&commitment("Données ouvertes")).unwrap();
    assert_eq!(c.ogp_id.as_deref(), Some("MO0099"));
    // Codes in the vocabulary's order, supporters once each.
    assert_eq!(
        c.facts.ogp_values,
        "access_to_information;technology_and_innovation_for_transparency_and_accountability"
    );
    assert_eq!(c.facts.supporters, ["a", "b"]);
    let mut bad = commitment("");
    bad.ogp_id = Some("M0054".into());
    bad.commitment_type = "other".into();
    bad.weight = "0".into();
    bad.problem = vec![(Lang::En, "x".repeat(MAX_LONG + 1))];
    bad.start = "2025".into();
    bad.end = "2024".into();
    let fields: Vec<String> = check_commitment(&bad)
        .unwrap_err()
        .iter()
        .map(EditError::field)
        .collect();
    assert_eq!(
        fields,
        [
            "ogp_id",
            "title_ar",
            "problem_en",
            "commitment_type",
            "weight",
            "end"
        ]
    );
    // Hostile markup is text: kept as typed, escaped where it is shown.
    let c = check_commitment(&commitment("<script>alert(1)</script>")).unwrap();
    assert_eq!(
        c.facts.title.get_exact(Lang::Fr),
        Some("<script>alert(1)</script>")
    );
}

#[test]
fn the_history_lists_each_changed_field_and_language() {
    let old = check_commitment(&commitment("Avant")).unwrap().facts;
    let mut new = old.clone();
    assert!(changes(&old, &new).is_empty());
    new.title = new.title.with(Lang::En, "After").with(Lang::Fr, "Après");
    new.weight = 3;
    let ch = changes(&old, &new);
    let fields: Vec<&str> = ch.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["title_fr", "title_en", "weight"]);
    assert_eq!((ch[0].old.as_str(), ch[0].new.as_str()), ("Avant", "Après"));
    assert_eq!(ch[1].old, "");
    assert_eq!(
        field_language("how_it_helps_zgh"),
        ("how_it_helps", Some(Lang::Zgh))
    );
    assert_eq!(field_language("ogp_values"), ("ogp_values", None));
}

#[test]
fn the_untranslated_view_names_the_missing_languages() {
    let title = LocalizedText::new().with(Lang::Fr, "x").with(Lang::Ar, "س");
    let empty = LocalizedText::new();
    let full = Lang::ALL
        .iter()
        .fold(LocalizedText::new(), |t, l| t.with(*l, "x"));
    let u = untranslated(&[
        ("title", &title),
        ("problem", &empty),
        ("description", &full),
    ]);
    assert_eq!(u, [("title", vec![Lang::En, Lang::Zgh])]);
    assert_eq!(missing_languages(&empty).len(), 4);
    let u = untranslated(&[("title", &empty)]);
    assert_eq!(u[0].1.len(), 4);
}
