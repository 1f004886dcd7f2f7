//! The reporting API's request bodies and answers: reading a JSON body field by field (so that
//! each wrong value is said beside its field, translated, with the web form's message id), and
//! the report as the API returns it. The rules themselves are the core's (`check_report`,
//! `check_link`, `check_return_reason`); this module only turns JSON into their inputs.

use crate::kernel::{FieldProblem, Problem, api_lang, valid_key};
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opengov_core::Lang;
use opengov_core::reporting::{LinkError, ReportError, ReportInput};
use opengov_db::rows::{EvidenceRow, HistoryRow, PlaceRow, ReportRow};
use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;

/// Most evidence links given with one report.
pub const MAX_LINKS: usize = 20;

/// A JSON object body, read after the caller is known (an unauthenticated request is told so
/// before anything is said about its body).
pub struct Body(Map<String, Value>);

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| {
            let t = t.trim();
            t.eq_ignore_ascii_case("application/json")
        })
}

impl Body {
    /// The body as a JSON object: another content type is a 415 problem, a body that is not a
    /// JSON object a 400 one. With `empty_ok`, no body at all reads as `{}`.
    // The rejection is the whole answer, built once per refused request.
    #[allow(clippy::result_large_err)]
    pub fn read(headers: &HeaderMap, bytes: &Bytes, empty_ok: bool) -> Result<Body, Response> {
        if empty_ok && bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Body(Map::new()));
        }
        if !is_json(headers) {
            return Err(answer(Problem::new(
                headers,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-type",
            )));
        }
        match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(m)) => Ok(Body(m)),
            _ => Err(answer(Problem::new(
                headers,
                StatusCode::BAD_REQUEST,
                "bad-body",
            ))),
        }
    }
}

/// The raw body of a request, within the body limit: over it, the 413 problem document (axum's
/// own rejection would be plain text).
pub struct RawBody(pub Bytes);

impl<S: Send + Sync> axum::extract::FromRequest<S> for RawBody {
    type Rejection = Response;

    async fn from_request(req: axum::extract::Request, s: &S) -> Result<Self, Response> {
        let headers = req.headers().clone();
        match Bytes::from_request(req, s).await {
            Ok(b) => Ok(RawBody(b)),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(answer(Problem::new(
                &headers,
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
            ))),
            Err(_) => Err(answer(Problem::new(
                &headers,
                StatusCode::BAD_REQUEST,
                "bad-body",
            ))),
        }
    }
}

/// `POST /api/v1/reports/{report}/validate` takes no value.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct EmptyRequest {}

/// A problem document as an answer that no cache keeps.
pub fn answer(p: Problem) -> Response {
    let mut r = p.into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// Reads the fields of a [`Body`], collecting every refusal.
pub struct Reader<'a> {
    body: &'a Map<String, Value>,
    lang: Lang,
    pub errors: Vec<FieldProblem>,
}

impl<'a> Reader<'a> {
    pub fn new(body: &'a Body, headers: &HeaderMap) -> Reader<'a> {
        Reader {
            body: &body.0,
            lang: api_lang(headers),
            errors: Vec::new(),
        }
    }

    /// A refusal beside `field`, translated with its arguments.
    pub fn refuse(&mut self, field: &str, id: &str, args: &[(&str, opengov_i18n::Arg<'_>)]) {
        self.errors.push(FieldProblem {
            field: field.to_string(),
            code: id.to_string(),
            detail: opengov_i18n::global().ta(self.lang, id, args),
        });
    }

    fn get(&self, name: &str) -> Option<&'a Value> {
        self.body.get(name).filter(|v| !v.is_null())
    }

    /// A text field (absent: `None`, refused when `required`).
    pub fn text(&mut self, name: &str, required: bool) -> Option<String> {
        match self.get(name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.refuse(name, "token-api-text-type", &[]);
                None
            }
            None if required => {
                self.refuse(name, "token-api-missing", &[]);
                None
            }
            None => None,
        }
    }

    /// The figure, as the form's checks read it: a whole number (a JSON integer, or a number
    /// with no fraction); anything else is the form's own refusal of the figure.
    pub fn progress(&mut self) -> String {
        match self.get("progress") {
            Some(Value::Number(n)) => {
                let whole = n.as_i64().or_else(|| {
                    n.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 1e6)
                        .map(|f| f as i64)
                });
                // Out of range or not whole: the check below refuses it with the form's message.
                whole.map_or_else(|| "x".to_string(), |w| w.to_string())
            }
            _ => String::new(),
        }
    }

