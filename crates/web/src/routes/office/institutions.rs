//! Institutions in the back office (administrators, coordinators with the global scope): the
//! list with a search, a new institution, an edit (names in the four languages, kind), and the
//! merge of two records of the same institution.

use super::permits::EditInstitution;
use crate::kernel::ManageInstitutions;
use crate::kernel::prelude::*;
use crate::views::office_institutions::{InstitutionRowView, OfficeInstitutions};
use axum::extract::rejection::QueryRejection;
use opengov_core::institution_edit::{
    CheckedInstitution, InstitutionError, InstitutionInput, check_institution, check_merge,
    name_clash,
};
use opengov_core::kinds::InstitutionKind;
use opengov_db::rows::InstitutionRow;

type Manager = Allowed<ManageInstitutions>;

/// An institution's name in `lang` (else another language's, else its key).
fn shown_name(i: &InstitutionRow, lang: Lang) -> String {
    let name = opengov_core::TextRef::from_json(&i.name);
    let unofficial = opengov_core::TextRef::from_json(&i.name_unofficial);
    opengov_core::show(&name, &unofficial, lang)
        .map(|t| t.text.to_string())
        .unwrap_or_else(|| i.key.clone())
}

fn kind_options(s: &AppState, lang: Lang) -> Vec<(String, String)> {
    let mut out = vec![(
        String::new(),
        s.i18n.t(lang, "institution-edit-kind-choose"),
    )];
    out.extend(InstitutionKind::ALL.iter().map(|k| {
        let id = format!("institution-kind-{}", k.code().replace('_', "-"));
        (k.code().to_string(), s.i18n.t(lang, &id))
    }));
    out
}

fn fields(s: &AppState, lang: Lang, new: bool) -> Vec<FieldView> {
    let mut out = Vec::new();
    if new {
        out.push(
            FieldView::new("key", "text", s.i18n.t(lang, "institution-edit-key"))
                .hint(s.i18n.t(lang, "institution-edit-key-hint"))
                .optional(),
        );
    }
    out.push(
        FieldView::new("kind", "select", s.i18n.t(lang, "institution-edit-kind"))
            .options(kind_options(s, lang)),
    );
    for l in Lang::ALL {
        let language = s.i18n.t(lang, &format!("language-{}", l.code()));
        out.push(
            FieldView::new(
                format!("name_{}", l.code()),
                "text",
                s.i18n.ta(
                    lang,
                    "institution-edit-name",
                    &[("language", language.as_str().into())],
                ),
            )
            .hint(s.i18n.t(lang, "institution-edit-name-hint"))
            .optional(),
        );
    }
    out
}

fn input_of(values: &Values, new: bool) -> InstitutionInput {
    InstitutionInput {
        key: new.then(|| value(values, "key")),
        kind: value(values, "kind"),
        name: Lang::ALL
            .iter()
            .map(|l| (*l, value(values, &format!("name_{}", l.code()))))
            .collect(),
    }
}

fn errors_of(s: &AppState, lang: Lang, errs: &[InstitutionError]) -> Errors {
    let mut out = Errors::default();
    for e in errs {
        let text = match e {
            InstitutionError::TooLong { max, .. } => s.i18n.ta(
                lang,
                e.message_id(),
                &[("max", max.to_string().as_str().into())],
            ),
            InstitutionError::KeyTaken(key) | InstitutionError::NameTaken { other: key, .. } => s
                .i18n
                .ta(lang, e.message_id(), &[("key", key.as_str().into())]),
            _ => s.i18n.t(lang, e.message_id()),
        };
        out.add(&e.field(), text);
    }
    out
}

/// The checked form, or its errors; a name another institution (other than `except`) has is
/// an error too.
async fn checked(
    s: &AppState,
    values: &Values,
    new: bool,
    except: Option<i64>,
) -> Result<Result<CheckedInstitution, Vec<InstitutionError>>, AppError> {
    let c = match check_institution(&input_of(values, new)) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e)),
    };
    let all = s.db.institutions().await?;
    let others: Vec<_> = all
        .iter()
        .filter(|i| Some(i.id) != except)
        .map(|i| (i.key.as_str(), i.name()))
        .collect();
    if let Some(e) = name_clash(&c.name, others.iter().map(|(k, n)| (*k, n))) {
        return Ok(Err(vec![e]));
    }
    Ok(Ok(c))
}

