//! "Needs a word": first-try choices worth a quiet, kind word with a pupil — the question,
//! what they chose, why it is worth a word, and the level's questions to talk it through.
//! Shown for the class (with each pupil's nickname) and on a pupil's own page.

use crate::db::pupils::Pupil;
use crate::i18n::{tf, tr};
use crate::report::attention::Word;
use maud::{Markup, html};

/// The panel. `pupils` is the class, for nicknames and links; `with_pupil` adds a column
/// naming the pupil (the class's panel).
pub fn panel(class_id: i64, pupils: &[Pupil], words: &[&Word], with_pupil: bool) -> Markup {
    let nickname = |id: i64| {
        pupils.iter().find(|p| p.id == id).map_or_else(String::new, |p| crate::i18n::nickname(&p.nickname))
    };
    let mut levels: Vec<(&str, &[String])> = Vec::new();
    for w in words {
        if !levels.iter().any(|(t, _)| *t == w.level_title) {
            levels.push((&w.level_title, &w.discussion[..]));
        }
    }
    html! {
        section class="panel needs-word" id="needs-a-word" aria-labelledby="needs-a-word-h" {
            h2 id="needs-a-word-h" { (tr("needs-word")) }
            p class="note" { (tr("needs-word-note")) " " (tr("needs-word-safeguarding")) }
            @if words.is_empty() {
                p { (tr("needs-word-empty")) }
            } @else {
                table {
                    caption { (tf("needs-word-caption", &[("count", words.len().into())])) }
                    thead { tr {
                        @if with_pupil { th scope="col" { (tr("col-pupil")) } }
                        th scope="col" { (tr("col-level")) }
                        th scope="col" { (tr("col-question")) }
                        th scope="col" { (tr("col-first-choice")) }
                        th scope="col" { (tr("col-why-word")) }
                    } }
                    tbody { @for w in words { tr {
                        @if with_pupil {
                            th scope="row" { a href=(format!("/teacher/classes/{class_id}/pupils/{}", w.pupil)) { (nickname(w.pupil)) } }
                        }
                        td { (w.level_title) }
                        td { (w.question) }
                        td { (w.choice) }
                        td { (w.note) }
                    } } }
                }
                h3 { (tr("needs-word-questions")) }
                @for (title, questions) in &levels {
                    p class="talk-level" { strong { (title) } }
                    ul { @for q in questions.iter() { li { (q) } } }
                }
            }
        }
    }
}
