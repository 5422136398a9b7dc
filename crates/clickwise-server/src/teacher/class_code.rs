//! A new class code, when the old one got out (posted somewhere, or shared beyond the
//! class). The old code stops working at once; devices already signed in carry on.

use crate::auth::SignedForm;
use crate::db::classes;
use crate::errors::{self, PageResult};
use crate::i18n::tr;
use crate::state::AppState;
use crate::views::layout::csrf;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use maud::{Markup, html};

#[derive(serde::Deserialize)]
pub struct NoFields {}

pub async fn rotate(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, .. }: SignedForm<NoFields>,
) -> PageResult {
    if !classes::new_code(&s.db, teacher.id, id).await? {
        return Ok(errors::not_found());
    }
    crate::security::event("a teacher gave a class a new code");
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}

/// The button on the class page.
pub fn form(class: i64, token: &str) -> Markup {
    html! {
        form class="no-print panel" method="post" action=(format!("/teacher/classes/{class}/new-code")) {
            (csrf(token))
            button type="submit" class="secondary" { (tr("new-code-button")) }
            p class="note" { (tr("new-code-note")) }
        }
    }
}
