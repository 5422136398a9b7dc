//! One pupil's page: each level's first try and best, plays, when, and risky first choices;
//! then their badges.

use super::classes::load;
use crate::auth::SignedIn;
use crate::db::retention::iso_date;
use crate::errors::{self, PageResult};
use crate::report::pupil_badges;
use crate::state::AppState;
use crate::views::badges;
use crate::views::dashboard::stars;
use crate::views::layout::page;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use maud::html;

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    Path((id, pupil_id)): Path<(i64, i64)>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let Some(pupil) = data.pupils.iter().find(|p| p.id == pupil_id) else { return Ok(errors::not_found()) };
    let mine: Vec<_> = data.results.iter().filter(|r| r.pupil_id == pupil.id).collect();
    let mut level_ids: Vec<&str> = data.assigned.iter().map(|a| a.level_id.as_str()).collect();
    for r in &mine {
        if !level_ids.contains(&r.level_id.as_str()) {
            level_ids.push(&r.level_id);
        }
    }
    let body = html! {
        p { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { (pupil.nickname) }
        table {
            caption { "Levels" }
            thead { tr { th scope="col" { "Level" } th scope="col" { "First try" } th scope="col" { "Best" } th scope="col" { "Plays" } th scope="col" { "Last played" } th scope="col" { "Risky choices on the first try" } } }
            tbody {
                @for level in &level_ids {
                    @let plays: Vec<_> = mine.iter().filter(|r| r.level_id == *level).collect();
                    @let first = plays.iter().find(|r| r.first_try);
                    @let best = plays.iter().map(|r| r.stars).max();
                    tr {
                        th scope="row" { (s.levels.get(level).map_or(level.to_string(), |l| l.title.en.clone())) }
                        td { @if let Some(f) = first { span class="stars" { (stars(f.stars)) } " " (f.points) "/" (f.max_points) } @else { span class="none" { "not started" } } }
                        td { @if let Some(b) = best { span class="stars" { (stars(b)) } } }
                        td { (plays.len()) }
                        td { @if let Some(last) = plays.iter().map(|r| r.finished_at).max() { (iso_date(last)) } }
                        td { @if let Some(f) = first { @for line in f.risky.lines() { div { (line) } } } }
                    }
                }
            }
        }
        h2 { "Badges" }
        (badges::table(&pupil_badges(&s.levels, &data.badges, pupil.id), data.class.phase))
    };
    Ok(Html(page(&pupil.nickname, Some(&teacher.email), body).into_string()).into_response())
}
