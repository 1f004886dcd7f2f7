//! Builds a commitment's page: every OGP template field, its activities, the IRM's
//! assessment, the wordings of its sources and the sources themselves.

use crate::format;
use crate::views::*;
use opengov_core::assessment::English;
use opengov_core::kinds::{CodeList, CommitmentType};
use opengov_core::{Completed, Lang, LocalizedText, Pick, TextRef};
use opengov_db::rows::{ActivityRow, CommitmentRow, ReportedFigureRow, SupporterRow};

/// What a commitment page shows, read from storage.
pub struct CommitmentData<'a> {
    pub row: &'a CommitmentRow,
    pub supporters: &'a [SupporterRow],
    pub activities: &'a [ActivityRow],
    pub figures: &'a [ReportedFigureRow],
    /// The IRM's ratings imported for it, newest report first.
    pub irm_ratings: &'a [opengov_db::rows::IrmRatingRow],
}

fn one(txt: Txt) -> Vec<FieldValue> {
    vec![FieldValue::new(txt, None)]
}

fn local(c: &Chrome, s: &str) -> Vec<FieldValue> {
    let s = s.trim();
    if s.is_empty() {
        Vec::new()
    } else {
        one(Txt::local(c, s.to_string()))
    }
}

fn field(c: &Chrome, id: &str, values: Vec<FieldValue>) -> Field {
    let mut f = Field::new(c, c.t(id), values);
    f.term = glossary_term(id);
    f
}

/// A list of an assessment vocabulary's values, in the reader's language.
fn vocab_list<T: English>(c: &Chrome, v: &CodeList<T>) -> Vec<FieldValue> {
    if v.0.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = v.0.iter().map(|x| c.t(&x.message_id())).collect();
    one(Txt::local(c, names.join(&c.t("list-separator"))))
}

/// A text quoted from a source in the language it was written in (marked when it is not the
/// reader's).
fn quoted(c: &Chrome, lang: Lang, s: &str) -> Vec<FieldValue> {
    let s = s.trim();
    if s.is_empty() || s == "NA" {
        return Vec::new();
    }
    Txt::of(c, &LocalizedText::new().with(lang, s))
        .map(one)
        .unwrap_or_default()
}

/// Every language version of an official text, each on its line after its language's name
/// (one version in the reader's language needs no name).
fn every_language(c: &Chrome, t: &impl Pick) -> Vec<FieldValue> {
    let versions: Vec<(Lang, Txt)> = Lang::ALL
        .iter()
        .filter_map(|l| {
            let v = t.get_exact(*l)?.trim();
            Txt::of(c, &LocalizedText::new().with(*l, v)).map(|txt| (*l, txt))
        })
        .collect();
    if let [(l, _)] = versions.as_slice()
        && *l == c.lang
    {
        return versions
            .into_iter()
            .map(|(_, t)| FieldValue::new(t, None))
            .collect();
    }
    versions
        .into_iter()
        .map(|(l, txt)| FieldValue::in_language(c, l, txt))
        .collect()
}

