//! Printable certificates, one per pupil who has finished a level, one per page: the
//! nickname's own picture, a line to write the pupil's real name by hand (the server never
//! knows it), what they learnt in their own words, the date, the school and a signature.

use super::classes::load;
use crate::auth::SignedIn;
use crate::errors::PageResult;
use crate::i18n::{self, tf, tr};
use crate::levels::Levels;
use crate::report::pupil_badges;
use crate::state::AppState;
use crate::views::dates;
use crate::views::layout::page;
use crate::views::pictures::picture;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse};
use clickwise_core::world::teaches;
use maud::html;

/// At most this many "I can" lines, so a certificate fits one page.
const MAX_LINES: usize = 6;
const MAX_SCHOOL: usize = 80;

/// What the teacher typed above the certificates (kept in the address only, never stored).
#[derive(serde::Deserialize, Default)]
pub struct Options {
    #[serde(default)]
    school: String,
    #[serde(default)]
    date: String,
}

/// What a pupil learnt, in their words: the "I can" of each badge collected, then the
/// objectives ("I can…", "I know…") of finished levels no collected badge already speaks
/// for, in catalogue order; at most [`MAX_LINES`].
pub fn learnt(levels: &Levels, badges: &[crate::report::PupilBadge], finished: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = badges.iter().map(|b| b.badge.can_here().to_owned()).collect();
    for level in levels.list.iter().filter(|l| finished.contains(&l.id.as_str())) {
        let spoken_for = badges.iter().any(|b| {
            b.badge.phase == level.phase && b.badge.id.split('/').nth(1).is_some_and(|s| teaches(level, s))
        });
        let line = level.objective.get(i18n::lang()).to_owned();
        if !spoken_for && !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.truncate(MAX_LINES);
    lines
}

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    Path(id): Path<i64>,
    Query(options): Query<Options>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let school: String = options.school.trim().chars().take(MAX_SCHOOL).collect();
    let date = if dates::is_date(&options.date) { options.date.clone() } else { dates::today() };
    let mut without: Vec<String> = Vec::new();
    let mut certificates = Vec::new();
    for pupil in &data.pupils {
        let mut finished: Vec<&str> =
            data.results.iter().filter(|r| r.pupil_id == pupil.id).map(|r| r.level_id.as_str()).collect();
        finished.sort_by_key(|l| s.levels.list.iter().position(|x| x.id == *l));
        finished.dedup();
        if finished.is_empty() {
            without.push(crate::i18n::nickname(&pupil.nickname));
            continue;
        }
        let badges = pupil_badges(&s.levels, &data.badges, pupil.id);
        certificates.push((pupil, finished.len(), badges.len(), learnt(&s.levels, &badges, &finished)));
    }
    let body = html! {
        div class="no-print" {
            p { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
            h1 { (tf("certificates-title", &[("class", (&data.class.name).into())])) }
            form class="panel" method="get" action=(format!("/teacher/classes/{id}/certificates")) {
                p { (tr("certificates-intro")) }
                div class="row" {
                    div {
                        label for="school" { (tr("certificates-school-label")) }
                        input type="text" id="school" name="school" maxlength=(MAX_SCHOOL) value=(school);
                    }
                    div {
                        label for="date" { (tr("certificate-date")) }
                        input type="date" id="date" name="date" value=(date);
                    }
                }
                p { button type="submit" class="secondary" { (tr("certificates-show")) } " " (tr("certificates-print")) }
            }
            @if !without.is_empty() {
                p class="note" { (tf("certificates-without", &[("nicknames", without.join(", ").into())])) }
            }
        }
        @for (pupil, levels, badges, lines) in &certificates {
            section class="certificate-page" {
                p class="brand-line" { "Clickwise · " (tr("certificate-brand")) }
                h2 { (tf("certificate-well-done", &[("nickname", crate::i18n::nickname(&pupil.nickname).into())])) }
                (picture(&pupil.avatar, "", 120))
                p class="for" { (tr("certificate-for")) }
                div class="handwrite" { span class="line" {} span class="hint" { (tr("certificate-write-name")) } }
                p class="summary" {
                    (tf("certificate-summary", &[("nickname", crate::i18n::nickname(&pupil.nickname).into()), ("levels", (*levels).into()), ("badges", (*badges).into())]))
                }
                ul class="can" { @for line in lines { li { (line) } } }
                dl class="signed" {
                    div { dt { (tr("certificate-date")) } dd { (dates::day_and_year(&date)) } }
                    div { dt { (tr("certificate-school")) } dd { @if school.is_empty() { span class="line" {} } @else { (school) } } }
                    div { dt { (tr("col-class")) } dd { (data.class.name) } }
                    div { dt { (tr("certificate-signed")) } dd { span class="line" {} } }
                }
            }
        }
    };
    Ok(Html(page(&tr("certificates-page"), Some(&teacher.email), body).into_string()).into_response())
}
