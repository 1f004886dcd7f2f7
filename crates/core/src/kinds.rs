//! The small closed vocabularies of the model, each with the code stored in the database.
//! Reading a code back (from the database, JSON or a form) goes through `from_code`: a code
//! that names no value is an [`UnknownCode`] error, never a silent default.

use serde::{Deserialize, Serialize};

/// A stored or submitted code that names no value of its vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} code {code:?}")]
pub struct UnknownCode {
    pub vocabulary: &'static str,
    pub code: String,
}

/// The conversions of a type with `code` and `from_code`: `TryFrom<&str>`, `TryFrom<String>`,
/// `Display` (the code) and, with the `sqlx` feature, its mapping to a text column
/// (`sqlx::Type`, `Encode`, `Decode`: written as its code, read back through `from_code`);
/// with the `rusqlite` feature, `FromSql` for the SQLite read path.
macro_rules! code_conversions {
    ($name:ident) => {
        impl TryFrom<&str> for $name {
            type Error = $crate::kinds::UnknownCode;
            fn try_from(code: &str) -> Result<Self, Self::Error> {
                $name::from_code(code).ok_or_else(|| $crate::kinds::UnknownCode {
                    vocabulary: stringify!($name),
                    code: code.to_string(),
                })
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::kinds::UnknownCode;
            fn try_from(code: String) -> Result<Self, Self::Error> {
                $name::try_from(code.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        #[cfg(feature = "sqlx")]
        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            str: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as sqlx::Type<DB>>::compatible(ty)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $name
        where
            &'static str: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut DB::ArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&'static str as sqlx::Encode<'q, DB>>::encode(self.code(), buf)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
                Ok($name::try_from(code)?)
            }
        }

        #[cfg(feature = "rusqlite")]
        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                $name::try_from(value.as_str()?)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}
pub(crate) use code_conversions;

/// An enumeration whose values are written as their codes (in the database, in JSON and by
/// `Display`).
macro_rules! coded_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(s: &str) -> Option<Self> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::kinds::Code for $name {
            const VOCABULARY: &'static str = stringify!($name);
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn from_code(s: &str) -> Option<Self> {
                $name::from_code(s)
            }
        }

        code_conversions!($name);

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = String::deserialize(d)?;
                $name::try_from(code).map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use coded_enum;

/// A closed vocabulary stored as codes (every `coded_enum!` is one).
pub trait Code: Copy + Sized + PartialEq + 'static {
    /// Its name, for error messages.
    const VOCABULARY: &'static str;
    fn code(self) -> &'static str;
    fn from_code(s: &str) -> Option<Self>;
}

/// A coded column that may be empty: stored as its code, or as `''` for "no value" (such as an
/// assessment field the sources do not give). A stored code that names no value fails the read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OptCode<T>(pub Option<T>);

impl<T> Default for OptCode<T> {
    fn default() -> Self {
        OptCode(None)
    }
}

impl<T: Code> OptCode<T> {
    pub fn stored(&self) -> &'static str {
        self.0.map(Code::code).unwrap_or("")
    }

    pub fn from_stored(s: &str) -> Result<Self, UnknownCode> {
        if s.is_empty() {
            return Ok(OptCode(None));
        }
        T::from_code(s)
            .map(|v| OptCode(Some(v)))
            .ok_or_else(|| UnknownCode {
                vocabulary: T::VOCABULARY,
                code: s.to_string(),
            })
    }
}

/// A list of codes kept in one column, `;`-separated (such as a commitment's policy areas).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CodeList<T>(pub Vec<T>);

impl<T> Default for CodeList<T> {
    fn default() -> Self {
        CodeList(Vec::new())
    }
}

impl<T: Code> CodeList<T> {
    pub fn stored(&self) -> String {
        self.0
            .iter()
            .map(|v| v.code())
            .collect::<Vec<_>>()
            .join(";")
    }

    pub fn from_stored(s: &str) -> Result<Self, UnknownCode> {
        s.split(';')
            .filter(|c| !c.is_empty())
            .map(|c| {
                T::from_code(c).ok_or_else(|| UnknownCode {
                    vocabulary: T::VOCABULARY,
                    code: c.to_string(),
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(CodeList)
    }
}

impl<T: Serialize> Serialize for OptCode<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<T: Serialize> Serialize for CodeList<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// The text-column mapping of [`OptCode`] and [`CodeList`] (as `code_conversions!` does for a
/// single code).
macro_rules! stored_text {
    ($wrapper:ident, $owned:ty) => {
        #[cfg(feature = "sqlx")]
        impl<T, DB: sqlx::Database> sqlx::Type<DB> for $wrapper<T>
        where
            str: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as sqlx::Type<DB>>::compatible(ty)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'q, T: Code, DB: sqlx::Database> sqlx::Encode<'q, DB> for $wrapper<T>
        where
            $owned: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut DB::ArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <$owned as sqlx::Encode<'q, DB>>::encode(self.stored().into(), buf)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'r, T: Code, DB: sqlx::Database> sqlx::Decode<'r, DB> for $wrapper<T>
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let stored = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
                Ok($wrapper::from_stored(stored)?)
            }
        }

        #[cfg(feature = "rusqlite")]
        impl<T: Code> rusqlite::types::FromSql for $wrapper<T> {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                $wrapper::from_stored(value.as_str()?)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}
stored_text!(OptCode, &'static str);
stored_text!(CodeList, String);

coded_enum! {
    /// Where an action plan stands.
    PlanStatus {
        Drafting => "drafting",
        Consultation => "consultation",
        Implementing => "implementing",
        Completed => "completed",
    }
}

coded_enum! {
    /// The sector an institution belongs to.
    InstitutionKind {
        Government => "government",
        IndependentAuthority => "independent_authority",
        CivilSociety => "civil_society",
        Parliament => "parliament",
        Private => "private",
        Academia => "academia",
        Local => "local",
        International => "international",
        Other => "other",
    }
}

coded_enum! {
    /// Who made a commitment: the government, or Parliament (listed by OGP under the same plan).
    CommitmentType {
        Government => "government",
        Parliament => "parliament",
    }
}

coded_enum! {
    /// Whose wording an official title is, where the dataset says so.
    ///
    /// The commitment's page on the government's portal; a communiqué of the lead institution
    /// naming the commitment; a communiqué of the House of Representatives; the title of OGP's
    /// French page (a machine translation of its English title).
    TitleSource {
        Portal => "portal",
        LeadInstitutionCommunique => "lead_institution_communique",
        HouseCommunique => "house_communique",
        OgpFrPage => "ogp_fr_page",
    }
}

coded_enum! {
    /// Whose wording an activity's title is: the source's, the source's trimmed by the portal's
    /// editors, or a neutral short label the editors wrote (the research files'
    /// `label_written_by_us`: `no`, `shortened`, `yes`).
    TitleWording {
        Source => "source",
        Shortened => "shortened",
        Editors => "editors",
    }
}

impl Default for TitleWording {
    /// A title entered on the portal or in its own layout is taken as the source's wording.
    fn default() -> Self {
        TitleWording::Source
    }
}

impl TitleWording {
    /// The research files' `label_written_by_us` / `title_written_by_us` value.
    pub fn from_written_by_us(v: &str) -> Option<TitleWording> {
        match v.trim().to_ascii_lowercase().as_str() {
            "no" => Some(TitleWording::Source),
            "shortened" => Some(TitleWording::Shortened),
            "yes" => Some(TitleWording::Editors),
            _ => None,
        }
    }

    pub fn written_by_us(self) -> &'static str {
        match self {
            TitleWording::Source => "no",
            TitleWording::Shortened => "shortened",
            TitleWording::Editors => "yes",
        }
    }
}

coded_enum! {
    /// What an officially reported figure is about.
    FigureScope {
        Plan => "plan",
        Axis => "axis",
        Commitment => "commitment",
    }
}

coded_enum! {
    /// Jurisdiction levels.
    JurisdictionLevel {
        National => "national",
        Region => "region",
        Commune => "commune",
    }
}

coded_enum! {
    /// How far a signed-in session has come: past the password only, or fully signed in.
    SessionStage {
        TwoStep => "two-step",
        Full => "full",
    }
}

coded_enum! {
    /// What a one-time token sent by e-mail is for.
    TokenPurpose {
        Verify => "verify",
        Reset => "reset",
        Email => "email",
    }
}

coded_enum! {
    /// The state of an account, as the admin users list filters it.
    UserStatus {
        Active => "active",
        Unverified => "unverified",
        Banned => "banned",
        Deleted => "deleted",
    }
}

coded_enum! {
    /// What a public change record tells.
    ChangeKind {
        PlanImported => "plan_imported",
        ActivityAdded => "activity_added",
        ActivityUpdated => "activity_updated",
        ActivityMoved => "activity_moved",
        ActivityDeleted => "activity_deleted",
        ReportPublished => "report_published",
        ActivityEdited => "activity_edited",
        ActivityCancelled => "activity_cancelled",
        InstitutionCreated => "institution_created",
        InstitutionEdited => "institution_edited",
        InstitutionsMerged => "institutions_merged",
        IrmRatingsImported => "irm_ratings_imported",
        PlanEdited => "plan_edited",
        CommitmentAdded => "commitment_added",
        CommitmentEdited => "commitment_edited",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in InstitutionKind::ALL {
            assert_eq!(InstitutionKind::from_code(k.code()), Some(*k));
        }
        for s in PlanStatus::ALL {
            assert_eq!(PlanStatus::from_code(s.code()), Some(*s));
        }
        assert_eq!(PlanStatus::from_code("closed "), None);
        for s in SessionStage::ALL {
            assert_eq!(SessionStage::from_code(s.code()), Some(*s));
        }
    }

    #[test]
    fn an_unknown_code_is_an_error_not_a_default() {
        assert_eq!(
            PlanStatus::try_from("implementing"),
            Ok(PlanStatus::Implementing)
        );
        let e = PlanStatus::try_from("closed".to_string()).unwrap_err();
        assert_eq!(e.to_string(), "unknown PlanStatus code \"closed\"");
        assert!(serde_json::from_str::<ChangeKind>("\"plan_deleted\"").is_err());
    }

    #[test]
    fn json_and_display_write_the_code() {
        assert_eq!(
            serde_json::to_string(&SessionStage::TwoStep).unwrap(),
            "\"two-step\""
        );
        assert_eq!(
            serde_json::from_str::<InstitutionKind>("\"civil_society\"").unwrap(),
            InstitutionKind::CivilSociety
        );
        assert_eq!(TokenPurpose::Email.to_string(), "email");
    }
}
