//! Teacher notes for every level, grouped by age group, on one printable page: the
//! objective, the curriculum statements it teaches (in words), questions to discuss, what
//! to watch for, and the safeguarding note.

use crate::auth::SignedIn;
use crate::state::AppState;
use crate::views::layout::page;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use clickwise_core::Phase;
use maud::html;

pub async fn show(State(s): State<AppState>, teacher: SignedIn) -> Response {
    render(&s, Some(&teacher.email), html! { a href="/teacher" { "← Your classes" } })
}

/// The same notes for anyone, at `/notes`: a parent at home or a teacher without an
/// account can read and print them. They are the levels' own words, nothing about pupils.
pub async fn show_public(State(s): State<AppState>) -> Response {
    render(&s, None, html! { a href="/" { "← Back to the game" } })
}

fn render(s: &AppState, email: Option<&str>, back: maud::Markup) -> Response {
    let statement = |id: &str| -> String {
        s.levels
            .curriculum
            .as_ref()
            .and_then(|c| c.statement(id))
            .map_or_else(|| id.to_owned(), |st| st.text.clone())
    };
    let body = html! {
        p class="no-print" { (back) " · Print this page for a set of notes (Ctrl+P)." }
        h1 { "Teacher notes for every level" }
        p { "Before a lesson: agree ground rules, know who your Designated Safeguarding Lead is, and remind pupils that they can always tell a trusted adult. Pupils play as characters, so nobody has to talk about themselves." }
        @for phase in Phase::ALL {
            h2 { (phase.label()) }
            @for level in s.levels.list.iter().filter(|l| l.phase == phase) {
                section class="panel notes" {
                    h3 { (level.title.en) }
                    p { strong { "Objective: " } (level.objective.en) }
                    @if !level.statements.is_empty() {
                        p { strong { "Education for a Connected World: " } }
                        ul { @for id in &level.statements { li { (statement(id)) } } }
                    }
                    @if let Some(notes) = &level.teacher_notes {
                        p { strong { "Talk about" } }
                        ul { @for q in &notes.discussion { li { (q.en) } } }
                        p { strong { "Watch for" } }
                        ul { @for w in &notes.watch_for { li { (w.en) } } }
                        p { strong { "Safeguarding: " } (notes.safeguarding.en) }
                    }
                }
            }
        }
    };
    Html(page("Teacher notes", email, body).into_string()).into_response()
}
