//! `clickwise-server [options]`: `--help` prints them (`config::HELP`).

use clickwise_server::{Config, app, open, setup_token, spawn_retention};
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
        Ok(mut c) => {
            if c.sendmail.is_none() {
                c.sendmail = std::env::var_os("CLICKWISE_SENDMAIL").filter(|v| !v.is_empty()).map(Into::into);
            }
            c
        }
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    if !config.new_school && !config.dist.join("index.html").is_file() {
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
    // The setup link goes to standard output (a script can read it), only ever printed.
    match setup_token(&state.db, config.new_school).await {
        Ok(Some(token)) => {
            // Listening on every address (0.0.0.0): the link that works on this machine.
            let mut at = config.addr;
            if at.ip().is_unspecified() {
                at.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
            }
            println!(
                "Set up your school (one-time link, valid for 7 days; from another computer or \
                 behind a proxy, use the server's own address with the same path): \
                 http://{at}/teacher/setup/{token}"
            )
        }
        Ok(None) => {}
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(1);
        }
    }
    if config.new_school {
        return std::process::ExitCode::SUCCESS;
    }
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
         Teachers sign in at: http://{0}/teacher/sign-in  Database: {1} ({2} levels)",
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
