//! The top of the class page, what a teacher needs first: who needs a word, what to talk
//! about tomorrow, who hasn't started or is late, and where the class is with the
//! statements, each linking to the detail further down.

use super::dates;
use super::talk::pupils as pupil_count;
use crate::db::pupils::Pupil;
use crate::report::Report;
use maud::{Markup, html};

/// Most talk points in the summary.
const TOP: usize = 3;

pub fn at_a_glance(class_id: i64, pupils: &[Pupil], report: &Report) -> Markup {
    let nickname = |id: i64| pupils.iter().find(|p| p.id == id).map_or("", |p| p.nickname.as_str());
    let link = |id: i64| format!("/teacher/classes/{class_id}/pupils/{id}");
    let mut flagged: Vec<(i64, usize)> = Vec::new();
    for w in &report.needs_a_word {
        match flagged.iter_mut().find(|(p, _)| *p == w.pupil) {
            Some((_, n)) => *n += 1,
            None => flagged.push((w.pupil, 1)),
        }
    }
    let (secure, towards) = report.assessment.totals();
    let (better, same, lower) = report.assessment.changes();
    html! {
        section class="glance" aria-label="At a glance" {
            div class="panel" {
                h2 { a href="#needs-a-word" { "Needs a word" } }
                @if flagged.is_empty() { p { "Nobody so far." } }
                @else {
                    ul { @for (pupil, n) in &flagged {
                        li { a href=(link(*pupil)) { (nickname(*pupil)) } ": " (n) " first-try " (if *n == 1 { "choice" } else { "choices" }) }
                    } }
                }
            }
            div class="panel" {
                h2 { a href="#talk" { "To talk about tomorrow" } }
                @if report.talk.is_empty() { p { "Nothing yet." } }
                @else {
                    ol { @for t in report.talk.iter().take(TOP) {
                        li { "“" (t.choice) "” " span class="note" { "(" (t.level_title) ": " (t.question) ")" } " — " (pupil_count(t.pupils.len())) }
                    } }
                }
            }
            div class="panel" {
                h2 { "Not started or late" }
                @if pupils.is_empty() { p { "No pupils yet." } }
                @else if report.not_started.is_empty() && report.late.is_empty() { p { "Everyone has started, and nothing is late." } }
                @if !report.not_started.is_empty() {
                    p { strong { "Not started yet: " }
                        @for (i, id) in report.not_started.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href=(link(*id)) { (nickname(*id)) }
                        }
                    }
                }
                @if !report.late.is_empty() {
                    p { strong { "Late" } " (past the due date, not played):" }
                    ul { @for l in &report.late {
                        li { a href=(link(l.pupil)) { (nickname(l.pupil)) } ": " (l.level_title) ", due " (dates::day(&l.due)) }
                    } }
                }
            }
        }
        @if !report.assessment.statements.is_empty() {
            p class="glance-line" {
                strong { "Statements: " } (secure) " secure, " (towards) " working towards, over "
                (report.assessment.statements.len()) " statements. "
                @if better + same + lower > 0 {
                    strong { "Since the first level: " } (better) " better, " (same) " the same, " (lower) " lower. "
                }
                a href=(format!("/teacher/classes/{class_id}/summary")) { "Printable class summary" }
            }
        }
    }
}
