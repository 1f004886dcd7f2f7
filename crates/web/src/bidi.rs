//! Figures that read the same way in every sentence of a right-to-left page.
//!
//! In an Arabic sentence the Unicode bidirectional algorithm turns Western digits that follow
//! Arabic letters into "Arabic numbers": a percent sign then moves to the other side ("%36")
//! while the same figure alone in a card reads "37%"; the two halves of a law number swap
//! ("09-08" shows as "08-09"); an identifier or an e-mail address next to punctuation takes the
//! punctuation along. Each such figure is therefore isolated as one left-to-right unit
//! (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE): inside the isolate it
//! renders as it does on its own, whatever surrounds it. [`isolate_figures`] is the one place
//! that does it; [`crate::format::percent`] and the page frame's messages go through it.

use opengov_core::Lang;

/// LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// Opens an isolate (left-to-right, right-to-left or first-strong).
fn opens(c: char) -> bool {
    matches!(c, '\u{2066}' | '\u{2067}' | '\u{2068}')
}

/// May be part of a figure: Latin letters, digits, and the signs that join them.
fn in_figure(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '%' | '-' | '.' | '/' | ':' | '@' | '_' | '+' | ',')
}

/// May start or end a figure (a trailing full stop or comma is the sentence's).
fn at_edge(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '%'
}

/// Whether a run of figure characters must be isolated: it has a digit or an `@`, and it is
/// more than a bare number (a number alone already reads the same everywhere) or a range of
/// years. A range such as `2018-2020` is two numbers, read in the sentence's direction like the
/// periods the pages write ("2018 – 2020": the first year on the right in Arabic); a law number
/// such as `09-08` is one identifier, written as in print.
fn needs_isolate(run: &str) -> bool {
    let digit = run.bytes().any(|b| b.is_ascii_digit());
    let at = run.contains('@');
    let years = run.len() == 9
        && run.as_bytes()[4] == b'-'
        && run[..4]
            .bytes()
            .chain(run[5..].bytes())
            .all(|b| b.is_ascii_digit());
    (digit || at) && !run.bytes().all(|b| b.is_ascii_digit()) && !years
}

/// `text` with every figure of a right-to-left language isolated as a left-to-right unit:
/// percentages (`37%`), numbers joined by signs (`09-08`, `1.5`), identifiers mixing letters
/// and digits (`MO0025`), e-mail addresses. Runs already inside an isolate are left as they
/// are, so applying it twice changes nothing. Left-to-right languages get `text` unchanged.
pub fn isolate_figures(lang: Lang, text: String) -> String {
    if lang.dir() != "rtl" || !text.bytes().any(|b| b.is_ascii_digit() || b == b'@') {
        return text;
    }
    let mut out: Option<String> = None;
    let mut depth = 0usize;
    let mut copied = 0; // bytes of `text` already in `out`
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if opens(c) {
            depth += 1;
            continue;
        }
        if c == PDI {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 || !at_edge(c) {
            continue;
        }
        // A run of figure characters from here; a percent sign after a (narrow) no-break
        // space belongs to it too ("37 %").
        let mut last_edge = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let spaced_percent =
                matches!(d, '\u{a0}' | '\u{202f}') && text[j + d.len_utf8()..].starts_with('%');
            if !(in_figure(d) || spaced_percent) {
                break;
            }
            chars.next();
            if at_edge(d) {
                last_edge = j + d.len_utf8();
            }
        }
        let run = &text[i..last_edge];
        if needs_isolate(run) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 12));
            o.push_str(&text[copied..i]);
            o.push(LRI);
            o.push_str(run);
            o.push(PDI);
            copied = last_edge;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            o
        }
        None => text,
    }
}

/// WORD JOINER: no line break on either side; no direction of its own.
pub const WJ: char = '\u{2060}';

/// `text` with a word joiner on each side of every hyphen between two digits, so that a
/// range (`2021-2023`) or a law number (`09-08`) is never cut at the end of a line, in any
/// language. Applying it twice changes nothing.
pub fn keep_ranges_whole(text: String) -> String {
    let b = text.as_bytes();
    let joins = |i: usize| {
        b[i] == b'-'
            && i > 0
            && i + 1 < b.len()
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
    };
    if !(0..b.len()).any(joins) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 12);
    for (i, c) in text.char_indices() {
        if c == '-' && joins(i) {
            out.push(WJ);
            out.push('-');
            out.push(WJ);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar(s: &str) -> String {
        isolate_figures(Lang::Ar, s.to_string())
    }

    fn iso(s: &str) -> String {
        format!("{LRI}{s}{PDI}")
    }

    #[test]
    fn percentages_law_numbers_ids_and_addresses_are_isolated_in_arabic() {
        assert_eq!(ar("37%"), iso("37%"));
        assert_eq!(
            ar("من 1 إلى 49%، مكتمل (100%)."),
            format!("من 1 إلى {}، مكتمل ({}).", iso("49%"), iso("100%"))
        );
        assert_eq!(
            ar("طبقًا للقانون 09-08، لا"),
            format!("طبقًا للقانون {}، لا", iso("09-08"))
        );
        assert_eq!(
            ar("مثل name@example.ma."),
            format!("مثل {}.", iso("name@example.ma"))
        );
        assert_eq!(
            ar("تحديث MO0025: نشاط"),
            format!("تحديث {}: نشاط", iso("MO0025"))
        );
        assert_eq!(ar("37\u{a0}%"), iso("37\u{a0}%"));
    }

    #[test]
    fn bare_numbers_words_and_other_languages_are_left_alone() {
        for s in [
            "الخطة 3",
            "49 التزامًا",
            "IRM",
            "2018 – 2020",
            "خطة 2018-2020",
            "لا شيء",
        ] {
            assert_eq!(ar(s), s);
        }
        for lang in [Lang::Fr, Lang::En, Lang::Zgh] {
            assert_eq!(
                isolate_figures(lang, "loi 09-08 : 37 %".into()),
                "loi 09-08 : 37 %"
            );
        }
    }

    #[test]
    fn applying_it_twice_changes_nothing() {
        for s in [
            "من 1 إلى 49%، مكتمل (100%).",
            "القانون 09-08 و name@example.ma",
            "MO0025: 37%، محدود",
        ] {
            let once = ar(s);
            assert_eq!(ar(&once), once, "{s}");
        }
        // An argument isolated by `percent` inside a message formatted later.
        let inner = ar("37%");
        let outer = ar(&format!("التقدم: {inner}، محدود"));
        assert_eq!(outer.matches(LRI).count(), 1, "{outer:?}");
    }

    #[test]
    fn every_isolate_is_closed() {
        for s in ["%", "-5", "a@", "9-", "٪", "x.9.y.", "100%%", "MO0025."] {
            let out = ar(s);
            assert_eq!(
                out.matches(LRI).count(),
                out.matches(PDI).count(),
                "{s:?} -> {out:?}"
            );
        }
    }

    #[test]
    fn ranges_and_law_numbers_are_never_cut_at_a_line_end() {
        let kept = keep_ranges_whole("للفترة 2021-2023 والقانون 09-08".to_string());
        assert_eq!(
            kept,
            format!("للفترة 2021{WJ}-{WJ}2023 والقانون 09{WJ}-{WJ}08")
        );
        assert_eq!(keep_ranges_whole(kept.clone()), kept);
        for s in ["e-mail", "-5", "5-", "a-1", "-"] {
            assert_eq!(keep_ranges_whole(s.to_string()), s);
        }
    }
}