    /// A whole number of at least 1 (a revision).
    pub fn positive(&mut self, name: &str, required: bool) -> Option<i64> {
        match self.get(name) {
            Some(Value::Number(n)) => match n.as_i64().filter(|v| *v >= 1) {
                Some(v) => Some(v),
                None => {
                    self.refuse(name, "token-api-revision-invalid", &[]);
                    None
                }
            },
            Some(_) => {
                self.refuse(name, "token-api-revision-invalid", &[]);
                None
            }
            None if required => {
                self.refuse(name, "token-api-missing", &[]);
                None
            }
            None => None,
        }
    }

    /// The activity's key.
    pub fn activity(&mut self) -> Option<String> {
        let key = self.text("activity", true)?;
        if valid_key(&key) {
            Some(key)
        } else {
            self.refuse("activity", "token-api-activity-unknown", &[]);
            None
        }
    }

    /// The language the texts are written in, when given.
    pub fn lang(&mut self) -> Option<Lang> {
        let code = self.text("lang", false)?;
        let lang = Lang::from_code(&code);
        if lang.is_none() {
            self.refuse("lang", "error-language-invalid", &[]);
        }
        lang
    }

    /// An idempotency key, when given: 8 to 64 letters, digits, `-` or `_`.
    pub fn idempotency_key(&mut self) -> Option<String> {
        let key = self.text("idempotency_key", false)?;
        let ok = (8..=64).contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            self.refuse("idempotency_key", "token-api-key-invalid", &[]);
            return None;
        }
        Some(key)
    }

    /// The evidence links, each checked by the core's link rule; normalised.
    pub fn links(&mut self) -> Vec<String> {
        let items = match self.get("links") {
            None => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.refuse("links", "token-api-links-type", &[]);
                return Vec::new();
            }
        };
        if items.len() > MAX_LINKS {
            let max = MAX_LINKS.to_string();
            self.refuse(
                "links",
                "token-api-links-too-many",
                &[("max", max.as_str().into())],
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let field = format!("links[{i}]");
            match item {
                Value::String(s) => match opengov_core::reporting::check_link(s) {
                    Ok(url) => out.push(url),
                    Err(e) => self.link_refused(&field, e),
                },
                _ => self.refuse(&field, "token-api-text-type", &[]),
            }
        }
        out
    }

    pub fn link_refused(&mut self, field: &str, e: LinkError) {
        self.refuse(field, e.message_id(), &[]);
    }

    /// The report's own refusals (the web form's), each beside its field.
    pub fn report_errors(&mut self, errors: &[ReportError]) {
        for e in errors {
            let field = e.field().name();
            match e {
                ReportError::TooLong { max, .. } => {
                    let max = max.to_string();
                    self.refuse(field, e.message_id(), &[("max", max.as_str().into())]);
                }
                ReportError::DecreaseUnexplained { previous } => {
                    let previous = previous.to_string();
                    self.refuse(
                        field,
                        e.message_id(),
                        &[("previous", previous.as_str().into())],
                    );
                }
                _ => self.refuse(field, e.message_id(), &[]),
            }
        }
    }

    /// The report's figure and texts as the form's checks take them.
    pub fn report_input(&mut self) -> ReportInput {
        ReportInput {
            progress: self.progress(),
            done: self.text("done", true).unwrap_or_default(),
            difficulties: self.text("difficulties", false).unwrap_or_default(),
            assistance: self.text("assistance", false).unwrap_or_default(),
        }
    }

    /// The 422 problem listing every refusal, or nothing when there is none.
    pub fn invalid(&mut self, headers: &HeaderMap) -> Option<Response> {
        if self.errors.is_empty() {
            return None;
        }
        let mut p = Problem::new(headers, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        p.errors = std::mem::take(&mut self.errors);
        Some(answer(p))
    }
}

