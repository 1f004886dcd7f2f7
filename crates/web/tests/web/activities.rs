//! The sources' activities on the default demo, as a visitor sees them in Arabic and in French:
//! a step a source says was done at 100 % with its source, the others "not reported" (never
//! 0 %), a commitment with one not reported without a computed figure (its officially reported
//! figure still beside it), what a source states of a step, late steps, labels the editors
//! wrote marked, and pages that say how many commitments a figure comes from. On both engines.

use crate::common;

use common::*;
use serde_json::Value;

/// The page's text, apostrophes unescaped.
fn text(body: &str) -> String {
    strip_tags(body)
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
}

/// The row of the activities table whose title is `title` (its `<tr>` ... `</tr>`).
fn row<'a>(body: &'a str, title: &str) -> &'a str {
    let at = body
        .find(title)
        .unwrap_or_else(|| panic!("no activity {title:?}"));
    let start = body[..at].rfind("<tr>").unwrap();
    let end = at + body[at..].find("</tr>").unwrap();
    &body[start..end]
}

async fn not_reported_activities_leave_their_commitment_without_a_figure(engine: Engine) {
    let app = TestApp::new(engine).build().await;

    // MO0017: four steps a source says were done, three with no published progress.
    let fr = app.get("/fr/commitments/MO0017").await;
    assert_eq!(fr.status, 200);
    let t = text(&fr.body);
    let done = row(&fr.body, "مذكرة موحدة وجهت إلى الهيئة العليا");
    assert!(done.contains("100\u{202f}%"), "{done}");
    assert!(done.contains("tag--complete"), "{done}");
    assert!(
        done.contains("source\u{a0}1</a>") && done.contains("href=\"http"),
        "the figure's source is linked: {done}"
    );
    let open = row(&fr.body, "إعداد دليل يوضح للجمعيات");
    assert!(strip_tags(open).contains("Non communiqué"), "{open}");
    assert!(!open.contains("0\u{202f}%"), "never 0 %: {open}");
    // No computed figure for the commitment, and why; the portal's own 99 % stays beside it.
    assert!(
        t.contains("Avancement communiqué pour 4 des 7 activités de cet engagement"),
        "{t}"
    );
    assert!(
        fr.body.contains("progress progress--none"),
        "no bar for the commitment"
    );
    assert!(
        t.contains("Chiffre officiel") && fr.body.contains("99\u{202f}%"),
        "{t}"
    );
    // Labels the editors wrote are marked, and so are those shown in another language (the
    // sources' Arabic wording, on a French page).
    assert!(t.contains("intitulé rédigé par l'équipe éditoriale du portail"));
    assert!(done.contains("en arabe"), "{done}");

    let ar = app.get("/ar/commitments/MO0017").await;
    assert_eq!(ar.status, 200);
    let t = strip_tags(&ar.body);
    let open = row(&ar.body, "إعداد دليل يوضح للجمعيات");
    assert!(strip_tags(open).contains("لا تتوفر معطيات بعد"), "{open}");
    assert!(
        t.contains("سُجِّلت نسبة التقدم لـ4 من أصل 7 أنشطة لهذا الالتزام"),
        "{t}"
    );
    assert!(t.contains("صياغة محرري البوابة"));
    assert!(ar.body.contains("progress progress--none"));

    // MO0065: what a source states of a step is said, a step past its end without a figure
    // is late, and an activity of the plan in another language is marked.
    let fr = app.get("/fr/commitments/MO0065").await;
    let planned = row(&fr.body, "Second session of the same training");
    assert!(
        strip_tags(planned).contains("Prévue selon sa source"),
        "{planned}"
    );
    assert!(planned.contains("tag--delayed"), "{planned}");
    assert!(planned.contains("en anglais"), "{planned}");
    let ar = app.get("/ar/commitments/MO0065").await;
    let planned = row(&ar.body, "Second session of the same training");
    assert!(strip_tags(planned).contains("مُبرمَج حسب مصدره"), "{planned}");
    // A status the portal does not know is not shown: MO0054's "started" is known, the
    // others have none.
    let fr = app.get("/fr/commitments/MO0054").await;
    let started = row(&fr.body, "Project to review Law 31.13 launched");
    assert!(
        strip_tags(started).contains("Commencée selon sa source (juin 2025)"),
        "{started}"
    );

    // A commitment whose every step is done has its computed figure.
    let fr = app.get("/fr/commitments/MO0008").await;
    assert!(
        fr.body
            .contains("<span class=\"progress-value\">100\u{202f}%</span>")
    );
    assert!(!strip_tags(&fr.body).contains("Avancement communiqué pour"));

    // Plan 1's figure comes from two of its eighteen commitments, and says so.
    for (lang, words) in [
        (
            "fr",
            "Calculé à partir de 2 des 18 engagements recensés ici",
        ),
        ("ar", "النسبة محسوبة من 2 من أصل 18 التزامًا مسجَّلًا هنا"),
    ] {
        let plan = app.get(&format!("/{lang}/plans/1")).await;
        assert!(strip_tags(&plan.body).contains(words), "{lang}: {words}");
    }
    let plans = app.get("/fr/plans").await;
    assert!(strip_tags(&plans.body).contains("Calculé à partir de 2 des 18 engagements"));
    app.cleanup().await;
}
both_engines!(not_reported_activities_leave_their_commitment_without_a_figure);

async fn the_api_and_the_figures_say_null_for_not_reported(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let json = |p: Page| -> Value { serde_json::from_str(&p.body).unwrap() };
    let acts = json(app.get("/api/v1/commitments/MO0017/activities").await);
    let list = acts["data"].as_array().expect("a list");
    assert_eq!(list.len(), 7);
    let reported: Vec<&Value> = list.iter().filter(|a| !a["progress"].is_null()).collect();
    assert_eq!(reported.len(), 4);
    assert!(reported.iter().all(|a| a["progress"] == 100));
    assert!(
        reported
            .iter()
            .all(|a| !a["progress_sources"].as_array().unwrap().is_empty())
    );
    let open = list.iter().find(|a| a["progress"].is_null()).unwrap();
    assert!(open.get("progress").is_some(), "null, not left out");
    assert!(open["stated_status"].is_null());
    assert!(
        list.iter()
            .any(|a| a["title_wording"] == "editors" && a["stated_status"] == "done")
    );
    let c = json(app.get("/api/v1/commitments/MO0017").await);
    assert!(c["progress"].is_null());
    assert_eq!(c["progress_status"], "not_reported");
    let p = json(app.get("/api/v1/plans/1").await);
    assert_eq!(p["progress"], 100.0);
    assert_eq!(
        (
            p["reported_commitments"].as_i64(),
            p["recorded_commitments"].as_i64()
        ),
        (Some(2), Some(18))
    );
    // The schema says so too.
    let doc = json(app.get("/api/openapi.json").await);
    let progress = &doc["components"]["schemas"]["ActivityDto"]["properties"]["progress"];
    assert!(
        progress.to_string().contains("null"),
        "progress is nullable: {progress}"
    );
    app.cleanup().await;
}
both_engines!(the_api_and_the_figures_say_null_for_not_reported);
