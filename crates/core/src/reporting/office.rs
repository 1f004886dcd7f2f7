//! Office documents are zip files: ODF says its kind in a first `mimetype` entry, Office Open
//! XML by its package parts (`[Content_Types].xml`, `_rels/.rels`, `docProps/`) and the folder
//! of its application (`word/`, `xl/`, `ppt/`). Only the local headers within the bytes read are
//! looked at.

use super::evidence::{EvidenceType, FileRefusal};

/// One entry of a zip file as its local header gives it.
struct ZipEntry<'a> {
    name: &'a [u8],
    /// The content, when it is stored uncompressed and lies within the bytes read.
    stored: Option<&'a [u8]>,
}

pub(crate) const LOCAL_HEADER: &[u8] = b"PK\x03\x04";

/// The entries whose local headers lie within `head`, in order. An entry whose size is given
/// only after its data (a data descriptor) is skipped by looking for the next local header.
fn zip_entries(head: &[u8]) -> Vec<ZipEntry<'_>> {
    let u16_at = |p: usize| usize::from(u16::from_le_bytes([head[p], head[p + 1]]));
    let u32_at = |p: usize| u32::from_le_bytes([head[p], head[p + 1], head[p + 2], head[p + 3]]);
    let mut entries = Vec::new();
    let mut pos = 0;
    while entries.len() < 256 && pos + 30 <= head.len() && &head[pos..pos + 4] == LOCAL_HEADER {
        let flags = u16_at(pos + 6);
        let method = u16_at(pos + 8);
        let size = u32_at(pos + 18);
        let name_start = pos + 30;
        let data_start = name_start + u16_at(pos + 26) + u16_at(pos + 28);
        let Some(name) = head.get(name_start..name_start + u16_at(pos + 26)) else {
            break;
        };
        let size_known = flags & 0x08 == 0 && size != u32::MAX;
        let data_end = data_start.saturating_add(size as usize);
        let stored = (method == 0 && size_known)
            .then(|| head.get(data_start..data_end))
            .flatten();
        entries.push(ZipEntry { name, stored });
        pos = if size_known {
            data_end
        } else {
            match find(head, data_start, LOCAL_HEADER) {
                Some(p) => p,
                None => break,
            }
        };
    }
    entries
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The kind of office document a zip file is, from its first entries.
pub(crate) fn office_kind(head: &[u8]) -> Result<EvidenceType, FileRefusal> {
    let entries = zip_entries(head);
    let Some(first) = entries.first() else {
        return Err(FileRefusal::Unsupported);
    };
    if first.name == b"mimetype" {
        return match first.stored {
            Some(b"application/vnd.oasis.opendocument.text") => Ok(EvidenceType::Odt),
            Some(b"application/vnd.oasis.opendocument.spreadsheet") => Ok(EvidenceType::Ods),
            Some(b"application/vnd.oasis.opendocument.presentation") => Ok(EvidenceType::Odp),
            _ => Err(FileRefusal::Unsupported),
        };
    }
    let has = |p: &dyn Fn(&[u8]) -> bool| entries.iter().any(|e| p(e.name));
    if has(&|n| n.len() >= 14 && n[n.len() - 14..].eq_ignore_ascii_case(b"vbaProject.bin")) {
        return Err(FileRefusal::Forbidden);
    }
    let ooxml =
        has(&|n| n == b"[Content_Types].xml" || n == b"_rels/.rels" || n.starts_with(b"docProps/"));
    let word = has(&|n| n.starts_with(b"word/"));
    let xl = has(&|n| n.starts_with(b"xl/"));
    let ppt = has(&|n| n.starts_with(b"ppt/"));
    match (ooxml, word, xl, ppt) {
        (true, true, false, false) => Ok(EvidenceType::Docx),
        (true, false, true, false) => Ok(EvidenceType::Xlsx),
        (true, false, false, true) => Ok(EvidenceType::Pptx),
        _ => Err(FileRefusal::Unsupported),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::reporting::classify;
    use crate::reporting::classify::tests::JPEG;
    use proptest::prelude::*;

    /// A zip file of stored entries; `streamed` entries announce their size after their data.
    pub(crate) fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data, streamed) in entries {
            out.extend_from_slice(LOCAL_HEADER);
            out.extend_from_slice(&20u16.to_le_bytes());
            out.extend_from_slice(&(if *streamed { 8u16 } else { 0 }).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // stored
            out.extend_from_slice(&[0; 4]); // time, date
            out.extend_from_slice(&[0; 4]); // crc
            let size = if *streamed { 0 } else { data.len() as u32 };
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
            if *streamed {
                out.extend_from_slice(b"PK\x07\x08");
                out.extend_from_slice(&[0; 12]);
            }
        }
        out.extend_from_slice(b"PK\x01\x02");
        out
    }

    pub(crate) fn odf(mime: &str) -> Vec<u8> {
        zip(&[
            ("mimetype", mime.as_bytes(), false),
            ("content.xml", b"<office:document-content/>", false),
        ])
    }

    pub(crate) fn ooxml(folder: &str) -> Vec<u8> {
        zip(&[
            ("[Content_Types].xml", b"<Types/>", false),
            ("_rels/.rels", b"<Relationships/>", false),
            (&format!("{folder}/document.xml"), b"<x/>", false),
        ])
    }

    #[test]
    fn office_files_from_a_zip_sniffer_and_from_streamed_zips() {
        assert_eq!(
            classify(Some("application/zip"), &ooxml("word"), "r.docx"),
            Ok(EvidenceType::Docx)
        );
        // LibreOffice writes `[Content_Types].xml` last; `_rels/.rels` comes first.
        let libre = zip(&[
            ("_rels/.rels", b"<Relationships/>", false),
            ("docProps/app.xml", b"<x/>", false),
            ("xl/workbook.xml", b"<x/>", false),
        ]);
        assert_eq!(classify(None, &libre, "t.xlsx"), Ok(EvidenceType::Xlsx));
        // Sizes after the data: the next header is searched for.
        let streamed = zip(&[
            ("[Content_Types].xml", b"<Types/>", true),
            ("ppt/presentation.xml", b"<x/>", true),
        ]);
        assert_eq!(classify(None, &streamed, "p.pptx"), Ok(EvidenceType::Pptx));
    }

    #[test]
    fn other_zips_are_refused() {
        let plain = zip(&[("photos/a.jpg", JPEG, false)]);
        assert_eq!(
            classify(None, &plain, "a.zip"),
            Err(FileRefusal::Unsupported)
        );
        assert_eq!(classify(None, &plain, "a"), Err(FileRefusal::Unsupported));
        let epub = odf("application/epub+zip");
        assert_eq!(classify(None, &epub, "b"), Err(FileRefusal::Unsupported));
        // Word and Excel parts at once: no kind.
        let both = zip(&[
            ("[Content_Types].xml", b"<Types/>", false),
            ("word/document.xml", b"<x/>", false),
            ("xl/workbook.xml", b"<x/>", false),
        ]);
        assert_eq!(classify(None, &both, "c"), Err(FileRefusal::Unsupported));
        // A `word/` folder without the package's parts is not a document.
        let bare = zip(&[("word/document.xml", b"<x/>", false)]);
        assert_eq!(classify(None, &bare, "d"), Err(FileRefusal::Unsupported));
        // Macros.
        let macros = zip(&[
            ("[Content_Types].xml", b"<Types/>", false),
            ("word/vbaProject.bin", b"\0\0", false),
        ]);
        assert_eq!(
            classify(None, &macros, "m.docx"),
            Err(FileRefusal::Forbidden)
        );
        assert_eq!(
            classify(None, b"PK\x03\x04", "x"),
            Err(FileRefusal::Unsupported)
        );
    }

    proptest! {
        #[test]
        fn zip_headers_of_any_shape_do_not_panic(rest in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut head = LOCAL_HEADER.to_vec();
            head.extend_from_slice(&rest);
            let _ = classify(None, &head, "x");
        }
    }
}
