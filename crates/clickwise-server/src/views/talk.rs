//! "Talk about in class": the choices the class most often made on a first try that
//! weren't the safe one, every kind of step, each with its question and the level's
//! questions to discuss.

use crate::i18n::{tf, tr};
use crate::report::attention::Talk;
use maud::{Markup, html};

/// Most rows in the table; the rest are in the CSV.
pub const SHOWN: usize = 12;

/// The number of pupils, in words.
pub fn pupils(n: usize) -> String {
    tf("pupils-count", &[("count", n.into())])
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
            h2 id="talk-h" { (tr("talk-heading")) }
            @if points.is_empty() {
                p class="note" { (tr("talk-empty")) }
            } @else {
                table {
                    caption { (tr("talk-caption")) }
                    thead { tr {
                        th scope="col" { (tr("col-level")) }
                        th scope="col" { (tr("col-question")) }
                        th scope="col" { (tr("col-choice")) }
                        th scope="col" { (tr("col-pupils")) }
                    } }
                    tbody { @for t in shown { tr {
                        td { (t.level_title) }
                        td { (t.question) }
                        td {
                            (t.choice)
                            @if t.flagged { br; span class="note" { (tr("talk-also-flagged")) } }
                        }
                        td { (pupils(t.pupils.len())) }
                    } } }
                }
                @if points.len() > SHOWN {
                    p class="note" { (tf("talk-more", &[("count", (points.len() - SHOWN).into())])) }
                }
                h3 { (tr("talk-questions")) }
                @for (title, questions) in &levels {
                    p class="talk-level" { strong { (title) } }
                    ul { @for q in questions.iter() { li { (q) } } }
                }
            }
        }
    }
}
