//! Removing one login card and everything stored for it: its results, badges and
//! sign-ins. This is how a school erases one child's data (a parent's request, a pupil
//! leaving), without touching the rest of the class.

use super::classes::load;
use crate::auth::{SignedForm, SignedIn};
use crate::db::pupils;
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect};
use maud::html;

/// "Remove Happy Otter and all its results?": a page of its own, so it is never a
/// slip of the mouse.
pub async fn confirm(
    State(s): State<AppState>,
    teacher: SignedIn,
    Path((id, pupil)): Path<(i64, i64)>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let Some(card) = data.pupils.iter().find(|p| p.id == pupil) else {
        return Ok(errors::not_found());
    };
    let played = data.results.iter().filter(|r| r.pupil_id == pupil).count();
    let body = html! {
        p { a href=(format!("/teacher/classes/{id}/cards")) { "← " (tr("cards-title")) } }
        h1 { (tf("remove-title", &[("nickname", crate::i18n::nickname(&card.nickname).into())])) }
        p { (tf("remove-what", &[("nickname", crate::i18n::nickname(&card.nickname).into()), ("count", played.into())])) }
        p { (tr("remove-when")) }
        form method="post" action=(format!("/teacher/classes/{id}/cards/{pupil}/remove")) {
            (csrf(&teacher.csrf))
            button type="submit" class="danger" { (tf("remove-button", &[("nickname", crate::i18n::nickname(&card.nickname).into())])) }
        }
    };
    Ok(Html(page(&tr("remove-page"), Some(&teacher.email), body).into_string()).into_response())
}

#[derive(serde::Deserialize)]
pub struct NoFields {}

pub async fn remove(
    State(s): State<AppState>,
    Path((id, pupil)): Path<(i64, i64)>,
    SignedForm { teacher, .. }: SignedForm<NoFields>,
) -> PageResult {
    load(&s, &teacher, id).await?;
    if !pupils::remove(&s.db, id, pupil).await? {
        return Ok(errors::not_found());
    }
    // Its sign-ins may be cached: they must stop working now.
    s.forget_pupil_tokens();
    crate::security::event("a teacher removed a login card and its results");
    Ok(Redirect::to(&format!("/teacher/classes/{id}/cards")).into_response())
}
