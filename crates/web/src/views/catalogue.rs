//! The back office's catalogue forms (a plan, an axis, a commitment: every text in the four
//! languages side by side), how posted values become the core's inputs, and the pages of a
//! plan's management and of what is still untranslated.

use super::{Chrome, Txt};
use crate::forms::{Errors, FieldView, Values, value};
use askama::Template;
use opengov_core::Lang;
use opengov_core::assessment::{English, OgpValue, PolicyArea};
use opengov_core::catalogue_edit::{
    AxisInput, CommitmentFacts, CommitmentInput, EditError, PlanInput, Texts,
};
use opengov_core::kinds::CommitmentType;
use opengov_i18n::I18n;

/// One field per language (`{name}_{code}`), labelled with the field and the language.
pub fn text_fields(
    i: &I18n,
    lang: Lang,
    name: &str,
    kind: &'static str,
    label_id: &str,
) -> Vec<FieldView> {
    Lang::ALL
        .iter()
        .map(|l| {
            let language = i.t(lang, &format!("language-{}", l.code()));
            FieldView::new(
                format!("{name}_{}", l.code()),
                kind,
                i.ta(lang, label_id, &[("language", language.as_str().into())]),
            )
            .optional()
        })
        .collect()
}

fn dates(i: &I18n, lang: Lang) -> Vec<FieldView> {
    ["start", "end"]
        .into_iter()
        .map(|n| {
            FieldView::new(n, "text", i.t(lang, &format!("plan-edit-field-{n}")))
                .hint(i.t(lang, "plan-edit-field-date-hint"))
                .optional()
        })
        .collect()
}

pub fn plan_fields(i: &I18n, lang: Lang, with_number: bool) -> Vec<FieldView> {
    let mut out = Vec::new();
    if with_number {
        out.push(
            FieldView::new("number", "text", i.t(lang, "plan-edit-field-number"))
                .hint(i.t(lang, "plan-edit-field-number-hint")),
        );
    }
    out.extend(text_fields(
        i,
        lang,
        "title",
        "text",
        "plan-edit-field-title",
    ));
    out.extend(dates(i, lang));
    out
}

pub fn axis_fields(i: &I18n, lang: Lang) -> Vec<FieldView> {
    let mut out = text_fields(i, lang, "title", "text", "axis-edit-field-title");
    out.push(
        FieldView::new("position", "text", i.t(lang, "axis-edit-field-position"))
            .hint(i.t(lang, "axis-edit-field-position-hint"))
            .optional(),
    );
    out
}

/// The commitment form: `axes` and `institutions` are `(key, name)` choices (the first one
/// empty: none).
pub fn commitment_fields(
    i: &I18n,
    lang: Lang,
    with_ogp_id: bool,
    axes: Vec<(String, String)>,
    institutions: Vec<(String, String)>,
) -> Vec<FieldView> {
    let t = |id: &str| i.t(lang, id);
    let mut out = Vec::new();
    if with_ogp_id {
        out.push(
            FieldView::new("ogp_id", "text", t("commitment-edit-field-ogp-id"))
                .hint(t("commitment-edit-field-ogp-id-hint")),
        );
    }
    out.extend(text_fields(
        i,
        lang,
        "title",
        "text",
        "commitment-edit-field-title",
    ));
    for name in ["problem", "description", "how_it_helps"] {
        let label = format!("commitment-edit-field-{}", name.replace('_', "-"));
        out.extend(text_fields(i, lang, name, "textarea", &label));
    }
    let types = CommitmentType::ALL
        .iter()
        .map(|k| (k.code().to_string(), t(&format!("tag-{}", k.code()))))
        .collect();
    out.push(
        FieldView::new("commitment_type", "select", t("commitment-edit-field-type")).options(types),
    );
    out.push(
        FieldView::new("axis", "select", t("commitment-edit-field-axis"))
            .options(axes)
            .optional(),
    );
    out.push(
        FieldView::new("position", "text", t("commitment-edit-field-position"))
            .hint(t("axis-edit-field-position-hint"))
            .optional(),
    );
    out.push(
        FieldView::new("weight", "text", t("commitment-edit-field-weight"))
            .hint(t("commitment-edit-field-weight-hint")),
    );
    out.push(
        FieldView::new("lead", "select", t("commitment-edit-field-lead"))
            .options(institutions)
            .optional(),
    );
    out.push(
        FieldView::new(
            "supporters",
            "textarea",
            t("commitment-edit-field-supporters"),
        )
        .hint(t("commitment-edit-field-supporters-hint"))
        .optional(),
    );
    out.push(FieldView::new("contact", "text", t("commitment-edit-field-contact")).optional());
    out.extend(dates(i, lang));
    for v in OgpValue::ALL {
        let label = format!(
            "{} · {}",
            t("commitment-edit-field-ogp-values"),
            t(&v.message_id())
        );
        out.push(FieldView::new(format!("value_{}", v.code()), "checkbox", label).optional());
    }
    for a in PolicyArea::ALL {
        let label = format!(
            "{} · {}",
            t("commitment-edit-field-policy-areas"),
            t(&a.message_id())
        );
        out.push(FieldView::new(format!("area_{}", a.code()), "checkbox", label).optional());
    }
    out
}

