//! Pieces that several pages show, built from storage rows.

use super::Chrome;
use crate::format;
use opengov_core::kinds::{CommitmentType, FigureScope};
use opengov_core::progress::is_delayed;
use opengov_core::{Completed, Figure, Lang, Marker, Pick, Shown, TextRef, show};
use opengov_db::rows::*;

/// A stored text shown in the reader's language by the display rule (`opengov_core::show`),
/// with what its item's marker must say about it.
pub struct Txt {
    pub text: String,
    pub lang: &'static str,
    /// Unofficial translation, another language, both or nothing.
    pub marker: Marker,
}

impl Txt {
    /// A stored text as shown: figures inside a right-to-left text (a law number, a
    /// percentage) are isolated as [`crate::bidi::isolate_figures`] does for messages, and
    /// ranges such as `2021-2023` are never cut at a line end.
    fn from_shown(s: Shown<'_>, reader: Lang) -> Txt {
        let text = crate::bidi::isolate_figures(s.lang, s.text.to_string());
        Txt {
            text: crate::bidi::keep_ranges_whole(text),
            lang: s.lang.code(),
            marker: s.marker(reader),
        }
    }

    /// A text in the reader's own words (an interface message, a formatted value).
    pub fn local(c: &Chrome, text: String) -> Txt {
        Txt {
            text,
            lang: c.lang.code(),
            marker: Marker::default(),
        }
    }

    /// An official text with no unofficial variant.
    pub fn of(c: &Chrome, t: &impl Pick) -> Option<Txt> {
        Txt::shown(c, t, &TextRef::default())
    }

    /// The display rule over an official text and its unofficial translations.
    pub fn shown(c: &Chrome, official: &impl Pick, unofficial: &impl Pick) -> Option<Txt> {
        show(official, unofficial, c.lang).map(|s| Txt::from_shown(s, c.lang))
    }

    /// The same from their stored JSON forms.
    pub fn stored(c: &Chrome, official: &str, unofficial: Option<&str>) -> Option<Txt> {
        let unofficial = unofficial.map(TextRef::from_json).unwrap_or_default();
        Txt::shown(c, &TextRef::from_json(official), &unofficial)
    }

    /// The text, or a "not recorded" placeholder in the reader's language.
    pub fn or_missing(c: &Chrome, t: Option<Txt>) -> Txt {
        t.unwrap_or_else(|| Txt::local(c, c.t("not-recorded")))
    }

    pub fn json(c: &Chrome, json: &str) -> Option<Txt> {
        Txt::of(c, &TextRef::from_json(json))
    }

    /// A commitment's title: its official title, completed in the languages where it has none
    /// by the IRM report's official title, then its unofficial translations.
    pub fn title(c: &Chrome, title: &str, title_irm: &str, unofficial: &str) -> Txt {
        let t = TextRef::from_json(title);
        let irm = TextRef::from_json(title_irm);
        let official = Completed(&t, &irm);
        Txt::or_missing(c, Txt::shown(c, &official, &TextRef::from_json(unofficial)))
    }
}

/// The marker of an item whose shown texts are these.
pub fn marker_of<'a>(c: &Chrome, texts: impl IntoIterator<Item = &'a Txt>) -> Option<String> {
    c.item_marker(texts.into_iter().map(|t| t.marker))
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

/// An officially reported figure, shown with its date and source beside computed ones. The
/// dataset's notes on it are for editors: they stay in the data and the API, not on pages.
pub struct Official {
    pub value: String,
    pub label: String,
    pub sources: Vec<String>,
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
        }
    }
}

pub struct PlanCard {
    pub href: String,
    pub title: Txt,
    /// The card's marker (its title in another language).
    pub mark: Option<String>,
    pub period: String,
    pub status: String,
    pub status_code: String,
    pub recorded: String,
    pub bar: Bar,
    /// The latest officially reported completion, if any.
    pub official: Option<Official>,
    /// "12 of 22 commitments are recorded here", when the dataset is incomplete.
    pub incomplete: Option<String>,
    /// "Computed from 2 of the 18 commitments recorded here", when the figure comes from some.
    pub coverage: Option<String>,
}

impl PlanCard {
    pub fn of(
        c: &Chrome,
        p: &PlanRow,
        official: Option<&ReportedFigureRow>,
        today: &str,
    ) -> PlanCard {
        let title = Txt::or_missing(c, Txt::of(c, &p.title()));
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
            mark: marker_of(c, [&title]),
            title,
            period: c.period(p.start_date.as_deref(), p.end_date.as_deref()),
            status: c.t(&format!("plan-status-{}", p.status)),
            status_code: p.status.to_string(),
            recorded: c.count("count-commitments", &p.recorded_commitments),
            official: official.map(|f| Official::of(c, f)),
            incomplete,
            coverage: super::coverage::of_commitments(
                c,
                p.figure,
                p.reported_commitments,
                p.recorded_commitments,
            ),
        }
    }
}

/// An axis with its computed figure and, if any, the latest reported one.
pub struct AxisItem {
    pub key: String,
    pub title: Txt,
    /// The row's marker (an unofficial title, or a title in another language).
    pub mark: Option<String>,
    pub bar: Bar,
    pub official: Option<Official>,
    pub declared: Option<String>,
    /// What its figure comes from, when not from every commitment.
    pub coverage: Option<String>,
}