/// `POST /api/v1/reports`: a new draft.
#[derive(ToSchema)]
#[allow(dead_code)] // read field by field by `Reader`, declared for the OpenAPI document
#[schema(example = json!({
    "activity": "mo0054-a1",
    "progress": 60,
    "done": "Deux ateliers régionaux tenus à Rabat et à Fès; le rapport de synthèse est publié.",
    "links": ["https://www.example.ma/rapport-synthese.pdf"],
    "idempotency_key": "2026-11-mo0054-a1"
}))]
pub struct NewReportRequest {
    /// The activity's key, as in the back office and `GET /api/v1/activities`.
    #[schema(pattern = r"^[A-Za-z0-9_-]{1,120}$", max_length = 120, min_length = 1)]
    pub activity: String,
    /// The proposed progress of the activity, a whole number from 0 to 100.
    #[schema(minimum = 0, maximum = 100)]
    pub progress: i64,
    /// What was done (at most 4,000 bytes in UTF-8; may be empty in a draft, but a report is
    /// submitted only with it or with evidence).
    #[schema(
        max_length = 4000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub done: String,
    /// Difficulties met (at most 4,000 bytes); required to submit a figure lower than the
    /// published one.
    #[schema(
        max_length = 4000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub difficulties: Option<String>,
    /// A request for assistance to the steering committee (at most 2,000 bytes; empty: none).
    #[schema(
        max_length = 2000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub assistance: Option<String>,
    /// Evidence links (`http` or `https`, no user name or password), at most 20.
    #[schema(max_items = 20)]
    pub links: Option<Vec<LinkParam>>,
    /// The language the texts are written in (default: the token owner's language).
    #[schema(inline)]
    pub lang: Option<LangParam>,
    /// A key of the caller's choosing (8 to 64 letters, digits, `-`, `_`): the same key again
    /// makes no second report, and answers the first one (200).
    #[schema(pattern = r"^[A-Za-z0-9_-]{8,64}$", min_length = 8, max_length = 64)]
    pub idempotency_key: Option<String>,
}

/// What a link must look like to be kept: `http` or `https`, a host name, an optional port, a
/// path in plain ASCII (`check_link` is the rule; this is the part of it a schema can say).
pub const LINK_PATTERN: &str = r"^https?://[A-Za-z][A-Za-z0-9-]{0,62}(\.[A-Za-z][A-Za-z0-9-]{0,62}){0,8}(:[1-9][0-9]{0,3})?(/[A-Za-z0-9._~!$&()*+,;=:@/%-]*)?$";

/// An evidence link.
#[allow(dead_code)]
pub struct LinkParam(String);

impl utoipa::PartialSchema for LinkParam {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .max_length(Some(2000))
            .pattern(Some(LINK_PATTERN))
            .description(Some(
                "An http or https address, with no user name or password (at most 2,000 bytes).",
            ))
            .examples([serde_json::json!(
                "https://www.example.ma/rapport-synthese.pdf"
            )])
            .into()
    }
}

impl ToSchema for LinkParam {}

/// A language code.
#[derive(ToSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum LangParam {
    Ar,
    Fr,
    En,
    Zgh,
}

/// `PUT /api/v1/reports/{report}`: new figure and texts for a draft or a returned report.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(example = json!({
    "revision": 2,
    "progress": 60,
    "done": "Deux ateliers régionaux tenus; le procès-verbal est joint.",
    "difficulties": ""
}))]
pub struct EditReportRequest {
    /// The revision the new texts were written from (`revision` of the report as read): an
    /// older one is refused (409), so that nobody overwrites a change they have not seen.
    #[schema(minimum = 1)]
    pub revision: i64,
    #[schema(minimum = 0, maximum = 100)]
    pub progress: i64,
    #[schema(
        max_length = 4000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub done: String,
    #[schema(
        max_length = 4000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub difficulties: Option<String>,
    #[schema(
        max_length = 2000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub assistance: Option<String>,
    #[schema(inline)]
    pub lang: Option<LangParam>,
}

