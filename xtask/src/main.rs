//! `cargo xtask <command>`: the project's build, serve, test and bench commands.
//!
//! - `web`   builds the web bundle into `dist/` and prints its sizes (`--for-tests`: the
//!   quick build the browser tests use);
//! - `serve` builds it and runs the class server on 127.0.0.1:8080;
//! - `test`  installs what is missing, then runs every test, including a real browser;
//! - `test-postgres` runs the server's tests again on a temporary PostgreSQL;
//! - `bench` builds the game beside a bare Bevy app and prints sizes, start-up times,
//!   idle cost, second-visit and offline bytes, and level-loading time;
//! - `wasm-sizes` prints, by crate, where the last bench's wasm bytes went (twiggy);
//! - `fuzz`  runs the fuzz targets (the level, save and result loaders) and prints their counts;
//! - `layers` checks that the game's modules import only the layers below them;
//! - `bench-server` prints result submissions per second and the dashboard's render time;
//!   `--postgres` simulates a grid on a temporary PostgreSQL (`--scale F` shrinks it).

mod bench;
mod bench_server;
mod browser;
mod cmd;
mod compress;
mod fuzz;
mod hashed;
mod layers;
mod postgres;
mod serve;
mod test;
mod test_binaries;
mod tools;
mod wasm_sizes;
mod web;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("web") if args.get(1).map(String::as_str) == Some("--for-tests") => {
            web::build(web::Build::Test).map(|_| ())
        }
        Some("web") => web::run().map(|_| ()),
        Some("serve") => serve::run(&args[1..]),
        Some("test") => test::run(),
        Some("test-postgres") => test::server_tests_on_postgres(),
        Some("bench") => bench::run(),
        Some("wasm-sizes") => {
            wasm_sizes::compare(&web::named_copy(web::Binary::HELLO), &web::named_copy(web::Binary::GAME))
        }
        Some("bench-server") => bench_server::run(&args[1..]),
        Some("layers") => layers::run(),
        Some("fuzz") => fuzz::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <web [--for-tests] | serve [--addr 127.0.0.1:8080] | test | test-postgres | layers | fuzz [--secs N] | bench | wasm-sizes | bench-server [--postgres [--scale F] [--dev]]>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}
