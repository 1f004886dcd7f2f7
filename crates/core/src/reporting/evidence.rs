//! Evidence files: the kinds kept as evidence, and why a file is refused. The decision from a
//! file's bytes is [`classify()`](super::classify()).

use crate::kinds::{code_conversions, coded_enum};
use serde::{Deserialize, Serialize};

coded_enum! {
    /// A kind of evidence file, stored as its media type.
    EvidenceType {
        Pdf => "application/pdf",
        Png => "image/png",
        Jpeg => "image/jpeg",
        Webp => "image/webp",
        Odt => "application/vnd.oasis.opendocument.text",
        Ods => "application/vnd.oasis.opendocument.spreadsheet",
        Odp => "application/vnd.oasis.opendocument.presentation",
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Csv => "text/csv",
    }
}

impl EvidenceType {
    /// The media type the file is served with.
    pub fn media_type(self) -> &'static str {
        self.code()
    }

    /// The extension a served file name ends with.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// Every extension a name of this kind of file may end with (lower case).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            EvidenceType::Pdf => &["pdf"],
            EvidenceType::Png => &["png"],
            EvidenceType::Jpeg => &["jpg", "jpeg", "jpe", "jfif"],
            EvidenceType::Webp => &["webp"],
            EvidenceType::Odt => &["odt"],
            EvidenceType::Ods => &["ods"],
            EvidenceType::Odp => &["odp"],
            EvidenceType::Docx => &["docx"],
            EvidenceType::Xlsx => &["xlsx"],
            EvidenceType::Pptx => &["pptx"],
            EvidenceType::Csv => &["csv"],
        }
    }

    pub fn is_image(self) -> bool {
        matches!(
            self,
            EvidenceType::Png | EvidenceType::Jpeg | EvidenceType::Webp
        )
    }

    /// True when the file is shown in the browser (`Content-Disposition: inline`): images and
    /// PDF; every other kind is downloaded.
    pub fn inline(self) -> bool {
        self.is_image() || self == EvidenceType::Pdf
    }

    /// ODF and Office Open XML documents, which are zip files.
    pub(crate) fn is_zip(self) -> bool {
        matches!(
            self,
            EvidenceType::Odt
                | EvidenceType::Ods
                | EvidenceType::Odp
                | EvidenceType::Docx
                | EvidenceType::Xlsx
                | EvidenceType::Pptx
        )
    }
}

/// Why a file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FileRefusal {
    #[error("the file is empty")]
    Empty,
    /// HTML, SVG, XML, a script, an executable, a document with macros.
    #[error("this kind of file is never kept")]
    Forbidden,
    /// A PDF that is also a web page.
    #[error("the file is two kinds of file at once")]
    Polyglot,
    /// Not one of the kinds kept, or the sniffed type and the bytes disagree.
    #[error("this kind of file is not kept")]
    Unsupported,
    /// The name's extension says another kind of file than the content.
    #[error("the file's name does not match its content")]
    NameMismatch,
    /// An image whose pixels cannot be read (damaged or cut short): it cannot be re-encoded.
    #[error("the image cannot be read")]
    Damaged,
    /// An image wider, taller or with more pixels than the decoding limits allow (a
    /// decompression bomb looks like this).
    #[error("the image has too many pixels")]
    TooManyPixels,
}

impl FileRefusal {
    /// Every refusal (their messages must exist in every language).
    pub const ALL: [FileRefusal; 7] = [
        FileRefusal::Empty,
        FileRefusal::Forbidden,
        FileRefusal::Polyglot,
        FileRefusal::Unsupported,
        FileRefusal::NameMismatch,
        FileRefusal::Damaged,
        FileRefusal::TooManyPixels,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            FileRefusal::Empty => "evidence-error-empty",
            FileRefusal::Forbidden => "evidence-error-forbidden",
            FileRefusal::Polyglot => "evidence-error-polyglot",
            FileRefusal::Unsupported => "evidence-error-type",
            FileRefusal::NameMismatch => "evidence-error-name-mismatch",
            FileRefusal::Damaged => "evidence-error-damaged",
            FileRefusal::TooManyPixels => "evidence-error-pixels",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_know_how_they_are_served() {
        assert_eq!(EvidenceType::Jpeg.extension(), "jpg");
        assert_eq!(EvidenceType::Docx.extension(), "docx");
        assert_eq!(EvidenceType::Csv.media_type(), "text/csv");
        for k in EvidenceType::ALL {
            assert_eq!(k.inline(), k.is_image() || *k == EvidenceType::Pdf);
            assert_eq!(EvidenceType::from_code(k.media_type()), Some(*k));
            assert!(!k.media_type().contains("html"));
        }
        assert!(EvidenceType::Webp.is_image() && !EvidenceType::Pdf.is_image());
        assert!(!EvidenceType::Xlsx.inline() && !EvidenceType::Csv.inline());
    }
}
