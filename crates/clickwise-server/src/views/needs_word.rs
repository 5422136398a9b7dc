//! "Needs a word": first-try choices worth a quiet, kind word with a pupil — the question,
//! what they chose, why it is worth a word, and the level's questions to talk it through.
//! Shown for the class (with each pupil's nickname) and on a pupil's own page.

use crate::db::pupils::Pupil;
use crate::report::attention::Word;
use maud::{Markup, html};

/// The panel. `pupils` is the class, for nicknames and links; `with_pupil` adds a column
/// naming the pupil (the class's panel).
pub fn panel(class_id: i64, pupils: &[Pupil], words: &[&Word], with_pupil: bool) -> Markup {
    let nickname = |id: i64| pupils.iter().find(|p| p.id == id).map_or("", |p| p.nickname.as_str());
    let mut levels: Vec<(&str, &[String])> = Vec::new();
    for w in words {
        if !levels.iter().any(|(t, _)| *t == w.level_title) {
            levels.push((&w.level_title, &w.discussion[..]));
        }
    }
    html! {
        section class="panel needs-word" id="needs-a-word" aria-labelledby="needs-a-word-h" {
            h2 id="needs-a-word-h" { "Needs a word" }
            p class="note" {
                "First-try choices worth a quiet, kind word. They are not scores: a pupil can earn three stars and still be here. "
                "If anything a pupil says worries you, follow your school's safeguarding policy and speak to your Designated Safeguarding Lead."
            }
            @if words.is_empty() {
                p { "Nothing so far. Choices worth a word will show here as pupils play." }
            } @else {
                table {
                    caption { (words.len()) " first-try " (if words.len() == 1 { "choice" } else { "choices" }) " worth a word" }
                    thead { tr {
                        @if with_pupil { th scope="col" { "Pupil" } }
                        th scope="col" { "Level" }
                        th scope="col" { "The question" }
                        th scope="col" { "Their first choice" }
                        th scope="col" { "Why it's worth a word" }
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
                h3 { "Questions to talk it through" }
                @for (title, questions) in &levels {
                    p class="talk-level" { strong { (title) } }
                    ul { @for q in questions.iter() { li { (q) } } }
                }
            }
        }
    }
}
