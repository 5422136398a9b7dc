//! `clickwise-server [--addr 127.0.0.1:8080] [--dist dist] [--data data]`

use clickwise_server::{Config, app};

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
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("clickwise-server: cannot listen on {}: {e}", config.addr);
            return std::process::ExitCode::from(1);
        }
    };
    println!("Clickwise is ready: open http://{}/ in a browser (Ctrl+C stops the server)", config.addr);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app(&config)).with_graceful_shutdown(shutdown).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clickwise-server: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
