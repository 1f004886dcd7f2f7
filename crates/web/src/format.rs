//! Formatting for people: figures, partial dates with month names, timestamps.

use opengov_core::{Lang, PartialDate};
use opengov_i18n::{Arg, I18n};

/// A whole percent in the reader's language ("37%", "37 %"), one left-to-right unit on a
/// right-to-left page (see [`crate::bidi`]): it reads the same in a card and in a sentence.
pub fn percent(i18n: &I18n, lang: Lang, value: i64) -> String {
    crate::bidi::isolate_figures(
        lang,
        i18n.ta(lang, "percent", &[("value", Arg::from(value.to_string()))]),
    )
}

/// Dates already formatted, by catalogue, language and stored form: a page shows dozens and
/// the data holds a few thousand at most, each the same words every time.
static DATES: std::sync::LazyLock<moka::sync::Cache<(usize, Lang, String), String>> =
    std::sync::LazyLock::new(|| moka::sync::Cache::new(20_000));

/// A stored partial date (`2018`, `2018-12`, `2018-12-03`) as words: "December 2018".
pub fn date(i18n: &I18n, lang: Lang, stored: &str) -> String {
    let key = (std::ptr::from_ref(i18n) as usize, lang, stored.to_string());
    DATES.get_with(key, || date_words(i18n, lang, stored))
}

fn date_words(i18n: &I18n, lang: Lang, stored: &str) -> String {
    match PartialDate::parse(stored) {
        Ok(d) => {
            let month = d.month.map(|m| i18n.t(lang, &format!("month-{m}")));
            match (month, d.day) {
                (Some(m), Some(day)) => i18n.ta(
                    lang,
                    "date-day",
                    &[
                        ("day", Arg::from(day.to_string())),
                        ("month", Arg::from(m)),
                        ("year", Arg::from(d.year.to_string())),
                    ],
                ),
                (Some(m), None) => i18n.ta(
                    lang,
                    "date-month",
                    &[
                        ("month", Arg::from(m)),
                        ("year", Arg::from(d.year.to_string())),
                    ],
                ),
                _ => d.year.to_string(),
            }
        }
        Err(_) => stored.to_string(),
    }
}

/// An optional stored date, or the "not known" word.
pub fn opt_date(i18n: &I18n, lang: Lang, stored: Option<&str>) -> String {
    stored
        .map(|s| date(i18n, lang, s))
        .unwrap_or_else(|| i18n.t(lang, "date-unknown"))
}

/// Two formatted dates as a period ("start – end"; `Chrome::period` formats them).
pub fn period_of(start: String, end: String) -> String {
    format!("{start} – {end}")
}

/// A UTC timestamp in microseconds as a day: "29 November 2026".
pub fn day_of(i18n: &I18n, lang: Lang, micros: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(micros / 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    date(
        i18n,
        lang,
        &format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()),
    )
}

/// An ISO 8601 timestamp for `<time datetime>`.
pub fn iso(micros: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(micros / 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
}

/// A UTC time to the second, RFC 3339 (`2026-11-20T09:30:00Z`), as the API gives times.
pub fn timestamp(micros: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(micros.div_euclid(1_000_000))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Splits a `;`-separated list of URLs or names, dropping blanks.
pub fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The site a source address is on, as a reader names it: its host without `www.`
/// ("https://www.opengovpartnership.org/documents/x" is "opengovpartnership.org"); an address
/// without a host is given whole.
pub fn site_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() { url } else { host }
}

/// Percent-encodes a value for a query string: unreserved characters stay, and so do the bytes
/// of `keep` (such as `/` in a `next=` path).
pub fn url_encode(s: &str, keep: &[u8]) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b if keep.contains(&b) => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A file's size in the reader's language: kilobytes under a megabyte (at least 1), else
/// megabytes with one decimal.
pub fn file_size(i18n: &I18n, lang: Lang, bytes: i64) -> String {
    const MB: i64 = 1024 * 1024;
    if bytes < MB {
        let kb = ((bytes + 1023) / 1024).max(1).to_string();
        i18n.ta(lang, "file-size-kb", &[("size", kb.as_str().into())])
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        let mb = format!("{}.{}", tenths / 10, tenths % 10);
        i18n.ta(lang, "file-size-mb", &[("size", mb.as_str().into())])
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, file_size, site_of};

    #[test]
    fn a_source_is_named_by_its_site() {
        assert_eq!(
            site_of("https://www.opengovpartnership.org/members/morocco/commitments/MO0008/"),
            "opengovpartnership.org"
        );
        assert_eq!(
            site_of("https://gouvernement-ouvert.ma/engagements.php?engagement=8&lang=fr"),
            "gouvernement-ouvert.ma"
        );
        assert_eq!(site_of("http://old.tafra.ma"), "old.tafra.ma");
        assert_eq!(
            site_of("https://user@example.org:8080/x"),
            "example.org:8080"
        );
        assert_eq!(site_of("not a url"), "not a url");
    }

    #[test]
    fn file_sizes_read_in_kilobytes_then_megabytes() {
        let i18n = opengov_i18n::global();
        assert_eq!(file_size(i18n, Lang::En, 10), "1 KB");
        assert_eq!(file_size(i18n, Lang::En, 2048), "2 KB");
        assert_eq!(
            file_size(i18n, Lang::En, 5 * 1024 * 1024 + 300_000),
            "5.3 MB"
        );
        assert_eq!(file_size(i18n, Lang::Fr, 20 * 1024 * 1024), "20.0\u{a0}Mo");
    }
}
