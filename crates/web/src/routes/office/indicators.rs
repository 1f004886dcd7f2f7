//! Indicators in the back office (docs/co-implementation.md, "Indicators"): the national ones
//! (administrators and global coordinators, `Allowed<ManageNationalIndicators>`) under
//! `/office/indicators`, and a commitment's (its plan's coordinators and administrators while
//! the plan is open, `AllowedOn<ManageCommitment>`) under `/office/commitments/{ogp_id}/
//! indicators`: the list, a new indicator, its edit page with its values (add one, delete
//! one). Texts are written in the page's language; the other languages keep theirs.

use super::permits::{ManageCommitment, ManagedCommitment};
use crate::kernel::prelude::*;
use crate::kernel::{IndicatorId, IndicatorValueId, ManageNationalIndicators};
use crate::views::indicators::number;
use opengov_core::LocalizedText;
use opengov_core::indicator::IndicatorError;
use opengov_core::indicator_form::{
    FieldError, IndicatorInput, ValueInput, check_indicator, check_value,
};
use opengov_db::rows::{IndicatorFields, IndicatorWithValues, NewIndicatorValue};

type National = Allowed<ManageNationalIndicators>;

/// Whose indicators: the nation's, or one commitment's.
struct Scope {
    commitment: Option<(i64, String)>,
}

impl Scope {
    fn national() -> Scope {
        Scope { commitment: None }
    }
    fn of(m: &ManagedCommitment) -> Scope {
        Scope {
            commitment: Some((m.commitment.id, m.commitment.ogp_id.clone())),
        }
    }
    fn id(&self) -> Option<i64> {
        self.commitment.as_ref().map(|c| c.0)
    }
    /// The office path of the list.
    fn base(&self) -> String {
        match &self.commitment {
            Some((_, ogp)) => format!("/office/commitments/{ogp}/indicators"),
            None => "/office/indicators".into(),
        }
    }
    fn public(&self) -> String {
        match &self.commitment {
            Some((_, ogp)) => format!("/commitments/{ogp}#indicators"),
            None => "/indicators".into(),
        }
    }
    fn frame(&self, s: &AppState, lang: Lang, path: &str, title: String) -> Chrome {
        let f = frame(s, lang, path).crumb(s.i18n.t(lang, "office-title"), "/office");
        let f = match &self.commitment {
            Some((_, ogp)) => f.crumb(ogp.clone(), &format!("/office/commitments/{ogp}")),
            None => f,
        };
        f.crumb(s.i18n.t(lang, "indicator-office-link"), &self.base())
            .title(title)
            .build()
    }
    /// The indicator of the path when it is this scope's (none is a 404).
    async fn load(&self, s: &AppState, id: i64) -> Result<IndicatorWithValues, AppError> {
        s.db.indicator(id)
            .await?
            .filter(|i| i.indicator.commitment_id == self.id())
            .ok_or_else(AppError::not_found)
    }
}

fn name_of(lang: Lang, i: &IndicatorWithValues) -> String {
    let name = i.indicator.name();
    opengov_core::show(&name, &opengov_core::TextRef::default(), lang)
        .map(|t| t.text.to_string())
        .unwrap_or_else(|| format!("#{}", i.indicator.id))
}

fn indicator_fields(c: &Chrome) -> Vec<FieldView> {
    vec![
        FieldView::new("name", "text", c.t("indicator-field-name"))
            .hint(c.t("indicator-field-name-hint")),
        FieldView::new("unit", "text", c.t("indicator-field-unit")).optional(),
        FieldView::new(
            "description",
            "textarea",
            c.t("indicator-field-description"),
        )
        .optional(),
        FieldView::new(
            "baseline_value",
            "text",
            c.t("indicator-field-baseline-value"),
        )
        .optional(),
        FieldView::new(
            "baseline_year",
            "text",
            c.t("indicator-field-baseline-year"),
        )
        .optional(),
        FieldView::new("target_value", "text", c.t("indicator-field-target-value")).optional(),
        FieldView::new("target_year", "text", c.t("indicator-field-target-year")).optional(),
    ]
}

fn value_fields(c: &Chrome) -> Vec<FieldView> {
    vec![
        FieldView::new("period", "text", c.t("indicator-field-period")),
        FieldView::new("value", "text", c.t("indicator-field-value")),
        FieldView::new("source_url", "url", c.t("indicator-field-source")),
        FieldView::new("note", "text", c.t("indicator-field-note")).optional(),
    ]
}

