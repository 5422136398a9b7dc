//! Choosing the class's levels from the catalogue, grouped by age group and topic, each
//! with an optional due date.

use super::classes::load;
use crate::auth::SignedIn;
use crate::db::classes::{self, Assignment};
use crate::errors::{self, PageResult};
use crate::report::sorted_unique;
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect};
use clickwise_core::Phase;
use maud::html;

pub async fn form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let due_of = |level: &str| {
        data.assigned.iter().find(|a| a.level_id == level).map(|a| a.due.clone().unwrap_or_default())
    };
    let body = html! {
        p { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { "Levels for " (data.class.name) }
        p { "Ticked levels appear first for your pupils, with their due dates. Pupils can still play other levels for their age. " a href="/teacher/notes" { "Teacher notes for every level" } }
        form class="levels" method="post" action=(format!("/teacher/classes/{id}/assign")) {
            (csrf(&teacher.csrf))
            @for phase in Phase::ALL {
                @let in_phase: Vec<_> = s.levels.list.iter().filter(|l| l.phase == phase).collect();
                @if !in_phase.is_empty() {
                    fieldset {
                        legend { h2 { (phase.label()) } }
                        @let topics = sorted_unique(in_phase.iter().filter_map(|l| l.topics.first().map(|t| t.label())).collect());
                        @for topic in &topics {
                            h3 { (topic) }
                            @for level in in_phase.iter().filter(|l| l.topics.first().map(|t| t.label()) == Some(*topic)) {
                                @let due = due_of(&level.id);
                                div class="level" {
                                    input type="checkbox" id=(format!("l-{}", level.id)) name="level" value=(level.id) checked[due.is_some()];
                                    label for=(format!("l-{}", level.id)) { strong { (level.title.en) } " — " (level.objective.en) }
                                    label for=(format!("d-{}", level.id)) class="note" { "Due (optional)" }
                                    input type="date" id=(format!("d-{}", level.id)) name=(format!("due-{}", level.id)) value=(due.unwrap_or_default());
                                }
                            }
                        }
                    }
                }
            }
            p { button type="submit" { "Save the levels" } }
        }
    };
    Ok(Html(page("Assign levels", Some(&teacher.email), body).into_string()).into_response())
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

pub async fn save(
    State(s): State<AppState>,
    teacher: SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> PageResult {
    let sent = fields.iter().find(|(k, _)| k == "csrf").map_or("", |(_, v)| v.as_str());
    teacher.check_csrf(sent)?;
    load(&s, &teacher, id).await?;
    let mut list: Vec<Assignment> = Vec::new();
    for (key, value) in &fields {
        if key != "level" || list.iter().any(|a| &a.level_id == value) {
            continue;
        }
        if s.levels.get(value).is_none() {
            return Ok(errors::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                "One of those levels isn't in the catalogue any more. Reload the page.",
            ));
        }
        let due = fields
            .iter()
            .find(|(k, _)| *k == format!("due-{value}"))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty());
        if due.is_some_and(|d| !valid_date(d)) {
            return Ok(errors::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                "A due date should look like 2026-12-04.",
            ));
        }
        list.push(Assignment { level_id: value.clone(), due: due.map(str::to_owned) });
    }
    // Keep the catalogue's order: it goes from simpler to harder.
    list.sort_by_key(|a| s.levels.list.iter().position(|l| l.id == a.level_id));
    classes::set_assignments(&s.db, id, &list).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}
