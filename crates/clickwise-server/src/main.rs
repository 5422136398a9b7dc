//! `clickwise-server [--addr 127.0.0.1:8080] [--dist dist] [--data data] [--db FILE]
//! [--levels DIR] [--secure-cookies] [--sync full]`

use clickwise_server::{Config, app, open, spawn_retention};
use std::net::SocketAddr;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = match Config::from_args(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("clickwise-server: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    if !config.dist.join("index.html").is_file() {
        eprintln!(
            "clickwise-server: no web build in `{}` (run `cargo xtask web` first)",
            config.dist.display()
        );
        return std::process::ExitCode::from(2);
    }
    let state = match open(&config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("clickwise-server: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    spawn_retention(state.db.clone());
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("clickwise-server: cannot listen on {}: {e}", config.addr);
            return std::process::ExitCode::from(1);
        }
    };
    println!("Clickwise is ready (Ctrl+C stops the server):");
    println!("  Pupils and families: http://{}/", config.addr);
    println!("  Teachers sign up at: http://{}/teacher/sign-up", config.addr);
    println!("  Database: {} ({} levels)", config.db_path().display(), state.levels.list.len());
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let service = app(&config, state).into_make_service_with_connect_info::<SocketAddr>();
    match axum::serve(listener, service).with_graceful_shutdown(shutdown).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clickwise-server: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
