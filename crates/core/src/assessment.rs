//! The fixed vocabularies of OGP's and the IRM's assessment of a commitment (verifiable,
//! relevance, ambition, potential impact, completion, starred, early results, potential for
//! results) and OGP's policy areas.
//!
//! Each value is stored as its code and shown in the reader's language (message
//! `<prefix>-<code>`); datasets write the English value of OGP's English pages ("Yes", "High",
//! "Marginal", "Access to Information"), read by `from_english`, which ignores case, spaces,
//! hyphens and slashes ("Anti Corruption and Integrity" is "Anti-Corruption and Integrity").
//! A value of no vocabulary is an error for the caller to report, never a guess.

use crate::kinds::{Code, CodeList, OptCode, code_conversions, coded_enum};
use serde::{Deserialize, Serialize};

/// An assessment vocabulary: each value with its English wording and its message.
pub trait English: Code {
    /// The prefix of the message ids of its values.
    const MESSAGE_PREFIX: &'static str;
    fn english(self) -> &'static str;
    /// Other English spellings OGP's pages use for the value.
    fn aliases(self) -> &'static [&'static str];
    fn all() -> &'static [Self];

    /// Reads an English value as OGP's pages and the datasets write it.
    fn from_english(s: &str) -> Option<Self> {
        let key = fold(s);
        Self::all()
            .iter()
            .copied()
            .find(|v| fold(v.english()) == key || v.aliases().iter().any(|a| fold(a) == key))
    }

    /// The message id of its name in the reader's language.
    fn message_id(self) -> String {
        format!("{}-{}", Self::MESSAGE_PREFIX, self.code().replace('_', "-"))
    }

    /// The English values, for an error message listing what is allowed.
    fn english_values() -> Vec<&'static str> {
        Self::all().iter().map(|v| v.english()).collect()
    }
}

/// Lower case, and every run of characters other than letters and digits made one space.
fn fold(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

macro_rules! english_vocabulary {
    ($(#[$m:meta])* $name:ident, $prefix:literal {
        $($variant:ident => $code:literal, $english:literal $(| $alias:literal)*;)+
    }) => {
        coded_enum! { $(#[$m])* $name { $($variant => $code),+ } }

        impl English for $name {
            const MESSAGE_PREFIX: &'static str = $prefix;
            fn english(self) -> &'static str {
                match self { $($name::$variant => $english),+ }
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*]),+ }
            }
            fn all() -> &'static [Self] {
                $name::ALL
            }
        }
    };
}

english_vocabulary! {
    /// OGP's values, which a commitment is relevant to.
    OgpValue, "ogp-value" {
        AccessToInformation => "access_to_information", "Access to Information";
        CivicParticipation => "civic_participation", "Civic Participation";
        PublicAccountability => "public_accountability", "Public Accountability";
        Technology => "technology_and_innovation_for_transparency_and_accountability",
            "Technology and Innovation for Transparency and Accountability"
            | "Technology & Innovation for Transparency & Accountability";
    }
}

english_vocabulary! {
    /// OGP's yes/no fields: verifiable, relevant to OGP values, starred.
    YesNo, "answer" {
        Yes => "yes", "Yes";
        No => "no", "No";
    }
}

english_vocabulary! {
    /// OGP's "Ambition" design field.
    Ambition, "ambition" {
        Low => "low", "Low";
        High => "high", "High";
    }
}

english_vocabulary! {
    /// The IRM's potential impact scale.
    PotentialImpact, "irm-impact" {
        None => "none", "None";
        Minor => "minor", "Minor";
        Moderate => "moderate", "Moderate";
        Transformative => "transformative", "Transformative";
    }
}

english_vocabulary! {
    /// The IRM's completion scale.
    IrmCompletion, "irm-completion" {
        NotStarted => "not_started", "Not Started";
        Limited => "limited", "Limited";
        Substantial => "substantial", "Substantial";
        Complete => "complete", "Complete";
        Withdrawn => "withdrawn", "Withdrawn";
    }
}

english_vocabulary! {
    /// The IRM's early results ("Did it open government?") scale.
    EarlyResults, "irm-results" {
        Worsened => "worsened", "Worsened";
        DidNotChange => "did_not_change", "Did Not Change";
        Marginal => "marginal", "Marginal";
        Major => "major", "Major";
        Outstanding => "outstanding", "Outstanding";
    }
}

english_vocabulary! {
    /// The IRM's potential for results scale (action plan reviews).
    PotentialForResults, "irm-potential" {
        Unclear => "unclear", "Unclear";
        Modest => "modest", "Modest";
        Substantial => "substantial", "Substantial";
    }
}

