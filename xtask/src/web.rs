//! `cargo xtask web`: the release wasm (size profile), wasm-bindgen, wasm-opt -Oz,
//! the page, assets and levels copied in, precompressed copies, and a size report.

use crate::cmd::{self, Result, root};
use crate::compress;
use crate::tools;
use std::path::{Path, PathBuf};

/// Sizes of one file: raw, gzip and brotli bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

pub struct Bundle {
    pub dist: PathBuf,
    pub wasm: Sizes,
    /// Everything the service worker keeps for offline play (all files but licences).
    pub all_files: Sizes,
    pub files: usize,
}

/// Which web build to make.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Build {
    /// What schools download: smallest first (fat LTO, wasm-opt -Oz, brotli 11).
    Shipping,
    /// For the browser tests: the same game built fast (no fat LTO, no wasm-opt, quick
    /// compression). Its sizes say nothing about what ships.
    Test,
}

/// The shipping build.
pub fn run() -> Result<Bundle> {
    build(Build::Shipping)
}

pub fn build(kind: Build) -> Result<Bundle> {
    let root = root();
    let dist = root.join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let wasm = build_wasm(Binary::GAME, kind, &dist)?;
    copy_dir(&root.join("web"), &dist)?;
    for sub in ["fonts", "icons"] {
        copy_dir(&root.join("assets").join(sub), &dist.join("assets").join(sub))?;
    }
    copy_credits(&root, &dist)?;
    // The game reads its levels from `assets/levels/` beside the page (src/config.rs).
    copy_dir(&root.join("levels"), &dist.join("assets/levels"))?;
    // The loading bar counts downloaded bytes against this, whatever encoding is used.
    let wasm_raw = std::fs::metadata(&wasm).map_err(|e| e.to_string())?.len();
    let names = crate::hashed::apply(&dist, wasm_raw)?;
    let wasm = dist.join(&names["clickwise_bg.wasm"]);
    let report = precompress(&dist, kind)?;
    let bundle = Bundle {
        wasm: report.iter().find(|(p, _)| p == &wasm).map(|(_, s)| *s).unwrap_or_default(),
        all_files: all_files(&dist, &report),
        files: report.len(),
        dist,
    };
    match kind {
        Build::Shipping => print_sizes(&bundle),
        Build::Test => {
            println!("web build for the browser tests in {} (not the shipping sizes)", bundle.dist.display())
        }
    }
    Ok(bundle)
}

/// A binary of the game's package built for the web.
#[derive(Clone, Copy)]
pub struct Binary {
    pub bin: &'static str,
    /// The name wasm-bindgen gives its output (`<name>.js`, `<name>_bg.wasm`).
    pub name: &'static str,
    pub features: &'static str,
}

impl Binary {
    pub const GAME: Binary = Binary { bin: "clickwise", name: "clickwise", features: "" };
    /// The bench's bare Bevy app: the same package, features and profile.
    pub const HELLO: Binary = Binary { bin: "hello-bevy", name: "hello", features: "hello-bevy" };
}

/// cargo, wasm-bindgen into `out`, and for the shipping build wasm-opt -Oz (keeping a
/// copy with function names first, in `target/wasm-sizes/`, for size breakdowns).
/// Returns the `_bg.wasm` path.
pub fn build_wasm(binary: Binary, kind: Build, out: &Path) -> Result<PathBuf> {
    tools::wasm_target()?;
    tools::wasm_bindgen_cli()?;
    let wasm_opt = tools::wasm_opt()?;
    let profile = match kind {
        Build::Shipping => "wasm-release",
        Build::Test => "wasm-test",
    };
    let mut args = vec![
        "build",
        "--profile",
        profile,
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "clickwise",
        "--bin",
        binary.bin,
    ];
    if !binary.features.is_empty() {
        args.extend(["--features", binary.features]);
    }
    cmd::run(&cmd::cargo(), &args)?;
    let built =
        cmd::target_dir().join("wasm32-unknown-unknown").join(profile).join(format!("{}.wasm", binary.bin));
    cmd::run(
        "wasm-bindgen",
        &["--target", "web", "--no-typescript", "--out-dir", s(out), "--out-name", binary.name, s(&built)],
    )?;
    let wasm = out.join(format!("{}_bg.wasm", binary.name));
    if kind == Build::Shipping {
        let sizes = cmd::target_dir().join("wasm-sizes");
        std::fs::create_dir_all(&sizes).map_err(|e| e.to_string())?;
        std::fs::copy(&wasm, named_copy(binary)).map_err(|e| format!("{}: {e}", wasm.display()))?;
        // Debian's wasm-opt (binaryen 108) breaks wasm-bindgen's output; this is npm's current one.
        cmd::run(
            s(&wasm_opt),
            &[
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--strip-debug",
                "--strip-producers",
                s(&wasm),
                "-o",
                s(&wasm),
            ],
        )?;
    }
    Ok(wasm)
}