fn errors_of(c: &Chrome, errs: &[(&'static str, FieldError)]) -> Errors {
    let mut out = Errors::default();
    for (field, e) in errs {
        let text = match e {
            FieldError::NoName => c.t("indicator-error-name"),
            FieldError::TooLong(max) => c.ta("indicator-error-too-long", "max", &max.to_string()),
            FieldError::BadYear => c.t("indicator-error-year"),
            FieldError::HalfPair => c.t("indicator-error-pair"),
            FieldError::Figure(f) => c.t(match f {
                IndicatorError::NoNumber => "indicator-error-no-number",
                IndicatorError::NotANumber => "indicator-error-not-a-number",
                IndicatorError::NumberTooLarge => "indicator-error-too-large",
                IndicatorError::BadPeriod => "indicator-error-period",
                IndicatorError::DuplicatePeriod => "indicator-error-duplicate",
                IndicatorError::BadSource(_) => "indicator-error-source",
                IndicatorError::TargetBeforeBaseline => "indicator-error-target-before",
            }),
        };
        out.add(field, text);
    }
    out
}

fn input_of(v: &Values) -> IndicatorInput {
    IndicatorInput {
        name: value(v, "name"),
        unit: value(v, "unit"),
        description: value(v, "description"),
        baseline_value: value(v, "baseline_value"),
        baseline_year: value(v, "baseline_year"),
        target_value: value(v, "target_value"),
        target_year: value(v, "target_year"),
    }
}

/// The checked form as stored fields: this language's texts replace theirs in `before`.
fn stored(
    lang: Lang,
    v: &Values,
    before: Option<&IndicatorWithValues>,
) -> Result<IndicatorFields, Vec<(&'static str, FieldError)>> {
    let c = check_indicator(&input_of(v))?;
    let text = |old: Option<LocalizedText>, new: &str| {
        let mut t = old.unwrap_or_default();
        t.set(lang, new);
        t
    };
    let b = before.map(|b| &b.indicator);
    Ok(IndicatorFields {
        name: text(b.map(|b| b.name()), &c.name),
        unit: text(b.map(|b| b.unit()), &c.unit),
        description: text(b.map(|b| b.description()), &c.description),
        baseline: c.baseline,
        target: c.target,
    })
}

fn values_of(lang: Lang, i: &IndicatorWithValues) -> Values {
    let mut v = Values::new();
    let r = &i.indicator;
    let get = |t: LocalizedText| t.get_exact(lang).unwrap_or_default().to_string();
    v.insert("name".into(), get(r.name()));
    v.insert("unit".into(), get(r.unit()));
    v.insert("description".into(), get(r.description()));
    let plain = |x: f64| x.to_string();
    if let (Some(x), Some(y)) = (r.baseline_value, r.baseline_year) {
        v.insert("baseline_value".into(), plain(x));
        v.insert("baseline_year".into(), y.to_string());
    }
    if let (Some(x), Some(y)) = (r.target_value, r.target_year) {
        v.insert("target_value".into(), plain(x));
        v.insert("target_year".into(), y.to_string());
    }
    v
}

async fn list(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    scope: Scope,
) -> Result<Response, AppError> {
    let list = match scope.id() {
        Some(id) => s.db.commitment_indicators(id).await?,
        None => s.db.national_indicators().await?,
    };
    let title = match &scope.commitment {
        Some((_, ogp)) => format!("{} · {ogp}", s.i18n.t(lang, "indicator-office-link")),
        None => s.i18n.t(lang, "indicator-office-national"),
    };
    let base = scope.base();
    let c = scope.frame(s, lang, &base, title);
    let mut links: Vec<(String, String)> = list
        .iter()
        .map(|i| {
            (
                name_of(lang, i),
                c.href(&format!("{base}/{}/edit", i.indicator.id)),
            )
        })
        .collect();
    links.push((c.t("indicator-office-new"), c.href(&format!("{base}/new"))));
    links.push((c.t("office-public-page"), c.href(&scope.public())));
    let intro = if list.is_empty() {
        vec![c.t("indicator-office-none")]
    } else {
        Vec::new()
    };
    form_page(c).intro(intro).links(links).respond(s, headers)
}

fn new_form(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    scope: &Scope,
    values: &Values,
    errors: &Errors,
) -> Result<Response, AppError> {
    let path = format!("{}/new", scope.base());
    let title = match &scope.commitment {
        Some((_, ogp)) => s.i18n.ta(
            lang,
            "indicator-new-commitment-title",
            &[("commitment", ogp.as_str().into())],
        ),
        None => s.i18n.t(lang, "indicator-new-title"),
    };
    let c = scope.frame(s, lang, &path, title);
    let sec = FormSection::new(
        String::new(),
        c.href(&path),
        c.t("indicator-create"),
        indicator_fields(&c),
    );
    form_page(c)
        .section(sec)
        .errors(errors)
        .values(values)
        .respond(s, headers)
}

async fn create(
    s: &AppState,
    lang: Lang,
    scope: Scope,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    match stored(lang, &values, None) {
        Ok(f) => {
            let id =
                s.db.create_indicator(scope.id(), &f, opengov_db::now_micros())
                    .await?;
            Ok(see_other(
                &format!("/{}{}/{id}/edit", lang.code(), scope.base()),
                vec![],
            ))
        }
        Err(errs) => {
            let c = scope.frame(s, lang, &scope.base(), String::new());
            let errors = errors_of(&c, &errs);
            new_form(s, lang, &parts.headers, &scope, &values, &errors)
        }
    }
}

/// The edit page: the indicator's form, the form of a new value, its values, each with its
/// delete button. `posted` and `errors` are those of whichever form came back.
fn edit_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    scope: &Scope,
    i: &IndicatorWithValues,
    posted: Option<&Values>,
    errors: &Errors,
) -> Result<Response, AppError> {
    let at = format!("{}/{}", scope.base(), i.indicator.id);
    let path = format!("{at}/edit");
    let title = s.i18n.ta(
        lang,
        "indicator-edit-title",
        &[("name", name_of(lang, i).as_str().into())],
    );
    let c = scope.frame(s, lang, &path, title);
    let mut values = values_of(lang, i);
    if let Some(p) = posted {
        values.extend(p.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let mut sections = vec![
        FormSection::new(
            String::new(),
            c.href(&path),
            c.t("indicator-save"),
            indicator_fields(&c),
        ),
        FormSection::new(
            c.t("indicator-values-title"),
            c.href(&format!("{at}/values")),
            c.t("indicator-add-value"),
            value_fields(&c),
        ),
    ];
    if !i.values.is_empty() {
        let mut table = FormSection::new(String::new(), String::new(), String::new(), vec![]);
        table.header = vec![
            c.t("indicator-col-period"),
            c.t("indicator-col-value"),
            c.t("indicator-col-source"),
            c.t("indicator-field-note"),
        ];
        table.rows = i
            .values
            .iter()
            .map(|v| {
                vec![
                    v.period.clone(),
                    number(&c, v.value),
                    v.source_url.clone(),
                    v.note.clone(),
                ]
            })
            .collect();
        sections.push(table);
    }
    for v in &i.values {
        let mut del = FormSection::new(
            String::new(),
            c.href(&format!("{at}/values/{}/delete", v.id)),
            s.i18n.ta(
                lang,
                "indicator-delete-value",
                &[
                    ("period", v.period.as_str().into()),
                    ("value", number(&c, v.value).into()),
                ],
            ),
            vec![],
        );
        del.danger = true;
        sections.push(del);
    }
    let links = vec![
        (c.t("indicator-office-link"), c.href(&scope.base())),
        (c.t("office-public-page"), c.href(&scope.public())),
    ];
    form_page(c)
        .sections(sections)
        .errors(errors)
        .values(&values)
        .links(links)
        .respond(s, headers)
}

async fn edit(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    scope: Scope,
    id: i64,
) -> Result<Response, AppError> {
    let i = scope.load(s, id).await?;
    edit_page(s, lang, headers, &scope, &i, None, &Errors::default())
}

async fn update(
    s: &AppState,
    lang: Lang,
    scope: Scope,
    id: i64,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let i = scope.load(s, id).await?;
    match stored(lang, &values, Some(&i)) {
        Ok(f) => {
            s.db.edit_indicator(id, &f, opengov_db::now_micros())
                .await?;
            Ok(see_other(
                &format!("/{}{}/{id}/edit", lang.code(), scope.base()),
                vec![],
            ))
        }
        Err(errs) => {
            let c = scope.frame(s, lang, &scope.base(), String::new());
            let errors = errors_of(&c, &errs);
            edit_page(s, lang, &parts.headers, &scope, &i, Some(&values), &errors)
        }
    }
}

async fn add_value(
    s: &AppState,
    lang: Lang,
    scope: Scope,
    id: i64,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let i = scope.load(s, id).await?;
    let taken: Vec<_> = i.values.iter().filter_map(|v| v.period()).collect();
    let input = ValueInput {
        period: value(&values, "period"),
        value: value(&values, "value"),
        source_url: value(&values, "source_url"),
        note: value(&values, "note"),
    };
    let mut result = check_value(&input, &taken);
    if let Ok(v) = &result {
        let new = NewIndicatorValue {
            period: v.period,
            value: v.value,
            source_url: v.source_url.clone(),
            note: v.note.clone(),
        };
        // Another tab may have added this period since the page was read.
        if !s
            .db
            .add_indicator_value(id, &new, opengov_db::now_micros())
            .await?
        {
            result = Err(vec![(
                "period",
                FieldError::Figure(IndicatorError::DuplicatePeriod),
            )]);
        }
    }
    match result {
        Ok(_) => Ok(see_other(
            &format!("/{}{}/{id}/edit", lang.code(), scope.base()),
            vec![],
        )),
        Err(errs) => {
            let c = scope.frame(s, lang, &scope.base(), String::new());
            let errors = errors_of(&c, &errs);
            edit_page(s, lang, &parts.headers, &scope, &i, Some(&values), &errors)
        }
    }
}

/// Deletes a value; one already gone changes nothing and leads back to the same page.
async fn delete_value(
    s: &AppState,
    lang: Lang,
    scope: Scope,
    id: i64,
    value_id: i64,
) -> Result<Response, AppError> {
    scope.load(s, id).await?;
    s.db.delete_indicator_value(id, value_id, opengov_db::now_micros())
        .await?;
    Ok(see_other(
        &format!("/{}{}/{id}/edit", lang.code(), scope.base()),
        vec![],
    ))
}

// The national indicators.

/// `GET /{lang}/office/indicators`.
pub async fn national_list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    list(&s, lang, &headers, Scope::national()).await
}

/// `GET /{lang}/office/indicators/new`.
pub async fn national_new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let none = (Values::new(), Errors::default());
    new_form(&s, lang, &headers, &Scope::national(), &none.0, &none.1)
}

/// `POST /{lang}/office/indicators/new`.
pub async fn national_create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    form: CheckedForm,
) -> Result<Response, AppError> {
    create(&s, lang, Scope::national(), form).await
}

