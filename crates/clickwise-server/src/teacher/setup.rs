//! `/teacher/setup/{token}`: the one-time link a new server prints (or `--new-school`).
//! Whoever follows it names the school and makes its admin account; the link then no
//! longer works.

use super::account::{email_of, start_session, valid_email};
use super::links::{self, LinkForm};
use crate::auth::{ClientIp, password};
use crate::db::links::Kind;
use crate::db::{DbError, schools};
use crate::errors;
use crate::i18n::{self, tr};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::html;

fn form(s: &AppState, token: &str, f: &LinkForm, error: Option<&str>, status: StatusCode) -> Response {
    let fields = html! {
        label for="school" { (tr("setup-school-name")) }
        input type="text" id="school" name="school" value=(f.school) required maxlength="100";
        label for="email" { (tr("setup-admin-email")) }
        input type="email" id="email" name="email" value=(f.email) required autocomplete="username" maxlength="254";
        (links::password_field())
    };
    links::form_page(
        s,
        links::FormPage {
            title: tr("setup-title"),
            action: format!("/teacher/setup/{token}"),
            intro: html! { p { (tr("setup-intro")) } },
            fields,
            button: tr("setup-button"),
        },
        error,
        status,
    )
}

pub async fn show(State(s): State<AppState>, ClientIp(ip): ClientIp, Path(token): Path<String>) -> Response {
    match links::check(&s, &ip, &token, Kind::Setup).await {
        Ok(_) => form(&s, &token, &LinkForm::default(), None, StatusCode::OK),
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
    let ok = links::form_ok(&s, &headers, &f);
    if let Err(page) = links::check(&s, &ip, &token, Kind::Setup).await {
        return page;
    }
    if !ok {
        return form(&s, &token, &f, Some(&tr("sign-in-expired")), StatusCode::FORBIDDEN);
    }
    let name = f.school.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return form(&s, &token, &f, Some(&tr("setup-name-length")), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let email = email_of(&f.email);
    if !valid_email(&email) {
        return form(&s, &token, &f, Some(&tr("sign-up-bad-email")), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let new = match links::new_password(&f) {
        Ok(p) => p,
        Err(msg) => return form(&s, &token, &f, Some(&msg), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let Ok(hash) = password::hash_async(new).await else {
        return errors::html(StatusCode::INTERNAL_SERVER_ERROR, &tr("sign-up-not-stored"));
    };
    match made(&s, &token, &name, &email, &hash).await {
        Ok(Made::Admin(id)) => {
            crate::security::event("a school was set up from its one-time link");
            start_session(&s, id).await
        }
        Ok(Made::Taken) => form(&s, &token, &f, Some(&tr("sign-up-taken")), StatusCode::CONFLICT),
        Ok(Made::LinkGone) => links::not_valid(),
        Err(e) => errors::db_html(e),
    }
}

enum Made {
    Admin(i64),
    Taken,
    LinkGone,
}

/// The link used up, the school and its admin made: all in one transaction, so a link
/// followed twice at once makes one school, and a refused e-mail leaves the link working.
async fn made(s: &AppState, token: &str, name: &str, email: &str, hash: &str) -> Result<Made, DbError> {
    let mut tx = s.db.begin().await?;
    if crate::db::links::take(&mut tx, token, Kind::Setup).await?.is_none() {
        return Ok(Made::LinkGone);
    }
    let lang = i18n::code(i18n::lang());
    let Some(id) = schools::create_with_admin(&mut tx, name, email, hash, lang).await? else {
        return Ok(Made::Taken);
    };
    tx.commit().await?;
    Ok(Made::Admin(id))
}
