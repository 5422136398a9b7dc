//! Which framework the class's progress is shown by: *Education for a Connected World*
//! (England's strands and statements) or the Citizenship elements of Wales's Digital
//! Competence Framework. The dashboard, the CSV and each pupil's page follow it.

use crate::auth::SignedForm;
use crate::db::classes::{self, Class, Framework};
use crate::errors::{self, PageResult};
use crate::i18n::tr;
use crate::state::AppState;
use crate::views::class_setting::{self, Choice};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::Markup;

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
    let choice = |framework: Framework, key| Choice {
        value: framework.id(),
        label: tr(key),
        chosen: class.framework == framework,
    };
    let choices = [choice(Framework::Efcw, "framework-efcw"), choice(Framework::Dcf, "framework-dcf")];
    let (legend, note) = (tr("framework-legend"), tr("framework-note"));
    class_setting::form(class.id, "framework", "framework", &legend, &choices, &note, token)
}
