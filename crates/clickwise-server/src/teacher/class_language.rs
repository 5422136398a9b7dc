//! The class's language: pupils who join the class start the game in it (each can still
//! switch on their profile). A Welsh-medium class is set to Cymraeg once, by its teacher.

use crate::auth::SignedForm;
use crate::db::classes;
use crate::errors::{self, PageResult};
use crate::i18n::tr;
use crate::state::AppState;
use crate::views::class_setting::{self, Choice};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use clickwise_core::text::Lang;
use maud::Markup;

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
}

pub async fn save(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form }: SignedForm<LanguageForm>,
) -> PageResult {
    let lang = match form.lang.as_str() {
        "en" => Lang::En,
        "cy" => Lang::Cy,
        _ => return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("error-language-unknown"))),
    };
    if !classes::set_lang(&s.db, teacher.id, id, lang).await? {
        return Ok(errors::not_found());
    }
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}

/// The setting on the class page.
pub fn form(class: &classes::Class, token: &str) -> Markup {
    let choice =
        |value, label: &str, lang| Choice { value, label: label.to_owned(), chosen: class.lang == lang };
    let choices = [choice("en", "English", Lang::En), choice("cy", "Cymraeg", Lang::Cy)];
    let (legend, note) = (tr("class-language-legend"), tr("class-language-note"));
    class_setting::form(class.id, "language", "lang", &legend, &choices, &note, token)
}