english_vocabulary! {
    /// OGP's policy areas, as its commitment pages tag them. These are the areas of the
    /// commitments recorded so far; a new one is a variant here and a message in each language.
    PolicyArea, "policy-area" {
        AccessToInformation => "access_to_information", "Access to Information";
        AccessToJustice => "access_to_justice", "Access to Justice";
        AntiCorruptionIntegrity => "anti_corruption_and_integrity", "Anti-Corruption and Integrity";
        AntiCorruptionInstitutions => "anti_corruption_institutions", "Anti-Corruption Institutions";
        CapacityBuilding => "capacity_building", "Capacity Building";
        DemocratizingDecisionMaking => "democratizing_decision_making", "Democratizing Decision-Making";
        DigitalGovernance => "digital_governance", "Digital Governance";
        DigitalInclusion => "digital_inclusion", "Digital Inclusion";
        DigitalParticipation => "digital_participation", "Digital Participation";
        DigitalTransformation => "digital_transformation", "Digital Transformation";
        FiscalOpenness => "fiscal_openness", "Fiscal Openness";
        Justice => "justice", "Justice";
        Legislation => "legislation", "Legislation";
        LocalCommitments => "local_commitments", "Local Commitments";
        OpenData => "open_data", "Open Data";
        OpenParliamentPlan => "open_parliament_plan", "Open Parliament Plan";
        OpenParliaments => "open_parliaments", "Open Parliaments";
        ParticipationInLawmaking => "participation_in_lawmaking", "Participation in Lawmaking";
        PublicParticipation => "public_participation", "Public Participation";
        PublicParticipationBudget => "public_participation_in_budget_fiscal_policy", "Public Participation in Budget/Fiscal Policy";
        PublicationBudgetInformation => "publication_of_budget_fiscal_information", "Publication of Budget/Fiscal Information";
        Regulation => "regulation", "Regulation";
        RegulatoryGovernance => "regulatory_governance", "Regulatory Governance";
        RightToInformation => "right_to_information", "Right to Information";
        SocialAccountability => "social_accountability", "Social Accountability";
        SustainableDevelopmentGoals => "sustainable_development_goals", "Sustainable Development Goals";
    }
}

/// OGP's and the IRM's assessment of one commitment, each field empty when the sources do
/// not give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub verifiable: OptCode<YesNo>,
    pub relevant: OptCode<YesNo>,
    pub ambition: OptCode<Ambition>,
    pub potential_impact: OptCode<PotentialImpact>,
    pub completion: OptCode<IrmCompletion>,
    pub starred: OptCode<YesNo>,
    pub early_results: OptCode<EarlyResults>,
    pub potential_for_results: OptCode<PotentialForResults>,
}

/// A commitment's policy areas.
pub type PolicyAreas = CodeList<PolicyArea>;

/// The OGP values a commitment is relevant to.
pub type OgpValues = CodeList<OgpValue>;

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: English + std::fmt::Debug + PartialEq>() {
        for v in T::all() {
            // The code is the English value folded, words joined by "_": the rule by which the
            // migration 0006 turned stored English values into codes.
            assert_eq!(v.code(), fold(v.english()).replace(' ', "_"), "{v:?}");
            assert_eq!(T::from_english(v.english()), Some(*v), "{v:?}");
            assert_eq!(T::from_code(v.code()), Some(*v), "{v:?}");
            assert!(!v.message_id().contains('_'), "{}", v.message_id());
        }
        assert_eq!(T::from_english("not a value of any scale"), None);
    }

    #[test]
    fn every_value_reads_back_from_its_english_and_its_code() {
        round_trips::<OgpValue>();
        round_trips::<YesNo>();
        round_trips::<Ambition>();
        round_trips::<PotentialImpact>();
        round_trips::<IrmCompletion>();
        round_trips::<EarlyResults>();
        round_trips::<PotentialForResults>();
        round_trips::<PolicyArea>();
    }

    #[test]
    fn english_values_are_read_as_ogp_pages_write_them() {
        assert_eq!(
            PolicyArea::from_english("Anti Corruption and Integrity"),
            Some(PolicyArea::AntiCorruptionIntegrity)
        );
        assert_eq!(
            PolicyArea::from_english(" public participation in budget / fiscal policy "),
            Some(PolicyArea::PublicParticipationBudget)
        );
        assert_eq!(YesNo::from_english("YES"), Some(YesNo::Yes));
        assert_eq!(
            OgpValue::from_english("Technology & Innovation for Transparency & Accountability"),
            Some(OgpValue::Technology)
        );
        assert_eq!(
            EarlyResults::from_english("did not change"),
            Some(EarlyResults::DidNotChange)
        );
        // Close is not enough: a value names one entry of the scale or none.
        assert_eq!(IrmCompletion::from_english("Completed"), None);
        assert_eq!(YesNo::from_english("Y"), None);
        assert_eq!(Ambition::from_english(""), None);
    }

    #[test]
    fn messages_name_the_vocabulary_and_the_value() {
        assert_eq!(YesNo::Yes.message_id(), "answer-yes");
        assert_eq!(
            IrmCompletion::NotStarted.message_id(),
            "irm-completion-not-started"
        );
        assert_eq!(PolicyArea::OpenData.message_id(), "policy-area-open-data");
    }

    #[test]
    fn optional_codes_and_lists_store_as_text_and_refuse_unknown_codes() {
        let v = OptCode(Some(EarlyResults::Major));
        assert_eq!(v.stored(), "major");
        assert_eq!(OptCode::<EarlyResults>::from_stored("major"), Ok(v));
        assert_eq!(OptCode::<EarlyResults>::from_stored(""), Ok(OptCode(None)));
        let e = OptCode::<EarlyResults>::from_stored("Major").unwrap_err();
        assert_eq!(e.vocabulary, "EarlyResults");
        let areas = CodeList(vec![PolicyArea::OpenData, PolicyArea::Justice]);
        assert_eq!(areas.stored(), "open_data;justice");
        assert_eq!(PolicyAreas::from_stored(&areas.stored()), Ok(areas));
        assert_eq!(PolicyAreas::from_stored(""), Ok(CodeList(vec![])));
        assert!(PolicyAreas::from_stored("open_data;Open Data").is_err());
    }
}
