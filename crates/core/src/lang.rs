//! The portal's languages, their direction and their fallback order.

use serde::{Deserialize, Serialize};

/// A language of the portal. Arabic is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    Fr,
    En,
    Zgh,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Ar, Lang::Fr, Lang::En, Lang::Zgh];
    pub const DEFAULT: Lang = Lang::Ar;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Zgh => "zgh",
        }
    }

    /// Parses an exact language code as used in URLs (`ar`, `fr`, `en`, `zgh`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's own name, written in that language (for the language switcher).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::Zgh => "ⵜⴰⵎⴰⵣⵉⵖⵜ",
        }
    }

    /// The order in which stored texts are tried when this language has none.
    /// Tamazight falls back to Arabic first (both official languages of Morocco).
    pub fn fallback_order(self) -> [Lang; 4] {
        match self {
            Lang::Ar => [Lang::Ar, Lang::Fr, Lang::En, Lang::Zgh],
            Lang::Fr => [Lang::Fr, Lang::Ar, Lang::En, Lang::Zgh],
            Lang::En => [Lang::En, Lang::Fr, Lang::Ar, Lang::Zgh],
            Lang::Zgh => [Lang::Zgh, Lang::Ar, Lang::Fr, Lang::En],
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_only_arabic_is_rtl() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.fallback_order()[0], l);
        }
        assert_eq!(Lang::from_code("AR"), None);
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Zgh.dir(), "ltr");
    }
}
