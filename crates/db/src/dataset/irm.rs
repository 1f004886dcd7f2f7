//! Reading an IRM ratings file (docs/csv-layout.md, "IRM ratings") into cells, for the checks
//! of `opengov_core::irm`.

use opengov_core::irm::{IrmCheck, IrmIssueKind, MAX_BYTES, check_irm};

/// Reads and checks a file: its header, then each row with its line number. A file larger
/// than [`MAX_BYTES`], not UTF-8 or not CSV is one issue of the whole file.
pub fn read_irm_csv(bytes: &[u8], known: &dyn Fn(&str) -> bool) -> IrmCheck {
    if bytes.len() > MAX_BYTES {
        return IrmCheck::failed(IrmIssueKind::TooLarge);
    }
    if std::str::from_utf8(bytes).is_err() {
        return IrmCheck::failed(IrmIssueKind::Unreadable);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let Ok(record) = record else {
            return IrmCheck::failed(IrmIssueKind::Unreadable);
        };
        // The line in the file (the reader's own count skips blank lines).
        // Its position is where the reader started, before the blank lines it skipped.
        let mut at = record
            .position()
            .map_or(0, |p| p.byte() as usize)
            .min(bytes.len());
        while at < bytes.len() && matches!(bytes[at], b'\n' | b'\r') {
            at += 1;
        }
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match header {
            None => header = Some(cells),
            Some(_) => rows.push((line, cells)),
        }
    }
    let Some(header) = header else {
        return IrmCheck::failed(IrmIssueKind::Empty);
    };
    check_irm(&header, &rows, known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_the_files_and_bad_bytes_are_one_issue() {
        let csv = "ogp_id,report_title,report_url\n\nMO0025,\"Report, 2023\",https://example.org/r\nMO0099,\"Report, 2023\",https://example.org/r\n";
        let c = read_irm_csv(csv.as_bytes(), &|id| id == "MO0025");
        assert_eq!(c.ratings.len(), 1);
        assert_eq!(c.ratings[0].0, 3);
        assert_eq!(c.ratings[0].1.report_title, "Report, 2023");
        assert_eq!(c.issues.len(), 1);
        assert_eq!(
            (c.issues[0].line, c.issues[0].kind),
            (4, IrmIssueKind::UnknownCommitment)
        );
        let bad = read_irm_csv(b"ogp_id\n\xff\xfe", &|_| true);
        assert_eq!(bad.issues[0].kind, IrmIssueKind::Unreadable);
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            read_irm_csv(&big, &|_| true).issues[0].kind,
            IrmIssueKind::TooLarge
        );
        assert_eq!(
            read_irm_csv(b"", &|_| true).issues[0].kind,
            IrmIssueKind::Empty
        );
    }
}
