//! `cargo xtask bench`: figures, not pass/fail. It builds the game and a bare Bevy app
//! (`xtask/hello/`, same features, profile and pipeline) in the same run and prints, side
//! by side: wasm sizes and their ratio, where the bytes go (twiggy), the first-visit
//! download, time to the first frame and to the title screen (median of 5 cold loads
//! each, alternating), idle main-thread time, second-visit and offline bytes, how long
//! the level catalogue takes to load, and Lighthouse's scores for the game page.

use crate::cmd::{self, Result, root};
use crate::web::{Binary, Build, mb};
use clickwise_core::load::{load_level, load_playable_level};
use clickwise_core::validate::AnyAssets;
use std::path::PathBuf;
use std::time::Instant;

pub fn run() -> Result {
    let hello = build_hello()?;
    let bundle = crate::web::run()?;
    println!("\n=== bench ===");
    let ratio = bundle.wasm.brotli as f64 / hello.brotli.max(1) as f64;
    println!("{:<32} {:>10} {:>10} {:>10}", "wasm (after wasm-opt -Oz)", "raw", "gzip", "brotli");
    println!(
        "{:<32} {:>10} {:>10} {:>10}",
        "bare Bevy app (xtask/hello)",
        mb(hello.raw),
        mb(hello.gzip),
        mb(hello.brotli)
    );
    println!(
        "{:<32} {:>10} {:>10} {:>10}",
        "Clickwise",
        mb(bundle.wasm.raw),
        mb(bundle.wasm.gzip),
        mb(bundle.wasm.brotli)
    );
    println!("game / bare Bevy, brotli: {ratio:.3}x (target <= 1.05x)");
    println!("all files kept offline, brotli: {}", mb(bundle.all_files.brotli));
    crate::wasm_sizes::compare(
        &crate::web::named_copy(Binary::HELLO),
        &crate::web::named_copy(Binary::GAME),
    )?;
    catalogue_times()?;
    let server = crate::browser::start_server(&bundle.dist)?;
    let hello_server = crate::browser::start_server_with_data(&hello_dist(), "bench-hello-data")?;
    crate::browser::node_script("first-load.mjs", &server.url)?;
    let hello_url = PathBuf::from(&hello_server.url);
    crate::browser::node_script_with("bench.mjs", &server.url, &[("HELLO_URL", &hello_url)])?;
    crate::browser::node_script("offline.mjs", &server.url)?;
    let lighthouse = crate::tools::bench_packages()?.join("node_modules/.bin/lighthouse");
    crate::browser::node_script_with("lighthouse.mjs", &server.url, &[("LIGHTHOUSE", &lighthouse)])
}

fn hello_dist() -> PathBuf {
    cmd::target_dir().join("bench-hello")
}

/// The bare Bevy app's page: its wasm, a two-line page, precompressed like the game.
fn build_hello() -> Result<crate::web::Sizes> {
    let dist = hello_dist();
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let wasm = crate::web::build_wasm(Binary::HELLO, Build::Shipping, &dist)?;
    let page = root().join("xtask/hello");
    for file in ["index.html", "start.js", "hello.css"] {
        std::fs::copy(page.join(file), dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    std::fs::write(dist.join("404.html"), "not here").map_err(|e| e.to_string())?;
    let report = crate::web::precompress(&dist, Build::Shipping)?;
    Ok(report.iter().find(|(p, _)| p == &wasm).map(|(_, s)| *s).unwrap_or_default())
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
            load_playable_level(src, file, &AnyAssets).expect("a copy of a shipped level is valid");
        }
    });
    let every_rule = time(&mut || {
        for (file, src) in &hundred {
            load_level(src, file, &AnyAssets).expect("a copy of a shipped level is valid");
        }
    });
    println!(
        "level catalogue ({} levels from levels/), every rule: {shipped:.2} ms (median of 15, parse + validate + icon checks)",
        sources.len()
    );
    println!(
        "100-level catalogue in memory, as the game loads it: {big:.2} ms (median of 15, parse + playable checks; target < 50 ms)"
    );
    println!(
        "100-level catalogue in memory, every rule (the checker, the server): {every_rule:.2} ms (median of 15)"
    );
    Ok(())
}
