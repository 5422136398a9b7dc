//! The test programs `cargo test --workspace` built for one package, so a stage can run
//! them again (the server's suite on PostgreSQL) without building anything. Asking cargo
//! for `-p <package>` instead would unify features differently and rebuild half the
//! dependency tree: minutes of CI time and gigabytes of disk.

use crate::cmd::{self, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The test executables of the package in `package_dir` (relative to the repository).
pub fn of_package(package_dir: &str) -> Result<Vec<PathBuf>> {
    let manifest = cmd::root().join(package_dir).join("Cargo.toml");
    let args = ["test", "--workspace", "--no-run", "--message-format=json-render-diagnostics"];
    println!("$ cargo {}", args.join(" "));
    let out = Command::new(cmd::cargo())
        .args(args)
        .current_dir(cmd::root())
        .output()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!("`cargo {}` failed ({})", args.join(" "), out.status));
    }
    let mut found = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let built_here = message["manifest_path"].as_str().is_some_and(|m| Path::new(m) == manifest);
        let is_test = message["reason"] == "compiler-artifact" && message["profile"]["test"] == true;
        if is_test
            && built_here
            && let Some(exe) = message["executable"].as_str()
        {
            found.push(PathBuf::from(exe));
        }
    }
    if found.is_empty() {
        return Err(format!("cargo built no tests for {}", manifest.display()));
    }
    Ok(found)
}

/// Runs each program as `cargo test` would: from the package's folder, with `env` set.
pub fn run_all(package_dir: &str, programs: &[PathBuf], env: &[(&str, &str)]) -> Result {
    let dir = cmd::root().join(package_dir);
    for (k, _) in env {
        println!("(with {k} set)");
    }
    for program in programs {
        cmd::run_full(&dir, &program.to_string_lossy(), &[], env)?;
    }
    Ok(())
}
