//! Builds a commitment's page: every OGP template field, its activities, the IRM's
//! assessment and the sources.

use crate::format;
use crate::views::*;
use opengov_core::Lang;
use opengov_core::kinds::CommitmentType;
use opengov_db::rows::{ActivityRow, CommitmentRow, ReportedFigureRow};

fn plain(c: &Chrome, s: &str) -> Option<Txt> {
    let s = s.trim();
    (!s.is_empty()).then(|| Txt {
        text: s.to_string(),
        lang: "en",
        fallback: c.lang != Lang::En,
        marker: "EN".into(),
        marker_title: c.fallback_title(Lang::En),
    })
}

fn local(c: &Chrome, s: &str) -> Option<Txt> {
    let s = s.trim();
    (!s.is_empty()).then(|| Txt {
        text: s.to_string(),
        lang: c.lang.code(),
        fallback: false,
        marker: String::new(),
        marker_title: String::new(),
    })
}

fn field(c: &Chrome, id: &str, value: Option<Txt>) -> Field {
    Field {
        label: c.t(id),
        value,
        href: None,
        term: glossary_term(id),
    }
}

pub fn build(
    c: &Chrome,
    cm: &CommitmentRow,
    title: Txt,
    plan_label: String,
    activities: &[ActivityRow],
    figures: &[ReportedFigureRow],
    today: &str,
) -> CommitmentPage {
    let t = |json: &str| Txt::json(c, json);
    let axis = cm
        .axis_title
        .as_deref()
        .and_then(t)
        .or_else(|| cm.axis_title_unofficial.as_deref().and_then(t));
    let lead = cm
        .lead_institution_title
        .as_deref()
        .and_then(t)
        .or_else(|| t(&cm.lead_institution_name));
    let position = cm.position.map(|p| {
        let basis = if cm.position_basis == "source" {
            c.t("position-from-source")
        } else {
            c.t("position-inferred")
        };
        format!("{p} ({basis})")
    });
    let mut fields = vec![
        field(c, "field-ogp-id", local(c, &cm.ogp_id)),
        Field {
            label: c.t("field-plan"),
            value: local(c, &plan_label),
            href: Some(c.href(&format!("/plans/{}", cm.plan_number))),
            term: None,
        },
        field(c, "field-axis", axis),
        field(
            c,
            "field-position",
            position.as_deref().and_then(|p| local(c, p)),
        ),
        Field {
            label: c.t("field-lead"),
            value: lead,
            href: cm
                .lead_institution_key
                .as_ref()
                .map(|k| c.href(&format!("/institutions/{k}"))),
            term: None,
        },
        field(
            c,
            "field-ogp-lead-field",
            plain(c, &cm.ogp_lead_institution_field),
        ),
        field(c, "field-support", plain(c, &cm.support_institutions)),
        field(
            c,
            "field-start",
            cm.start_date
                .as_deref()
                .and_then(|d| local(c, &format::date(c.i18n, c.lang, d))),
        ),
        field(
            c,
            "field-end",
            cm.end_date
                .as_deref()
                .and_then(|d| local(c, &format::date(c.i18n, c.lang, d))),
        ),
        field(c, "field-problem", t(&cm.problem)),
        field(c, "field-description", t(&cm.description)),
        field(c, "field-how-it-helps", t(&cm.how_it_helps)),
        field(c, "field-ogp-values", plain(c, &cm.ogp_values)),
        field(
            c,
            "field-policy-areas",
            plain(c, &cm.policy_areas.replace(';', ", ")),
        ),
        field(c, "field-contact", plain(c, &cm.contact)),
        field(c, "field-title-long", t(&cm.title_long)),
        field(c, "field-title-irm", t(&cm.title_irm)),
        field(c, "field-title-unofficial", t(&cm.title_unofficial)),
        field(c, "field-builds-on", plain(c, &cm.builds_on)),
        field(c, "field-weight", local(c, &cm.weight.to_string())),
    ];
    // The unofficial title only when there is one.
    fields.retain(|f| f.label != c.t("field-title-unofficial") || f.value.is_some());
    let irm_fields = vec![
        field(c, "field-ogp-verifiable", plain(c, &cm.ogp_verifiable)),
        field(c, "field-ogp-relevant", plain(c, &cm.ogp_relevant)),
        field(c, "field-ogp-ambition", plain(c, &cm.ogp_ambition)),
        field(
            c,
            "field-irm-potential-impact",
            plain(c, &cm.irm_potential_impact),
        ),
        field(c, "field-irm-completion", plain(c, &cm.irm_completion)),
        field(c, "field-irm-starred", plain(c, &cm.irm_starred)),
        field(
            c,
            "field-irm-early-results",
            plain(c, &cm.irm_early_results),
        ),
        field(
            c,
            "field-irm-potential-results",
            plain(c, &cm.irm_potential_for_results),
        ),
    ];
    CommitmentPage {
        updated: None,
        ogp_id: cm.ogp_id.clone(),
        title,
        parliament: cm.commitment_type == CommitmentType::Parliament,
        plan_label,
        plan_href: c.href(&format!("/plans/{}", cm.plan_number)),
        bar: Bar::new(c, cm.figure, cm.pending_end.as_deref(), today, &cm.ogp_id),
        officials: figures.iter().map(|f| Official::of(c, f)).collect(),
        fields,
        irm_fields,
        activities: activities
            .iter()
            .map(|a| ActivityItem::of(c, a, today))
            .collect(),
        sources: format::list(&cm.sources),
        notes: english_note(c, &cm.notes),
        c: c.clone(),
    }
}
