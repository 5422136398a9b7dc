//! The JSON API under `/api`: health, and the game's classroom calls. Bodies over 64 KB
//! are refused with 413 before they are read in full.

use crate::pupil_api;
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{Json, Router};

pub const MAX_BODY: usize = 64 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/join", post(pupil_api::join))
        .route("/pupil/sign-in", post(pupil_api::sign_in))
        .route("/pupil/me", get(pupil_api::me))
        .route("/results", post(pupil_api::submit))
        .layer(DefaultBodyLimit::max(MAX_BODY))
}

#[derive(serde::Serialize)]
struct Health {
    ok: bool,
}

async fn health() -> Json<Health> {
    Json(Health { ok: true })
}
