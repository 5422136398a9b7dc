//! The admin's actions on the school's teachers: inviting one (a one-time link, e-mailed
//! when the server can send mail, else shown to pass on), withdrawing an invitation,
//! setting roles, making a password-reset link, and deleting an account with its classes
//! moved to another teacher or deleted. Every action names the admin's own school, so a
//! teacher of another school is "not found".

use super::account::{email_of, valid_email};
use super::classes::origin;
use super::school::page_with;
use crate::auth::{SignedForm, SignedIn};
use crate::db::links::{self, INVITE_VALID_MS, Kind, RESET_VALID_MS};
use crate::db::schools::{self, Change};
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect};
use maud::html;

/// The page after a link is made: "sent by e-mail to …", or the link to copy and pass on.
async fn link_made(
    s: &AppState,
    teacher: &SignedIn,
    to: &str,
    link: &str,
    mail: (String, String),
    title: &str,
) -> PageResult {
    let sent = match &s.mailer {
        Some(mailer) => match mailer.send(to, &mail.0, &mail.1).await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!("e-mail not sent: {e}");
                false
            }
        },
        None => false,
    };
    let body = html! {
        p { a href="/teacher/school" { "← " (tr("school-back")) } }
        h1 { (title) }
        div class="panel" role="status" {
            @if sent {
                p { (tf("school-link-sent", &[("email", to.into())])) }
            } @else {
                @if s.mailer.is_some() { p class="error" { (tr("school-link-not-sent")) } }
                p { (tf("school-link-copy", &[("email", to.into())])) }
                p { label for="link" { (tr("school-link")) } }
                input type="text" id="link" readonly value=(link) size="80";
                p class="note" { (tr("school-link-once")) }
            }
        }
    };
    Ok(Html(page(title, Some(&teacher.email), body).into_string()).into_response())
}

#[derive(serde::Deserialize)]
pub struct Invite {
    #[serde(default)]
    email: String,
}