struct Form<'a> {
    path: String,
    title: String,
    submit_id: &'static str,
    new: bool,
    values: &'a Values,
    errors: &'a Errors,
}

fn form(s: &AppState, lang: Lang, headers: &HeaderMap, f: Form<'_>) -> Result<Response, AppError> {
    let c = frame(s, lang, &f.path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(
            s.i18n.t(lang, "institution-edit-list-title"),
            "/office/institutions",
        )
        .title(f.title)
        .build();
    let sec = FormSection::new(
        String::new(),
        c.href(&f.path),
        s.i18n.t(lang, f.submit_id),
        fields(s, lang, f.new),
    );
    form_page(c)
        .section(sec)
        .errors(f.errors)
        .values(f.values)
        .respond(s, headers)
}

/// `GET /{lang}/office/institutions`: every institution, or those whose key or a name holds
/// the words of `q`.
pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Manager,
    q: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, AppError> {
    let Ok(Query(q)) = q else {
        return Err(AppError::bad_request("error-400-filters"));
    };
    let query: String = q
        .get("q")
        .map(|v| v.trim().chars().take(200).collect())
        .unwrap_or_default();
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let c = frame(&s, lang, "/office/institutions")
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .title_id("institution-edit-list-title")
        .build();
    let rows: Vec<InstitutionRowView> =
        s.db.institutions()
            .await?
            .iter()
            .filter(|i| {
                let hay = format!("{} {} {}", i.key, i.name, i.name_unofficial).to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .map(|i| InstitutionRowView {
                name: shown_name(i, lang),
                key: i.key.clone(),
                kind: c.t(&format!(
                    "institution-kind-{}",
                    i.kind.code().replace('_', "-")
                )),
                commitments: i.commitments_count,
                activities: i.activities_count,
                edit: c.href(&format!("/office/institutions/{}/edit", i.key)),
                merge: c.href(&format!("/office/institutions/{}/merge", i.key)),
                public: c.href(&format!("/institutions/{}", i.key)),
            })
            .collect();
    let total = c.count("count-institutions", &(rows.len() as i64));
    let page = OfficeInstitutions {
        new_href: c.href("/office/institutions/new"),
        action: c.href("/office/institutions"),
        q: query,
        total,
        rows,
        c,
    };
    Ok(html(StatusCode::OK, render(&page)?, vec![]))
}

/// `GET /{lang}/office/institutions/new`.
pub async fn new(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Manager,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let f = Form {
        path: "/office/institutions/new".into(),
        title: s.i18n.t(lang, "institution-edit-new-title"),
        submit_id: "institution-edit-create",
        new: true,
        values: &Values::new(),
        errors: &Errors::default(),
    };
    form(&s, lang, &headers, f)
}

/// `POST /{lang}/office/institutions/new`.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    _: Manager,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let result = match checked(&s, &values, true, None).await? {
        Ok(c) => {
            let key = c.key.clone().unwrap_or_default();
            let name = c.name.to_json();
            match s
                .db
                .create_institution(&key, c.kind, &name, opengov_db::now_micros())
                .await?
            {
                Some(_) => Ok(key),
                None => Err(vec![InstitutionError::KeyTaken(key)]),
            }
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(key) => Ok(see_other(
            &format!(
                "/{}/office/institutions?q={}",
                lang.code(),
                url_encode(&key)
            ),
            vec![],
        )),
        Err(errs) => {
            let f = Form {
                path: "/office/institutions/new".into(),
                title: s.i18n.t(lang, "institution-edit-new-title"),
                submit_id: "institution-edit-create",
                new: true,
                values: &values,
                errors: &errors_of(&s, lang, &errs),
            };
            form(&s, lang, &parts.headers, f)
        }
    }
}

fn stored_values(i: &InstitutionRow) -> Values {
    let mut v = Values::new();
    let name = i.name();
    for l in Lang::ALL {
        if let Some(t) = name.get_exact(l) {
            v.insert(format!("name_{}", l.code()), t.to_string());
        }
    }
    v.insert("kind".into(), i.kind.code().to_string());
    v
}

fn edit_form<'a>(
    s: &AppState,
    lang: Lang,
    i: &InstitutionRow,
    values: &'a Values,
    errors: &'a Errors,
) -> Form<'a> {
    Form {
        path: format!("/office/institutions/{}/edit", i.key),
        title: s.i18n.ta(
            lang,
            "institution-edit-title",
            &[("name", shown_name(i, lang).as_str().into())],
        ),
        submit_id: "institution-edit-save",
        new: false,
        values,
        errors,
    }
}

