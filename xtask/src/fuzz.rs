//! `cargo xtask fuzz [--secs N]`: runs each fuzz target in `fuzz/` (libFuzzer, through
//! cargo-fuzz) for N seconds (default 120), seeded with the shipped levels and the sample
//! saves and results in `fuzz/seeds/`, and prints how many inputs each ran. Any crash
//! fails the command; libFuzzer leaves the input in `fuzz/artifacts/<target>/`, to become
//! a regression test in the normal suite.

use crate::cmd::{self, Result, root};
use std::process::{Command, Stdio};

const TARGETS: [&str; 3] = ["level", "save", "result"];

pub fn run(args: &[String]) -> Result {
    let secs: u64 = match args {
        [] => 120,
        [flag, n] if flag == "--secs" => {
            n.parse().map_err(|_| format!("--secs wants a number, not `{n}`"))?
        }
        _ => return Err("usage: cargo xtask fuzz [--secs N]".into()),
    };
    if cmd::output("cargo", &["fuzz", "--version"]).is_none() {
        cmd::run(&cmd::cargo(), &["install", "cargo-fuzz", "--version", "0.13.2"])?;
    }
    let fuzz = root().join("fuzz");
    let mut counts = Vec::new();
    for target in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        seed(target, &corpus)?;
        println!("\n=== fuzz {target} for {secs} s ===");
        // cargo-fuzz needs nightly flags (sanitizers); this lets the stable toolchain take them.
        let out = Command::new("cargo")
            .args(["fuzz", "run", "-O", target])
            .arg(&corpus)
            .arg("--")
            .arg(format!("-max_total_time={secs}"))
            .args(["-print_final_stats=1", "-max_len=65536"])
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(root())
            .stdout(Stdio::inherit())
            .output()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr);
        let runs = log
            .lines()
            .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
            .and_then(|n| n.trim().parse::<u64>().ok());
        if !out.status.success() {
            eprintln!(
                "{}",
                log.lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            return Err(format!("fuzz target `{target}` found a crash (see fuzz/artifacts/{target}/)"));
        }
        counts.push((target, runs.unwrap_or(0)));
    }
    println!("\n=== fuzzing summary ===");
    for (target, runs) in &counts {
        println!("{target:<8} {runs:>12} executions, 0 crashes");
    }
    println!("{:<8} {:>12} executions in all", "total", counts.iter().map(|(_, n)| n).sum::<u64>());
    Ok(())
}

/// Puts the seeds for `target` in its corpus folder: every shipped level for `level`, the
/// samples in `fuzz/seeds/<target>/` for the others.
fn seed(target: &str, corpus: &std::path::Path) -> Result {
    std::fs::create_dir_all(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let from = if target == "level" { root().join("levels") } else { root().join("fuzz/seeds").join(target) };
    for entry in std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))?.flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, corpus.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
