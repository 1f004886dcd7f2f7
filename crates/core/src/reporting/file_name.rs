//! The name an evidence file is shown and downloaded under. The file itself is stored under a
//! generated key, never under this name.

use super::evidence::EvidenceType;

/// The longest name kept, in bytes.
pub const MAX_FILE_NAME: usize = 120;

/// What a name is when nothing of it is left.
const FALLBACK: &str = "file";

/// Cleans an uploaded file's name: only its last path component is kept; letters of any script
/// (with their combining marks), digits, `-`, `_`, `.` and spaces are kept, every other run of
/// characters becomes one `_` (so slashes, quotes, control and bidirectional-override characters
/// never reach a page or a header); spaces are collapsed; no leading dot, space or dash, no
/// trailing dot or space; the Windows device names (`CON`, `NUL`, `COM1`...) get a leading `_`;
/// at most [`MAX_FILE_NAME`] bytes, the extension kept when the name is cut. Never empty, never
/// `.` or `..`, never a path.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut out = String::with_capacity(base.len().min(MAX_FILE_NAME));
    for c in base.chars() {
        let after_letter = out
            .chars()
            .next_back()
            .is_some_and(|p| p.is_alphanumeric() || joins(p));
        let keep =
            c.is_alphanumeric() || matches!(c, '-' | '_' | '.') || (joins(c) && after_letter);
        if keep {
            out.push(c);
        } else if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let trimmed = out
        .trim_start_matches([' ', '.', '-'])
        .trim_end_matches([' ', '.']);
    let mut name = trimmed.to_string();
    if is_device_name(&name) {
        name.insert(0, '_');
    }
    let name = fit(&name, MAX_FILE_NAME);
    if name.chars().any(char::is_alphanumeric) {
        name
    } else {
        FALLBACK.to_string()
    }
}

/// The name an evidence file of `kind` is served under: the cleaned name, with the kind's
/// extension added when the name does not already end with one of its extensions.
pub fn stored_file_name(raw: &str, kind: EvidenceType) -> String {
    let name = clean_file_name(raw);
    match extension_of(&name) {
        Some(ext) if kind.extensions().contains(&ext.as_str()) => name,
        _ => {
            let ext = kind.extension();
            let stem = fit(&name, MAX_FILE_NAME - ext.len() - 1);
            format!("{stem}.{ext}")
        }
    }
}

/// The extension of a name, in lower case, when it looks like one: 1 to 10 ASCII letters and
/// digits after the last dot, not only digits (`rapport 2024.06` has none).
pub(crate) fn extension_of(name: &str) -> Option<String> {
    let name = name.trim_end_matches([' ', '.']);
    let (_, ext) = name.rsplit_once('.')?;
    let looks_like_one = (1..=10).contains(&ext.len())
        && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        && !ext.bytes().all(|b| b.is_ascii_digit());
    looks_like_one.then(|| ext.to_ascii_lowercase())
}

/// Combining marks (accents written apart from their letter, as macOS sends names) and the
/// zero-width (non-)joiner of Persian and Indic scripts: kept after a letter.
fn joins(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}'
        | '\u{200D}')
}

fn is_device_name(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_ascii_uppercase();
    matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.as_bytes()[3].is_ascii_digit())
}

