//! Pieces that several pages show, built from storage rows.

use super::Chrome;
use crate::format;
use opengov_core::kinds::{CommitmentType, FigureScope};
use opengov_core::progress::is_delayed;
use opengov_core::{Figure, Lang, LocalizedText, Pick, TextRef};
use opengov_db::rows::*;

/// A stored text shown in the reader's language, or in a fallback language with a marker.
pub struct Txt {
    pub text: String,
    pub lang: &'static str,
    pub fallback: bool,
    /// Short label of the language really shown ("FR").
    pub marker: String,
    /// Full explanation of the marker.
    pub marker_title: String,
}

impl Txt {
    pub fn of(c: &Chrome, t: &impl Pick) -> Option<Txt> {
        t.resolve(c.lang).map(|r| Txt {
            text: r.text.to_string(),
            lang: r.lang.code(),
            fallback: r.fallback,
            marker: if r.fallback {
                r.lang.code().to_uppercase()
            } else {
                String::new()
            },
            marker_title: if r.fallback {
                c.fallback_title(r.lang)
            } else {
                String::new()
            },
        })
    }

    /// The text, or a "not recorded" placeholder in the reader's language.
    pub fn or_missing(c: &Chrome, t: &impl Pick) -> Txt {
        Txt::of(c, t).unwrap_or_else(|| Txt {
            text: c.t("not-recorded"),
            lang: c.lang.code(),
            fallback: false,
            marker: String::new(),
            marker_title: String::new(),
        })
    }

    pub fn json(c: &Chrome, json: &str) -> Option<Txt> {
        Txt::of(c, &TextRef::from_json(json))
    }

    /// The commitment's title; where the reader's language has none but the IRM report gave
    /// one in that language, the IRM title is shown (not a fallback).
    pub fn title(c: &Chrome, title: &str, title_irm: &str) -> Txt {
        let t = TextRef::from_json(title);
        let irm = TextRef::from_json(title_irm);
        if t.get_exact(c.lang).is_none()
            && let Some(own) = irm.get_exact(c.lang)
        {
            return Txt {
                text: own.to_string(),
                lang: c.lang.code(),
                fallback: false,
                marker: String::new(),
                marker_title: String::new(),
            };
        }
        Txt::of(c, &t)
            .or_else(|| Txt::of(c, &irm))
            .unwrap_or_else(|| Txt::or_missing(c, &t))
    }
}

/// A progress bar with its number in text, or "not reported".
pub struct Bar {
    /// Whole percent, when there is a figure.
    pub percent: Option<u32>,
    /// Status code (CSS modifier): not_started, limited, substantial, complete.
    pub status: &'static str,
    pub status_label: String,
    pub value_label: String,
    pub aria: String,
    pub delayed: bool,
    pub delayed_label: String,
}

impl Bar {
    pub fn new(
        c: &Chrome,
        figure: Option<i64>,
        pending_end: Option<&str>,
        today: &str,
        subject: &str,
    ) -> Bar {
        let delayed = is_delayed(pending_end, today);
        let delayed_label = c.t("status-delayed");
        match figure {
            Some(f) => {
                let fig = Figure(u32::try_from(f.clamp(0, 10_000)).unwrap_or(0));
                let status = fig.status().code();
                let value_label = c.percent(i64::from(fig.percent()));
                let status_label = c.t(&format!("status-{status}"));
                let aria = c.with_subject(
                    "bar-label",
                    subject,
                    &[("value", &value_label), ("status", &status_label)],
                );
                Bar {
                    percent: Some(fig.percent()),
                    status,
                    status_label,
                    value_label,
                    aria,
                    delayed,
                    delayed_label,
                }
            }
            None => Bar {
                percent: None,
                status: "not-reported",
                status_label: c.t("status-not-reported"),
                value_label: c.t("status-not-reported"),
                aria: c.t("status-not-reported"),
                delayed,
                delayed_label,
            },
        }
    }
}

/// An officially reported figure, shown with its date and source beside computed ones.
pub struct Official {
    pub value: String,
    pub label: String,
    pub sources: Vec<String>,
    /// Notes of the dataset (written in English), with their language marker.
    pub notes: Option<Txt>,
}

impl Official {
    pub fn of(c: &Chrome, f: &ReportedFigureRow) -> Official {
        let as_of = f.as_of.as_deref().map(|d| format::date(c.i18n, c.lang, d));
        let label = match &as_of {
            Some(d) => c.ta("official-as-of", "date", d),
            None => c.t("official-undated"),
        };
        Official {
            value: c.percent(f.percent),
            label,
            sources: format::list(&f.sources),
            notes: Txt::of(c, &LocalizedText::new().with(Lang::En, &f.notes)),
        }
    }
}

pub struct PlanCard {
    pub href: String,
    pub title: Txt,
    pub period: String,
    pub status: String,
    pub status_code: String,
    pub recorded: String,
    pub bar: Bar,
    /// The latest officially reported completion, if any.
    pub official: Option<Official>,
    /// "12 of 22 commitments are recorded here", when the dataset is incomplete.
    pub incomplete: Option<String>,
}

