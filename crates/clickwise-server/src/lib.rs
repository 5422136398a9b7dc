//! The classroom server. Today it serves the web build; the class API (`api`) and the
//! SQLite store (under `Config::data_dir`) are where the classroom features slot in.

pub mod api;
pub mod config;
pub mod headers;
pub mod static_files;

pub use config::Config;

use axum::Router;

/// The whole app: the API under `/api`, everything else from the web build.
pub fn app(config: &Config) -> Router {
    headers::apply(
        Router::new().nest("/api", api::router()).fallback_service(static_files::service(&config.dist)),
    )
}
