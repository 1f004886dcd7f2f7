//! Query strings of the lists, validated once and shared by the pages and the API.

use crate::kernel::AppError;
use opengov_db::rows::{CommitmentFilter, StatusFilter};
use std::collections::HashMap;

pub const PER_PAGE: i64 = 20;
/// The list's query parameters, in the order of its cache key and links.
pub const LIST_PARAMS: &[&str] = &["plan", "axis", "status", "institution", "page"];
const MAX_PAGE: i64 = 100_000;

/// The list's query, validated. Any wrong value gives a translated 400 page.
pub struct ListQuery {
    pub filter: CommitmentFilter,
    pub page: i64,
}

/// The commitments list's filters and page.
pub fn parse_query(q: &HashMap<String, String>) -> Result<ListQuery, AppError> {
    let bad = || AppError::bad_request("error-400-filters");
    let get = |k: &str| q.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    if q.values().any(|v| v.len() > 200) {
        return Err(bad());
    }
    let page = match get("page") {
        None => 1,
        Some(p) => match p.parse::<i64>() {
            Ok(n) if (1..=MAX_PAGE).contains(&n) => n,
            _ => return Err(AppError::bad_request("error-400-page")),
        },
    };
    let plan = match get("plan") {
        None => None,
        Some(p) => match p.parse::<i64>() {
            Ok(n) if (1..=9999).contains(&n) => Some(n),
            _ => return Err(bad()),
        },
    };
    let key = |k: &str| -> Result<Option<String>, AppError> {
        match get(k) {
            None => Ok(None),
            Some(v) if crate::kernel::valid_key(v) => Ok(Some(v.to_string())),
            Some(_) => Err(bad()),
        }
    };
    let status = match get("status") {
        None => None,
        Some(v) => Some(StatusFilter::from_code(v).ok_or_else(bad)?),
    };
    Ok(ListQuery {
        filter: CommitmentFilter {
            plan,
            axis: key("axis")?,
            status,
            institution: key("institution")?,
            today: String::new(),
        },
        page,
    })
}