/// `GET /{lang}/office/institutions/{key}/edit`.
pub async fn edit(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: i, .. }: AllowedOn<EditInstitution>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let values = stored_values(&i);
    let errors = Errors::default();
    let f = edit_form(&s, lang, &i, &values, &errors);
    form(&s, lang, &headers, f)
}

/// `POST /{lang}/office/institutions/{key}/edit`.
pub async fn update(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: i, .. }: AllowedOn<EditInstitution>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    match checked(&s, &values, false, Some(i.id)).await? {
        Ok(c) => {
            s.db.edit_institution(i.id, c.kind, &c.name.to_json(), opengov_db::now_micros())
                .await?;
            Ok(see_other(
                &format!(
                    "/{}/office/institutions?q={}",
                    lang.code(),
                    url_encode(&i.key)
                ),
                vec![],
            ))
        }
        Err(errs) => {
            let errors = errors_of(&s, lang, &errs);
            let f = edit_form(&s, lang, &i, &values, &errors);
            form(&s, lang, &parts.headers, f)
        }
    }
}

async fn merge_page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    i: &InstitutionRow,
    values: &Values,
    errors: &Errors,
) -> Result<Response, AppError> {
    let path = format!("/office/institutions/{}/merge", i.key);
    let name = shown_name(i, lang);
    let c = frame(s, lang, &path)
        .crumb(s.i18n.t(lang, "office-title"), "/office")
        .crumb(
            s.i18n.t(lang, "institution-edit-list-title"),
            "/office/institutions",
        )
        .title(s.i18n.ta(
            lang,
            "institution-merge-title",
            &[("name", name.as_str().into())],
        ))
        .build();
    let mut options = vec![(String::new(), s.i18n.t(lang, "institution-merge-choose"))];
    for o in s.db.institutions().await? {
        if o.id != i.id {
            options.push((
                o.key.clone(),
                format!("{} ({})", shown_name(&o, lang), o.key),
            ));
        }
    }
    let mut sec = FormSection::new(
        String::new(),
        c.href(&path),
        s.i18n.t(lang, "institution-merge-submit"),
        vec![
            FieldView::new("into", "select", s.i18n.t(lang, "institution-merge-into"))
                .hint(s.i18n.t(lang, "institution-merge-into-hint"))
                .options(options),
        ],
    );
    sec.intro = vec![
        s.i18n.ta(
            lang,
            "institution-merge-intro",
            &[
                ("name", name.as_str().into()),
                ("key", i.key.as_str().into()),
                (
                    "commitments",
                    c.count("count-commitments", &i.commitments_count).into(),
                ),
                (
                    "activities",
                    c.count("count-activities", &i.activities_count).into(),
                ),
            ],
        ),
        s.i18n.t(lang, "institution-merge-warning"),
    ];
    sec.danger = true;
    form_page(c)
        .section(sec)
        .errors(errors)
        .values(values)
        .respond(s, headers)
}

/// `GET /{lang}/office/institutions/{key}/merge`: choose the record to keep.
pub async fn merge_form(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { object: i, .. }: AllowedOn<EditInstitution>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    merge_page(&s, lang, &headers, &i, &Values::new(), &Errors::default()).await
}

/// `POST /{lang}/office/institutions/{key}/merge`: every reference moves to the record kept,
/// this one is deleted and its address redirects there.
pub async fn merge(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    AllowedOn { me, object: i }: AllowedOn<EditInstitution>,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let into_key = value(&values, "into");
    let mut refusal = check_merge(&i.key, &into_key).err();
    let into = if refusal.is_none() {
        let found = s.db.institution_by_key(into_key.trim()).await?;
        if found.is_none() {
            refusal = Some(InstitutionError::MergeTarget);
        }
        found
    } else {
        None
    };
    if let (None, Some(into)) = (&refusal, &into)
        && s.db
            .merge_institutions(i.id, into.id, me.id(), opengov_db::now_micros())
            .await?
    {
        return Ok(see_other(
            &format!(
                "/{}/office/institutions?q={}",
                lang.code(),
                url_encode(&into.key)
            ),
            vec![],
        ));
    }
    let errs = vec![refusal.unwrap_or(InstitutionError::MergeTarget)];
    let errors = errors_of(&s, lang, &errs);
    merge_page(&s, lang, &parts.headers, &i, &values, &errors).await
}
