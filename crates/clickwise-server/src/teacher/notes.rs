//! Teacher notes for every level, grouped by age group, on one printable page: the
//! objective, the curriculum statements it teaches (in words), questions to discuss, what
//! to watch for, and the safeguarding note.

use crate::auth::SignedIn;
use crate::i18n::{self, tr};
use crate::state::AppState;
use crate::views::layout::page;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use clickwise_core::Phase;
use maud::html;

pub async fn show(State(s): State<AppState>, teacher: SignedIn) -> Response {
    render(&s, Some(&teacher.email), html! { a href="/teacher" { "← " (tr("home-title")) } })
}

/// The same notes for anyone, at `/notes`: a parent at home or a teacher without an
/// account can read and print them. They are the levels' own words, nothing about pupils.
pub async fn show_public(State(s): State<AppState>) -> Response {
    render(&s, None, html! { a href="/" { "← " (tr("notes-back-to-game")) } })
}

fn render(s: &AppState, email: Option<&str>, back: maud::Markup) -> Response {
    let lang = i18n::lang();
    let statement = |id: &str| -> String {
        s.levels
            .curriculum
            .as_ref()
            .and_then(|c| c.statement(id))
            .map_or_else(|| id.to_owned(), |st| st.text.get(lang).to_owned())
    };
    let body = html! {
        p class="no-print" { (back) " · " (tr("notes-print")) }
        h1 { (tr("home-notes-link")) }
        p { (tr("notes-before")) }
        @for phase in Phase::ALL {
            h2 { (i18n::phase(phase)) }
            @for level in s.levels.list.iter().filter(|l| l.phase == phase) {
                section class="panel notes" {
                    h3 { (level.title.get(lang)) }
                    p { strong { (tr("notes-objective")) " " } (level.objective.get(lang)) }
                    @if !level.statements.is_empty() {
                        p { strong { (tr("efcw-name")) ": " } }
                        ul { @for id in &level.statements { li { (statement(id)) } } }
                    }
                    @if let Some(notes) = &level.teacher_notes {
                        p { strong { (tr("notes-talk")) } }
                        ul { @for q in &notes.discussion { li { (q.get(lang)) } } }
                        p { strong { (tr("notes-watch")) } }
                        ul { @for w in &notes.watch_for { li { (w.get(lang)) } } }
                        p { strong { (tr("notes-safeguarding")) " " } (notes.safeguarding.get(lang)) }
                    }
                }
            }
        }
    };
    Html(page(&tr("notes-page"), email, body).into_string()).into_response()
}
