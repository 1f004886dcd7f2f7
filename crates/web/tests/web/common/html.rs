//! Reading pages as a visitor does: links, headings, text, the `<html>` attributes.

/// Every `href="..."` of a page, unescaped.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        if let Some(j) = rest.find('"') {
            out.push(unescape(&rest[..j]));
            rest = &rest[j..];
        }
    }
    out
}

/// Undoes the HTML escaping of an attribute value.
pub fn unescape(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
}

/// The text of a page without the passages marked as being in another language than `lang`
/// (stored content shown in a fallback language or quoted from an English source).
pub fn own_language_text(html: &str, lang: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<bdi lang=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 11..];
        let code: String = after.chars().take_while(|c| *c != '"').collect();
        let end = after.find("</bdi>").map(|e| e + 6).unwrap_or(after.len());
        if code == lang {
            out.push_str(&after[..end]);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    strip_tags(&out)
}

/// The value of an attribute of the `<html>` element.
pub fn html_attr(html: &str, name: &str) -> Option<String> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(tag[i..i + tag[i..].find('"')?].to_string())
}

/// The text of the first `<h1>` (tags removed).
pub fn h1(html: &str) -> String {
    let Some(s) = html.find("<h1") else {
        return String::new();
    };
    let s = s + html[s..].find('>').unwrap() + 1;
    let e = s + html[s..].find("</h1>").unwrap();
    strip_tags(&html[s..e])
}

pub fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page's text as a reader sees it: tags dropped, entities read, spaces of every kind as one (askama writes `'` as
/// `&#39;` and `"` as `&quot;`).
pub fn shown(body: &str) -> String {
    unescape(&strip_tags(body))
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

/// The value of a form's hidden field `name` (a form token, a revision).
pub fn hidden(body: &str, name: &str) -> String {
    let at = body
        .find(&format!("name=\"{name}\" value=\""))
        .unwrap_or_else(|| panic!("no hidden {name}"));
    let rest = &body[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_string()
}
