//! The top of the class page, what a teacher needs first: who needs a word, what to talk
//! about tomorrow, who hasn't started or is late, and where the class is with the
//! statements, each linking to the detail further down.

use super::dates;
use super::talk::pupils as pupil_count;
use crate::db::pupils::Pupil;
use crate::i18n::{tf, tr};
use crate::report::Report;
use maud::{Markup, html};

/// Most talk points in the summary.
const TOP: usize = 3;

pub fn at_a_glance(class_id: i64, pupils: &[Pupil], report: &Report) -> Markup {
    let nickname = |id: i64| {
        pupils.iter().find(|p| p.id == id).map_or_else(String::new, |p| crate::i18n::nickname(&p.nickname))
    };
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
        section class="glance" aria-label=(tr("glance")) {
            div class="panel" {
                h2 { a href="#needs-a-word" { (tr("needs-word")) } }
                @if flagged.is_empty() { p { (tr("glance-nobody")) } }
                @else {
                    ul { @for (pupil, n) in &flagged {
                        li { a href=(link(*pupil)) { (nickname(*pupil)) } ": " (tf("glance-choices", &[("count", (*n).into())])) }
                    } }
                }
            }
            div class="panel" {
                h2 { a href="#talk" { (tr("glance-talk")) } }
                @if report.talk.is_empty() { p { (tr("glance-nothing-yet")) } }
                @else {
                    ol { @for t in report.talk.iter().take(TOP) {
                        li { "“" (t.choice) "” " span class="note" { "(" (t.level_title) ": " (t.question) ")" } " — " (pupil_count(t.pupils.len())) }
                    } }
                }
            }
            div class="panel" {
                h2 { (tr("glance-not-started-late")) }
                @if pupils.is_empty() { p { (tr("glance-no-pupils")) } }
                @else if report.not_started.is_empty() && report.late.is_empty() { p { (tr("glance-all-started")) } }
                @if !report.not_started.is_empty() {
                    p { strong { (tr("glance-not-started")) " " }
                        @for (i, id) in report.not_started.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href=(link(*id)) { (nickname(*id)) }
                        }
                    }
                }
                @if !report.late.is_empty() {
                    p { strong { (tr("glance-late")) } " " (tr("glance-late-why")) }
                    ul { @for l in &report.late {
                        li { a href=(link(l.pupil)) { (nickname(l.pupil)) } ": " (tf("glance-late-level", &[("level", (&l.level_title).into()), ("date", dates::day(&l.due).into())])) }
                    } }
                }
            }
        }
        @if !report.assessment.statements.is_empty() {
            p class="glance-line" {
                strong { (tr("glance-statements")) " " }
                (tf("glance-statements-counts", &[("secure", secure.into()), ("towards", towards.into()), ("count", report.assessment.statements.len().into())])) " "
                @if better + same + lower > 0 {
                    strong { (tr("since-first-level")) ": " }
                    (tf("changes-counts", &[("better", better.into()), ("same", same.into()), ("lower", lower.into())])) ". "
                }
                a href=(format!("/teacher/classes/{class_id}/summary")) { (tr("glance-summary-link")) }
            }
        }
    }
}