/// `GET /{lang}/office/indicators/{indicator}/edit`.
pub async fn national_edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    IndicatorId(id): IndicatorId,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    edit(&s, lang, &headers, Scope::national(), id).await
}

/// `POST /{lang}/office/indicators/{indicator}/edit`.
pub async fn national_update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    IndicatorId(id): IndicatorId,
    form: CheckedForm,
) -> Result<Response, AppError> {
    update(&s, lang, Scope::national(), id, form).await
}

/// `POST /{lang}/office/indicators/{indicator}/values`.
pub async fn national_add_value(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    IndicatorId(id): IndicatorId,
    form: CheckedForm,
) -> Result<Response, AppError> {
    add_value(&s, lang, Scope::national(), id, form).await
}

/// `POST /{lang}/office/indicators/{indicator}/values/{value}/delete`.
pub async fn national_delete_value(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: National,
    IndicatorId(id): IndicatorId,
    IndicatorValueId(value_id): IndicatorValueId,
    _: CheckedForm,
) -> Result<Response, AppError> {
    delete_value(&s, lang, Scope::national(), id, value_id).await
}

// A commitment's indicators.

/// `GET /{lang}/office/commitments/{ogp_id}/indicators`.
pub async fn commitment_list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    list(&s, lang, &headers, Scope::of(&object)).await
}

