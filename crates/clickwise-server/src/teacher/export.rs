//! Taking results away: a CSV of every attempt (with the pupil's badges), and a printable
//! certificate per pupil.

use super::classes::load;
use crate::auth::SignedIn;
use crate::db::retention::iso_date;
use crate::errors::PageResult;
use crate::report::{pupil_badges, sorted_unique};
use crate::state::AppState;
use crate::views::dashboard::stars;
use crate::views::layout::page;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse};
use maud::html;
use std::collections::HashMap;

pub async fn csv(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record([
        "nickname",
        "level_id",
        "level",
        "attempt_id",
        "first_try",
        "points",
        "max_points",
        "stars",
        "started",
        "finished",
        "badges",
    ]);
    // Each pupil's badges as they stand now, by name.
    let badges: HashMap<i64, String> = data
        .pupils
        .iter()
        .map(|p| {
            let names: Vec<String> =
                pupil_badges(&s.levels, &data.badges, p.id).into_iter().map(|b| b.badge.name).collect();
            (p.id, names.join("; "))
        })
        .collect();
    for r in &data.results {
        let nickname = data.pupils.iter().find(|p| p.id == r.pupil_id).map_or("", |p| p.nickname.as_str());
        let title = s.levels.get(&r.level_id).map_or(r.level_id.clone(), |l| l.title.en.clone());
        // A spreadsheet would run a cell that starts with = + - @ as a formula.
        let safe = |t: &str| if t.starts_with(['=', '+', '-', '@']) { format!("'{t}") } else { t.to_owned() };
        let _ = out.write_record([
            safe(nickname),
            safe(&r.level_id),
            safe(&title),
            safe(&r.attempt_id),
            if r.first_try { "yes" } else { "no" }.to_owned(),
            r.points.to_string(),
            r.max_points.to_string(),
            r.stars.to_string(),
            iso_date(r.started_at),
            iso_date(r.finished_at),
            safe(badges.get(&r.pupil_id).map_or("", String::as_str)),
        ]);
    }
    let bytes = out.into_inner().unwrap_or_default();
    let name = format!("attachment; filename=\"clickwise-class-{}.csv\"", data.class.code);
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, name)],
        bytes,
    )
        .into_response())
}

pub async fn certificates(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } " · Print this page for one certificate per page." }
        @for pupil in &data.pupils {
            @let mine: Vec<_> = data.results.iter().filter(|r| r.pupil_id == pupil.id).collect();
            @let levels = sorted_unique(mine.iter().map(|r| r.level_id.as_str()).collect());
            @if !levels.is_empty() {
                section class="certificate" {
                    img src=(format!("/assets/icons/{}.png", pupil.avatar)) alt="";
                    h2 { "Well done, " (pupil.nickname) "!" }
                    p { "has been learning to stay safe and kind online with Clickwise." }
                    p { "Levels finished: " strong { (levels.len()) } }
                    ul { @for level in &levels {
                        @let best = mine.iter().filter(|r| r.level_id == *level).map(|r| r.stars).max().unwrap_or(0);
                        li { (s.levels.get(level).map_or(level.to_string(), |l| l.title.en.clone())) " " span class="stars" { (stars(best)) } }
                    } }
                    p class="note" { (data.class.name) }
                }
            }
        }
    };
    Ok(Html(page("Certificates", Some(&teacher.email), body).into_string()).into_response())
}
