//! The query parameters of the API, as the OpenAPI document describes them and as the
//! handlers read them: the bounds written in the `#[param]` attributes are the ones
//! [`read`] enforces, and any value outside them is a 400 problem, never a guess.
//!
//! The API reads strictly where the HTML pages are lenient (they come from forms): a
//! parameter given twice, an empty value, a value padded with spaces or a number written
//! with a sign is refused. Unknown parameters are ignored.

use crate::kernel::AppError;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use serde::Deserialize;
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};

/// The raw query of an API request.
pub type RawQuery = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Largest page number (the pages use the same bound).
pub const MAX_PAGE: i64 = 100_000;
/// Largest page size.
pub const MAX_PER_PAGE: i64 = 100;
/// Page size when none is asked for.
pub const DEFAULT_PER_PAGE: i64 = 20;
/// Largest plan number.
pub const MAX_PLAN: i64 = 9999;

/// `page` and `per_page`, taken by every list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `read`, declared for the OpenAPI document
pub struct Paging {
    /// The page to return, from 1 (default 1). A page after the last is empty.
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<i64>,
    /// How many items a page holds (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<i64>,
}

/// The commitments' filters.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct CommitmentFilters {
    /// Plan number.
    #[param(minimum = 1, maximum = 9999)]
    pub plan: Option<i64>,
    /// Axis key.
    #[param(pattern = r"^[A-Za-z0-9_-]{1,120}$", min_length = 1, max_length = 120)]
    pub axis: Option<String>,
    /// Progress status (`delayed`: an end date has passed before 100 %).
    #[param(inline)]
    pub status: Option<StatusParam>,
    /// Institution key (lead institution, or responsible for one of its activities).
    #[param(pattern = r"^[A-Za-z0-9_-]{1,120}$", min_length = 1, max_length = 120)]
    pub institution: Option<String>,
}

/// The activities' filter.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ActivityFilters {
    /// OGP id of the commitment, such as MO0054.
    #[param(pattern = r"^[A-Za-z0-9_-]{1,120}$", min_length = 1, max_length = 120)]
    pub commitment: Option<String>,
}

/// A progress status of the list's filter.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum StatusParam {
    NotReported,
    NotStarted,
    Limited,
    Substantial,
    Complete,
    Delayed,
}

/// What one parameter may hold.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A whole number written with digits only, within the bounds.
    Int(i64, i64),
    /// A key: 1 to 80 letters, digits, `-` or `_`.
    Key,
    /// One of these words.
    Choice(&'static [&'static str]),
}

/// The status codes of `StatusParam`, as the list's filter reads them.
pub const STATUSES: &[&str] = &[
    "not_reported",
    "not_started",
    "limited",
    "substantial",
    "complete",
    "delayed",
];

pub const PAGING: [(&str, Kind); 2] = [
    ("page", Kind::Int(1, MAX_PAGE)),
    ("per_page", Kind::Int(1, MAX_PER_PAGE)),
];
pub const COMMITMENT_FILTERS: [(&str, Kind); 4] = [
    ("plan", Kind::Int(1, MAX_PLAN)),
    ("axis", Kind::Key),
    ("status", Kind::Choice(STATUSES)),
    ("institution", Kind::Key),
];
pub const ACTIVITY_FILTERS: [(&str, Kind); 1] = [("commitment", Kind::Key)];

fn valid(kind: Kind, v: &str) -> bool {
    match kind {
        Kind::Int(min, max) => {
            !v.is_empty()
                && v.len() <= 18
                && v.bytes().all(|b| b.is_ascii_digit())
                && v.parse::<i64>().is_ok_and(|n| (min..=max).contains(&n))
        }
        Kind::Key => crate::kernel::valid_key(v),
        Kind::Choice(words) => words.contains(&v),
    }
}

/// The known parameters of the query, each checked against its kind: the map holds only
/// valid values of known parameters, each given once.
pub fn read(q: RawQuery, known: &[&[(&str, Kind)]]) -> Result<HashMap<String, String>, AppError> {
    let bad = || AppError::bad_request("error-400-filters");
    let Ok(Query(pairs)) = q else {
        return Err(bad());
    };
    let mut out = HashMap::new();
    for (name, value) in pairs {
        let Some(kind) = known
            .iter()
            .flat_map(|k| k.iter())
            .find(|(n, _)| *n == name)
            .map(|(_, k)| *k)
        else {
            continue;
        };
        if !valid(kind, &value) || out.insert(name, value).is_some() {
            return Err(bad());
        }
    }
    Ok(out)
}

/// `page` and `per_page` of a query read by [`read`] (defaults 1 and 20).
pub fn paging(q: &HashMap<String, String>) -> (i64, i64) {
    let num = |k: &str, default: i64| q.get(k).and_then(|v| v.parse().ok()).unwrap_or(default);
    (num("page", 1), num("per_page", DEFAULT_PER_PAGE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::FromRequestParts;

    async fn query(uri: &str) -> Result<HashMap<String, String>, AppError> {
        let (mut parts, _) = axum::http::Request::get(uri).body(()).unwrap().into_parts();
        let q = Query::<Vec<(String, String)>>::from_request_parts(&mut parts, &()).await;
        read(q, &[&PAGING, &COMMITMENT_FILTERS])
    }

    #[tokio::test]
    async fn values_inside_the_described_bounds_are_read() {
        let q = query("/x?page=100000&per_page=100&plan=9999&axis=a-1_B&status=delayed&other=x")
            .await
            .unwrap();
        assert_eq!(paging(&q), (100_000, 100));
        assert_eq!(q["plan"], "9999");
        assert!(!q.contains_key("other"), "unknown parameters are dropped");
        assert_eq!(paging(&query("/x").await.unwrap()), (1, 20));
    }

    #[tokio::test]
    async fn values_outside_the_described_bounds_are_refused() {
        for uri in [
            "/x?page=0",
            "/x?page=-9223372036854775808",
            "/x?per_page=-9223372036854775808",
            "/x?page=100001",
            "/x?per_page=101",
            "/x?per_page=99999999999999999999",
            "/x?page=+5",
            "/x?page=%205",
            "/x?page=1.5",
            "/x?page=",
            "/x?page=1&page=2",
            "/x?plan=10000",
            "/x?axis=",
            "/x?axis=a%20b",
            "/x?status=Delayed",
            "/x?institution=%3Cscript%3E",
        ] {
            assert!(query(uri).await.is_err(), "{uri} was accepted");
        }
    }
}