/// `GET /{lang}/office/commitments/{ogp_id}/indicators/new`.
pub async fn commitment_new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let none = (Values::new(), Errors::default());
    new_form(&s, lang, &headers, &Scope::of(&object), &none.0, &none.1)
}

/// `POST /{lang}/office/commitments/{ogp_id}/indicators/new`.
pub async fn commitment_create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    create(&s, lang, Scope::of(&object), form).await
}

/// `GET /{lang}/office/commitments/{ogp_id}/indicators/{indicator}/edit`.
pub async fn commitment_edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    IndicatorId(id): IndicatorId,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    edit(&s, lang, &headers, Scope::of(&object), id).await
}

/// `POST /{lang}/office/commitments/{ogp_id}/indicators/{indicator}/edit`.
pub async fn commitment_update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    IndicatorId(id): IndicatorId,
    form: CheckedForm,
) -> Result<Response, AppError> {
    update(&s, lang, Scope::of(&object), id, form).await
}

/// `POST /{lang}/office/commitments/{ogp_id}/indicators/{indicator}/values`.
pub async fn commitment_add_value(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    IndicatorId(id): IndicatorId,
    form: CheckedForm,
) -> Result<Response, AppError> {
    add_value(&s, lang, Scope::of(&object), id, form).await
}

/// `POST /{lang}/office/commitments/{ogp_id}/indicators/{indicator}/values/{value}/delete`.
pub async fn commitment_delete_value(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object, .. }: AllowedOn<ManageCommitment>,
    IndicatorId(id): IndicatorId,
    IndicatorValueId(value_id): IndicatorValueId,
    _: CheckedForm,
) -> Result<Response, AppError> {
    delete_value(&s, lang, Scope::of(&object), id, value_id).await
}
