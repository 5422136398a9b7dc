//! One pupil's page: anything that needs a word, each level's first try and best, plays,
//! when, due dates, and the first try's choices to talk about (in words, with their
//! question); their statements of Education for a Connected World; then their badges.

use super::classes::load;
use crate::auth::SignedIn;
use crate::db::classes::Framework;
use crate::errors::{self, PageResult};
use crate::i18n::{self, tr};
use crate::report::{self, pupil_badges};
use crate::state::AppState;
use crate::views::dashboard::stars;
use crate::views::layout::page;
use crate::views::{badges, dates, dcf, needs_word, statements};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse};
use clickwise_core::insight::first_try_findings;
use maud::html;

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    Path((id, pupil_id)): Path<(i64, i64)>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let Some(index) = data.pupils.iter().position(|p| p.id == pupil_id) else {
        return Ok(errors::not_found());
    };
    let pupil = &data.pupils[index];
    let report = report::build(&s.levels, &data);
    let mine: Vec<_> = data.results.iter().filter(|r| r.pupil_id == pupil.id).collect();
    let mut level_ids: Vec<&str> = data.assigned.iter().map(|a| a.level_id.as_str()).collect();
    for r in &mine {
        if !level_ids.contains(&r.level_id.as_str()) {
            level_ids.push(&r.level_id);
        }
    }
    let lang = i18n::lang();
    let title = |id: &str| s.levels.get(id).map_or_else(|| id.to_owned(), |l| l.title.get(lang).to_owned());
    let words: Vec<_> = report.needs_a_word.iter().filter(|w| w.pupil == pupil.id).collect();
    let body = html! {
        p { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { (crate::i18n::nickname(&pupil.nickname)) }
        (needs_word::panel(id, &data.pupils, &words, false))
        table {
            caption { (tr("pupil-levels")) }
            thead { tr {
                th scope="col" { (tr("col-level")) } th scope="col" { (tr("col-first-try")) } th scope="col" { (tr("col-best")) } th scope="col" { (tr("col-plays")) }
                th scope="col" { (tr("col-last-played")) } th scope="col" { (tr("col-talk-first-try")) }
            } }
            tbody {
                @for level in &level_ids {
                    @let plays: Vec<_> = mine.iter().filter(|r| r.level_id == *level).collect();
                    @let first = plays.iter().find(|r| r.first_try);
                    @let best = plays.iter().map(|r| r.stars).max();
                    @let due = data.assigned.iter().find(|a| a.level_id == *level).and_then(|a| a.due.as_deref());
                    @let late = report.late.iter().any(|l| l.pupil == pupil.id && l.level_id == *level);
                    @let findings = match (first, s.levels.get(level)) {
                        (Some(f), Some(l)) => first_try_findings(l, i18n::lang(), &f.choices()),
                        _ => Vec::new(),
                    };
                    tr {
                        th scope="row" {
                            (title(level))
                            @if let Some(due) = due { br; span class="note" { (dates::due(due)) } }
                        }
                        td {
                            @if let Some(f) = first { span class="stars" { (stars(f.stars)) } " " (f.points) "/" (f.max_points) }
                            @else if late { span class="late" { (tr("cell-late")) } }
                            @else { span class="none" { (tr("not-started")) } }
                        }
                        td { @if let Some(b) = best { span class="stars" { (stars(b)) } } }
                        td { (plays.len()) }
                        td { @if let Some(last) = plays.iter().map(|r| r.finished_at).max() { (dates::day_of(last)) } }
                        td { @if !findings.is_empty() { ul class="findings" { @for f in &findings {
                            li { span class="note" { (f.question) } br; (f.choice) }
                        } } } }
                    }
                }
            }
        }
        @if data.class.framework == Framework::Dcf {
            (dcf::pupil_list(&s.levels, &report, index, lang))
        } @else {
            h2 { (tr("efcw-name")) }
            (statements::rule())
            (statements::pupil_list(&report.assessment, &report.assessment.pupils[index], title))
        }
        h2 { (tr("col-badges")) }
        (badges::table(&pupil_badges(&s.levels, &data.badges, pupil.id), data.class.phase))
    };
    Ok(Html(page(&crate::i18n::nickname(&pupil.nickname), Some(&teacher.email), body).into_string())
        .into_response())
}
