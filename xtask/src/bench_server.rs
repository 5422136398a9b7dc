//! `cargo xtask bench-server`: result submissions per second with concurrent clients, and
//! the dashboard's render time for 30 pupils × 50 levels (see the server's `examples/bench.rs`).

use crate::cmd::{self, Result};

pub fn run() -> Result {
    cmd::run(&cmd::cargo(), &["run", "--release", "-p", "clickwise-server", "--example", "bench"])
}
