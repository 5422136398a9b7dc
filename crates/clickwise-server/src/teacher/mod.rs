//! The teacher's pages under `/teacher`. Every page except signing up and in takes a
//! [`SignedIn`](crate::auth::SignedIn) teacher, so none can be reached without signing in.

mod account;
mod assign;
mod card_locks;
mod card_removal;
mod cards;
mod certificates;
pub mod class_code;
pub mod class_framework;
pub mod class_language;
pub mod classes;
mod csv_file;
mod home_pack;
mod invite;
mod language;
mod links;
mod notes;
mod password;
mod pupil;
mod reset;
mod school;
mod school_view;
mod setup;
mod spreadsheets;
mod staff;
mod summary;

pub use notes::show_public as public_notes;

use crate::state::AppState;
use crate::views::layout::STYLE;
use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Redirect};
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(classes::home))
        .route(
            "/style.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response() }),
        )
        .route("/sign-up", get(account::sign_up_form).post(account::sign_up))
        .route("/sign-in", get(account::sign_in_form).post(account::sign_in))
        .route("/sign-out", post(account::sign_out))
        .route("/language", post(language::save))
        .route("/password", get(password::show).post(password::change))
        .route("/notes", get(notes::show))
        // One-time links (no session yet): setting a school up, invitations, resets.
        .route("/setup/{token}", get(setup::show).post(setup::save))
        .route("/invite/{token}", get(invite::show).post(invite::accept))
        .route("/reset/{token}", get(reset::show).post(reset::save))
        // The school's admin (404 for anyone else).
        .route("/school", get(school::show))
        .route("/school/name", post(school::rename))
        .route("/school/sign-up", post(school::set_domains))
        .route("/school/invites", post(staff::invite))
        .route("/school/invites/withdraw", post(staff::withdraw))
        .route("/school/staff/{id}/roles", post(staff::roles))
        .route("/school/staff/{id}/reset-link", post(staff::reset_link))
        .route("/school/staff/{id}/delete", get(staff::delete_form).post(staff::delete))
        // The read-only school view (404 unless the admin gave the role).
        .route("/school-view", get(school_view::show))
        .route("/classes", post(classes::create).get(|| async { Redirect::to("/teacher") }))
        .route("/classes/{id}", get(classes::dashboard))
        .route("/classes/{id}/assign", get(assign::form).post(assign::save))
        .route("/classes/{id}/cards", get(cards::show).post(cards::add))
        .route("/classes/{id}/cards/{pupil}/unlock", post(card_locks::unlock))
        .route("/classes/{id}/cards/{pupil}/new-pin", post(cards::new_pin))
        .route("/classes/{id}/cards/new-pins", post(cards::new_pins))
        .route("/classes/{id}/cards/{pupil}/remove", get(card_removal::confirm).post(card_removal::remove))
        .route("/classes/{id}/new-code", post(class_code::rotate))
        .route("/classes/{id}/language", post(class_language::save))
        .route("/classes/{id}/framework", post(class_framework::save))
        .route("/classes/{id}/pupils/{pupil}", get(pupil::show))
        .route("/classes/{id}/results.csv", get(spreadsheets::results))
        .route("/classes/{id}/summary.csv", get(spreadsheets::summary))
        .route("/classes/{id}/summary", get(summary::show))
        .route("/classes/{id}/certificates", get(certificates::show))
        .route("/classes/{id}/home-pack", get(home_pack::show))
        .route("/classes/{id}/retention", get(classes::retention_form).post(classes::set_retention))
        .route("/classes/{id}/delete", get(classes::delete_form).post(classes::delete))
        // Pages with pupils' results must not linger in a shared computer's cache.
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        ))
}
