//! How a CSV download is made: a UTF-8 byte-order mark first (so Excel reads "✓" and
//! "Grandad Joe's" right), cells that a spreadsheet would run as a formula made plain,
//! and a file name with the class's name that is safe in a `Content-Disposition` header.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The UTF-8 byte-order mark.
pub const BOM: &str = "\u{feff}";

/// A cell a spreadsheet shows as written: one starting with `=`, `+`, `-`, `@` (or a tab
/// or carriage return) would be run as a formula, so it gets a leading apostrophe.
pub fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// `clickwise-year-3-oak-results.csv` for class "Year 3 Oak": letters and digits of the
/// name (ASCII), other runs as one dash, at most 40 characters; the class code when the
/// name has none.
pub fn file_name(class_name: &str, code: &str, what: &str) -> String {
    let mut stem = String::new();
    for c in class_name.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let mut stem: String = stem.trim_end_matches('-').chars().take(40).collect();
    stem = stem.trim_end_matches('-').to_owned();
    if stem.is_empty() {
        stem = format!("class-{}", code.chars().filter(char::is_ascii_digit).collect::<String>());
    }
    format!("clickwise-{stem}-{what}.csv")
}

/// A CSV download of `rows` (a header first), named for the class.
pub fn download(file: &str, rows: Vec<Vec<String>>) -> Response {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    for row in rows {
        // Writing to memory cannot fail; a row that somehow could is left out, never a panic.
        let _ = out.write_record(row.iter().map(|c| cell(c)));
    }
    let bytes = out.into_inner().unwrap_or_default();
    let disposition = format!("attachment; filename=\"{file}\"");
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_the_class_name_safely() {
        assert_eq!(file_name("Year 3 Oak", "123456", "results"), "clickwise-year-3-oak-results.csv");
        assert_eq!(file_name("\"Ash\"; rm -rf / \r\n", "1", "summary"), "clickwise-ash-rm-rf-summary.csv");
        assert_eq!(
            file_name("Blwyddyn 5 – Derwen", "1", "results"),
            "clickwise-blwyddyn-5-derwen-results.csv"
        );
        assert_eq!(file_name("Ελιά", "482913", "results"), "clickwise-class-482913-results.csv");
        assert!(file_name(&"a".repeat(100), "1", "results").len() < 70);
    }

    #[test]
    fn formulas_are_made_plain() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("Tell a grown-up"), "Tell a grown-up");
    }
}
