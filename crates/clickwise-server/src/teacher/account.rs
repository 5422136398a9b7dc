//! Signing up, in and out. The sign-up and sign-in forms have no session yet, so their
//! CSRF check is a double-submit cookie: the form's hidden token must match the cookie.

use crate::auth::session::{SESSION_HOURS, cookie, cookie_name, set_cookie};
use crate::auth::token::{hash_token, new_token, same};
use crate::auth::{ClientIp, SESSION_COOKIE, SignedIn, password};
use crate::db::{schools, teachers};
use crate::errors;
use crate::i18n::{self, tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::html;

pub(crate) const FORM_COOKIE: &str = "cw_form";

#[derive(serde::Deserialize)]
pub struct Credentials {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    /// The language of the page the form was on (`en`, `cy`), kept across the form.
    #[serde(default)]
    lang: String,
}

/// The form's pages stay in the language it was shown in.
fn keep_language(f: &Credentials) {
    if let Some(lang) = i18n::parse(&f.lang) {
        i18n::set_lang(lang);
    }
}

fn form_page(
    s: &AppState,
    signing_up: bool,
    email: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let token = new_token();
    let lang = i18n::code(i18n::lang());
    let (title, action, button) = if signing_up {
        (tr("sign-up-title"), "/teacher/sign-up", tr("sign-up-button"))
    } else {
        (tr("sign-in-title"), "/teacher/sign-in", tr("sign-in-button"))
    };
    let body = html! {
        h1 { (title) }
        div class="panel" {
            @if let Some(e) = error { p class="error" role="alert" { (e) } }
            form method="post" action=(action) {
                (csrf(&token))
                input type="hidden" name="lang" value=(lang);
                label for="email" { (tr("sign-in-email")) }
                input type="email" id="email" name="email" value=(email) required autocomplete="username" maxlength="254";
                label for="password" {
                    @if signing_up { (tf("sign-up-password", &[("min", password::MIN_LENGTH.into())])) }
                    @else { (tr("sign-in-password")) }
                }
                input type="password" id="password" name="password" required
                    autocomplete=(if signing_up { "new-password" } else { "current-password" }) maxlength="200";
                p { button type="submit" { (button) } }
            }
            @if signing_up {
                p { (tr("sign-up-have-account")) " " a href=(format!("/teacher/sign-in?lang={lang}")) { (tr("sign-in-button")) } }
                p class="note" { (tr("sign-up-privacy")) }
            } @else {
                p { (tr("sign-in-new-here")) " " a href=(format!("/teacher/sign-up?lang={lang}")) { (tr("sign-up-title")) } }
            }
        }
    };
    let mut response = (status, Html(page(&title, None, body).into_string())).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(FORM_COOKIE, &token, 3600, s.secure_cookies));
    response
}

pub async fn sign_up_form(State(s): State<AppState>) -> Response {
    // With no domain open anywhere, there is no form to fill in: only the way in.
    match crate::db::schools::any_open(&s.db).await {
        Ok(false) if !s.open_sign_up => closed(StatusCode::OK),
        Ok(_) => form_page(&s, true, "", None, StatusCode::OK),
        Err(e) => errors::db_html(e),
    }
}

/// Sign-up is closed: teachers come in by their school admin's invitation.
fn closed(status: StatusCode) -> Response {
    let lang = i18n::code(i18n::lang());
    let body = html! {
        h1 { (tr("sign-up-title")) }
        div class="panel" {
            p role="alert" { (tr("sign-up-closed")) }
            p { (tr("sign-up-have-account")) " " a href=(format!("/teacher/sign-in?lang={lang}")) { (tr("sign-in-button")) } }
        }
    };
    (status, Html(page(&tr("sign-up-title"), None, body).into_string())).into_response()
}

pub async fn sign_in_form(State(s): State<AppState>) -> Response {
    form_page(&s, false, "", None, StatusCode::OK)
}

pub(crate) fn form_token_ok(headers: &HeaderMap, sent: &str, secure: bool) -> bool {
    cookie(headers, &cookie_name(FORM_COOKIE, secure)).is_some_and(|c| !sent.is_empty() && same(&c, sent))
}

/// The e-mail as typed, trimmed and lower-cased; capped before anything is counted or
/// kept: a megabyte "email" is just wrong (empty).
pub(crate) fn email_of(typed: &str) -> String {
    if typed.len() <= 254 { typed.trim().to_lowercase() } else { String::new() }
}

pub(crate) fn valid_email(email: &str) -> bool {
    email.len() <= 254 && email.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
}