/// Cuts a name to `max` bytes on a character boundary, keeping a short extension.
fn fit(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 10 && ext.len() + 1 < max => {
            (stem, Some(ext))
        }
        _ => (name, None),
    };
    let room = max - ext.map_or(0, |e| e.len() + 1);
    let mut cut = room.min(stem.len());
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = stem[..cut].trim_end_matches([' ', '.']);
    match ext {
        Some(ext) => format!("{stem}.{ext}"),
        None => stem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_of_every_script_are_kept() {
        for name in [
            "Rapport annuel 2024.pdf",
            "تقرير الإنجاز.pdf",
            "ⵜⴰⵏⴰⵎⵎⴰⵙⵜ.odt",
            "compte-rendu_v2.docx",
            "Réunion du 12.03.2024.pdf",
            "مجموعة ٢٠٢٤.csv",
        ] {
            assert_eq!(clean_file_name(name), name);
        }
        // An accent written apart from its letter stays with it.
        assert_eq!(clean_file_name("Re\u{301}union.pdf"), "Re\u{301}union.pdf");
        // Arabic vowel marks are letters' parts too.
        assert_eq!(clean_file_name("تَقْرِير.pdf"), "تَقْرِير.pdf");
    }

    #[test]
    fn paths_and_dangerous_characters_go() {
        for (raw, want) in [
            ("../../etc/passwd", "passwd"),
            ("C:\\Users\\amal\\Desktop\\rapport.pdf", "rapport.pdf"),
            ("..", "file"),
            (".", "file"),
            ("", "file"),
            ("   ", "file"),
            ("///", "file"),
            ("؟؟؟", "file"),
            (".htaccess", "htaccess"),
            ("-rf.pdf", "rf.pdf"),
            ("rapport (final).pdf", "rapport _final_.pdf"),
            ("a\"b'c<d>e.pdf", "a_b_c_d_e.pdf"),
            ("a\0b\r\nc.pdf", "a_b c.pdf"),
            ("photo\u{202e}gpj.exe", "photo_gpj.exe"),
            ("a  \t  b.pdf", "a b.pdf"),
            ("rapport.pdf. . ", "rapport.pdf"),
            ("CON.pdf", "_CON.pdf"),
            ("lpt1", "_lpt1"),
            ("console.pdf", "console.pdf"),
            ("\u{301}a.pdf", "_a.pdf"),
        ] {
            assert_eq!(clean_file_name(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn long_names_are_cut_keeping_their_extension() {
        let long = format!("{}.pdf", "ب".repeat(100));
        let name = clean_file_name(&long);
        assert!(name.len() <= MAX_FILE_NAME, "{}", name.len());
        assert!(name.ends_with(".pdf") && name.starts_with('ب'));
        assert_eq!(name.len(), 2 * 58 + 4);
        let no_ext = "x".repeat(300);
        assert_eq!(clean_file_name(&no_ext), "x".repeat(MAX_FILE_NAME));
    }

    #[test]
    fn a_served_name_ends_with_its_kind() {
        assert_eq!(
            stored_file_name("rapport.pdf", EvidenceType::Pdf),
            "rapport.pdf"
        );
        assert_eq!(
            stored_file_name("photo.JPEG", EvidenceType::Jpeg),
            "photo.JPEG"
        );
        assert_eq!(stored_file_name("photo", EvidenceType::Jpeg), "photo.jpg");
        assert_eq!(
            stored_file_name("bilan 2024.06", EvidenceType::Xlsx),
            "bilan 2024.06.xlsx"
        );
        assert_eq!(stored_file_name("", EvidenceType::Csv), "file.csv");
        let long = stored_file_name(&"x".repeat(200), EvidenceType::Pptx);
        assert!(
            long.len() <= MAX_FILE_NAME && long.ends_with("x.pptx"),
            "{long}"
        );
    }

    #[test]
    fn extensions_are_told_apart_from_dots_in_names() {
        assert_eq!(extension_of("a.PDF").as_deref(), Some("pdf"));
        assert_eq!(extension_of("a.tar.gz").as_deref(), Some("gz"));
        assert_eq!(extension_of("a.html. ").as_deref(), Some("html"));
        assert_eq!(extension_of("bilan 2024.06"), None);
        assert_eq!(extension_of("Visite à M. Alami"), None);
        assert_eq!(extension_of("صورة.جديدة"), None);
        assert_eq!(extension_of("rapport"), None);
        assert_eq!(extension_of("a.verylongextension"), None);
    }

    proptest! {
        #[test]
        fn a_clean_name_is_never_empty_nor_a_path(raw in any::<String>()) {
            let name = clean_file_name(&raw);
            prop_assert!(!name.is_empty());
            prop_assert!(name.len() <= MAX_FILE_NAME);
            prop_assert!(!name.contains(['/', '\\']));
            prop_assert!(name != "." && name != "..");
            prop_assert!(!name.starts_with(['.', ' ', '-']));
            prop_assert!(!name.ends_with(['.', ' ']));
            prop_assert!(!name.chars().any(char::is_control));
            prop_assert_eq!(clean_file_name(&name), name.clone());
        }

        #[test]
        fn a_served_name_always_has_its_kind_extension(raw in any::<String>(), i in 0usize..11) {
            let kind = EvidenceType::ALL[i];
            let name = stored_file_name(&raw, kind);
            prop_assert!(name.len() <= MAX_FILE_NAME);
            let ext = extension_of(&name).unwrap();
            prop_assert!(kind.extensions().contains(&ext.as_str()));
        }
    }
}
