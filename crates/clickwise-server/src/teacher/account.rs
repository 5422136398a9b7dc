//! Signing up, in and out. The sign-up and sign-in forms have no session yet, so their
//! CSRF check is a double-submit cookie: the form's hidden token must match the cookie.

use crate::auth::session::{SESSION_HOURS, cookie, set_cookie};
use crate::auth::token::{hash_token, new_token, same};
use crate::auth::{ClientIp, SESSION_COOKIE, SignedIn, password};
use crate::db::teachers;
use crate::errors;
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::html;

const FORM_COOKIE: &str = "cw_form";

#[derive(serde::Deserialize)]
pub struct Credentials {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

fn form_page(
    s: &AppState,
    signing_up: bool,
    email: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let token = new_token();
    let (title, action, button) = if signing_up {
        ("Create a teacher account", "/teacher/sign-up", "Create account")
    } else {
        ("Sign in", "/teacher/sign-in", "Sign in")
    };
    let body = html! {
        h1 { (title) }
        div class="panel" {
            @if let Some(e) = error { p class="error" role="alert" { (e) } }
            form method="post" action=(action) {
                (csrf(&token))
                label for="email" { "School email address" }
                input type="email" id="email" name="email" value=(email) required autocomplete="username" maxlength="254";
                label for="password" { "Password" @if signing_up { " (at least " (password::MIN_LENGTH) " characters)" } }
                input type="password" id="password" name="password" required
                    autocomplete=(if signing_up { "new-password" } else { "current-password" }) maxlength="200";
                p { button type="submit" { (button) } }
            }
            @if signing_up {
                p { "Already have an account? " a href="/teacher/sign-in" { "Sign in" } }
                p class="note" { "Clickwise keeps your email and a scrambled (hashed) password. Pupils never give their names: they use the nickname cards you print." }
            } @else {
                p { "New here? " a href="/teacher/sign-up" { "Create a teacher account" } }
            }
        }
    };
    let mut response = (status, Html(page(title, None, body).into_string())).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(FORM_COOKIE, &token, 3600, s.secure_cookies));
    response
}

pub async fn sign_up_form(State(s): State<AppState>) -> Response {
    form_page(&s, true, "", None, StatusCode::OK)
}

pub async fn sign_in_form(State(s): State<AppState>) -> Response {
    form_page(&s, false, "", None, StatusCode::OK)
}

fn form_token_ok(headers: &HeaderMap, sent: &str) -> bool {
    cookie(headers, FORM_COOKIE).is_some_and(|c| !sent.is_empty() && same(&c, sent))
}

fn valid_email(email: &str) -> bool {
    email.len() <= 254 && email.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
}

pub async fn sign_up(State(s): State<AppState>, headers: HeaderMap, Form(f): Form<Credentials>) -> Response {
    if !form_token_ok(&headers, &f.csrf) {
        return form_page(
            &s,
            true,
            "",
            Some("That form had expired. Please try again."),
            StatusCode::FORBIDDEN,
        );
    }
    let email = f.email.trim().to_lowercase();
    if !valid_email(&email) {
        return form_page(
            &s,
            true,
            &email,
            Some("Please give a full email address."),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if f.password.chars().count() < password::MIN_LENGTH || f.password.len() > 200 {
        let msg = format!("Please choose a password of at least {} characters.", password::MIN_LENGTH);
        return form_page(&s, true, &email, Some(&msg), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let Ok(hash) = password::hash(&f.password) else {
        return errors::html(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The password couldn't be stored. Please try again.",
        );
    };
    match teachers::create(&s.db, &email, &hash).await {
        Ok(Some(id)) => start_session(&s, id).await,
        Ok(None) => form_page(
            &s,
            true,
            &email,
            Some("There is already an account for that email. Sign in instead."),
            StatusCode::CONFLICT,
        ),
        Err(e) => errors::db_html(e),
    }
}

pub async fn sign_in(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(f): Form<Credentials>,
) -> Response {
    if !form_token_ok(&headers, &f.csrf) {
        return form_page(
            &s,
            false,
            "",
            Some("That form had expired. Please try again."),
            StatusCode::FORBIDDEN,
        );
    }
    let email = f.email.trim().to_lowercase();
    // Count every try, per address and per account, before checking anything.
    let by_ip = s.limits.sign_in.allow(&format!("ip:{ip}"));
    let by_email = s.limits.sign_in.allow(&format!("email:{email}"));
    if !(by_ip && by_email) {
        return form_page(
            &s,
            false,
            &email,
            Some("Too many tries. Please wait a minute and try again."),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let found = match teachers::find_login(&s.db, &email).await {
        Ok(found) => found,
        Err(e) => return errors::db_html(e),
    };
    match found {
        Some((id, hash)) if password::verify(&f.password, &hash) => start_session(&s, id).await,
        found => {
            if found.is_none() {
                password::verify_nothing(&f.password);
            }
            form_page(
                &s,
                false,
                &email,
                Some("That email and password don't match an account."),
                StatusCode::UNAUTHORIZED,
            )
        }
    }
}

async fn start_session(s: &AppState, teacher: i64) -> Response {
    let token = new_token();
    if let Err(e) =
        teachers::start_session(&s.db, teacher, &hash_token(&token), &new_token(), SESSION_HOURS).await
    {
        return errors::db_html(e);
    }
    let mut response = Redirect::to("/teacher").into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, &token, SESSION_HOURS * 3600, s.secure_cookies),
    );
    headers.append(header::SET_COOKIE, set_cookie(FORM_COOKIE, "", 0, s.secure_cookies));
    response
}

pub async fn sign_out(State(s): State<AppState>, teacher: SignedIn) -> Response {
    if let Err(e) = teachers::end_session(&s.db, &teacher.token_hash).await {
        return errors::db_html(e);
    }
    let mut response = Redirect::to("/teacher/sign-in").into_response();
    response.headers_mut().append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, "", 0, s.secure_cookies));
    response
}
