//! The account's personal API tokens (docs/co-implementation.md): a project leader, a
//! coordinator or an administrator creates one for their administration's system, sees its
//! secret once, lists their tokens by prefix and revokes them. Only the secret's SHA-256 is
//! stored; the page that shows it is never cached.

use crate::auth::api_token;
use crate::auth::session;
use crate::kernel::prelude::*;
use crate::kernel::{ManageOwnTokens, TokenId};
use crate::views::{TokenLine, TokensPage};
use opengov_db::rows::{ApiTokenRow, NewApiToken};

/// The validity periods offered, in days; the first is the default.
const EXPIRIES: [(&str, i64); 3] = [("90", 90), ("30", 30), ("365", 365)];
/// Longest name, in characters.
const MAX_NAME: usize = 80;
/// Most tokens an account holds in force at once.
pub const MAX_ACTIVE: i64 = 10;
const DAY: i64 = 24 * 3_600 * 1_000_000;

type Me = Allowed<ManageOwnTokens>;

fn fields(s: &AppState, lang: Lang) -> Vec<FieldView> {
    let mut by_length: Vec<_> = EXPIRIES.to_vec();
    by_length.sort_by_key(|(_, d)| *d);
    let options = by_length
        .iter()
        .map(|(code, _)| {
            (
                code.to_string(),
                s.i18n.t(lang, &format!("token-expiry-{code}")),
            )
        })
        .collect();
    vec![
        field(s, lang, "name", "text", "token-field-name")
            .hint(s.i18n.t(lang, "token-field-name-hint")),
        field(s, lang, "expiry", "select", "token-field-expiry").options(options),
    ]
}

fn line(s: &AppState, lang: Lang, t: &ApiTokenRow, now: i64) -> TokenLine {
    let day = |at: i64| crate::format::day_of(s.i18n, lang, at);
    let status_code = if t.revoked_at.is_some() {
        "revoked"
    } else if t.expires_at <= now {
        "expired"
    } else {
        "active"
    };
    TokenLine {
        name: t.name.clone(),
        prefix: api_token::shown_prefix(&t.prefix),
        created: day(t.created_at),
        expires: day(t.revoked_at.unwrap_or(t.expires_at)),
        last_used: t
            .last_used_at
            .map_or_else(|| s.i18n.t(lang, "token-never-used"), day),
        status_code,
        status: s.i18n.t(lang, &format!("token-status-{status_code}")),
        revoke_action: (status_code == "active")
            .then(|| format!("/{}/account/tokens/{}/revoke", lang.code(), t.id)),
    }
}

/// What the page shows beyond the stored tokens.
#[derive(Default)]
struct Shown {
    notice: Option<String>,
    created: Option<String>,
    errors: Errors,
    values: Values,
}

async fn page(
    s: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    me: &SignedIn,
    status: StatusCode,
    shown: Shown,
) -> Result<Response, AppError> {
    let now = opengov_db::now_micros();
    let tokens = s.db.api_tokens_of(me.id()).await?;
    let c = frame(s, lang, "/account/tokens")
        .crumb(s.i18n.t(lang, "account-title"), "/account")
        .title_id("token-title")
        .build();
    let (csrf, cookie) = crate::auth::csrf::ensure(headers, s.config.https);
    let mut fields = fields(s, lang);
    let mut values = shown.values;
    values
        .entry("expiry".into())
        .or_insert_with(|| EXPIRIES[0].0.to_string());
    crate::forms::fill(&mut fields, &values, &shown.errors);
    let errors: Vec<(String, String)> = shown
        .errors
        .0
        .iter()
        .map(|(f, m)| (format!("f-{f}"), c.figures(m.clone())))
        .collect();
    let page = TokensPage {
        error_summary: c.count("form-error-summary", &(errors.len() as i64)),
        errors,
        csrf,
        notice: shown.notice.map(|n| c.figures(n)),
        intro: vec![c.t("token-intro")],
        created: shown.created,
        create_action: c.href("/account/tokens"),
        fields,
        tokens: tokens.iter().map(|t| line(s, lang, t, now)).collect(),
        c,
    };
    Ok(html(status, render(&page)?, cookie.into_iter().collect()))
}

/// `GET /{lang}/account/tokens`.
pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Me,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let notice = q
        .contains_key("revoked")
        .then(|| s.i18n.t(lang, "token-revoked"));
    let shown = Shown {
        notice,
        ..Shown::default()
    };
    page(&s, lang, &headers, &me, StatusCode::OK, shown).await
}

/// `POST /{lang}/account/tokens`: a new token, its secret shown on the answer only.
pub async fn create(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Me,
    CheckedForm { values, parts }: CheckedForm,
) -> Result<Response, AppError> {
    let mut errors = Errors::default();
    let name = value(&values, "name");
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME || name.chars().any(char::is_control) {
        errors.add("name", s.i18n.t(lang, "token-error-name"));
    }
    let days = EXPIRIES
        .iter()
        .find(|(code, _)| *code == value(&values, "expiry"))
        .map(|(_, d)| *d);
    if days.is_none() {
        errors.add("expiry", s.i18n.t(lang, "token-error-expiry"));
    }
    let again = |errors: Errors, status| {
        let shown = Shown {
            errors,
            values: values.clone(),
            ..Shown::default()
        };
        page(&s, lang, &parts.headers, &me, status, shown)
    };
    let Some(days) = days.filter(|_| errors.is_empty()) else {
        return again(errors, StatusCode::BAD_REQUEST).await;
    };
    let now = opengov_db::now_micros();
    let secret = api_token::new_secret();
    let new = NewApiToken {
        user_id: me.id(),
        name: &name,
        prefix: &secret.prefix,
        hash: &secret.hash,
        expires_at: now + days * DAY,
    };
    let Some(id) = s.db.create_api_token(&new, MAX_ACTIVE, now).await? else {
        let max = MAX_ACTIVE.to_string();
        errors.add(
            "name",
            s.i18n.ta(
                lang,
                "token-error-too-many",
                &[("max", max.as_str().into())],
            ),
        );
        return again(errors, StatusCode::CONFLICT).await;
    };
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "api_token.created",
        Some(me.id()),
        &ip,
        &format!("token {id}, {days} days"),
    )
    .await;
    let shown = Shown {
        created: Some(secret.secret),
        ..Shown::default()
    };
    page(&s, lang, &parts.headers, &me, StatusCode::OK, shown).await
}

/// `POST /{lang}/account/tokens/{token}/revoke`: the token stops working at once. Another
/// account's token, or one revoked already, is not found.
pub async fn revoke(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Allowed { me, .. }: Me,
    TokenId(id): TokenId,
    CheckedForm { parts, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let now = opengov_db::now_micros();
    if s.db.revoke_api_token(me.id(), id, now).await?.is_none() {
        return Err(AppError::not_found());
    }
    let ip = session::client_ip(&parts, &s.config.proxies);
    audit(
        &s,
        Some(me.id()),
        "api_token.revoked",
        Some(me.id()),
        &ip,
        &format!("token {id}"),
    )
    .await;
    Ok(see_other(
        &format!("/{}/account/tokens?revoked=1", lang.code()),
        vec![],
    ))
}
