//! `cargo xtask bench-server`: result submissions per second with concurrent clients, and
//! the dashboard's render time for 30 pupils × 50 levels (see the server's `examples/bench.rs`).
//!
//! `cargo xtask bench-server --postgres [--scale F] [--dev]`: a grid on a temporary PostgreSQL
//! (500 schools, 8,000 classes, 200,000 pupils, a year of results; `--scale 0.1` a tenth):
//! submissions per second with two server instances, dashboard and school-view times, and
//! the retention delete's (the server's `examples/grid_bench.rs`).

use crate::cmd::{self, Result};

pub fn run(args: &[String]) -> Result {
    if !args.iter().any(|a| a == "--postgres") {
        return cmd::run(
            &cmd::cargo(),
            &["run", "--release", "-p", "clickwise-server", "--example", "bench"],
        );
    }
    let scale = match args.iter().position(|a| a == "--scale") {
        Some(i) => {
            let v = args.get(i + 1).ok_or("--scale needs a number (1 = the full grid)")?;
            v.parse::<f64>()
                .ok()
                .filter(|s| *s > 0.0 && *s <= 1.0)
                .ok_or(format!("--scale: `{v}` is not in (0, 1]"))?;
            v.clone()
        }
        None => "1".into(),
    };
    // A durable server, as a grid would run (the tests' one doesn't fsync).
    let postgres = crate::postgres::TempPostgres::start(true)?;
    let url = postgres.url();
    let cargo = cmd::cargo();
    // `--dev`: the dev profile, whose build is much quicker than the release one (LTO, one
    // codegen unit); its figures say so.
    let profile: &[&str] = if args.iter().any(|a| a == "--dev") { &[] } else { &["--release"] };
    let run = ["run", "-p", "clickwise-server", "--example", "grid_bench", "--"];
    cmd::run(&cargo, &[&run[..1], profile, &run[1..], &["--database", &url, "--scale", &scale]].concat())
}