impl PlanCard {
    pub fn of(
        c: &Chrome,
        p: &PlanRow,
        official: Option<&ReportedFigureRow>,
        today: &str,
    ) -> PlanCard {
        let title = Txt::or_missing(c, &p.title());
        let incomplete = p
            .declared_commitments
            .filter(|d| *d > p.recorded_commitments)
            .map(|d| {
                c.i18n.ta(
                    c.lang,
                    "plan-recorded-of",
                    &[
                        ("recorded", p.recorded_commitments.to_string().into()),
                        ("count", opengov_i18n::Arg::Count(d)),
                    ],
                )
            });
        PlanCard {
            href: c.href(&format!("/plans/{}", p.number)),
            bar: Bar::new(c, p.figure, p.pending_end.as_deref(), today, &title.text),
            title,
            period: c.period(p.start_date.as_deref(), p.end_date.as_deref()),
            status: c.t(&format!("plan-status-{}", p.status)),
            status_code: p.status.to_string(),
            recorded: c.count("count-commitments", &p.recorded_commitments),
            official: official.map(|f| Official::of(c, f)),
            incomplete,
        }
    }
}

/// An axis with its computed figure and, if any, the latest reported one.
pub struct AxisItem {
    pub key: String,
    pub title: Txt,
    /// Set when the axis title is our own unofficial label.
    pub unofficial: bool,
    pub bar: Bar,
    pub official: Option<Official>,
    pub declared: Option<String>,
}

impl AxisItem {
    pub fn of(c: &Chrome, a: &AxisRow, figures: &[ReportedFigureRow], today: &str) -> AxisItem {
        let (title, unofficial) = match Txt::of(c, &a.title()) {
            Some(t) => (t, false),
            None => (Txt::or_missing(c, &a.title_unofficial()), true),
        };
        let official = figures
            .iter()
            .find(|f| f.scope == FigureScope::Axis && f.reference == a.key)
            .map(|f| Official::of(c, f));
        AxisItem {
            key: a.key.clone(),
            bar: Bar::new(c, a.figure, a.pending_end.as_deref(), today, &title.text),
            title,
            unofficial,
            official,
            declared: a
                .declared_commitments
                .map(|d| c.count("count-commitments", &d)),
        }
    }
}

pub struct CommitmentItem {
    pub ogp_id: String,
    pub href: String,
    pub title: Txt,
    pub plan_label: String,
    pub plan_href: String,
    pub axis: Option<Txt>,
    pub lead: Option<Txt>,
    pub lead_href: Option<String>,
    pub period: String,
    pub bar: Bar,
    pub parliament: bool,
}

impl CommitmentItem {
    pub fn of(c: &Chrome, s: &CommitmentSummary, today: &str) -> CommitmentItem {
        let title = Txt::title(c, &s.title, &s.title_irm);
        let axis = s.axis_title.as_deref().and_then(|t| {
            Txt::json(c, t).or_else(|| {
                s.axis_title_unofficial
                    .as_deref()
                    .and_then(|u| Txt::json(c, u))
            })
        });
        CommitmentItem {
            ogp_id: s.ogp_id.clone(),
            href: c.href(&format!("/commitments/{}", s.ogp_id)),
            bar: Bar::new(c, s.figure, s.pending_end.as_deref(), today, &title.text),
            title,
            plan_label: c.ta("plan-number", "number", &s.plan_number.to_string()),
            plan_href: c.href(&format!("/plans/{}", s.plan_number)),
            axis,
            lead: s
                .lead_institution_title
                .as_deref()
                .and_then(|t| Txt::json(c, t)),
            lead_href: s
                .lead_institution_key
                .as_ref()
                .map(|k| c.href(&format!("/institutions/{k}"))),
            period: c.period(s.start_date.as_deref(), s.end_date.as_deref()),
            parliament: s.commitment_type == CommitmentType::Parliament,
        }
    }
}

pub struct ActivityItem {
    pub title: Txt,
    pub expected_output: Option<Txt>,
    pub period: String,
    pub responsible: Option<Txt>,
    pub responsible_href: Option<String>,
    pub weight: i64,
    pub progress: String,
    pub status: String,
    pub status_code: &'static str,
    pub delayed: bool,
    pub commitment_id: String,
    pub commitment_href: String,
}

impl ActivityItem {
    pub fn of(c: &Chrome, a: &ActivityRow, today: &str) -> ActivityItem {
        let input = opengov_core::progress::ActivityInput {
            weight: 1,
            progress: u8::try_from(a.progress.clamp(0, 100)).unwrap_or(0),
            cancelled: a.cancelled,
            end: a
                .end_date
                .as_deref()
                .and_then(|e| opengov_core::PartialDate::parse(e).ok()),
        };
        let delayed =
            opengov_core::progress::pending_end(&[input]).is_some_and(|p| p.as_str() < today);
        let status_code = if a.cancelled {
            "cancelled"
        } else {
            Figure::from_percent(input.progress).status().code()
        };
        ActivityItem {
            title: Txt::or_missing(c, &a.title()),
            expected_output: Txt::of(c, &a.expected_output()),
            period: c.period(a.start_date.as_deref(), a.end_date.as_deref()),
            responsible: a.responsible_title.as_deref().and_then(|t| Txt::json(c, t)),
            responsible_href: a
                .responsible_key
                .as_ref()
                .map(|k| c.href(&format!("/institutions/{k}"))),
            weight: a.weight,
            progress: c.percent(a.progress),
            status: c.t(&format!("status-{status_code}")),
            status_code,
            delayed,
            commitment_id: a.commitment_ogp_id.clone(),
            commitment_href: c.href(&format!("/commitments/{}", a.commitment_ogp_id)),
        }
    }
}