/// The four languages of a text field as posted.
pub fn texts_of(values: &Values, name: &str) -> Texts {
    Lang::ALL
        .iter()
        .map(|l| (*l, value(values, &format!("{name}_{}", l.code()))))
        .collect()
}

pub fn plan_input(values: &Values, with_number: bool) -> PlanInput {
    PlanInput {
        number: with_number.then(|| value(values, "number")),
        title: texts_of(values, "title"),
        start: value(values, "start"),
        end: value(values, "end"),
    }
}

pub fn axis_input(values: &Values) -> AxisInput {
    AxisInput {
        title: texts_of(values, "title"),
        position: value(values, "position"),
    }
}

pub fn commitment_input(values: &Values, with_ogp_id: bool) -> CommitmentInput {
    let ticked = |name: String| !value(values, &name).is_empty();
    CommitmentInput {
        ogp_id: with_ogp_id.then(|| value(values, "ogp_id")),
        title: texts_of(values, "title"),
        problem: texts_of(values, "problem"),
        description: texts_of(values, "description"),
        how_it_helps: texts_of(values, "how_it_helps"),
        commitment_type: value(values, "commitment_type"),
        axis: value(values, "axis"),
        position: value(values, "position"),
        weight: value(values, "weight"),
        lead: value(values, "lead"),
        supporters: value(values, "supporters"),
        contact: value(values, "contact"),
        start: value(values, "start"),
        end: value(values, "end"),
        ogp_values: OgpValue::ALL
            .iter()
            .copied()
            .filter(|v| ticked(format!("value_{}", v.code())))
            .collect(),
        policy_areas: PolicyArea::ALL
            .iter()
            .copied()
            .filter(|a| ticked(format!("area_{}", a.code())))
            .collect(),
    }
}

/// A text's languages as form values (`{name}_{code}`).
pub fn text_values(v: &mut Values, name: &str, text: &opengov_core::LocalizedText) {
    for l in Lang::ALL {
        if let Some(t) = text.get_exact(l) {
            v.insert(format!("{name}_{}", l.code()), t.to_string());
        }
    }
}

/// A stored commitment as the edit form's values.
pub fn facts_values(f: &CommitmentFacts) -> Values {
    let mut v = Values::new();
    text_values(&mut v, "title", &f.title);
    text_values(&mut v, "problem", &f.problem);
    text_values(&mut v, "description", &f.description);
    text_values(&mut v, "how_it_helps", &f.how_it_helps);
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    v.insert("commitment_type".into(), f.commitment_type.clone());
    v.insert("axis".into(), opt(&f.axis));
    v.insert(
        "position".into(),
        f.position.map(|p| p.to_string()).unwrap_or_default(),
    );
    v.insert("weight".into(), f.weight.to_string());
    v.insert("lead".into(), opt(&f.lead));
    v.insert("supporters".into(), f.supporters.join("; "));
    v.insert("contact".into(), f.contact.clone());
    v.insert("start".into(), opt(&f.start));
    v.insert("end".into(), opt(&f.end));
    for code in f.ogp_values.split(';').filter(|c| !c.is_empty()) {
        v.insert(format!("value_{code}"), "yes".into());
    }
    for code in f.policy_areas.split(';').filter(|c| !c.is_empty()) {
        v.insert(format!("area_{code}"), "yes".into());
    }
    v
}

/// The errors of a form, translated, each beside its field.
pub fn errors_of(i: &I18n, lang: Lang, errs: &[EditError]) -> Errors {
    let mut out = Errors::default();
    for e in errs {
        let text = match e {
            EditError::TooLong { max, .. } => i.ta(
                lang,
                e.message_id(),
                &[("max", max.to_string().as_str().into())],
            ),
            _ => i.t(lang, e.message_id()),
        };
        out.add(&e.field(), text);
    }
    out
}

/// A link of a plan's management page.
pub struct ActionLink {
    pub label: String,
    pub href: String,
}

/// An axis or a commitment on a plan's management page, with its edit link.
pub struct ManagedItem {
    pub label: String,
    pub title: Txt,
    pub edit_href: String,
}

/// The move to the next status, as a one-button form.
pub struct StatusMove {
    pub action: String,
    pub to: String,
    pub label: String,
}

/// One field of an item that lacks languages.
pub struct UntranslatedLine {
    pub item: String,
    pub title: Txt,
    pub field: String,
    pub missing: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "office/untranslated.html")]
pub struct UntranslatedPage {
    pub c: Chrome,
    pub lines: Vec<UntranslatedLine>,
}
