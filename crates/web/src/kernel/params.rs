//! Typed path parameters. Each one reads its own segment of the path, validates it once and
//! answers the translated 404 itself, so a handler only ever sees a well-formed id.

use super::AppError;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use opengov_core::Lang;
use std::collections::HashMap;

/// A valid URL key (OGP id, axis or institution key): ASCII letters, digits, `-` and `_`, at
/// most 120 bytes (the import's limit: institution keys made from long ministry names reach 90).
pub fn valid_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

async fn segment<S: Send + Sync>(
    parts: &mut Parts,
    state: &S,
    name: &str,
) -> Result<String, AppError> {
    let Path(mut params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::not_found())?;
    params.remove(name).ok_or_else(AppError::not_found)
}

/// Declares a path parameter type: its segment name and how the raw text becomes a value
/// (`None` is a 404).
macro_rules! path_param {
    ($(#[$doc:meta])* $name:ident($ty:ty) = $segment:literal, $parse:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(pub $ty);

        impl $name {
            /// The name of the path segment this parameter reads.
            pub const SEGMENT: &'static str = $segment;

            pub fn parse(raw: &str) -> Option<$ty> {
                let parse: fn(&str) -> Option<$ty> = $parse;
                parse(raw)
            }
        }

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = AppError;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
                let raw = segment(parts, state, $segment).await?;
                $name::parse(&raw).map($name).ok_or_else(AppError::not_found)
            }
        }
    };
}

/// The language a page is asked in, from the `{lang}` path segment. An unknown language is a
/// 404 (in the language negotiated from the browser).
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params: Path<HashMap<String, String>> = Path::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::not_found())?;
        match params.get("lang").and_then(|l| Lang::from_code(l)) {
            Some(l) => Ok(PageLang(l)),
            None => Err(AppError::not_found()),
        }
    }
}

fn key(raw: &str) -> Option<String> {
    valid_key(raw).then(|| raw.to_string())
}

fn positive(raw: &str) -> Option<i64> {
    raw.parse::<i64>().ok().filter(|n| *n > 0)
}

path_param!(
    /// An OGP commitment id such as `MO0054` (`{ogp_id}`).
    OgpId(String) = "ogp_id", key
);
path_param!(
    /// A plan's number, 1 to 9999 (`{number}`).
    PlanNumber(i64) = "number", |raw| raw.parse::<i64>().ok().filter(|n| (1..=9999).contains(n))
);
path_param!(
    /// An institution's key (`{key}`).
    InstitutionKey(String) = "key", key
);
path_param!(
    /// An axis's key (`{axis}`).
    AxisKey(String) = "axis", key
);
path_param!(
    /// A user's id (`{id}`).
    UserId(i64) = "id", positive
);
path_param!(
    /// A role grant's id (`{role_id}`).
    RoleId(i64) = "role_id", positive
);
path_param!(
    /// An activity's key (`{activity}`).
    ActivityKey(String) = "activity", key
);
path_param!(
    /// A progress report's id (`{report}`).
    ReportId(i64) = "report", positive
);
path_param!(
    /// A piece of evidence's id (`{evidence}`).
    EvidenceId(i64) = "evidence", positive
);
path_param!(
    /// An indicator's id (`{indicator}`).
    IndicatorId(i64) = "indicator", positive
);
path_param!(
    /// An indicator value's id (`{value}`).
    IndicatorValueId(i64) = "value", positive
);
path_param!(
    /// A personal API token's id (`{token}`).
    TokenId(i64) = "token", positive
);
path_param!(
    /// The file name of a development e-mail (`{file}`): `NAME.eml`, no path.
    MailFile(String) = "file", |raw| {
        let plain = !raw.contains(['/', '\\']) && !raw.starts_with('.');
        (plain && raw.ends_with(".eml") && raw.len() <= 200).then(|| raw.to_string())
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_validated_once() {
        assert_eq!(OgpId::parse("MO0054"), Some("MO0054".into()));
        assert_eq!(OgpId::parse("MO 54"), None);
        assert_eq!(OgpId::parse(&"x".repeat(120)), Some("x".repeat(120)));
        assert_eq!(OgpId::parse(&"x".repeat(121)), None);
        assert_eq!(PlanNumber::parse("3"), Some(3));
        for bad in ["0", "-1", "10000", "3.0", "x", ""] {
            assert_eq!(PlanNumber::parse(bad), None, "{bad}");
        }
        assert_eq!(UserId::parse("12"), Some(12));
        assert_eq!(UserId::parse("0"), None);
        assert_eq!(MailFile::parse("a-1.eml"), Some("a-1.eml".into()));
        assert_eq!(MailFile::parse("../x.eml"), None);
        assert_eq!(ReportId::parse("7"), Some(7));
        assert_eq!(ReportId::parse("7x"), None);
        assert_eq!(ActivityKey::parse("a-1"), Some("a-1".into()));
        assert_eq!(ActivityKey::parse("a/1"), None);
    }
}
