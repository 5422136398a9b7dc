//! The class's language: pupils who join the class start the game in it (each can still
//! switch on their profile). A Welsh-medium class is set to Cymraeg once, by its teacher.

use crate::auth::SignedForm;
use crate::db::classes;
use crate::errors::{self, PageResult};
use crate::i18n::tr;
use crate::state::AppState;
use crate::views::layout::csrf;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use clickwise_core::text::Lang;
use maud::{Markup, html};

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
    let choice = |value: &str, label: &str, lang: Lang| {
        html! {
            label class="choice" {
                input type="radio" name="lang" value=(value) checked[class.lang == lang];
                " " (label)
            }
        }
    };
    html! {
        form class="no-print panel" method="post" action=(format!("/teacher/classes/{}/language", class.id)) {
            (csrf(token))
            fieldset {
                legend { (tr("class-language-legend")) }
                (choice("en", "English", Lang::En))
                (choice("cy", "Cymraeg", Lang::Cy))
            }
            " " button type="submit" class="secondary" { (tr("save")) }
            p class="note" { (tr("class-language-note")) }
        }
    }
}
