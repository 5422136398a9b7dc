//! `/teacher/invite/{token}`: an invitation from the school's admin, for one e-mail
//! address. Following it makes that teacher's account in the school (they choose the
//! password); the link then no longer works.

use super::account::start_session;
use super::links::{self, LinkForm};
use crate::auth::ClientIp;
use crate::db::links::{Kind, Link};
use crate::db::{DbError, schools};
use crate::errors;
use crate::i18n::{self, tr};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::html;

fn form(s: &AppState, token: &str, link: &Link, error: Option<&str>, status: StatusCode) -> Response {
    let intro = html! {
        p { (i18n::strong("invite-intro", "email", &link.email)) }
    };
    links::form_page(
        s,
        links::FormPage {
            title: tr("invite-title"),
            action: format!("/teacher/invite/{token}"),
            intro,
            fields: links::password_field(),
            button: tr("sign-up-button"),
        },
        error,
        status,
    )
}

pub async fn show(State(s): State<AppState>, ClientIp(ip): ClientIp, Path(token): Path<String>) -> Response {
    match links::check(&s, &ip, &token, Kind::Invite).await {
        Ok(link) => form(&s, &token, &link, None, StatusCode::OK),
        Err(page) => page,
    }
}

pub async fn accept(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(f): Form<LinkForm>,
) -> Response {
    let redraw = |link: &Link, error: Option<&str>, status| form(&s, &token, link, error, status);
    let (link, hash) = match links::posted_password(&s, &ip, &token, Kind::Invite, &headers, &f, redraw).await
    {
        Ok(posted) => posted,
        Err(page) => return page,
    };
    match joined(&s, &token, &hash).await {
        Ok(Some(Some(id))) => {
            crate::security::event("a teacher joined their school from an invitation");
            start_session(&s, id).await
        }
        Ok(Some(None)) => form(&s, &token, &link, Some(&tr("sign-up-taken")), StatusCode::CONFLICT),
        Ok(None) => links::not_valid(),
        Err(e) => errors::db_html(e),
    }
}

/// The invitation used up and the account made, in one transaction: `None` if the link
/// no longer works, `Some(None)` (the link kept) if the address already has an account.
async fn joined(s: &AppState, token: &str, hash: &str) -> Result<Option<Option<i64>>, DbError> {
    let mut tx = s.db.begin().await?;
    let Some(link) = crate::db::links::take(&mut tx, token, Kind::Invite).await? else { return Ok(None) };
    let Some(school) = link.school_id else { return Ok(None) };
    let lang = i18n::code(i18n::lang());
    let id = schools::add_teacher(&mut tx, school, &link.email, hash, lang, false).await?;
    if id.is_some() {
        tx.commit().await?;
    }
    Ok(Some(id))
}
