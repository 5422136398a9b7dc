//! "Talk about in class": the choices the class most often made on a first try that
//! weren't the safe one, every kind of step, each with its question and the level's
//! questions to discuss.

use crate::report::attention::Talk;
use maud::{Markup, html};

/// Most rows in the table; the rest are in the CSV.
pub const SHOWN: usize = 12;

/// The number of pupils, in words.
pub fn pupils(n: usize) -> String {
    if n == 1 { "1 pupil".into() } else { format!("{n} pupils") }
}

pub fn table(points: &[Talk]) -> Markup {
    let shown = &points[..points.len().min(SHOWN)];
    let mut levels: Vec<(&str, &[String])> = Vec::new();
    for t in shown {
        if !levels.iter().any(|(title, _)| *title == t.level_title) {
            levels.push((&t.level_title, &t.discussion[..]));
        }
    }
    html! {
        section id="talk" aria-labelledby="talk-h" {
            h2 id="talk-h" { "Talk about in class" }
            @if points.is_empty() {
                p class="note" { "The choices pupils make on a first try that weren't the safest will show here, most made first." }
            } @else {
                table {
                    caption { "First-try choices that weren't the safest, most made first" }
                    thead { tr {
                        th scope="col" { "Level" }
                        th scope="col" { "The question" }
                        th scope="col" { "The choice" }
                        th scope="col" { "Pupils" }
                    } }
                    tbody { @for t in shown { tr {
                        td { (t.level_title) }
                        td { (t.question) }
                        td {
                            (t.choice)
                            @if t.flagged { br; span class="note" { "Also in “Needs a word”" } }
                        }
                        td { (pupils(t.pupils.len())) }
                    } } }
                }
                @if points.len() > SHOWN {
                    p class="note" { (points.len() - SHOWN) " more in the results download (CSV)." }
                }
                h3 { "Questions to discuss" }
                @for (title, questions) in &levels {
                    p class="talk-level" { strong { (title) } }
                    ul { @for q in questions.iter() { li { (q) } } }
                }
            }
        }
    }
}