/// The shipping wasm before wasm-opt, with its function names (for `twiggy`).
pub fn named_copy(binary: Binary) -> PathBuf {
    cmd::target_dir().join("wasm-sizes").join(format!("{}.named.wasm", binary.name))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// Copies a folder's files (recursively), returning how many.
fn copy_dir(from: &Path, to: &Path) -> Result<usize> {
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            n += copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(|e| format!("{}: {e}", path.display()))?;
            n += 1;
        }
    }
    Ok(n)
}

/// Licences and credits travel with the fonts and pictures.
fn copy_credits(root: &Path, dist: &Path) -> Result {
    let art = root.join("assets/art");
    for entry in std::fs::read_dir(&art).map_err(|e| e.to_string())?.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            std::fs::copy(&path, dist.join("assets/icons").join(entry.file_name()))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Writes `.br` and `.gz` beside each compressible file; returns every file's sizes.
pub fn precompress(dist: &Path, kind: Build) -> Result<Vec<(PathBuf, Sizes)>> {
    let shipping = kind == Build::Shipping;
    let mut out = Vec::new();
    for path in files(dist) {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let raw = bytes.len() as u64;
        let sizes = if compress::worth_compressing(&path) {
            let br = compress::brotli(&bytes, if shipping { 11 } else { 4 });
            let gz = compress::gzip(&bytes, shipping);
            std::fs::write(with_suffix(&path, "br"), &br).map_err(|e| e.to_string())?;
            std::fs::write(with_suffix(&path, "gz"), &gz).map_err(|e| e.to_string())?;
            Sizes { raw, gzip: gz.len() as u64, brotli: br.len() as u64 }
        } else {
            Sizes { raw, gzip: raw, brotli: raw }
        };
        out.push((path, sizes));
    }
    Ok(out)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Every file under `dir`, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() { stack.push(p) } else { out.push(p) }
        }
    }
    out.sort();
    out
}

/// Every file a device keeps for offline play, except the precompressed copies themselves
/// and the licence texts (only fetched when read). What a first visit downloads before the
/// title screen is less, and is measured in Chromium (`tests/browser/first-load.mjs`).
fn all_files(dist: &Path, report: &[(PathBuf, Sizes)]) -> Sizes {
    let mut total = Sizes::default();
    for (path, sizes) in report {
        let rel = path.strip_prefix(dist).unwrap_or(path).to_string_lossy();
        let skip = rel.ends_with(".txt") || rel.ends_with(".md") || rel.ends_with("404.html");
        if !skip {
            total.raw += sizes.raw;
            total.gzip += sizes.gzip;
            total.brotli += sizes.brotli;
        }
    }
    total
}

pub fn mb(bytes: u64) -> String {
    format!("{:.2} MB", bytes as f64 / 1_000_000.0)
}

fn print_sizes(b: &Bundle) {
    println!("\nWeb bundle written to {} ({} files)", b.dist.display(), b.files);
    println!("{:<24} {:>12} {:>12} {:>12}", "", "raw", "gzip", "brotli");
    for (name, s) in [("clickwise_bg.wasm", b.wasm), ("all files (kept offline)", b.all_files)] {
        println!("{name:<24} {:>12} {:>12} {:>12}", mb(s.raw), mb(s.gzip), mb(s.brotli));
    }
}
