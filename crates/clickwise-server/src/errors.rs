//! Error replies: JSON `{"error": "..."}` for the game's API, a short page for teachers.
//! Internal details are logged, never shown.

use crate::db::DbError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use clickwise_core::classroom::ErrorReply;

pub fn json(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(ErrorReply { error: message.into() })).into_response()
}

pub fn db_json(e: DbError) -> Response {
    eprintln!("clickwise-server: database: {e}");
    json(
        StatusCode::SERVICE_UNAVAILABLE,
        "The class server is busy. Your result is kept and will be sent again.",
    )
}

pub fn html(status: StatusCode, message: &str) -> Response {
    let page = crate::views::layout::page(
        "Something went wrong",
        None,
        maud::html! {
            h1 { "Sorry" }
            p { (message) }
            p { a href="/teacher" { "Back to your classes" } }
        },
    );
    (status, Html(page.into_string())).into_response()
}

pub fn db_html(e: DbError) -> Response {
    eprintln!("clickwise-server: database: {e}");
    html(
        StatusCode::SERVICE_UNAVAILABLE,
        "The database is busy or unavailable just now. Please try again in a moment.",
    )
}

pub fn not_found() -> Response {
    html(StatusCode::NOT_FOUND, "There is no such page, or it belongs to another teacher.")
}
