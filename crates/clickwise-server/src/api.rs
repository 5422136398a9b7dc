//! The JSON API. The class features (join a class, submit results) are added here.

use axum::{Json, Router, routing::get};

pub fn router() -> Router {
    Router::new().route("/health", get(health))
}

#[derive(serde::Serialize)]
struct Health {
    ok: bool,
}

async fn health() -> Json<Health> {
    Json(Health { ok: true })
}
