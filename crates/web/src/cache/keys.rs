//! Cache keys: the path and the route's known query parameters, normalised.

use axum::extract::Query;
use axum::http::Uri;

/// A page's normalised address: its path, then the known parameters that have a value, in the
/// route's fixed order (the first of repeated ones). Unknown parameters are dropped, so they
/// neither make new cache entries nor reach the rendered page (language switcher, links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageKey {
    /// The cache key: `/ar/commitments?plan=3&page=2`.
    pub key: String,
    /// The same after the language segment, for the language switcher: `/commitments?plan=3`.
    pub local: String,
}

impl PageKey {
    /// `known`: the route's query parameters in the order they are written in.
    pub fn of(uri: &Uri, known: &[&str]) -> PageKey {
        let pairs: Vec<(String, String)> = if known.is_empty() {
            Vec::new()
        } else {
            Query::<Vec<(String, String)>>::try_from_uri(uri)
                .map(|q| q.0)
                .unwrap_or_default()
        };
        let query: Vec<String> = known
            .iter()
            .filter_map(|k| {
                let v = pairs
                    .iter()
                    .find(|(name, v)| name == k && !v.trim().is_empty())?;
                Some(format!(
                    "{k}={}",
                    crate::format::url_encode(v.1.trim(), b"")
                ))
            })
            .collect();
        let path = uri.path();
        let rest = path
            .trim_start_matches('/')
            .split_once('/')
            .map(|(_, r)| format!("/{r}"))
            .unwrap_or_else(|| "/".into());
        if query.is_empty() {
            PageKey {
                key: path.to_string(),
                local: rest,
            }
        } else {
            let q = query.join("&");
            PageKey {
                key: format!("{path}?{q}"),
                local: format!("{rest}?{q}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &["plan", "axis", "status", "institution", "page"];

    fn key(uri: &str, known: &[&str]) -> PageKey {
        PageKey::of(&uri.parse().unwrap(), known)
    }

    #[test]
    fn unknown_parameters_go_and_known_ones_come_in_a_fixed_order() {
        let a = key("/ar/commitments?page=2&utm=x&plan=3&junk=1&plan=4", LIST);
        assert_eq!(a.key, "/ar/commitments?plan=3&page=2");
        assert_eq!(a.local, "/commitments?plan=3&page=2");
        let b = key("/ar/commitments?plan=3&page=2", LIST);
        assert_eq!(a, b);
        assert_eq!(
            key("/ar/commitments?plan=&status=+", LIST).key,
            "/ar/commitments"
        );
        assert_eq!(key("/fr/plans/3?anything=1", &[]).key, "/fr/plans/3");
        assert_eq!(key("/fr/plans/3?anything=1", &[]).local, "/plans/3");
        assert_eq!(key("/fr/", &[]).local, "/");
        assert_eq!(
            key("/fr/commitments?axis=a%20b", LIST).key,
            "/fr/commitments?axis=a%20b"
        );
    }
}
