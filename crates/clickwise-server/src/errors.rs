//! Error replies: JSON `{"error": "..."}` for the game's API, a short page for teachers.
//! Internal details are logged, never shown. The teacher's page is in their language
//! (`server.ftl`); the API's messages, which the game shows pupils, are English for now.

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
    use crate::i18n::tr;
    let page = crate::views::layout::page(
        &tr("error-title"),
        None,
        maud::html! {
            h1 { (tr("error-sorry")) }
            p { (message) }
            p { a href="/teacher" { (tr("error-back-to-classes")) } }
        },
    );
    (status, Html(page.into_string())).into_response()
}

pub fn db_html(e: DbError) -> Response {
    tracing::error!("database: {e}");
    html(StatusCode::SERVICE_UNAVAILABLE, &crate::i18n::tr("error-database-busy"))
}

pub fn not_found() -> Response {
    html(StatusCode::NOT_FOUND, &crate::i18n::tr("error-not-found"))
}

/// What a request gets when its handler panicked (a bug): a plain 500, logged.
pub fn panicked(cause: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = cause
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| cause.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!("a request handler panicked: {what}");
    json(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on the class server.")
}