pub async fn sign_up(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(f): Form<Credentials>,
) -> Response {
    keep_language(&f);
    if !form_token_ok(&headers, &f.csrf, s.secure_cookies) {
        return form_page(&s, true, "", Some(&tr("sign-in-expired")), StatusCode::FORBIDDEN);
    }
    if !s.limits.sign_ups.try_once(&ip).await {
        crate::security::event("teacher sign-up refused: too many from one address");
        return form_page(&s, true, "", Some(&tr("sign-up-too-many")), StatusCode::TOO_MANY_REQUESTS);
    }
    let email = email_of(&f.email);
    if !valid_email(&email) {
        return form_page(&s, true, &email, Some(&tr("sign-up-bad-email")), StatusCode::UNPROCESSABLE_ENTITY);
    }
    if f.password.chars().count() < password::MIN_LENGTH || f.password.len() > 200 {
        let msg = tf("sign-up-short-password", &[("min", password::MIN_LENGTH.into())]);
        return form_page(&s, true, &email, Some(&msg), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Closed unless the e-mail's domain is one a school's admin opened (or the server
    // was started with `--open-sign-up`, when the first account starts a school).
    let school = match schools::open_to(&s.db, &email).await {
        Ok(Some(school)) => Some(school),
        Ok(None) if s.open_sign_up => match schools::first(&s.db).await {
            Ok(first) => first,
            Err(e) => return errors::db_html(e),
        },
        Ok(None) => {
            crate::security::event("teacher sign-up refused: sign-up is not open to that e-mail's domain");
            return closed(StatusCode::FORBIDDEN);
        }
        Err(e) => return errors::db_html(e),
    };
    let Ok(hash) = password::hash_async(f.password).await else {
        return errors::html(StatusCode::INTERNAL_SERVER_ERROR, &tr("sign-up-not-stored"));
    };
    // A new account's pages are in the language it was made in.
    let lang = i18n::code(i18n::lang());
    match made(&s, school, &email, &hash, lang).await {
        Ok(Some(id)) => start_session(&s, id).await,
        Ok(None) => form_page(&s, true, &email, Some(&tr("sign-up-taken")), StatusCode::CONFLICT),
        Err(e) => errors::db_html(e),
    }
}

/// The account, in `school`, or (open sign-up's first account) as a new school's admin.
async fn made(
    s: &AppState,
    school: Option<i64>,
    email: &str,
    hash: &str,
    lang: &str,
) -> Result<Option<i64>, crate::db::DbError> {
    let mut tx = s.db.begin().await?;
    let id = match school {
        Some(school) => schools::add_teacher(&mut tx, school, email, hash, lang, false).await?,
        None => schools::create_with_admin(&mut tx, "", email, hash, lang).await?,
    };
    if id.is_some() {
        tx.commit().await?;
    }
    Ok(id)
}

pub async fn sign_in(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(f): Form<Credentials>,
) -> Response {
    keep_language(&f);
    if !form_token_ok(&headers, &f.csrf, s.secure_cookies) {
        return form_page(&s, false, "", Some(&tr("sign-in-expired")), StatusCode::FORBIDDEN);
    }
    let email = email_of(&f.email);
    // Counted first, per address (room for a staffroom behind one address) and per
    // account; a right password gives its tries back.
    let (by_address, by_account) = (format!("ip:{ip}"), format!("email:{email}"));
    if !s.limits.sign_in_address.try_once(&by_address).await
        || !s.limits.sign_in_account.try_once(&by_account).await
    {
        crate::security::event("teacher sign-in refused: too many tries");
        return form_page(&s, false, &email, Some(&tr("sign-in-too-many")), StatusCode::TOO_MANY_REQUESTS);
    }
    let found = match teachers::find_login(&s.db, &email).await {
        Ok(found) => found,
        Err(e) => return errors::db_html(e),
    };
    let id = found.as_ref().map(|(id, _)| *id);
    if let (Some(id), true) = (id, password::verify_async(f.password, found.map(|(_, hash)| hash)).await) {
        s.limits.sign_in_address.refund(&by_address).await;
        s.limits.sign_in_account.refund(&by_account).await;
        return start_session(&s, id).await;
    }
    crate::security::event("teacher sign-in failed: wrong email or password");
    form_page(&s, false, &email, Some(&tr("sign-in-no-match")), StatusCode::UNAUTHORIZED)
}

pub(crate) async fn start_session(s: &AppState, teacher: i64) -> Response {
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
    // Signed out in Welsh, the sign-in page stays Welsh whatever the browser says.
    let to = match i18n::lang() {
        clickwise_core::Lang::Cy => "/teacher/sign-in?lang=cy",
        clickwise_core::Lang::En => "/teacher/sign-in",
    };
    let mut response = Redirect::to(to).into_response();
    response.headers_mut().append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, "", 0, s.secure_cookies));
    response
}
