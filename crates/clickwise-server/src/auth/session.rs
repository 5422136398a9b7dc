//! Teacher sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure behind
//! TLS), stored hashed, with a CSRF token that every form posts back.

use super::token::{hash_token, same};
use crate::db::teachers;
use crate::errors;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

pub const SESSION_COOKIE: &str = "cw_session";
/// A school day and a bit: a shared staffroom computer doesn't stay signed in for ever.
pub const SESSION_HOURS: i64 = 12;

/// A signed-in teacher. Any route that takes this requires signing in.
pub struct SignedIn {
    pub id: i64,
    pub email: String,
    pub csrf: String,
    pub token_hash: String,
    /// Their school (always set once the server has started: `db::schools::adopt`).
    pub school: Option<i64>,
    pub is_admin: bool,
    pub school_view: bool,
}

impl SignedIn {
    /// The school this teacher runs; anyone else is told there is no such page (404).
    pub fn admin_of(&self) -> Result<i64, errors::PageError> {
        self.school.filter(|_| self.is_admin).ok_or_else(|| errors::not_found().into())
    }

    /// The school whose view this teacher may read; anyone else gets 404.
    pub fn viewer_of(&self) -> Result<i64, errors::PageError> {
        self.school.filter(|_| self.school_view).ok_or_else(|| errors::not_found().into())
    }

    /// Every form a signed-in teacher posts carries the session's CSRF token.
    pub fn check_csrf(&self, sent: &str) -> Result<(), errors::PageError> {
        if same(sent, &self.csrf) {
            Ok(())
        } else {
            Err(errors::html(axum::http::StatusCode::FORBIDDEN, &crate::i18n::tr("error-form-expired"))
                .into())
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let to_sign_in = || Redirect::to("/teacher/sign-in").into_response();
        let name = cookie_name(SESSION_COOKIE, state.secure_cookies);
        let token = cookie(&parts.headers, &name).ok_or_else(to_sign_in)?;
        let token_hash = hash_token(&token);
        match teachers::by_session(&state.db, &token_hash).await {
            Ok(Some(t)) => {
                // The teacher's pages are in their own language, with the header's switch.
                crate::i18n::set_lang(crate::i18n::parse(&t.lang).unwrap_or_default());
                crate::i18n::set_csrf(&t.csrf);
                Ok(SignedIn {
                    id: t.id,
                    email: t.email,
                    csrf: t.csrf,
                    token_hash,
                    school: t.school,
                    is_admin: t.is_admin,
                    school_view: t.school_view,
                })
            }
            Ok(None) => Err(to_sign_in()),
            Err(e) => Err(errors::db_html(e)),
        }
    }
}

/// A cookie's value from the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A cookie's name as sent: over TLS with the `__Host-` prefix, which browsers accept only
/// from a secure origin for the whole site, so no other site or subdomain can set it.
pub fn cookie_name(base: &str, secure: bool) -> String {
    if secure { format!("__Host-{base}") } else { base.to_owned() }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, whole site; Secure and `__Host-` named
/// when served over TLS.
pub fn set_cookie(base: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let name = cookie_name(base, secure);
    let secure = if secure { "; Secure" } else { "" };
    let text = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{secure}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("invalid=1; Max-Age=0"))
}

/// A form posted by a signed-in teacher, its CSRF token already checked. `T` holds the
/// form's other fields (all text, so they read whatever was typed).
pub struct SignedForm<T> {
    pub teacher: SignedIn,
    pub form: T,
}

#[derive(serde::Deserialize)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    form: T,
}

impl<T: serde::de::DeserializeOwned + Send> axum::extract::FromRequest<AppState> for SignedForm<T> {
    type Rejection = Response;

    async fn from_request(req: axum::extract::Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let teacher = SignedIn::from_request_parts(&mut parts, state).await?;
        let req = axum::extract::Request::from_parts(parts, body);
        let axum::Form(posted) = axum::Form::<WithCsrf<T>>::from_request(req, state).await.map_err(|_| {
            errors::html(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                &crate::i18n::tr("error-form-unreadable"),
            )
        })?;
        teacher.check_csrf(&posted.csrf).map_err(IntoResponse::into_response)?;
        Ok(SignedForm { teacher, form: posted.form })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_over_tls_are_host_prefixed_and_secure() {
        let tls = set_cookie(SESSION_COOKIE, "abc", 60, true);
        assert_eq!(
            tls.to_str().unwrap(),
            "__Host-cw_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60; Secure"
        );
        let plain = set_cookie(SESSION_COOKIE, "abc", 60, false);
        assert_eq!(plain.to_str().unwrap(), "cw_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60");
    }
}
