//! `cargo xtask layers`: checks that the game's modules (`src/`) import only the modules
//! below them, as `docs/architecture.md` draws them. A forbidden import fails the check
//! with its file and line.

use crate::cmd::{Result, root};
use std::path::Path;

/// Each top-level module of `src/` and the modules it may import (`crate::<name>`).
/// Anything not listed here is assembly (`lib.rs`, `main.rs`, `window.rs`): it may import
/// anything, and nothing may import it.
pub const LAYERS: &[(&str, &[&str])] = &[
    // What differs between web and native. Imports nothing of the game.
    ("platform", &[]),
    // Leaves the rest build on.
    ("config", &["platform"]),
    // The interface's words in the player's language (Fluent, from clickwise-core).
    ("words", &["config"]),
    ("screen", &[]),
    ("theme", &[]),
    // Models and their resources.
    ("levels", &["config", "platform"]),
    ("play", &["config", "platform"]),
    ("progress", &["config", "words", "platform", "levels", "play"]),
    // Listeners and services.
    ("classroom", &["config", "words", "platform", "play", "progress"]),
    ("access", &["config", "words", "platform", "screen", "theme", "play", "progress", "classroom"]),
    // Drawing a step of the level being played.
    ("mechanics", &["config", "words", "platform", "theme", "play", "access"]),
    // The screens: everything below them.
    (
        "screens",
        &[
            "config",
            "words",
            "platform",
            "screen",
            "theme",
            "levels",
            "play",
            "progress",
            "classroom",
            "access",
            "mechanics",
        ],
    ),
];

pub fn run() -> Result {
    let problems = check(&root().join("src"))?;
    if problems.is_empty() {
        println!("layers: every import in src/ follows docs/architecture.md");
        return Ok(());
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Err(format!("{} import(s) against the layers in docs/architecture.md", problems.len()))
}

/// Every forbidden import under `src`, as "file:line: what is wrong".
pub fn check(src: &Path) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for file in rust_files(src)? {
        let relative = file.strip_prefix(src).map_err(|e| e.to_string())?;
        let Some(module) = top_module(relative) else { continue };
        let Some(allowed) = allowed(&module) else { continue }; // assembly
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for (n, line) in text.lines().enumerate() {
            for used in imports(line) {
                if used != module && !allowed.contains(&used.as_str()) && is_module(&used) {
                    problems.push(format!(
                        "src/{}:{}: `{module}` may not import `{used}` (allowed: {})",
                        relative.display(),
                        n + 1,
                        if allowed.is_empty() { "nothing".into() } else { allowed.join(", ") }
                    ));
                }
            }
        }
    }
    Ok(problems)
}

fn allowed(module: &str) -> Option<&'static [&'static str]> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, a)| *a)
}

/// A module of the game: one in the table, or assembly (which nothing may import).
fn is_module(name: &str) -> bool {
    allowed(name).is_some() || matches!(name, "window")
}

/// `src/access/speech.rs` → `access`; `src/screen.rs` → `screen`; `lib.rs` → none.
fn top_module(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_owned())
}

/// The `X` of every `crate::X` (and each of `crate::{X, Y::z}`) on a line, outside comments.
fn imports(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let word = |s: &str| -> String { s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let mut found = Vec::new();
    for (i, m) in code.match_indices("crate::") {
        if code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue; // another crate's name ending in "crate"
        }
        let rest = &code[i + m.len()..];
        match rest.strip_prefix('{') {
            // Names at the top level of the braces.
            Some(list) => {
                let mut depth = 0;
                let mut start = true;
                for (j, c) in list.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => start = true,
                        c if start && depth == 0 && !c.is_whitespace() => {
                            found.push(word(&list[j..]));
                            start = false;
                        }
                        _ => {}
                    }
                }
            }
            None => found.push(word(rest)),
        }
    }
    found.retain(|n| !n.is_empty() && n != "self");
    found
}

fn rust_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            out.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_crate_paths_but_not_comments_or_other_crates() {
        assert_eq!(imports("use crate::theme::{self, Look};"), ["theme"]);
        assert_eq!(imports("    crate::access::speak(x); crate::play::begin()"), ["access", "play"]);
        assert_eq!(imports("// crate::screens is drawn above"), Vec::<String>::new());
        assert_eq!(imports("use clickwise_crate::thing;"), Vec::<String>::new());
        assert_eq!(imports("use crate::{config::GameConfig, theme::{self, Look}};"), ["config", "theme"]);
    }

    #[test]
    fn a_wrong_way_import_is_reported_with_its_file_and_line() {
        let dir = std::env::temp_dir().join(format!("layers-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("theme")).unwrap();
        std::fs::write(dir.join("theme/button.rs"), "//! A button.\nuse crate::access::Speak;\n").unwrap();
        std::fs::write(dir.join("screen.rs"), "use bevy::prelude::*;\n").unwrap();
        std::fs::write(dir.join("lib.rs"), "use crate::screens::Screen;\n").unwrap();
        let problems = check(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("src/theme/button.rs:2: `theme` may not import `access`"),
            "{problems:?}"
        );
    }

    #[test]
    fn the_game_follows_its_layers() {
        let problems = check(&root().join("src")).unwrap();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