pub async fn invite(
    State(s): State<AppState>,
    headers: HeaderMap,
    SignedForm { teacher, form: f }: SignedForm<Invite>,
) -> PageResult {
    let school_id = teacher.admin_of()?;
    let email = email_of(&f.email);
    if !valid_email(&email) {
        return page_with(&s, &teacher, Some(Err(tr("sign-up-bad-email"))), StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    let school = schools::get(&s.db, school_id).await?.ok_or_else(errors::not_found)?;
    let token = links::create(&s.db, Kind::Invite, Some(school_id), None, &email, INVITE_VALID_MS).await?;
    crate::security::event("a school admin made an invitation link");
    let link = format!("{}/teacher/invite/{token}", origin(&headers, s.secure_cookies));
    let name = super::school::name_of(&school);
    let mail = (
        tf("mail-invite-subject", &[("school", name.clone().into())]),
        tf("mail-invite-body", &[("school", name.into()), ("link", link.clone().into()), ("days", 7.into())]),
    );
    link_made(&s, &teacher, &email, &link, mail, &tr("school-invite")).await
}

#[derive(serde::Deserialize)]
pub struct Withdraw {
    #[serde(default)]
    id: String,
}

pub async fn withdraw(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<Withdraw>,
) -> PageResult {
    let school = teacher.admin_of()?;
    links::withdraw_invite(&s.db, school, &f.id).await?;
    Ok(Redirect::to("/teacher/school").into_response())
}

#[derive(serde::Deserialize)]
pub struct Roles {
    admin: Option<String>,
    view: Option<String>,
}

pub async fn roles(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<Roles>,
) -> PageResult {
    let school = teacher.admin_of()?;
    match schools::set_roles(&s.db, school, id, f.admin.is_some(), f.view.is_some()).await? {
        Change::Done => {
            crate::security::event("a school admin changed a teacher's roles");
            Ok(Redirect::to("/teacher/school").into_response())
        }
        Change::LastAdmin => {
            page_with(&s, &teacher, Some(Err(tr("school-last-admin"))), StatusCode::CONFLICT).await
        }
        Change::NotFound | Change::TooManyClasses => Err(errors::not_found().into()),
    }
}

#[derive(serde::Deserialize)]
pub struct NoFields {}

pub async fn reset_link(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    SignedForm { teacher, .. }: SignedForm<NoFields>,
) -> PageResult {
    let school = teacher.admin_of()?;
    let member = schools::member(&s.db, school, id).await?.ok_or_else(errors::not_found)?;
    let token =
        links::create(&s.db, Kind::Reset, Some(school), Some(id), &member.email, RESET_VALID_MS).await?;
    crate::security::event("a school admin made a password-reset link for a teacher");
    let link = format!("{}/teacher/reset/{token}", origin(&headers, s.secure_cookies));
    let mail = (
        tr("mail-reset-subject"),
        tf("mail-reset-body", &[("link", link.clone().into()), ("hours", 24.into())]),
    );
    link_made(&s, &teacher, &member.email, &link, mail, &tr("school-reset-link")).await
}

pub async fn delete_form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    delete_page(&s, &teacher, id, None, StatusCode::OK).await
}

async fn delete_page(
    s: &AppState,
    teacher: &SignedIn,
    id: i64,
    error: Option<String>,
    status: StatusCode,
) -> PageResult {
    let school = teacher.admin_of()?;
    let member = schools::member(&s.db, school, id).await?.ok_or_else(errors::not_found)?;
    let others: Vec<_> = schools::members(&s.db, school).await?.into_iter().filter(|m| m.id != id).collect();
    let title = tf("school-delete-title", &[("email", member.email.clone().into())]);
    let body = html! {
        p { a href="/teacher/school" { "← " (tr("school-back")) } }
        h1 { (title) }
        @if let Some(e) = &error { p class="error" role="alert" { (e) } }
        form class="panel" method="post" action=(format!("/teacher/school/staff/{id}/delete")) {
            (csrf(&teacher.csrf))
            p { (tf("school-delete-classes", &[("count", member.classes.into())])) }
            @if member.classes > 0 {
                fieldset {
                    legend { (tr("school-delete-what")) }
                    @if !others.is_empty() {
                        label { input type="radio" name="classes" value="move" checked; " " (tr("school-delete-move")) }
                        " "
                        select name="to" aria-label=(tr("school-delete-move")) {
                            @for m in &others { option value=(m.id) { (m.email) } }
                        }
                        br;
                    }
                    label { input type="radio" name="classes" value="delete" checked[others.is_empty()]; " " (tr("school-delete-also")) }
                }
            } @else {
                input type="hidden" name="classes" value="delete";
            }
            p { button type="submit" class="danger" { (tr("school-delete-button")) } }
        }
    };
    Ok((status, Html(page(&title, Some(&teacher.email), body).into_string())).into_response())
}

#[derive(serde::Deserialize)]
pub struct DeleteChoice {
    #[serde(default)]
    classes: String,
    #[serde(default)]
    to: String,
}

pub async fn delete(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<DeleteChoice>,
) -> PageResult {
    let school = teacher.admin_of()?;
    let move_to = match f.classes.as_str() {
        "move" => match f.to.trim().parse::<i64>() {
            Ok(to) => Some(to),
            Err(_) => return Err(errors::not_found().into()),
        },
        "delete" => None,
        _ => {
            let msg = tr("school-delete-what");
            return delete_page(&s, &teacher, id, Some(msg), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match schools::delete_teacher(&s.db, school, id, move_to).await? {
        Ok(done) => {
            if done.classes_deleted > 0 {
                // Their pupils' tokens went with the classes.
                s.forget_pupil_tokens();
            }
            crate::security::event(&format!(
                "a school admin deleted a teacher account ({} classes moved, {} deleted)",
                done.classes_moved, done.classes_deleted
            ));
            let msg = tf(
                "school-deleted",
                &[("moved", done.classes_moved.into()), ("deleted", done.classes_deleted.into())],
            );
            if id == teacher.id {
                // Their own account: signed out with it.
                return Ok(Redirect::to("/teacher/sign-in").into_response());
            }
            page_with(&s, &teacher, Some(Ok(msg)), StatusCode::OK).await
        }
        Err(Change::LastAdmin) => {
            delete_page(&s, &teacher, id, Some(tr("school-last-admin")), StatusCode::CONFLICT).await
        }
        Err(Change::TooManyClasses) => {
            let msg = tf("school-delete-too-many", &[("count", crate::db::classes::MAX_PER_TEACHER.into())]);
            delete_page(&s, &teacher, id, Some(msg), StatusCode::CONFLICT).await
        }
        Err(_) => Err(errors::not_found().into()),
    }
}
