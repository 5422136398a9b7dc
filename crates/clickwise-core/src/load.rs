//! Parsing RON text into the model, with errors that name the file, line and column.

use crate::error::{Problem, Problems};
use crate::model::Level;
use crate::validate::{self, AssetCheck};
use serde::de::DeserializeOwned;

/// Parses any RON document, turning ron's error into a [`Problem`] at the right spot.
pub fn parse_ron<T: DeserializeOwned>(source: &str, file: &str) -> Result<T, Problem> {
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

/// Parses and validates one level file.
pub fn load_level(source: &str, file: &str, assets: &dyn AssetCheck) -> Result<Level, Problems> {
    let level: Level = parse_ron(source, file).map_err(|p| Problems(vec![p]))?;
    let problems = validate::validate_level(&level, source, file, assets);
    if problems.is_empty() { Ok(level) } else { Err(Problems(problems)) }
}