/// `POST /api/v1/reports/{report}/submit`.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(example = json!({"revision": 2}))]
pub struct SubmitRequest {
    /// The revision the caller last read: when given, a report changed since is refused (409).
    #[schema(minimum = 1)]
    pub revision: Option<i64>,
}

/// `POST /api/v1/reports/{report}/return`.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(example = json!({"reason": "Joindre le procès-verbal de l'atelier de Fès."}))]
pub struct ReturnRequest {
    /// Why the report goes back to its authors (required, at most 2,000 bytes).
    #[schema(
        min_length = 1,
        max_length = 2000,
        pattern = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*[^\s\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F][^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    )]
    pub reason: String,
}

/// `POST /api/v1/reports/{report}/links`.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(example = json!({"url": "https://www.example.ma/proces-verbal.pdf"}))]
pub struct LinkRequest {
    pub url: LinkParam,
}

/// A piece of evidence of a report.
#[derive(Serialize, ToSchema)]
pub struct EvidenceDto {
    pub id: i64,
    /// `link` or `file`.
    pub kind: String,
    /// The address of a link.
    pub url: Option<String>,
    /// The shown name of a file.
    pub file_name: Option<String>,
}

impl From<&EvidenceRow> for EvidenceDto {
    fn from(e: &EvidenceRow) -> Self {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        EvidenceDto {
            id: e.id,
            kind: e.kind.clone(),
            url: some(&e.url),
            file_name: some(&e.file_name),
        }
    }
}

/// One move of a report.
#[derive(Serialize, ToSchema)]
pub struct MoveDto {
    /// `draft`, `submitted`, `returned` or `published`.
    pub status: String,
    pub at: String,
    /// The role that allowed the move.
    pub role: String,
    /// Why it was returned (empty otherwise).
    pub reason: String,
}

/// A progress report, as its authors, its plan's coordinators and administrators see it.
#[derive(Serialize, ToSchema)]
#[schema(example = json!({
    "id": 12, "activity": "mo0054-a1", "commitment": "MO0054", "status": "draft",
    "progress": 60, "done": "Deux ateliers régionaux tenus.", "difficulties": "", "assistance": "",
    "lang": "fr", "revision": 1, "created_at": "2026-11-20T09:30:00Z",
    "updated_at": "2026-11-20T09:30:00Z", "submitted_at": null, "published_at": null,
    "evidence": [{"id": 3, "kind": "link", "url": "https://www.example.ma/rapport-synthese.pdf", "file_name": null}],
    "moves": []
}))]
pub struct ReportDto {
    pub id: i64,
    /// The activity's key.
    pub activity: String,
    /// The commitment's OGP id.
    pub commitment: String,
    /// `draft`, `submitted`, `returned` or `published`.
    pub status: String,
    pub progress: i64,
    pub done: String,
    pub difficulties: String,
    pub assistance: String,
    /// The language the texts are written in.
    pub lang: String,
    /// Raised by every edit; send it back with an edit or a submission.
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    pub published_at: Option<String>,
    pub evidence: Vec<EvidenceDto>,
    /// Every move of the report, oldest first (a return with its reason).
    pub moves: Vec<MoveDto>,
}

impl ReportDto {
    pub fn of(
        r: &ReportRow,
        place: &PlaceRow,
        evidence: &[EvidenceRow],
        history: &[HistoryRow],
    ) -> ReportDto {
        let iso = crate::format::timestamp;
        ReportDto {
            id: r.id,
            activity: place.activity_key.clone(),
            commitment: place.ogp_id.clone(),
            status: r.status.code().to_string(),
            progress: r.progress,
            done: r.done.clone(),
            difficulties: r.difficulties.clone(),
            assistance: r.assistance.clone(),
            lang: r.lang.clone(),
            revision: r.revision,
            created_at: iso(r.created_at),
            updated_at: iso(r.updated_at),
            submitted_at: r.submitted_at.map(iso),
            published_at: r.published_at.map(iso),
            evidence: evidence.iter().map(Into::into).collect(),
            moves: history
                .iter()
                .map(|h| MoveDto {
                    status: h.to_status.code().to_string(),
                    at: iso(h.at),
                    role: h.role.clone(),
                    reason: h.reason.clone(),
                })
                .collect(),
        }
    }
}
