//! Content-hashed file names for the web build, so a school's proxy and the browser can
//! keep every file for a year (`immutable`) and a new build is fetched only where it
//! changed. Also writes the service worker's precache list.
//!
//! What keeps its name: the pages a link or a person opens by name (`index.html`,
//! `certificate.html`, `404.html`), the service worker and the web app manifest (a browser
//! looks them up by name), and licence texts. Everything else becomes
//! `name.<16 hex digits>.ext`; references to it in JS, CSS, HTML and the manifest are
//! rewritten. The game asks Bevy for `icons/fox.png`; `files.js` hands it the table
//! (`platform::hashed_names`).

use crate::cmd::Result;
use std::collections::BTreeMap;
use std::path::Path;

/// Files that keep their name, relative to the build folder.
fn keeps_name(rel: &str) -> bool {
    rel.ends_with(".html")
        || rel == "sw.js"
        || rel == "manifest.webmanifest"
        || rel.ends_with(".txt")
        || rel.ends_with(".md")
        || rel == "files.js"
}

/// Text files whose references to other files are rewritten. Level files are not: the
/// game reads the names in them through the same table.
fn has_references(rel: &str) -> bool {
    [".js", ".css", ".html", ".webmanifest"].iter().any(|e| rel.ends_with(e))
}

/// Renames the files under `dist`, rewrites references, fills `files.js` and `sw.js`.
/// Returns the table of original → hashed names (relative, with `/`).
pub fn apply(dist: &Path, wasm_bytes: u64) -> Result<BTreeMap<String, String>> {
    let all: Vec<String> = crate::web::files(dist).iter().map(|p| rel(dist, p)).collect();
    let mut names = BTreeMap::new();
    // 1. Files that refer to nothing: pictures, fonts, levels, the wasm.
    for file in all.iter().filter(|f| !keeps_name(f) && !has_references(f)) {
        rename(dist, file, &mut names)?;
    }
    // 2. The table the game and the certificate page read, then what imports it.
    fill_files_js(dist, &names, wasm_bytes)?;
    rename(dist, "files.js", &mut names)?;
    // 3. Scripts and styles, each once everything it refers to has its final name.
    let mut waiting: Vec<String> =
        all.iter().filter(|f| !keeps_name(f) && has_references(f)).cloned().collect();
    while !waiting.is_empty() {
        let before = waiting.len();
        let mut i = 0;
        while i < waiting.len() {
            let text = read(dist, &waiting[i])?;
            let unresolved = waiting.iter().any(|other| other != &waiting[i] && refers_to(&text, other));
            if unresolved {
                i += 1;
                continue;
            }
            let file = waiting.remove(i);
            std::fs::write(dist.join(&file), rewrite(&text, &names)).map_err(|e| e.to_string())?;
            rename(dist, &file, &mut names)?;
        }
        if waiting.len() == before {
            return Err(format!("these files refer to each other, so none can be named first: {waiting:?}"));
        }
    }
    // 4. Pages and the manifest keep their names; their references change.
    for file in all.iter().filter(|f| keeps_name(f) && has_references(f) && *f != "sw.js") {
        let path = dist.join(file);
        if path.exists() {
            let text = read(dist, file)?;
            std::fs::write(&path, rewrite(&text, &names)).map_err(|e| e.to_string())?;
        }
    }
    fill_service_worker(dist)?;
    Ok(names)
}

fn rel(dist: &Path, path: &Path) -> String {
    path.strip_prefix(dist).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

fn read(dist: &Path, file: &str) -> Result<String> {
    std::fs::read_to_string(dist.join(file)).map_err(|e| format!("{file}: {e}"))
}

fn rename(dist: &Path, file: &str, names: &mut BTreeMap<String, String>) -> Result {
    let bytes = std::fs::read(dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
    let hashed = hashed_name(file, &bytes);
    std::fs::rename(dist.join(file), dist.join(&hashed)).map_err(|e| format!("{file}: {e}"))?;
    names.insert(file.to_string(), hashed);
    Ok(())
}

/// `icons/fox.png` → `icons/fox.0123456789abcdef.png`. Multi-part extensions stay whole
/// (`a.level.ron` → `a.<hash>.level.ron`), so loaders that match on them still do.
pub fn hashed_name(file: &str, bytes: &[u8]) -> String {
    let (dir, base) = file.rsplit_once('/').map_or(("", file), |(d, b)| (d, b));
    let (stem, ext) = base.split_once('.').unwrap_or((base, ""));
    let hash = format!("{:016x}", fnv1a(bytes));
    let name = if ext.is_empty() { format!("{stem}.{hash}") } else { format!("{stem}.{hash}.{ext}") };
    if dir.is_empty() { name } else { format!("{dir}/{name}") }
}

/// 64-bit FNV-1a: enough to tell two builds of a file apart, and needs no crate.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Whether a served name matches what `hashed_name` makes (the class server's rule is the
/// same shape: `crates/clickwise-server/src/headers.rs`).
#[cfg(test)]
fn looks_hashed(file: &str) -> bool {
    let base = file.rsplit('/').next().unwrap_or(file);
    base.split('.').any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Occurrences of `name` standing alone (not inside a longer name).
fn positions<'a>(text: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(name).map(|(i, _)| i).filter(move |&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        before.is_none_or(|c| !is_name_char(c))
            && after.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
    })
}

