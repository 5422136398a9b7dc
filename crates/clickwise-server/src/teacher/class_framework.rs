//! Which framework the class's progress is shown by: *Education for a Connected World*
//! (England's strands and statements) or the Citizenship elements of Wales's Digital
//! Competence Framework. The dashboard, the CSV and each pupil's page follow it.

use crate::auth::SignedForm;
use crate::db::classes::{self, Class, Framework};
use crate::errors::{self, PageResult};
use crate::i18n::tr;
use crate::state::AppState;
use crate::views::layout::csrf;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::{Markup, html};

#[derive(serde::Deserialize)]
pub struct FrameworkForm {
    #[serde(default)]
    framework: String,
}

pub async fn save(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form }: SignedForm<FrameworkForm>,
) -> PageResult {
    let framework = match form.framework.as_str() {
        "efcw" => Framework::Efcw,
        "dcf" => Framework::Dcf,
        _ => return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("framework-choose"))),
    };
    if !classes::set_framework(&s.db, teacher.id, id, framework).await? {
        return Ok(errors::not_found());
    }
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}

/// The setting on the class page.
pub fn form(class: &Class, token: &str) -> Markup {
    let choice = |label: &str, framework: Framework| {
        html! {
            label class="choice" {
                input type="radio" name="framework" value=(framework.id()) checked[class.framework == framework];
                " " (label)
            }
        }
    };
    html! {
        form class="no-print panel" method="post" action=(format!("/teacher/classes/{}/framework", class.id)) {
            (csrf(token))
            fieldset {
                legend { (tr("framework-legend")) }
                (choice(&tr("framework-efcw"), Framework::Efcw))
                (choice(&tr("framework-dcf"), Framework::Dcf))
            }
            " " button type="submit" class="secondary" { (tr("save")) }
            p class="note" { (tr("framework-note")) }
        }
    }
}