pub struct ChangeItem {
    pub text: String,
    pub date: String,
    pub iso: String,
    pub href: Option<String>,
}

impl ChangeItem {
    pub fn of(c: &Chrome, r: &ChangeRow) -> ChangeItem {
        let subject = r
            .commitment_ogp_id
            .clone()
            .or_else(|| {
                r.plan_number
                    .map(|n| c.ta("plan-number", "number", &n.to_string()))
            })
            .unwrap_or_else(|| r.subject.clone());
        let href = match (&r.commitment_ogp_id, r.plan_number) {
            (Some(id), _) => Some(c.href(&format!("/commitments/{id}"))),
            (None, Some(n)) => Some(c.href(&format!("/plans/{n}"))),
            _ => None,
        };
        let id = format!("change-{}", r.kind.code().replace('_', "-"));
        let text = if c.i18n.has(c.lang, &id) {
            c.ta(&id, "subject", &subject)
        } else {
            c.ta("change-other", "subject", &subject)
        };
        ChangeItem {
            text,
            date: format::day_of(c.i18n, c.lang, r.at),
            iso: format::iso(r.at),
            href,
        }
    }
}

pub struct InstitutionItem {
    pub href: String,
    pub name: Txt,
    pub commitments: String,
    pub activities: String,
}

impl InstitutionItem {
    pub fn of(c: &Chrome, i: &InstitutionRow) -> InstitutionItem {
        InstitutionItem {
            href: c.href(&format!("/institutions/{}", i.key)),
            name: Txt::or_missing(c, &i.name()),
            commitments: c.count("count-commitments", &i.commitments_count),
            activities: c.count("count-activities", &i.activities_count),
        }
    }
}

/// A labelled field of a commitment page; `value` empty means "not found in the sources".
pub struct Field {
    pub label: String,
    pub value: Option<Txt>,
    pub href: Option<String>,
    /// The glossary entry that explains the field's term (an id of `/glossary`), if any.
    pub term: Option<&'static str>,
}

/// The glossary entry explaining the field labelled by message `id` (see
/// `crates/web/content/*/glossary.html`).
pub fn glossary_term(id: &str) -> Option<&'static str> {
    Some(match id {
        "field-axis" => "axis",
        "field-ogp-values" => "ogp-values",
        "field-ogp-verifiable" => "verifiable",
        "field-ogp-relevant" => "relevance",
        "field-ogp-ambition" => "ambition",
        "field-irm-potential-impact" | "field-irm-potential-results" => "potential-impact",
        "field-irm-completion" => "completion",
        "field-irm-starred" => "starred",
        "field-irm-early-results" => "early-results",
        _ => return None,
    })
}

pub struct Group {
    pub title: String,
    pub id: String,
    pub note: Option<String>,
    pub items: Vec<CommitmentItem>,
}

pub struct PageLink {
    pub label: String,
    pub href: Option<String>,
    pub current: bool,
    pub rel: &'static str,
}

/// Page links for a list: previous, numbers around the current page, next.
pub fn pagination(c: &Chrome, base: &str, page: i64, pages: i64) -> Vec<PageLink> {
    if pages <= 1 {
        return Vec::new();
    }
    let link = |p: i64| {
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}page={p}")
    };
    let mut out = Vec::new();
    if page > 1 {
        out.push(PageLink {
            label: c.t("pagination-previous"),
            href: Some(link(page - 1)),
            current: false,
            rel: "prev",
        });
    }
    let mut last = 0;
    for p in 1..=pages {
        if p == 1 || p == pages || (p - page).abs() <= 2 {
            if last != 0 && p - last > 1 {
                out.push(PageLink {
                    label: "…".into(),
                    href: None,
                    current: false,
                    rel: "",
                });
            }
            out.push(PageLink {
                label: p.to_string(),
                href: Some(link(p)),
                current: p == page,
                rel: "",
            });
            last = p;
        }
    }
    if page < pages {
        out.push(PageLink {
            label: c.t("pagination-next"),
            href: Some(link(page + 1)),
            current: false,
            rel: "next",
        });
    }
    out
}

/// A note of the dataset (written in English), shown with its language marker.
pub fn english_note(c: &Chrome, note: &str) -> Option<Txt> {
    Txt::of(c, &LocalizedText::new().with(Lang::En, note))
}

/// Language name in the reader's language, for document lists.
pub fn language_name(c: &Chrome, code: &str) -> String {
    match Lang::from_code(code) {
        Some(l) => c.t(&format!("language-{}", l.code())),
        None => code.to_string(),
    }
}
