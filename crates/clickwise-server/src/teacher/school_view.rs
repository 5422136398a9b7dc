//! `/teacher/school-view`: the read-only school view for the Computing lead and the DSL
//! (teachers the admin marked "school view"): every class's progress, as the class summary
//! counts it (`report`), and the school's most common risky first-try choices (the
//! classes' "Talk about in class", added up). Pseudonymous like every page: no pupil is
//! named, and nothing on it changes anything (no forms, no PINs, no cards, no class links).

use super::school::name_of;
use crate::auth::SignedIn;
use crate::db::{badges, classes::Class, pupils, results, schools};
use crate::errors::{self, PageError, PageResult};
use crate::i18n::{self, tf, tr};
use crate::report::{self, ClassData, Report};
use crate::state::AppState;
use crate::views::layout::page;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use maud::html;

/// One class's row.
struct Row {
    class: Class,
    teacher: String,
    pupils: usize,
    started: usize,
    first_tries: usize,
    assigned: usize,
    secure: usize,
    working_towards: usize,
    flagged: usize,
}

/// A risky choice across the school: (level, question, choice) → pupils, classes.
struct Common {
    level: String,
    question: String,
    choice: String,
    pupils: usize,
    classes: usize,
}

async fn data_of(s: &AppState, class: Class) -> Result<ClassData, PageError> {
    let id = class.id;
    let (p, a, r, b) = tokio::join!(
        pupils::list(&s.db, id),
        crate::db::classes::assignments(&s.db, id),
        results::for_class(&s.db, id),
        badges::for_class(&s.db, id)
    );
    Ok(ClassData { class, pupils: p?, assigned: a?, results: r?, badges: b? })
}

fn row_of(data: ClassData, report: &Report, teacher: String) -> Row {
    let (secure, working_towards) = report.assessment.totals();
    Row {
        pupils: data.pupils.len(),
        started: data.pupils.len() - report.not_started.len(),
        first_tries: data.results.iter().filter(|r| r.first_try).count(),
        assigned: report.columns.iter().filter(|c| c.assigned).count(),
        secure,
        working_towards,
        flagged: report.needs_a_word.len(),
        class: data.class,
        teacher,
    }
}

fn add_talk(common: &mut Vec<Common>, report: &Report) {
    for t in &report.talk {
        match common
            .iter_mut()
            .find(|c| c.level == t.level_title && c.question == t.question && c.choice == t.choice)
        {
            Some(c) => {
                c.pupils += t.pupils.len();
                c.classes += 1;
            }
            None => common.push(Common {
                level: t.level_title.clone(),
                question: t.question.clone(),
                choice: t.choice.clone(),
                pupils: t.pupils.len(),
                classes: 1,
            }),
        }
    }
}

pub async fn show(State(s): State<AppState>, teacher: SignedIn) -> PageResult {
    let school_id = teacher.viewer_of()?;
    let school = schools::get(&s.db, school_id).await?.ok_or_else(errors::not_found)?;
    let today = crate::views::dates::today();
    let mut rows = Vec::new();
    let mut common: Vec<Common> = Vec::new();
    for (class, email) in schools::classes(&s.db, school_id).await? {
        let data = data_of(&s, class).await?;
        let report = report::build_on(&s.levels, &data, &today);
        add_talk(&mut common, &report);
        rows.push(row_of(data, &report, email));
    }
    common.sort_by(|a, b| b.pupils.cmp(&a.pupils).then(b.classes.cmp(&a.classes)));
    let title = tf("school-view-title", &[("school", name_of(&school).into())]);
    let body = html! {
        p { a href="/teacher" { "← " (tr("home-title")) } }
        h1 { (title) }
        p class="note" { (tr("school-view-intro")) }
        @if rows.is_empty() { p { (tr("school-view-no-classes")) } }
        @else {
            table {
                caption { (tr("school-view-classes")) }
                thead { tr {
                    th scope="col" { (tr("col-class")) } th scope="col" { (tr("school-view-teacher")) }
                    th scope="col" { (tr("col-age-group")) } th scope="col" { (tr("col-pupils")) }
                    th scope="col" { (tr("school-view-started")) } th scope="col" { (tr("school-view-first-tries")) }
                    th scope="col" { (tr("col-assigned")) }
                    th scope="col" { (i18n::status(clickwise_core::insight::Status::Secure)) }
                    th scope="col" { (i18n::status(clickwise_core::insight::Status::WorkingTowards)) }
                    th scope="col" { (tr("summary-flags")) }
                } }
                tbody { @for r in &rows { tr {
                    td { (r.class.name) } td { (r.teacher) } td { (i18n::phase(r.class.phase)) }
                    td { (r.pupils) } td { (tf("of-count", &[("n", r.started.into()), ("total", r.pupils.into())])) }
                    td { (r.first_tries) } td { (r.assigned) } td { (r.secure) } td { (r.working_towards) } td { (r.flagged) }
                } } }
            }
            p class="note" { (tr("school-view-statements-note")) }
        }
        h2 { (tr("school-view-common")) }
        @if common.is_empty() { p { (tr("glance-nothing-yet")) } }
        @else {
            table {
                caption { (tr("school-view-common")) }
                thead { tr {
                    th scope="col" { (tr("col-level")) } th scope="col" { (tr("col-question")) } th scope="col" { (tr("col-choice")) }
                    th scope="col" { (tr("col-pupils")) } th scope="col" { (tr("school-view-in-classes")) }
                } }
                tbody { @for c in common.iter().take(12) { tr {
                    td { (c.level) } td { (c.question) } td { (c.choice) } td { (c.pupils) } td { (c.classes) }
                } } }
            }
        }
    };
    Ok(Html(page(&title, Some(&teacher.email), body).into_string()).into_response())
}
