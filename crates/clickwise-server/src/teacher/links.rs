//! What the three one-time link pages (setting a school up, an invitation, a password
//! reset) share: each try is counted per address before the link is looked up, as
//! sign-in is (`auth::limit`), and a working link gives its try back; a link that doesn't
//! work is one "not found" page whatever the reason (never made, used, expired); and their
//! forms, posted before there is a session, carry a double-submit CSRF token.

use super::account::{FORM_COOKIE, form_token_ok};
use crate::auth::password;
use crate::auth::session::set_cookie;
use crate::auth::token::new_token;
use crate::db::links::{self, Kind, Link};
use crate::errors;
use crate::i18n::{self, tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use maud::{Markup, html};

/// What the link forms post.
#[derive(serde::Deserialize, Default)]
pub struct LinkForm {
    #[serde(default)]
    pub school: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub lang: String,
}

/// The link behind `token`, if it works; the page to show if not. `ip` is the address as
/// the limits count it.
pub async fn check(s: &AppState, ip: &str, token: &str, kind: Kind) -> Result<Link, Response> {
    let key = format!("ip:{ip}");
    if !s.limits.links.try_once(&key).await {
        crate::security::event("one-time link refused: too many tries from one address");
        return Err(errors::html(StatusCode::TOO_MANY_REQUESTS, &tr("link-too-many")));
    }
    match links::peek(&s.db, token, kind).await {
        Ok(Some(link)) => {
            s.limits.links.refund(&key).await;
            Ok(link)
        }
        Ok(None) => {
            crate::security::event(&format!(
                "a {} link that doesn't work (wrong, used or expired) was tried",
                kind.id()
            ));
            Err(not_valid())
        }
        Err(e) => Err(errors::db_html(e)),
    }
}

/// The page for a link that doesn't work (any reason alike).
pub fn not_valid() -> Response {
    errors::html(StatusCode::NOT_FOUND, &tr("link-not-valid"))
}

/// The form's posted CSRF token matches its cookie, and the page stays in its language.
pub fn form_ok(s: &AppState, headers: &HeaderMap, f: &LinkForm) -> bool {
    if let Some(lang) = i18n::parse(&f.lang) {
        i18n::set_lang(lang);
    }
    form_token_ok(headers, &f.csrf, s.secure_cookies)
}

/// The new password, if long enough; else the message saying so.
pub fn new_password(f: &LinkForm) -> Result<String, String> {
    if f.password.chars().count() < password::MIN_LENGTH || f.password.len() > 200 {
        Err(tf("sign-up-short-password", &[("min", password::MIN_LENGTH.into())]))
    } else {
        Ok(f.password.clone())
    }
}

/// A posted link form that sets a password, checked in the order every such page needs:
/// the link still works (else its "not found" page), the form is this site's, and the new
/// password is long enough (else `form` redrawn with the message); then the password is
/// hashed. `Ok` holds the link and the hash.
pub async fn posted_password(
    s: &AppState,
    ip: &str,
    token: &str,
    kind: Kind,
    headers: &HeaderMap,
    f: &LinkForm,
    form: impl Fn(&Link, Option<&str>, StatusCode) -> Response,
) -> Result<(Link, String), Response> {
    let ok = form_ok(s, headers, f);
    let link = check(s, ip, token, kind).await?;
    if !ok {
        return Err(form(&link, Some(&tr("sign-in-expired")), StatusCode::FORBIDDEN));
    }
    let new = new_password(f).map_err(|msg| form(&link, Some(&msg), StatusCode::UNPROCESSABLE_ENTITY))?;
    let Ok(hash) = password::hash_async(new).await else {
        return Err(errors::html(StatusCode::INTERNAL_SERVER_ERROR, &tr("sign-up-not-stored")));
    };
    Ok((link, hash))
}

/// The password field every link form ends with.
pub fn password_field() -> Markup {
    html! {
        label for="password" { (tf("sign-up-password", &[("min", password::MIN_LENGTH.into())])) }
        input type="password" id="password" name="password" required autocomplete="new-password"
            minlength=(password::MIN_LENGTH) maxlength="200";
    }
}

/// What a link's form page shows: `intro`, then `fields` and the button, posted to `action`.
pub struct FormPage {
    pub title: String,
    pub action: String,
    pub intro: Markup,
    pub fields: Markup,
    pub button: String,
}

/// A link's form page, with an error at the top if there is one.
pub fn form_page(s: &AppState, p: FormPage, error: Option<&str>, status: StatusCode) -> Response {
    let FormPage { title, action, intro, fields, button } = p;
    let title = title.as_str();
    let token = new_token();
    let body = html! {
        h1 { (title) }
        div class="panel" {
            (intro)
            @if let Some(e) = error { p class="error" role="alert" { (e) } }
            form method="post" action=(action) {
                (csrf(&token))
                input type="hidden" name="lang" value=(i18n::code(i18n::lang()));
                (fields)
                p { button type="submit" { (button) } }
            }
        }
    };
    let mut response = (status, Html(page(title, None, body).into_string())).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(FORM_COOKIE, &token, 3600, s.secure_cookies));
    response
}
