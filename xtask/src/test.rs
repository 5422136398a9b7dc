//! `cargo xtask test`: every test, in the order that fails fastest.

use crate::cmd::{self, Result};
use std::time::Instant;

pub fn run() -> Result {
    let mut times = Vec::new();
    let mut stage = |name: &str, f: &mut dyn FnMut() -> Result| -> Result {
        println!("\n=== {name} ===");
        let t = Instant::now();
        let r = f();
        times.push((name.to_owned(), t.elapsed().as_secs(), r.is_ok()));
        r.map_err(|e| format!("{name}: {e}"))
    };
    let cargo = cmd::cargo();
    let result = (|| {
        stage("tools", &mut || {
            crate::tools::wasm_target()?;
            crate::tools::wasm_bindgen_cli()?;
            crate::tools::node_packages()?;
            crate::tools::chromium()?;
            crate::tools::postgresql()?;
            crate::tools::disk_space()
        })?;
        stage("format", &mut || cmd::run(&cargo, &["fmt", "--all", "--check"]))?;
        stage("module layers", &mut || crate::layers::run())?;
        stage("unit, headless game and server tests", &mut || cmd::run(&cargo, &["test", "--workspace"]))?;
        stage("server tests on PostgreSQL", &mut server_tests_on_postgres)?;
        // Reuses the proc-macros and build scripts the tests just built (see `lto` in the
        // dev profile of Cargo.toml for what once stopped that).
        stage("clippy", &mut || {
            cmd::run(&cargo, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
        })?;
        stage("level checker", &mut || {
            cmd::run(&cargo, &["run", "-q", "-p", "clickwise-core", "--bin", "levelcheck", "--", "levels/"])
        })?;
        let mut dist = None;
        stage("web build", &mut || {
            dist = Some(crate::web::build(crate::web::Build::Test)?.dist);
            Ok(())
        })?;
        // One class server (built with the tests above, a fresh database) for all three.
        let mut server = None;
        stage("class server for the browser tests", &mut || {
            server = Some(crate::browser::start_server(dist.as_ref().expect("built above"))?);
            Ok(())
        })?;
        let url = server.as_ref().expect("started above").url.clone();
        stage("browser test (headless Chromium)", &mut || crate::browser::node_script("play.mjs", &url))?;
        stage("classroom browser test", &mut || crate::browser::node_script("classroom.mjs", &url))?;
        stage("Welsh browser test", &mut || crate::browser::node_script("welsh.mjs", &url))?;
        stage("offline browser test (service worker)", &mut || {
            crate::browser::node_script("offline.mjs", &url)
        })?;
        stage("accessibility browser test (DOM mirror, axe-core)", &mut || {
            crate::browser::node_script("a11y.mjs", &url)
        })
    })();
    println!("\n=== summary ===");
    for (name, secs, ok) in &times {
        println!("{:<40} {:>5}s  {}", name, secs, if *ok { "ok" } else { "FAILED" });
    }
    result
}

/// The server's whole suite again, on a temporary PostgreSQL (`cargo xtask test-postgres`
/// runs only this): the programs `cargo test --workspace` built, nothing rebuilt.
pub fn server_tests_on_postgres() -> Result {
    let programs = crate::test_binaries::of_package("crates/clickwise-server")?;
    let postgres = crate::postgres::TempPostgres::start(false)?;
    crate::test_binaries::run_all(
        "crates/clickwise-server",
        &programs,
        &[("CLICKWISE_TEST_POSTGRES", &postgres.url())],
    )
}
