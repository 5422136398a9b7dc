//! The printable, dated class summary (`/teacher/classes/{id}/summary`).

use super::classes::load;
use crate::auth::SignedIn;
use crate::errors::PageResult;
use crate::report;
use crate::state::AppState;
use crate::views::summary::summary_page;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};

pub async fn show(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let today = crate::views::dates::today();
    let report = report::build_on(&s.levels, &data, &today);
    Ok(Html(summary_page(&teacher.email, &data, &report, &today).into_string()).into_response())
}
