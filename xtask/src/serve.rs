//! `cargo xtask serve`: build the web bundle, then run the class server on it.

use crate::cmd::{self, Result, root};

pub fn run(args: &[String]) -> Result {
    let bundle = crate::web::run()?;
    let mut server_args = vec!["run", "--release", "-p", "clickwise-server", "--", "--dist"];
    let dist = bundle.dist.to_string_lossy().into_owned();
    server_args.push(&dist);
    let data = root().join("data").to_string_lossy().into_owned();
    server_args.extend(["--data", &data]);
    let extra: Vec<&str> = args.iter().map(String::as_str).collect();
    if !extra.contains(&"--addr") {
        server_args.extend(["--addr", "127.0.0.1:8080"]);
    }
    server_args.extend(extra);
    cmd::run(&cmd::cargo(), &server_args)
}
