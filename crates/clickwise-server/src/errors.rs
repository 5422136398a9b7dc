//! Error replies: JSON `{"error": "..."}` for the game's API, a short page for teachers.
//! Internal details are logged, never shown.

use crate::db::DbError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use clickwise_core::classroom::ErrorReply;

/// A refusal from the game's JSON API: a status and what the game is told. `?` turns a
/// database error into one (logged; the game is told to try again later).
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

/// What an API handler returns.
pub type ApiResult = Result<Response, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into() }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json(self.status, self.message)
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        tracing::error!("database: {e}");
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, DB_BUSY_JSON)
    }
}

const DB_BUSY_JSON: &str = "The class server is busy. Your result is kept and will be sent again.";

/// A teacher page that couldn't be shown: the short page it becomes (boxed: a response is
/// large to move around). `?` turns a database error into one.
#[derive(Debug)]
pub struct PageError(Box<Response>);

/// What a teacher page handler returns.
pub type PageResult = Result<Response, PageError>;

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<DbError> for PageError {
    fn from(e: DbError) -> Self {
        PageError(Box::new(db_html(e)))
    }
}

impl From<Response> for PageError {
    fn from(r: Response) -> Self {
        PageError(Box::new(r))
    }
}

pub fn json(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(ErrorReply { error: message.into() })).into_response()
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
    tracing::error!("database: {e}");
    html(
        StatusCode::SERVICE_UNAVAILABLE,
        "The database is busy or unavailable just now. Please try again in a moment.",
    )
}

pub fn not_found() -> Response {
    html(StatusCode::NOT_FOUND, "There is no such page, or it belongs to another teacher.")
}
