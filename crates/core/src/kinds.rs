//! The small closed vocabularies of the model, each with the code stored in the database.

use serde::{Deserialize, Serialize};

macro_rules! coded_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
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
    };
}

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
        CivilSociety => "civil_society",
        Parliament => "parliament",
        Private => "private",
        Academia => "academia",
        Local => "local",
        International => "international",
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
    }
}
