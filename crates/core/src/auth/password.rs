//! Password rules (OWASP ASVS 2.1): at least 12 characters, up to 1024, no composition rules,
//! no truncation; weak and common passwords refused with an explanation from zxcvbn.

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// Guessable; the message id of the most useful advice, if zxcvbn gives one.
    Weak {
        advice: Option<&'static str>,
    },
}

impl PasswordProblem {
    /// The Fluent message id explaining the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Weak { advice: Some(a) } => a,
            PasswordProblem::Weak { advice: None } => "password-weak",
        }
    }
}

/// Checks a new password; `user_inputs` are words the password must not lean on (name, e-mail).
pub fn check(password: &str, user_inputs: &[&str]) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    // zxcvbn's cost grows with length; past 100 characters the estimate is long settled.
    let sample: String = password.chars().take(100).collect();
    let estimate = zxcvbn::zxcvbn(&sample, user_inputs);
    if (estimate.score() as u8) < 3 {
        let advice = estimate.feedback().and_then(|f| f.warning()).map(|w| {
            use zxcvbn::feedback::Warning;
            match w {
                Warning::ThisIsATop10Password
                | Warning::ThisIsATop100Password
                | Warning::ThisIsACommonPassword => "password-common",
                Warning::StraightRowsOfKeysAreEasyToGuess
                | Warning::ShortKeyboardPatternsAreEasyToGuess => "password-keyboard",
                Warning::RepeatsLikeAaaAreEasyToGuess
                | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "password-repeats",
                Warning::SequencesLikeAbcAreEasyToGuess => "password-sequence",
                Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => {
                    "password-dates"
                }
                _ => "password-weak",
            }
        });
        return Err(PasswordProblem::Weak { advice });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_rules_without_composition_rules() {
        assert_eq!(check("short", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(check(&"x".repeat(1025), &[]), Err(PasswordProblem::TooLong));
        // Long passphrases of plain words, no digits or symbols, are accepted.
        assert_eq!(check("correct horse battery staple orbit", &[]), Ok(()));
        // Any script counts characters, not bytes.
        assert_eq!(check("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⴰⵎⴷⴷⴰⴽⴽⵍ ⴰⵏⴰⵎⵓ", &[]), Ok(()));
        assert!(check(&"long passphrase with many words ".repeat(30), &[]).is_ok());
    }

    #[test]
    fn common_and_personal_passwords_are_refused_with_a_reason() {
        let e = check("password1234", &[]).unwrap_err();
        assert!(matches!(e, PasswordProblem::Weak { .. }), "{e:?}");
        assert!(check("qwertyuiopasdf", &[]).is_err());
        assert!(check("aaaaaaaaaaaaaaa", &[]).is_err());
        assert!(check("amina@example.org", &["Amina Benali", "amina@example.org"]).is_err());
        assert!(e.message_id().starts_with("password-"));
    }
}
