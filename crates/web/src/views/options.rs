//! The option lists of a filter form, rendered once per language while the data stays the same
//! (they are long: every axis of every plan, every institution) and reused by every list page,
//! which only marks the chosen option.

use askama::Template;

/// Options, grouped (`<optgroup>`) or not, as value and label.
pub struct OptionGroup {
    pub label: Option<String>,
    pub options: Vec<(String, String)>,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = "{% for g in groups %}{% if let Some(label) = g.label %}<optgroup label=\"{{ label }}\">{% endif %}{% for (value, text) in g.options %}<option value=\"{{ value }}\">{{ text }}</option>{% endfor %}{% if g.label.is_some() %}</optgroup>{% endif %}{% endfor %}"
)]
struct OptionsHtml<'a> {
    groups: &'a [OptionGroup],
}

/// `<option>`s rendered (and escaped) once.
pub struct Options(String);

impl Options {
    pub fn render(groups: &[OptionGroup]) -> Options {
        Options(OptionsHtml { groups }.render().unwrap_or_default())
    }

    /// The options, with the one whose value is `chosen` selected. A value that is not a plain
    /// key (letters, digits, `-`, `_`, `.`) selects nothing: such a value names no option, and
    /// it must not reach the search for one.
    pub fn with_selected(&self, chosen: Option<&str>) -> String {
        let plain = |v: &str| {
            !v.is_empty()
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        };
        match chosen.filter(|v| plain(v)) {
            Some(v) => {
                let needle = format!("<option value=\"{v}\">");
                self.0
                    .replacen(&needle, &format!("<option value=\"{v}\" selected>"), 1)
            }
            None => self.0.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Options {
        Options::render(&[
            OptionGroup {
                label: Some("Plan <2>".into()),
                options: vec![
                    ("nap2-local".into(), "Local & open".into()),
                    ("nap2".into(), "\"Quoted\"".into()),
                ],
            },
            OptionGroup {
                label: None,
                options: vec![("3".into(), "Plan 3".into())],
            },
        ])
    }

    #[test]
    fn options_are_escaped_and_only_the_chosen_one_is_selected() {
        let o = lists();
        assert_eq!(
            o.with_selected(None),
            "<optgroup label=\"Plan &#60;2&#62;\"><option value=\"nap2-local\">Local &#38; open</option>\
             <option value=\"nap2\">&#34;Quoted&#34;</option></optgroup><option value=\"3\">Plan 3</option>"
        );
        let s = o.with_selected(Some("nap2"));
        assert!(s.contains("<option value=\"nap2\" selected>"), "{s}");
        assert!(
            s.contains("<option value=\"nap2-local\">"),
            "a longer key is not selected: {s}"
        );
        assert_eq!(s.matches(" selected").count(), 1);
        assert_eq!(o.with_selected(Some("unknown")), o.with_selected(None));
        let hostile = "nap2\">x</option><option value=\"3";
        assert_eq!(o.with_selected(Some(hostile)), o.with_selected(None));
    }
}
