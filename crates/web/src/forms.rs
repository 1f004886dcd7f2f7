//! Forms: the submitted values, per-field errors (translated), and the pieces a form page
//! shows (error summary at the top, each field's own error beside it, values kept).

use std::collections::HashMap;

pub type Values = HashMap<String, String>;

/// The longest value any field accepts (bodies are limited to 64 KiB anyway).
pub const MAX_FIELD: usize = 4096;

#[derive(Debug, Clone)]
pub struct FieldView {
    pub name: String,
    pub label: String,
    /// text, email, password, checkbox, select, hidden
    pub kind: &'static str,
    pub value: String,
    pub error: Option<String>,
    pub hint: Option<String>,
    pub autocomplete: &'static str,
    pub options: Vec<(String, String)>,
    pub required: bool,
    /// A link shown under the field (text, address), such as the privacy notice.
    pub link: Option<(String, String)>,
    /// A second line of hint, such as the CNDP declaration number.
    pub note: Option<String>,
}

impl FieldView {
    pub fn new(name: impl Into<String>, kind: &'static str, label: String) -> FieldView {
        FieldView {
            name: name.into(),
            label,
            kind,
            value: String::new(),
            error: None,
            hint: None,
            autocomplete: "off",
            options: vec![],
            required: true,
            link: None,
            note: None,
        }
    }
    pub fn link(mut self, text: String, href: String) -> Self {
        self.link = Some((text, href));
        self
    }
    pub fn note(mut self, note: Option<String>) -> Self {
        self.note = note;
        self
    }
    pub fn hint(mut self, h: String) -> Self {
        self.hint = Some(h);
        self
    }
    pub fn auto(mut self, a: &'static str) -> Self {
        self.autocomplete = a;
        self
    }
    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    pub fn options(mut self, o: Vec<(String, String)>) -> Self {
        self.options = o;
        self
    }
    pub fn checked(&self) -> bool {
        self.kind == "checkbox" && !self.value.is_empty()
    }
    pub fn id(&self) -> String {
        format!("f-{}", self.name)
    }
}

/// Per-field error messages, keyed by field name, in the order they were found.
#[derive(Debug, Clone, Default)]
pub struct Errors(pub Vec<(String, String)>);

impl Errors {
    pub fn add(&mut self, field: &str, message: String) {
        if !self.0.iter().any(|(f, _)| f == field) {
            self.0.push((field.to_string(), message));
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    }
}

/// A field's value, trimmed, limited in length; missing is empty.
pub fn value(v: &Values, name: &str) -> String {
    v.get(name)
        .map(|s| s.trim().chars().take(MAX_FIELD).collect())
        .unwrap_or_default()
}

/// A password as typed (not trimmed: spaces count), limited in length.
pub fn secret(v: &Values, name: &str) -> String {
    v.get(name)
        .map(|s| s.chars().take(MAX_FIELD).collect())
        .unwrap_or_default()
}

/// Fills the fields' values and errors; passwords are never sent back.
pub fn fill(fields: &mut [FieldView], values: &Values, errors: &Errors) {
    for f in fields.iter_mut() {
        if f.kind != "password" && f.kind != "hidden" {
            f.value = value(values, &f.name);
        }
        f.error = errors.get(&f.name);
    }
}
