//! The kind of an uploaded evidence file, decided from its first bytes.
//!
//! The content decides, never the name or the type the browser claims: the web layer passes the
//! media type a sniffing crate found and the file's first bytes (at least the first 64 KiB when
//! the file is that long), and [`classify`] checks both against its own reading of the bytes.
//! HTML, SVG, XML, scripts and executables are refused, and so is a file that is two things at
//! once (a PDF carrying a web page).

use super::evidence::{EvidenceType, FileRefusal};
use super::file_name::{clean_file_name, extension_of};
use super::office::office_kind;

/// How much of a text file is read for markup.
pub const TEXT_SCAN: usize = 64 * 1024;
/// How much of a PDF is read for a web page hidden in it.
pub const PDF_SCAN: usize = 1024;

/// Decides the kind of an uploaded file from its content: `sniffed_mime` is the media type a
/// sniffing crate found in the bytes (`None` when it recognised nothing), `head` the file's
/// first bytes, `file_name` the name it was uploaded under.
///
/// - the bytes are read here too (magic numbers; for zip files the first entries: the
///   `mimetype` entry of ODF, the `[Content_Types].xml`, `_rels/` or `docProps/` entries and the
///   `word/`, `xl/` or `ppt/` folder of Office Open XML); a sniffed type that says another kind
///   refuses the file;
/// - CSV is what is left when it is UTF-8 text, without NUL or other control characters than
///   line breaks and tabs, and without anything that starts a tag (`<` followed by a letter,
///   `!`, `?` or `/`, such as `<script`, `<html`, `<svg`, `<!doctype`, `<?xml`) in its first
///   [`TEXT_SCAN`] bytes;
/// - a PDF with `<html`, `<script`, `<svg` or `<!doctype` in its first [`PDF_SCAN`] bytes is a
///   polyglot;
/// - a name whose extension names another kind is refused; a name without an extension is
///   fine (it gets the right one, see [`super::file_name::stored_file_name`]).
pub fn classify(
    sniffed_mime: Option<&str>,
    head: &[u8],
    file_name: &str,
) -> Result<EvidenceType, FileRefusal> {
    if head.is_empty() {
        return Err(FileRefusal::Empty);
    }
    let kind = from_content(head)?;
    if let Some(mime) = sniffed_mime {
        sniffed_agrees(mime, kind)?;
    }
    match extension_of(&clean_file_name(file_name)) {
        Some(ext) if !kind.extensions().contains(&ext.as_str()) => Err(FileRefusal::NameMismatch),
        _ => Ok(kind),
    }
}

fn from_content(head: &[u8]) -> Result<EvidenceType, FileRefusal> {
    if is_executable(head) {
        return Err(FileRefusal::Forbidden);
    }
    if head.starts_with(b"%PDF-") {
        let start = &head[..head.len().min(PDF_SCAN)];
        let polyglot = [&b"<html"[..], b"<script", b"<svg", b"<!doctype"]
            .iter()
            .any(|m| contains_ignore_case(start, m));
        return if polyglot {
            Err(FileRefusal::Polyglot)
        } else {
            Ok(EvidenceType::Pdf)
        };
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(EvidenceType::Png);
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(EvidenceType::Jpeg);
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        return Ok(EvidenceType::Webp);
    }
    if head.starts_with(super::office::LOCAL_HEADER) {
        return office_kind(head);
    }
    csv(head)
}

/// Programs: Windows (`MZ`), ELF, Mach-O, WebAssembly (binary headers followed by NUL bytes, so
/// that a text that happens to start with `MZ` is not one) and scripts (`#!`).
fn is_executable(head: &[u8]) -> bool {
    const BINARY: [&[u8]; 8] = [
        b"MZ",
        b"\x7fELF",
        &[0xFE, 0xED, 0xFA, 0xCE],
        &[0xFE, 0xED, 0xFA, 0xCF],
        &[0xCE, 0xFA, 0xED, 0xFE],
        &[0xCF, 0xFA, 0xED, 0xFE],
        &[0xCA, 0xFE, 0xBA, 0xBE],
        b"\0asm",
    ];
    let binary = head[..head.len().min(64)].contains(&0);
    head.starts_with(b"#!") || (binary && BINARY.iter().any(|m| head.starts_with(m)))
}

fn csv(head: &[u8]) -> Result<EvidenceType, FileRefusal> {
    let bytes = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let bytes = &bytes[..bytes.len().min(TEXT_SCAN)];
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        // Cut inside a character at the end of what was read: the rest is in the next bytes.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&bytes[..e.valid_up_to()]).map_err(|_| FileRefusal::Unsupported)?
        }
        Err(_) => return Err(FileRefusal::Unsupported),
    };
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(FileRefusal::Unsupported);
    }
    if starts_a_tag(text.as_bytes()) {
        return Err(FileRefusal::Forbidden);
    }
    if text.trim().is_empty() {
        return Err(FileRefusal::Empty);
    }
    Ok(EvidenceType::Csv)
}

