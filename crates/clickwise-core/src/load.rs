//! Parsing RON text into the model, with errors that name the file, line and column.

use crate::error::{Problem, Problems};
use crate::model::Level;
use crate::validate::{self, AssetCheck};
use serde::de::DeserializeOwned;

/// Parses any RON document, turning ron's error into a [`Problem`] at the right spot.
pub fn parse_ron<T: DeserializeOwned>(source: &str, file: &str) -> Result<T, Problem> {
    let source = without_bom(source);
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(source)
        .map_err(|e| Problem::new(file, e.span.start.line, e.span.start.col, describe(&e.code)))
}

/// ron's messages are good; this only makes the commonest ones friendlier to authors.
fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::NoSuchEnumVariant { expected, found, .. } => {
            format!("`{found}` is not one of: {}", expected.join(", "))
        }
        other => other.to_string(),
    }
}

/// A content file's bytes as text, the way teachers' editors save it: a UTF-8 byte-order
/// mark (Windows Notepad writes one) is dropped, and CRLF line ends are fine as they are.
/// Bytes that aren't UTF-8 are reported at the line and column of the first bad one.
pub fn text_of(bytes: &[u8], file: &str) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            // The text before the first bad byte is good UTF-8, so it can be counted in.
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let (line, col) = crate::locate::line_col(good, good.len());
            Err(Problem::new(
                file,
                line,
                col,
                "this file isn't saved as UTF-8 text: in Notepad choose Save as, then Encoding: UTF-8",
            ))
        }
    }
}

/// Drops a byte-order mark that survived into the text.
fn without_bom(source: &str) -> &str {
    source.strip_prefix('\u{feff}').unwrap_or(source)
}

/// The first control character in a file (a NUL from a damaged copy, say): none belongs in
/// a level. Line ends and tabs are fine.
fn control_character(source: &str, file: &str) -> Option<Problem> {
    let (at, c) = source.char_indices().find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))?;
    let (line, col) = crate::locate::line_col(source, at);
    let message = format!(
        "a control character (U+{:04X}) is in the file: it may be damaged; delete it or copy the file again",
        c as u32
    );
    Some(Problem::new(file, line, col, message))
}

/// Parses and validates one level file against every rule (the checker, the server).
pub fn load_level(source: &str, file: &str, assets: &dyn AssetCheck) -> Result<Level, Problems> {
    load_with(validate::Rules::All, source, file, assets)
}

/// Parses one level file and checks what the game needs to play it safely
/// (`validate::Rules::Playable`).
pub fn load_playable_level(source: &str, file: &str, assets: &dyn AssetCheck) -> Result<Level, Problems> {
    load_with(validate::Rules::Playable, source, file, assets)
}

fn load_with(
    rules: validate::Rules,
    source: &str,
    file: &str,
    assets: &dyn AssetCheck,
) -> Result<Level, Problems> {
    let source = without_bom(source);
    if let Some(p) = control_character(source, file) {
        return Err(Problems(vec![p]));
    }
    let level: Level = parse_ron(source, file).map_err(|p| Problems(vec![p]))?;
    let problems = validate::validate_with(rules, &level, source, file, assets);
    if problems.is_empty() { Ok(level) } else { Err(Problems(problems)) }
}
