//! Makes sure the tools the web build and the browser test need are here, installing
//! what can be installed and saying exactly what is missing otherwise.

use crate::cmd::{self, Result, output, root, run};
use std::path::PathBuf;

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

pub fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run("rustup", &["target", "add", "wasm32-unknown-unknown"]).map_err(|e| {
        format!("{e}\nThe web build needs the wasm32 target: run `rustup target add wasm32-unknown-unknown`.")
    })
}

pub fn wasm_bindgen_cli() -> Result {
    let want = wasm_bindgen_version()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) {
        return Ok(());
    }
    println!(
        "wasm-bindgen-cli {want} is needed (found: {}); installing it.",
        if have.is_empty() { "none" } else { &have }
    );
    run(&cmd::cargo(), &["install", "wasm-bindgen-cli", "--version", &want])
        .map_err(|e| format!("{e}\nInstall it with `cargo install wasm-bindgen-cli --version {want}`."))
}

/// The node packages (a current binaryen for wasm-opt, playwright-core for the browser
/// tests, axe-core for the accessibility test).
pub fn node_packages() -> Result<PathBuf> {
    npm_ci("xtask/js", &["binaryen", "playwright-core", "axe-core"])
}

/// Lighthouse, for `cargo xtask bench` only: kept apart so the test run never downloads it.
pub fn bench_packages() -> Result<PathBuf> {
    npm_ci("xtask/js-bench", &["lighthouse"])
}

/// Installs `dir`'s locked packages when any of `packages` is missing.
fn npm_ci(dir: &str, packages: &[&str]) -> Result<PathBuf> {
    let dir = root().join(dir);
    if output("npm", &["--version"]).is_none() {
        return Err(
            "npm is needed (Node.js 18 or later): install it, e.g. `apt-get install nodejs npm`.".into()
        );
    }
    if packages.iter().any(|p| !dir.join("node_modules").join(p).exists()) {
        cmd::run_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    Ok(dir)
}

pub fn wasm_opt() -> Result<PathBuf> {
    Ok(node_packages()?.join("node_modules/.bin/wasm-opt"))
}

/// Debian's Chromium (never a downloaded browser).
pub fn chromium() -> Result<PathBuf> {
    for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if std::path::Path::new(path).exists() {
            return Ok(path.into());
        }
    }
    println!("Chromium is needed for the browser test; installing Debian's package.");
    apt_install("chromium")
        .map_err(|e| format!("{e}\nThe browser test needs Chromium: run `sudo apt-get install chromium`."))?;
    Ok("/usr/bin/chromium".into())
}

/// The folder of Debian's PostgreSQL programs (`/usr/lib/postgresql/<version>/bin`, the
/// newest there), for the server's tests on PostgreSQL; installs the package if missing.
pub fn postgresql() -> Result<PathBuf> {
    if let Some(bin) = postgresql_bin() {
        return Ok(bin);
    }
    println!("PostgreSQL is needed for the server's tests on PostgreSQL; installing Debian's package.");
    apt_install("postgresql").map_err(|e| {
        format!("{e}\nThe server's tests need PostgreSQL: run `sudo apt-get install postgresql`.")
    })?;
    postgresql_bin()
        .ok_or_else(|| "the postgresql package installed no /usr/lib/postgresql/*/bin/initdb".into())
}

fn postgresql_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin): &(u32, PathBuf)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

/// `apt-get install -y PACKAGE` (through `sudo -n` unless root), after an update.
fn apt_install(package: &str) -> Result {
    let is_root = output("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        if is_root { run("apt-get", args) } else { run("sudo", &[&["-n", "apt-get"], args].concat()) }
    };
    apt(&["update"]).and_then(|_| apt(&["install", "-y", package]))
}

/// Says how much disk is free where cargo builds: a cold run of every stage fills several
/// gigabytes, and a full disk shows up later as a linker's bus error, far from the cause.
pub fn disk_space() -> Result {
    let dir = crate::cmd::target_dir();
    let probe = if dir.exists() { dir } else { crate::cmd::root() };
    let Some(df) = crate::cmd::output("df", &["-Pk", &probe.to_string_lossy()]) else {
        return Ok(());
    };
    let free_kb =
        df.lines().nth(1).and_then(|l| l.split_whitespace().nth(3)).and_then(|f| f.parse::<u64>().ok());
    if let Some(free_kb) = free_kb {
        let free_gb = free_kb as f64 / 1024.0 / 1024.0;
        println!("{free_gb:.1} GB free for {}", probe.display());
        if free_gb < NEEDED_GB {
            println!(
                "warning: a cold run of every stage needs about {NEEDED_GB} GB of disk; builds may fail with \"No space left on device\""
            );
        }
    }
    Ok(())
}

/// The target folder after a cold `.ci/run` measured 5.2 GB; twice that leaves room.
const NEEDED_GB: f64 = 10.0;