impl AxisItem {
    pub fn of(c: &Chrome, a: &AxisRow, figures: &[ReportedFigureRow], today: &str) -> AxisItem {
        let title = Txt::or_missing(c, Txt::stored(c, &a.title, Some(&a.title_unofficial)));
        let official = figures
            .iter()
            .find(|f| f.scope == FigureScope::Axis && f.reference == a.key)
            .map(|f| Official::of(c, f));
        AxisItem {
            key: a.key.clone(),
            bar: Bar::new(c, a.figure, a.pending_end.as_deref(), today, &title.text),
            mark: marker_of(c, [&title]),
            title,
            official,
            declared: a
                .declared_commitments
                .map(|d| c.count("count-commitments", &d)),
            coverage: super::coverage::of_commitments(
                c,
                a.figure,
                a.reported_commitments,
                a.recorded_commitments,
            ),
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
    /// One marker for the row's texts (title, axis when shown, lead institution).
    pub mark: Option<String>,
}

impl CommitmentItem {
    /// A row of a commitments table; `with_axis` when the table shows each row's axis.
    pub fn of(c: &Chrome, s: &CommitmentSummary, today: &str, with_axis: bool) -> CommitmentItem {
        let title = Txt::title(c, &s.title, &s.title_irm, &s.title_unofficial);
        let axis = s
            .axis_title
            .as_deref()
            .and_then(|t| Txt::stored(c, t, s.axis_title_unofficial.as_deref()));
        let lead = s
            .lead_institution_title
            .as_deref()
            .and_then(|t| Txt::stored(c, t, s.lead_institution_unofficial.as_deref()));
        let shown_axis = axis.as_ref().filter(|_| with_axis);
        let mark = marker_of(
            c,
            [Some(&title), shown_axis, lead.as_ref()]
                .into_iter()
                .flatten(),
        );
        CommitmentItem {
            ogp_id: s.ogp_id.clone(),
            href: c.href(&format!("/commitments/{}", s.ogp_id)),
            bar: Bar::new(c, s.figure, s.pending_end.as_deref(), today, &title.text),
            title,
            plan_label: c.ta("plan-number", "number", &s.plan_number.to_string()),
            plan_href: c.href(&format!("/plans/{}", s.plan_number)),
            axis,
            lead,
            lead_href: s
                .lead_institution_key
                .as_ref()
                .map(|k| c.href(&format!("/institutions/{k}"))),
            period: c.period(s.start_date.as_deref(), s.end_date.as_deref()),
            parliament: s.commitment_type == CommitmentType::Parliament,
            mark,
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
    pub mark: Option<String>,
    pub commitments: String,
    pub activities: String,
}

impl InstitutionItem {
    pub fn of(c: &Chrome, i: &InstitutionRow) -> InstitutionItem {
        let name = Txt::or_missing(c, Txt::stored(c, &i.name, Some(&i.name_unofficial)));
        InstitutionItem {
            href: c.href(&format!("/institutions/{}", i.key)),
            mark: marker_of(c, [&name]),
            name,
            commitments: c.count("count-commitments", &i.commitments_count),
            activities: c.count("count-activities", &i.activities_count),
        }
    }
}

/// One value of a labelled field, linked when it names a page of the portal. A value that
/// says its own language ("French:") has a `lead` and starts a line of its own.
pub struct FieldValue {
    pub txt: Txt,
    pub href: Option<String>,
    pub lead: Option<String>,
}

impl FieldValue {
    pub fn new(txt: Txt, href: Option<String>) -> FieldValue {
        FieldValue {
            txt,
            href,
            lead: None,
        }
    }

    /// A text given with the name of its language before it ("French: ...").
    pub fn in_language(c: &Chrome, lang: Lang, txt: Txt) -> FieldValue {
        FieldValue {
            lead: Some(c.ta(
                "wording-language",
                "language",
                &c.t(&format!("language-{}", lang.code())),
            )),
            txt,
            href: None,
        }
    }
}

/// A labelled field of a commitment page; no value means "not found in the sources". Its
/// values are one item: one marker for them all.
pub struct Field {
    pub label: String,
    pub values: Vec<FieldValue>,
    pub mark: Option<String>,
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

impl Field {
    /// The field's marker gathers its values' markers, except those of values that name
    /// their language themselves.
    pub fn new(c: &Chrome, label: String, values: Vec<FieldValue>) -> Field {
        Field {
            mark: marker_of(
                c,
                values.iter().filter(|v| v.lead.is_none()).map(|v| &v.txt),
            ),
            label,
            values,
            term: None,
        }
    }
}

pub struct Group {
    pub title: String,
    /// The marker of the group's heading (an axis title).
    pub mark: Option<String>,
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

/// Language name in the reader's language, for document lists.
pub fn language_name(c: &Chrome, code: &str) -> String {
    match Lang::from_code(code) {
        Some(l) => c.t(&format!("language-{}", l.code())),
        None => code.to_string(),
    }
}
