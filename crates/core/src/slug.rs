//! URL keys made from names.

/// Makes an ASCII URL key from a name: letters and digits kept (lower-cased), everything else
/// folded into single dashes. Non-ASCII letters are dropped; a name with none left gives `None`.
pub fn slugify(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let c = fold_latin(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
        if out.len() >= 64 {
            break;
        }
    }
    out.truncate(64);
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { None } else { Some(out) }
}

fn fold_latin(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' | 'Ç' => 'c',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Ministry of Administration Reform (MRAFP)").as_deref(),
            Some("ministry-of-administration-reform-mrafp")
        );
        assert_eq!(
            slugify("Ministère de l'Économie").as_deref(),
            Some("ministere-de-l-economie")
        );
        assert_eq!(slugify("مجلس النواب"), None);
        assert_eq!(slugify("  --  "), None);
    }
}
