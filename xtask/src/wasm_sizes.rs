//! Where a wasm's bytes go, by Rust crate, for the game beside the bare Bevy app: from
//! `twiggy top` on the copies kept before wasm-opt (which strips the function names).
//! Sizes are of those copies, before wasm-opt and compression; the proportions hold.

use crate::cmd::{self, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub fn compare(hello: &Path, game: &Path) -> Result {
    twiggy()?;
    let (hello, game) = (by_crate(hello)?, by_crate(game)?);
    let total = |m: &BTreeMap<String, u64>| m.values().sum::<u64>();
    println!("\nwhere the wasm's bytes go, by crate (twiggy, before wasm-opt; KB):");
    println!("{:<28} {:>10} {:>10} {:>10}", "crate", "bare Bevy", "Clickwise", "extra");
    let mut rows: Vec<(&String, u64)> = game.iter().map(|(k, v)| (k, *v)).collect();
    rows.sort_by_key(|(name, size)| {
        std::cmp::Reverse(size.saturating_sub(hello.get(*name).copied().unwrap_or(0)))
    });
    for (name, size) in rows.iter().take(25) {
        let base = hello.get(*name).copied().unwrap_or(0);
        println!("{name:<28} {:>10.1} {:>10.1} {:>+10.1}", kb(base), kb(*size), kb(*size) - kb(base));
    }
    println!(
        "{:<28} {:>10.1} {:>10.1} {:>+10.1}",
        "total",
        kb(total(&hello)),
        kb(total(&game)),
        kb(total(&game)) - kb(total(&hello))
    );
    Ok(())
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1000.0
}

/// Installs twiggy when it is missing (the bench only; never in the test run).
fn twiggy() -> Result {
    if cmd::output("twiggy", &["--version"]).is_some() {
        return Ok(());
    }
    cmd::run(&cmd::cargo(), &["install", "twiggy"])
        .map_err(|e| format!("{e}\nInstall it with `cargo install twiggy`."))
}

/// Each item's shallow size, summed by the crate its name starts with.
fn by_crate(wasm: &Path) -> Result<BTreeMap<String, u64>> {
    let path = wasm.to_str().unwrap_or_default();
    let csv = cmd::output("twiggy", &["top", "-n", "1000000", "--format", "csv", path])
        .ok_or_else(|| format!("twiggy could not read {path}"))?;
    let mut sizes = BTreeMap::new();
    for line in csv.lines().skip(1) {
        // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent — the name
        // may itself contain commas.
        let mut fields = line.rsplitn(5, ',');
        let (Some(_), Some(_), Some(_percent), Some(size), Some(name)) =
            (fields.next(), fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Ok(size) = size.parse::<u64>() else { continue };
        let name = name.trim_matches('"');
        // The names themselves are stripped from what ships.
        if name.contains("function names") {
            continue;
        }
        let group =
            if name.starts_with("data segment") { "data (strings, tables)".into() } else { crate_of(name) };
        *sizes.entry(group).or_insert(0) += size;
    }
    Ok(sizes)
}

/// `bevy_ecs::world::World::spawn::h12…` → `bevy_ecs`; `<T as core::fmt::Debug>::fmt` →
/// `core`; data segments and tables keep their own kind (`data`, `table`…).
fn crate_of(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_lowercase() || bytes[i] == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if name[i..].starts_with("::") && !matches!(&name[start..i], "impl" | "dyn") {
                return name[start..i].to_string();
            }
        } else {
            i += 1;
        }
    }
    name.split(['[', ' ']).next().unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn names_are_grouped_by_their_crate() {
        assert_eq!(crate_of("bevy_ecs::world::World::spawn::h0123"), "bevy_ecs");
        assert_eq!(crate_of("<T as core::fmt::Debug>::fmt"), "core");
        assert_eq!(crate_of("<&mut ron::de::Deserializer as serde::Deserializer>::deserialize_any"), "ron");
        assert_eq!(crate_of("data[3]"), "data");
    }
}
