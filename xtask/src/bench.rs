//! `cargo xtask bench`: figures, not pass/fail: download sizes, time to the first
//! painted frame in headless Chromium, how long the level catalogue takes to load, and
//! Lighthouse's accessibility and best-practices scores for the game page.

use crate::cmd::{Result, root};
use crate::web::mb;
use clickwise_core::load::load_level;
use clickwise_core::validate::AnyAssets;
use std::time::Instant;

pub fn run() -> Result {
    let bundle = crate::web::run()?;
    println!("\n=== bench ===");
    println!(
        "wasm: raw {} / gzip {} / brotli {}",
        mb(bundle.wasm.raw),
        mb(bundle.wasm.gzip),
        mb(bundle.wasm.brotli)
    );
    println!("first load, all files, brotli: {} (target <= 3.00 MB)", mb(bundle.first_load.brotli));
    catalogue_times()?;
    let server = crate::browser::start_server(&bundle.dist)?;
    crate::browser::node_script("first-paint.mjs", &server.url)?;
    let lighthouse = crate::tools::bench_packages()?.join("node_modules/.bin/lighthouse");
    crate::browser::node_script_with("lighthouse.mjs", &server.url, &[("LIGHTHOUSE", &lighthouse)])
}

/// Parses and validates the shipped levels, and a 100-level catalogue made from them.
fn catalogue_times() -> Result {
    let dir = root().join("levels");
    let time = |f: &mut dyn FnMut()| {
        let mut runs: Vec<f64> = (0..15)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        runs[runs.len() / 2]
    };
    let shipped = time(&mut || {
        let report = clickwise_core::catalogue::check_folder(&dir);
        assert!(report.problems.is_empty(), "levels/ has problems: run the level checker");
    });
    let sources: Vec<String> = clickwise_core::catalogue::check_folder(&dir)
        .levels
        .iter()
        .map(|l| std::fs::read_to_string(dir.join(format!("{}.level.ron", l.id))).unwrap_or_default())
        .filter(|s| !s.is_empty())
        .collect();
    if sources.is_empty() {
        return Err("no level sources found to build the 100-level catalogue".into());
    }
    let hundred: Vec<(String, String)> = (0..100)
        .map(|i| {
            let src = &sources[i % sources.len()];
            let id = format!("bench-{i}");
            // Give each copy its own id, as a real catalogue would have.
            let start = src.find("id: \"").unwrap_or(0) + 5;
            let end = start + src[start..].find('"').unwrap_or(0);
            (format!("{id}.level.ron"), format!("{}{id}{}", &src[..start], &src[end..]))
        })
        .collect();
    let big = time(&mut || {
        for (file, src) in &hundred {
            load_level(src, file, &AnyAssets).expect("a copy of a shipped level is valid");
        }
    });
    println!(
        "level catalogue ({} levels from levels/): {shipped:.2} ms (median of 15, parse + validate + icon checks)",
        sources.len()
    );
    println!("100-level catalogue in memory: {big:.2} ms (median of 15, parse + validate; target < 50 ms)");
    Ok(())
}
