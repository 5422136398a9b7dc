//! `clickwise-server [options]`: `--help` prints them (`config::HELP`).

use clickwise_server::{Config, app, open, spawn_retention};
use std::net::SocketAddr;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    use std::io::IsTerminal;
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        print!("{}", clickwise_server::config::HELP);
        return std::process::ExitCode::SUCCESS;
    }
    let colour = std::io::stderr().is_terminal();
    tracing_subscriber::fmt().with_writer(std::io::stderr).with_target(false).with_ansi(colour).init();
    let config = match Config::from_args(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    if !config.dist.join("index.html").is_file() {
        tracing::error!("no web build in `{}` (run `cargo xtask web` first)", config.dist.display());
        return std::process::ExitCode::from(2);
    }
    let state = match open(&config).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(1);
        }
    };
    spawn_retention(&state);
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!("cannot listen on {}: {e}", config.addr);
            return std::process::ExitCode::from(1);
        }
    };
    tracing::info!(
        "Clickwise is ready (Ctrl+C stops the server). Pupils and families: http://{0}/  \
         Teachers sign up at: http://{0}/teacher/sign-up  Database: {1} ({2} levels)",
        config.addr,
        match &config.database {
            Some(url) => clickwise_server::shown(url),
            None => config.db_path().display().to_string(),
        },
        state.levels.list.len()
    );
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let service = app(&config, state).into_make_service_with_connect_info::<SocketAddr>();
    match axum::serve(listener, service).with_graceful_shutdown(shutdown).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            std::process::ExitCode::from(1)
        }
    }
}