pub fn build(
    c: &Chrome,
    d: CommitmentData<'_>,
    title: Txt,
    plan_label: String,
    today: &str,
) -> CommitmentPage {
    let cm = d.row;
    let axis = cm
        .axis_title
        .as_deref()
        .and_then(|t| Txt::stored(c, t, cm.axis_title_unofficial.as_deref()));
    let lead = cm
        .lead_institution_title
        .as_deref()
        .and_then(|t| Txt::stored(c, t, cm.lead_institution_unofficial.as_deref()))
        .or_else(|| Txt::json(c, &cm.lead_institution_name));
    let position = cm.position.map(|p| {
        let basis = if cm.position_basis == "source" {
            c.t("position-from-source")
        } else {
            c.t("position-inferred")
        };
        format!("{p} ({basis})")
    });
    let institution_href = |k: &str| Some(c.href(&format!("/institutions/{k}")));
    let supporters: Vec<FieldValue> = d
        .supporters
        .iter()
        .filter_map(|s| {
            Txt::stored(c, &s.name, Some(&s.name_unofficial))
                .map(|txt| FieldValue::new(txt, institution_href(&s.key)))
        })
        .collect();
    let support_wording = quoted(c, Lang::En, &cm.support_institutions);
    let supporters = if supporters.is_empty() && !support_wording.is_empty() {
        // Named only in OGP's own words, which the wordings below quote.
        one(Txt::local(c, c.t("support-in-wording")))
    } else {
        supporters
    };
    let builds_on: Vec<FieldValue> = format::list(&cm.builds_on)
        .into_iter()
        .map(|id| {
            let href = Some(c.href(&format!("/commitments/{id}")));
            FieldValue::new(Txt::local(c, id), href)
        })
        .collect();
    let source_entry = |lang: Lang, source_id: &str| {
        FieldValue::in_language(c, lang, Txt::local(c, c.t(source_id)))
    };
    // Whose wording each title is: the sources of the official ones, then the editors' for
    // the unofficial translations.
    let unofficial_title = TextRef::from_json(&cm.title_unofficial);
    let title_sources: Vec<FieldValue> = cm
        .title_sources()
        .into_iter()
        .map(|(lang, source)| {
            source_entry(
                lang,
                &format!("title-source-{}", source.code().replace('_', "-")),
            )
        })
        .chain(
            Lang::ALL
                .into_iter()
                .filter(|l| unofficial_title.get_exact(*l).is_some())
                .map(|l| source_entry(l, "title-source-editors")),
        )
        .collect();
    let date = |d: &Option<String>| {
        d.as_deref()
            .map(|d| local(c, &format::date(c.i18n, c.lang, d)))
            .unwrap_or_default()
    };
    let stored = |json: &str| Txt::json(c, json).map(one).unwrap_or_default();
    let fields = vec![
        field(c, "field-ogp-id", local(c, &cm.ogp_id)),
        Field::new(
            c,
            c.t("field-plan"),
            vec![FieldValue::new(
                Txt::local(c, plan_label.clone()),
                Some(c.href(&format!("/plans/{}", cm.plan_number))),
            )],
        ),
        field(c, "field-axis", axis.map(one).unwrap_or_default()),
        field(
            c,
            "field-position",
            position.as_deref().map(|p| local(c, p)).unwrap_or_default(),
        ),
        Field::new(
            c,
            c.t("field-lead"),
            lead.map(|txt| {
                let href = cm
                    .lead_institution_key
                    .as_deref()
                    .and_then(institution_href);
                vec![FieldValue::new(txt, href)]
            })
            .unwrap_or_default(),
        ),
        field(c, "field-support", supporters),
        field(c, "field-start", date(&cm.start_date)),
        field(c, "field-end", date(&cm.end_date)),
        field(c, "field-problem", stored(&cm.problem)),
        field(c, "field-description", stored(&cm.description)),
        field(c, "field-how-it-helps", stored(&cm.how_it_helps)),
        field(c, "field-ogp-values", vocab_list(c, &cm.ogp_values)),
        field(c, "field-policy-areas", vocab_list(c, &cm.policy_areas)),
        field(c, "field-contact", local(c, &cm.contact)),
        field(c, "field-builds-on", builds_on),
        field(c, "field-weight", local(c, &cm.weight.to_string())),
    ];
    let irm = super::irm::build(c, d.irm_ratings, &cm.assessment());
    // The wordings of the sources, in their own languages: kept apart from the page's text.
    let official_title = TextRef::from_json(&cm.title);
    let mut wordings = vec![
        field(
            c,
            "field-title-official",
            every_language(c, &official_title),
        ),
        field(c, "field-title-sources", title_sources),
        field(
            c,
            "field-title-ogp-fr",
            every_language(c, &TextRef::from_json(&cm.title_ogp)),
        ),
        field(
            c,
            "field-title-irm",
            every_language(c, &TextRef::from_json(&cm.title_irm)),
        ),
        field(
            c,
            "field-title-long",
            every_language(c, &TextRef::from_json(&cm.title_long)),
        ),
        field(
            c,
            "field-ogp-lead-field",
            quoted(c, Lang::En, &cm.ogp_lead_institution_field),
        ),
        field(c, "field-support-wording", support_wording),
    ];
    wordings.retain(|f| !f.values.is_empty());
    // Under a heading that is not the official wording, the official one and its language.
    let official_heading = (title.marker.unofficial)
        .then(|| {
            Txt::of(
                c,
                &Completed(&official_title, &TextRef::from_json(&cm.title_irm)),
            )
        })
        .flatten()
        .map(|t| {
            let language = t
                .marker
                .language
                .map(|l| c.t(&format!("marker-in-{}", l.code())))
                .unwrap_or_default();
            OfficialTitle {
                label: c.ta("official-title-in", "language", &language),
                text: t,
            }
        });
    CommitmentPage {
        updated: None,
        ogp_id: cm.ogp_id.clone(),
        title_mark: c.heading_marker([title.marker]),
        title,
        official_title: official_heading,
        parliament: cm.commitment_type == CommitmentType::Parliament,
        plan_label,
        plan_href: c.href(&format!("/plans/{}", cm.plan_number)),
        bar: Bar::new(c, cm.figure, cm.pending_end.as_deref(), today, &cm.ogp_id),
        coverage: super::coverage::of_activities(c, d.activities),
        officials: d.figures.iter().map(|f| Official::of(c, f)).collect(),
        fields,
        irm,
        wordings,
        activities: d
            .activities
            .iter()
            .map(|a| ActivityItem::of(c, a, today))
            .collect(),
        timeline: Vec::new(),
        computed: Default::default(),
        indicators: Vec::new(),
        history: Vec::new(),
        sources: format::list(&cm.sources),
        c: c.clone(),
    }
}
