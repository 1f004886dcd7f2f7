use super::*;

#[test]
fn the_arabic_import_message_gives_each_count_the_form_of_its_number() {
    // (count, commitments, plans, axes, activities) as an Arabic reader expects them.
    let cases = [
        (0, "لا التزام", "لا خطة", "لا محور", "لا نشاط"),
        (1, "التزام واحد", "خطة واحدة", "محور واحد", "نشاط واحد"),
        (2, "التزامان", "خطتان", "محوران", "نشاطان"),
        (3, "3 التزامات", "3 خطط", "3 محاور", "3 أنشطة"),
        (11, "11 التزامًا", "11 خطةً", "11 محورًا", "11 نشاطًا"),
        (49, "49 التزامًا", "49 خطةً", "49 محورًا", "49 نشاطًا"),
        (100, "100 التزام", "100 خطة", "100 محور", "100 نشاط"),
    ];
    for (n, commitments, plans, axes, activities) in cases {
        // Each count varies alone, the others stay at values of another category, so that a
        // message sharing one plural category between its counts would show the wrong form.
        let m = import_done(Lang::Ar, 3, 11, n, 2);
        assert!(m.contains(commitments), "{n} commitments: {m}");
        assert!(
            m.contains("3 خطط") && m.contains("11 محورًا") && m.contains("نشاطان"),
            "{m}"
        );
        let m = import_done(Lang::Ar, n, 11, 49, 2);
        assert!(m.contains(plans), "{n} plans: {m}");
        assert!(m.contains("49 التزامًا"), "{m}");
        let m = import_done(Lang::Ar, 3, n, 49, 2);
        assert!(m.contains(axes), "{n} axes: {m}");
        let m = import_done(Lang::Ar, 3, 11, 49, n);
        assert!(m.contains(activities), "{n} activities: {m}");
    }
    // The demo import: 49 commitments are "49 التزامًا", never the form of 3 to 10.
    let demo = import_done(Lang::Ar, 3, 11, 49, 147);
    assert!(!demo.contains("49 التزامات"), "{demo}");
    assert!(demo.contains("147 نشاطًا"), "{demo}");
}

#[test]
fn import_and_export_messages_read_right_in_the_other_languages() {
    assert_eq!(
        import_done(Lang::En, 1, 1, 1, 1),
        "Imported 1 plan, 1 axis, 1 commitment and 1 activity."
    );
    assert_eq!(
        import_done(Lang::En, 3, 11, 49, 0),
        "Imported 3 plans, 11 axes, 49 commitments and 0 activities."
    );
    // French puts 0 and 1 in the singular; a no-break space before the colon.
    assert_eq!(
        import_done(Lang::Fr, 0, 2, 49, 1),
        "Éléments importés\u{a0}: 0 plan, 2 axes, 49 engagements et 1 activité."
    );
    // Tamazight: singular for one, plural otherwise.
    let zgh = import_done(Lang::Zgh, 1, 2, 49, 1);
    assert!(zgh.contains("ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ"), "{zgh}");
    assert!(zgh.contains("2 ⵏ ⵉⵙⵏⵜⴰⵍ"), "{zgh}");
    assert!(zgh.contains("49 ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ"), "{zgh}");
    assert!(zgh.contains("ⵢⴰⵜ ⵜⴳⴰⵡⵜ"), "{zgh}");
    let ar = export_done(Lang::Ar, 3, 49, 2, "/tmp/out");
    assert!(
        ar.contains("/tmp/out") && ar.contains("49 التزامًا") && ar.contains("نشاطان"),
        "{ar}"
    );
    assert_eq!(
        export_done(Lang::En, 1, 2, 3, "out"),
        "Exported 1 plan, 2 commitments and 3 activities into out."
    );
}