/// True when a `<` is followed by what starts a tag, a comment, a declaration or a processing
/// instruction.
fn starts_a_tag(text: &[u8]) -> bool {
    text.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'!' | b'?' | b'/')))
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The sniffed media type must name the kind read from the bytes (or, for ODF and Office Open
/// XML, a zip file; for CSV, plain text).
fn sniffed_agrees(mime: &str, kind: EvidenceType) -> Result<(), FileRefusal> {
    let mime = mime
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let agrees = mime.is_empty()
        || mime == "application/octet-stream"
        || mime == kind.media_type()
        || (kind.is_zip()
            && matches!(
                mime.as_str(),
                "application/zip" | "application/x-zip-compressed"
            ))
        || (kind == EvidenceType::Csv && matches!(mime.as_str(), "text/plain" | "text/csv"));
    if agrees {
        Ok(())
    } else if EvidenceType::from_code(&mime).is_none() && is_forbidden_mime(&mime) {
        Err(FileRefusal::Forbidden)
    } else {
        Err(FileRefusal::Unsupported)
    }
}

fn is_forbidden_mime(mime: &str) -> bool {
    [
        "html",
        "xml",
        "svg",
        "javascript",
        "ecmascript",
        "executable",
        "x-sh",
        "shellscript",
        "msdownload",
        "dosexec",
        "mach-binary",
        "x-elf",
        "wasm",
        "x-msdos",
        "x-bat",
        "php",
    ]
    .iter()
    .any(|m| mime.contains(m))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::reporting::office::tests::{odf, ooxml};
    use proptest::prelude::*;

    pub(crate) const PDF: &[u8] =
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    pub(crate) const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    pub(crate) const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0";
    pub(crate) const WEBP: &[u8] = b"RIFF\x24\0\0\0WEBPVP8 ";

    #[test]
    fn each_kind_is_read_from_its_bytes() {
        let cases: [(Vec<u8>, &str, EvidenceType); 11] = [
            (PDF.to_vec(), "r.pdf", EvidenceType::Pdf),
            (PNG.to_vec(), "r.png", EvidenceType::Png),
            (JPEG.to_vec(), "r.JPEG", EvidenceType::Jpeg),
            (WEBP.to_vec(), "r.webp", EvidenceType::Webp),
            (
                odf("application/vnd.oasis.opendocument.text"),
                "r.odt",
                EvidenceType::Odt,
            ),
            (
                odf("application/vnd.oasis.opendocument.spreadsheet"),
                "r.ods",
                EvidenceType::Ods,
            ),
            (
                odf("application/vnd.oasis.opendocument.presentation"),
                "r.odp",
                EvidenceType::Odp,
            ),
            (ooxml("word"), "r.docx", EvidenceType::Docx),
            (ooxml("xl"), "r.xlsx", EvidenceType::Xlsx),
            (ooxml("ppt"), "r.pptx", EvidenceType::Pptx),
            (
                "région;taux\nRabat;40\n".as_bytes().to_vec(),
                "r.csv",
                EvidenceType::Csv,
            ),
        ];
        for (bytes, name, want) in cases {
            assert_eq!(classify(None, &bytes, name), Ok(want), "{name}");
            // The sniffer agreeing changes nothing.
            assert_eq!(
                classify(Some(want.media_type()), &bytes, name),
                Ok(want),
                "{name}"
            );
            // A name without extension is fine: the content decides.
            assert_eq!(classify(None, &bytes, "rapport"), Ok(want), "{name}");
        }
    }

    #[test]
    fn markup_scripts_and_programs_are_refused() {
        for bytes in [
            &b"<!DOCTYPE html><html><body>x</body></html>"[..],
            b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
            b"<?xml version='1.0'?><a/>",
            b"\xEF\xBB\xBF<html>",
            b"name,value\nx,<script>alert(1)</script>\n",
            b"name,value\nx,<SCRIPT>alert(1)</SCRIPT>\n",
            b"a,b\n1,<img src=x onerror=alert(1)>\n",
            b"a,b\n1,<!-- comment -->\n",
            b"#!/bin/sh\nrm -rf /\n",
            b"MZ\x90\0\x03\0\0\0\x04\0",
            b"\x7fELF\x02\x01\x01\0",
            b"\xCF\xFA\xED\xFE\x07\0\0\x01",
        ] {
            assert_eq!(
                classify(None, bytes, "x"),
                Err(FileRefusal::Forbidden),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
        // Whatever the bytes look like, a sniffer that saw a web page or a program refuses.
        for mime in [
            "text/html",
            "image/svg+xml",
            "text/xml",
            "application/x-executable",
            "application/vnd.microsoft.portable-executable",
            "text/x-shellscript",
        ] {
            assert_eq!(
                classify(Some(mime), b"a,b\n1,2\n", "x.csv"),
                Err(FileRefusal::Forbidden),
                "{mime}"
            );
        }
    }

    #[test]
    fn csv_is_utf8_text_without_markup() {
        for ok in [
            &b"a,b\n1,2\n"[..],
            b"\xEF\xBB\xBFa;b\r\n1;2\r\n",
            "المدينة,النسبة\nالرباط,٤٠\n".as_bytes(),
            b"a,b\n1 < 2,x<5\n",
            b"a\tb\n",
        ] {
            assert_eq!(classify(None, ok, "t.csv"), Ok(EvidenceType::Csv));
        }
        // Latin-1, NUL bytes, escape sequences, nothing at all.
        for (bytes, want) in [
            (&b"ville;taux\nF\xe8s;40\n"[..], FileRefusal::Unsupported),
            (b"a,b\0\n", FileRefusal::Unsupported),
            (b"a,\x1b[31mb\n", FileRefusal::Unsupported),
            (b"\xEF\xBB\xBF  \n", FileRefusal::Empty),
            (b"", FileRefusal::Empty),
        ] {
            assert_eq!(classify(None, bytes, "t.csv"), Err(want), "{bytes:?}");
        }
        // Cut inside a character at the end of what was read: still text.
        let mut cut = "a,ب\n".repeat(10).into_bytes();
        cut.extend_from_slice(&"ب".as_bytes()[..1]);
        assert_eq!(classify(None, &cut, "t.csv"), Ok(EvidenceType::Csv));
        // Markup past the first 64 KiB is not looked for; within it, it is.
        let mut long = "a,b\n".repeat(TEXT_SCAN / 4).into_bytes();
        long.extend_from_slice(b"<script>");
        assert_eq!(classify(None, &long, "t.csv"), Ok(EvidenceType::Csv));
        long.drain(..4);
        assert_eq!(classify(None, &long, "t.csv"), Err(FileRefusal::Forbidden));
        // A text file with a CSV name from a sniffer calling it text.
        assert_eq!(
            classify(Some("text/plain"), b"a,b\n", "t.csv"),
            Ok(EvidenceType::Csv)
        );
    }

    #[test]
    fn a_pdf_carrying_a_web_page_is_a_polyglot() {
        let mut polyglot = b"%PDF-1.4\n<html><script>alert(1)</script>".to_vec();
        assert_eq!(
            classify(None, &polyglot, "p.pdf"),
            Err(FileRefusal::Polyglot)
        );
        polyglot = b"%PDF-1.4\n%<HTML>".to_vec();
        assert_eq!(
            classify(Some("application/pdf"), &polyglot, "p.pdf"),
            Err(FileRefusal::Polyglot)
        );
        // Past the first KiB it is the PDF's own business.
        let mut late = PDF.to_vec();
        late.resize(PDF_SCAN, b' ');
        late.extend_from_slice(b"<script>");
        assert_eq!(classify(None, &late, "p.pdf"), Ok(EvidenceType::Pdf));
        assert_eq!(
            FileRefusal::Polyglot.message_id(),
            "evidence-error-polyglot"
        );
    }

    #[test]
    fn a_name_that_contradicts_the_content_is_refused() {
        for name in [
            "r.csv",
            "r.html",
            "r.pdf.exe",
            "r.svg",
            "r.docx",
            "C:\\docs\\r.hta",
            "r.html. ",
        ] {
            assert_eq!(
                classify(None, PNG, name),
                Err(FileRefusal::NameMismatch),
                "{name}"
            );
        }
        assert_eq!(
            FileRefusal::NameMismatch.message_id(),
            "evidence-error-name-mismatch"
        );
        // No extension, or what is not one: the content decides.
        for name in [
            "photo",
            "photo 2024.06",
            "صورة.جديدة",
            "Visite à M. Alami",
            "",
        ] {
            assert_eq!(classify(None, PNG, name), Ok(EvidenceType::Png), "{name}");
        }
        for name in ["p.JPG", "p.jpeg", "p.jfif"] {
            assert_eq!(classify(None, JPEG, name), Ok(EvidenceType::Jpeg), "{name}");
        }
    }

    #[test]
    fn the_sniffer_and_the_bytes_must_agree() {
        assert_eq!(
            classify(Some("image/png"), PDF, "x"),
            Err(FileRefusal::Unsupported)
        );
        assert_eq!(
            classify(Some("image/gif"), b"a,b\n", "x"),
            Err(FileRefusal::Unsupported)
        );
        assert_eq!(
            classify(Some(EvidenceType::Docx.media_type()), PDF, "x"),
            Err(FileRefusal::Unsupported)
        );
        assert_eq!(
            classify(Some("application/pdf; charset=binary"), PDF, "x"),
            Ok(EvidenceType::Pdf)
        );
        // Kinds not kept.
        assert_eq!(
            classify(None, b"GIF89a\x01\0\x01\0\0\0\0", "a.gif"),
            Err(FileRefusal::Unsupported)
        );
        assert_eq!(
            classify(None, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", "a.doc"),
            Err(FileRefusal::Unsupported)
        );
    }

    proptest! {
        #[test]
        fn classify_never_panics_and_never_keeps_markup_as_csv(
            head in proptest::collection::vec(any::<u8>(), 0..300),
            name in any::<String>(),
        ) {
            if let Ok(EvidenceType::Csv) = classify(None, &head, &name) {
                let text = String::from_utf8_lossy(&head).to_lowercase();
                for m in ["<script", "<html", "<svg", "<!doctype", "<?xml", "\0"] {
                    prop_assert!(!text.contains(m));
                }
            }
        }

    }
}
