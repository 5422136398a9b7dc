//! `/teacher/reset/{token}`: a password-reset link the school's admin made for a teacher.
//! Following it sets a new password (at least 12 characters) and ends every session of
//! that account; the link, and any other reset link for the account, then no longer work.

use super::links::{self, LinkForm};
use crate::auth::ClientIp;
use crate::db::links::{Kind, Link};
use crate::db::{DbError, teachers};
use crate::errors;
use crate::i18n::{self, tr};
use crate::state::AppState;
use crate::views::layout::page;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use maud::html;

fn form(s: &AppState, token: &str, link: &Link, error: Option<&str>, status: StatusCode) -> Response {
    links::form_page(
        s,
        links::FormPage {
            title: tr("reset-title"),
            action: format!("/teacher/reset/{token}"),
            intro: html! { p { (i18n::strong("reset-intro", "email", &link.email)) } },
            fields: links::password_field(),
            button: tr("reset-button"),
        },
        error,
        status,
    )
}

pub async fn show(State(s): State<AppState>, ClientIp(ip): ClientIp, Path(token): Path<String>) -> Response {
    match links::check(&s, &ip, &token, Kind::Reset).await {
        Ok(link) => form(&s, &token, &link, None, StatusCode::OK),
        Err(page) => page,
    }
}

pub async fn save(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(f): Form<LinkForm>,
) -> Response {
    let redraw = |link: &Link, error: Option<&str>, status| form(&s, &token, link, error, status);
    let (_, hash) = match links::posted_password(&s, &ip, &token, Kind::Reset, &headers, &f, redraw).await {
        Ok(posted) => posted,
        Err(page) => return page,
    };
    match reset(&s, &token, &hash).await {
        Ok(true) => {
            crate::security::event(
                "a teacher's password was reset from a reset link; all their sessions ended",
            );
            let lang = i18n::code(i18n::lang());
            let body = html! {
                h1 { (tr("reset-title")) }
                p class="panel" role="status" { (tr("reset-done")) " "
                    a href=(format!("/teacher/sign-in?lang={lang}")) { (tr("sign-in-button")) } }
            };
            Html(page(&tr("reset-title"), None, body).into_string()).into_response()
        }
        Ok(false) => links::not_valid(),
        Err(e) => errors::db_html(e),
    }
}

/// The link used up, the password stored and every session ended, in one transaction.
async fn reset(s: &AppState, token: &str, hash: &str) -> Result<bool, DbError> {
    let mut tx = s.db.begin().await?;
    let Some(link) = crate::db::links::take(&mut tx, token, Kind::Reset).await? else { return Ok(false) };
    let (Some(teacher), Some(school)) = (link.teacher_id, link.school_id) else { return Ok(false) };
    if !teachers::reset_password(&mut tx, teacher, school, hash).await? {
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}
