//! Choosing the class's levels from the catalogue, each with an optional due date: the
//! class's own age group first, grouped by topic, other ages folded away behind "Show
//! levels for other ages" (a `<details>`, so no JavaScript is needed).

use super::classes::load;
use crate::auth::SignedIn;
use crate::db::classes::{self, Assignment};
use crate::errors::{self, PageResult};
use crate::i18n::{self, tf, tr};
use crate::report::sorted_unique;
use crate::state::AppState;
use crate::views::dates;
use crate::views::layout::{csrf, page};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect};
use clickwise_core::{Level, Phase};
use maud::{Markup, html};

/// One level on one line: its checkbox, its title (its objective beneath, smaller) and
/// its due date. `due`: `Some("")` when ticked with no date.
fn level_row(level: &Level, due: Option<&str>) -> Markup {
    let (tick, date) = (format!("l-{}", level.id), format!("d-{}", level.id));
    let lang = i18n::lang();
    html! {
        div class="assign-row" {
            input type="checkbox" id=(tick) name="level" value=(level.id) checked[due.is_some()];
            label for=(tick) class="title" { strong { (level.title.get(lang)) } span class="objective" { (level.objective.get(lang)) } }
            span class="due" {
                label for=(date) {
                    @match due.filter(|d| !d.is_empty()) {
                        Some(d) => { (dates::due(d)) }
                        None => { (tr("assign-due-optional")) }
                    }
                }
                input type="date" id=(date) name=(format!("due-{}", level.id)) value=(due.unwrap_or_default());
            }
        }
    }
}

/// When `level` is assigned: its due date, or `""` without one.
fn due_of<'a>(assigned: &'a [Assignment], level: &str) -> Option<&'a str> {
    assigned.iter().find(|a| a.level_id == level).map(|a| a.due.as_deref().unwrap_or_default())
}

/// An age group's levels, grouped by topic.
fn phase_levels(levels: &[&Level], assigned: &[Assignment]) -> Markup {
    let topics =
        sorted_unique(levels.iter().filter_map(|l| l.topics.first().copied()).map(i18n::topic).collect());
    html! {
        @for topic in &topics {
            h3 { (topic) }
            @for level in levels.iter().filter(|l| l.topics.first().map(|t| i18n::topic(*t)).as_ref() == Some(topic)) {
                (level_row(level, due_of(assigned, &level.id)))
            }
        }
    }
}

pub async fn form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let own = data.class.phase;
    let in_phase =
        |phase: Phase| -> Vec<&Level> { s.levels.list.iter().filter(|l| l.phase == phase).collect() };
    let others: Vec<Phase> =
        Phase::ALL.into_iter().filter(|p| *p != own && !in_phase(*p).is_empty()).collect();
    // Open when a level of another age is already ticked, so the teacher sees it.
    let others_ticked =
        others.iter().flat_map(|p| in_phase(*p)).any(|l| due_of(&data.assigned, &l.id).is_some());
    let body = html! {
        p { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { (tf("assign-title", &[("class", (&data.class.name).into())])) }
        p { (tr("assign-intro")) " " a href="/teacher/notes" { (tr("home-notes-link")) } }
        form class="assign" method="post" action=(format!("/teacher/classes/{id}/assign")) {
            (csrf(&teacher.csrf))
            fieldset {
                legend { h2 { (tf("assign-this-class", &[("phase", i18n::phase(own).into())])) } }
                (phase_levels(&in_phase(own), &data.assigned))
            }
            p { button type="submit" { (tr("assign-save")) } }
            @if !others.is_empty() {
                details class="other-ages" open[others_ticked] {
                    summary { (tr("assign-other-ages")) }
                    @for phase in &others {
                        fieldset {
                            legend { h2 { (i18n::phase(*phase)) } }
                            (phase_levels(&in_phase(*phase), &data.assigned))
                        }
                    }
                    p { button type="submit" { (tr("assign-save")) } }
                }
            }
        }
    };
    Ok(Html(page(&tr("assign-page"), Some(&teacher.email), body).into_string()).into_response())
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
            return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("assign-unknown-level")));
        }
        let due = fields
            .iter()
            .find(|(k, _)| *k == format!("due-{value}"))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty());
        if due.is_some_and(|d| !dates::is_date(d)) {
            return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("assign-bad-date")));
        }
        list.push(Assignment { level_id: value.clone(), due: due.map(str::to_owned) });
    }
    // Keep the catalogue's order: it goes from simpler to harder.
    list.sort_by_key(|a| s.levels.list.iter().position(|l| l.id == a.level_id));
    classes::set_assignments(&s.db, id, &list).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}