fn refers_to(text: &str, name: &str) -> bool {
    positions(text, name).next().is_some()
}

/// Replaces every standalone reference to a renamed file, longest names first.
pub fn rewrite(text: &str, names: &BTreeMap<String, String>) -> String {
    let mut pairs: Vec<(&String, &String)> = names.iter().collect();
    pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
    let mut out = text.to_string();
    for (from, to) in pairs {
        let found: Vec<usize> = positions(&out, from).collect();
        for i in found.into_iter().rev() {
            out.replace_range(i..i + from.len(), to);
        }
    }
    out
}

/// `files.js` tells the loader the wasm's name and size, and the game every asset's name.
fn fill_files_js(dist: &Path, names: &BTreeMap<String, String>, wasm_bytes: u64) -> Result {
    let table: Vec<String> = names
        .iter()
        .filter(|(from, _)| from.starts_with("assets/") || from.ends_with(".wasm"))
        .map(|(from, to)| format!("  {}: {},", json(from), json(to)))
        .collect();
    let text = format!(
        "// Written by `cargo xtask web`: each file's content-hashed name.\n\
         export const WASM_BYTES = {wasm_bytes};\n\
         export const FILES = {{\n{}\n}};\n",
        table.join("\n")
    );
    std::fs::write(dist.join("files.js"), text).map_err(|e| e.to_string())
}

/// Fills the build id and the precache list into `sw.js` (two marked lines).
fn fill_service_worker(dist: &Path) -> Result {
    let path = dist.join("sw.js");
    let text = read(dist, "sw.js")?;
    let mut files: Vec<String> = vec!["./".into()];
    for file in crate::web::files(dist).iter().map(|p| rel(dist, p)) {
        let precached =
            file != "sw.js" && file != "404.html" && !file.ends_with(".br") && !file.ends_with(".gz");
        if precached {
            files.push(file);
        }
    }
    let build = format!("{:016x}", fnv1a(files.join("\n").as_bytes()));
    let list: Vec<String> = files.iter().map(|f| json(f)).collect();
    let mut replaced = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with("const BUILD = ") {
                replaced += 1;
                format!("const BUILD = {};", json(&build))
            } else if line.starts_with("const FILES = ") {
                replaced += 1;
                format!("const FILES = [{}];", list.join(", "))
            } else {
                line.to_string()
            }
        })
        .collect();
    if replaced != 2 {
        return Err("web/sw.js must have one `const BUILD = ` line and one `const FILES = ` line".into());
    }
    std::fs::write(path, lines.join("\n") + "\n").map_err(|e| e.to_string())
}

fn json(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_folder_and_whole_extension() {
        let name = hashed_name("assets/levels/ks1-hello.level.ron", b"x");
        assert!(name.starts_with("assets/levels/ks1-hello."), "{name}");
        assert!(name.ends_with(".level.ron"), "{name}");
        assert!(looks_hashed(&name));
        assert!(!looks_hashed("assets/levels/ks1-hello.level.ron"));
        assert_ne!(hashed_name("a.js", b"one"), hashed_name("a.js", b"two"));
    }

    #[test]
    fn only_standalone_references_are_rewritten() {
        let names = BTreeMap::from([
            ("clickwise.js".to_string(), "clickwise.0000000000000001.js".to_string()),
            ("style.css".to_string(), "style.0000000000000002.css".to_string()),
        ]);
        let text = r#"import * as g from "./clickwise.js"; window.clickwise.jsx; <link href="style.css"> mystyle.css"#;
        assert_eq!(
            rewrite(text, &names),
            r#"import * as g from "./clickwise.0000000000000001.js"; window.clickwise.jsx; <link href="style.0000000000000002.css"> mystyle.css"#
        );
    }
}
