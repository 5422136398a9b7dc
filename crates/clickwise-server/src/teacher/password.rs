//! Changing one's password: the current one first, a new one of at least 12 characters,
//! and every other session of the account ends (whoever knew the old password is
//! signed out everywhere else).

use crate::auth::{SignedForm, SignedIn, password};
use crate::db::teachers;
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use maud::html;

fn form(teacher: &SignedIn, message: Option<&str>, done: bool, status: StatusCode) -> PageResult {
    let body = html! {
        p { a href="/teacher" { "← " (tr("home-title")) } }
        h1 { (tr("password-title")) }
        @if done { p class="panel" role="status" { (tr("password-changed")) } }
        @if let Some(m) = message { p class="error" role="alert" { (m) } }
        form method="post" action="/teacher/password" class="panel" {
            (csrf(&teacher.csrf))
            label for="current" { (tr("password-current")) }
            input type="password" id="current" name="current" autocomplete="current-password" required;
            label for="new" { (tf("password-new", &[("min", password::MIN_LENGTH.into())])) }
            input type="password" id="new" name="new" autocomplete="new-password" minlength=(password::MIN_LENGTH) required;
            " " button type="submit" { (tr("password-button")) }
        }
    };
    Ok((status, Html(page(&tr("password-title"), Some(&teacher.email), body).into_string())).into_response())
}

pub async fn show(teacher: SignedIn) -> PageResult {
    form(&teacher, None, false, StatusCode::OK)
}

#[derive(serde::Deserialize)]
pub struct NewPassword {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
}

pub async fn change(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<NewPassword>,
) -> PageResult {
    if f.new.chars().count() < password::MIN_LENGTH || f.new.len() > 200 {
        let msg = tf("sign-up-short-password", &[("min", password::MIN_LENGTH.into())]);
        return form(&teacher, Some(&msg), false, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let stored = teachers::password_hash(&s.db, teacher.id).await?;
    if !password::verify_async(f.current, stored).await {
        crate::security::event("password change refused: wrong current password");
        return form(&teacher, Some(&tr("password-wrong")), false, StatusCode::UNAUTHORIZED);
    }
    let Ok(hash) = password::hash_async(f.new).await else {
        return Ok(errors::html(StatusCode::INTERNAL_SERVER_ERROR, &tr("sign-up-not-stored")));
    };
    teachers::change_password(&s.db, teacher.id, &hash, &teacher.token_hash).await?;
    crate::security::event("a teacher changed their password; their other sessions ended");
    form(&teacher, None, true, StatusCode::OK)
}
