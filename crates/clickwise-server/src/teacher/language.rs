//! The header's "English | Cymraeg" switch: saves the language of the teacher's pages to
//! their account and goes back to the page it was on.

use crate::auth::SignedForm;
use crate::db::teachers;
use crate::errors::{self, PageResult};
use crate::i18n;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};

#[derive(serde::Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// Whether `back` is a path on this site: one leading `/`, no scheme, host, backslash or
/// control character, so a redirect to it can't leave the site.
pub fn safe_path(back: &str) -> bool {
    back.starts_with('/')
        && !back.starts_with("//")
        && back.len() <= 2000
        && !back.chars().any(|c| c == '\\' || c.is_control() || c.is_whitespace())
}

pub async fn save(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<Choice>,
) -> PageResult {
    let Some(lang) = i18n::parse(&f.lang) else {
        return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &i18n::tr("error-language-unknown")));
    };
    if !safe_path(&f.back) {
        crate::security::event("language switch refused: a return address off the site");
        return Ok(errors::html(StatusCode::BAD_REQUEST, &i18n::tr("error-back-off-site")));
    }
    teachers::set_lang(&s.db, teacher.id, i18n::code(lang)).await?;
    Ok(Redirect::to(&f.back).into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(safe_path("/teacher/classes/3?x=1#grid"));
        for bad in
            ["https://evil.example/", "//evil.example", "/\\evil.example", "evil", "", "/a\r\nLocation: x"]
        {
            assert!(!safe_path(bad), "{bad}");
        }
    }
}
