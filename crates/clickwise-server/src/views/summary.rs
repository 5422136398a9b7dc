//! The printable, dated class summary for the Computing lead and for evidence: coverage,
//! strands, statements, what changed since the first level, and flags and talk points as
//! counts (no pupil is named).

use super::dates;
use super::layout::page;
use super::statements::{class_table, rule};
use super::talk::pupils as pupil_count;
use crate::report::{ClassData, Report};
use maud::{Markup, html};

/// Flagged first-try choices per level: (level title, choices, pupils).
fn flags_per_level(report: &Report) -> Vec<(&str, usize, usize)> {
    let mut out: Vec<(&str, usize, Vec<i64>)> = Vec::new();
    for w in &report.needs_a_word {
        match out.iter_mut().find(|(t, _, _)| *t == w.level_title) {
            Some((_, n, pupils)) => {
                *n += 1;
                if !pupils.contains(&w.pupil) {
                    pupils.push(w.pupil);
                }
            }
            None => out.push((&w.level_title, 1, vec![w.pupil])),
        }
    }
    out.into_iter().map(|(t, n, p)| (t, n, p.len())).collect()
}

/// Per strand: (name, statements, secure, working towards).
fn strands(report: &Report) -> Vec<(&'static str, usize, usize, usize)> {
    let mut out: Vec<(&'static str, usize, usize, usize)> = Vec::new();
    for r in &report.assessment.statements {
        match out.iter_mut().find(|(s, ..)| *s == r.strand) {
            Some((_, n, s, w)) => {
                (*n, *s, *w) = (*n + 1, *s + r.summary.secure, *w + r.summary.working_towards)
            }
            None => out.push((r.strand, 1, r.summary.secure, r.summary.working_towards)),
        }
    }
    out
}

pub fn summary_page(email: &str, data: &ClassData, report: &Report, today: &str) -> Markup {
    let class = &data.class;
    let started = data.pupils.len() - report.not_started.len();
    let first_tries = data.results.iter().filter(|r| r.first_try).count();
    let (better, same, lower) = report.assessment.changes();
    let stars_share = |strand: &str| report.strands.iter().find(|(s, _)| s == strand).map(|(_, v)| *v);
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{}", class.id)) { "← " (class.name) } " · Print this page from your browser for a dated record." }
        h1 { "Class summary: " (class.name) }
        p { (class.phase.label()) " · " (data.pupils.len()) " pupils · " strong { "Printed " (dates::day_and_year(today)) } }
        p class="note" { "Against UKCIS Education for a Connected World (2020). Pupils play under made-up nicknames; this summary names no one." }

        h2 { "Coverage" }
        ul {
            li { (report.columns.iter().filter(|c| c.assigned).count()) " levels assigned; " (report.columns.len()) " assigned or played." }
            li { (started) " of " (data.pupils.len()) " pupils have started; " (first_tries) " first tries in all." }
            li { (report.assessment.statements.len()) " statements taught, in " (strands(report).len()) " of 8 strands." }
        }
        @if !report.columns.is_empty() {
            table {
                caption { "Levels" }
                thead { tr { th scope="col" { "Level" } th scope="col" { "Assigned" } th scope="col" { "Due" } th scope="col" { "Pupils who played it" } } }
                tbody { @for (col, c) in report.columns.iter().enumerate() { tr {
                    td { (c.title) }
                    td { (if c.assigned { "Yes" } else { "No" }) }
                    td { @if let Some(due) = &c.due { (dates::day_and_year(due)) } }
                    td { (report.rows.iter().filter(|r| r[col].plays > 0).count()) " of " (data.pupils.len()) }
                } } }
            }
        }

        h2 { "Strands" }
        @if report.assessment.statements.is_empty() { p class="note" { "None yet: assign some levels." } }
        @else {
            table {
                caption { "Per strand: statements taught, and pupils secure or working towards them (counted once per statement)" }
                thead { tr { th scope="col" { "Strand" } th scope="col" { "Statements" } th scope="col" { "Secure" } th scope="col" { "Working towards" } th scope="col" { "Stars earned" } } }
                tbody { @for (strand, n, secure, towards) in strands(report) { tr {
                    td { (strand) } td { (n) } td { (secure) } td { (towards) }
                    td { @if let Some(v) = stars_share(strand) { (format!("{:.0}%", v * 100.0)) } }
                } } }
            }
            p class="note" { "Stars earned: of all the stars possible on the strand's levels (3 per pupil per level, best try; a level not played counts as none)." }
        }

        h2 { "Statements" }
        (rule())
        (class_table(&report.assessment))

        h2 { "What changed since the first level" }
        @let again: Vec<_> = report.assessment.statements.iter().filter(|r| r.summary.met_again() > 0).collect();
        @if again.is_empty() {
            p { "No statement has come again in a later level yet." }
        } @else {
            p { "Where a statement came again in a later level, each pupil's latest first try compared with their first: "
                strong { (better) " better, " (same) " the same, " (lower) " lower." } }
            ul { @for r in &again {
                li { (r.text.trim_end_matches('.')) ": " (r.summary.better) " better, " (r.summary.same) " the same, " (r.summary.lower) " lower" }
            } }
        }

        section id="needs-a-word-counts" {
            h2 { "Needs a word (counts)" }
            @let flags = flags_per_level(report);
            @if flags.is_empty() { p { "No first-try choice has needed a word." } }
            @else {
                table {
                    caption { "First-try choices worth a quiet word, per level (names are on the class page)" }
                    thead { tr { th scope="col" { "Level" } th scope="col" { "Choices" } th scope="col" { "Pupils" } } }
                    tbody { @for (title, n, pupils) in &flags { tr { td { (title) } td { (n) } td { (pupils) } } } }
                }
            }
        }

        h2 { "Talked about most" }
        @if report.talk.is_empty() { p { "Nothing yet." } }
        @else {
            table {
                caption { "First-try choices that weren't the safest, most made first" }
                thead { tr { th scope="col" { "Level" } th scope="col" { "The question" } th scope="col" { "The choice" } th scope="col" { "Pupils" } } }
                tbody { @for t in report.talk.iter().take(8) { tr {
                    td { (t.level_title) } td { (t.question) } td { (t.choice) } td { (pupil_count(t.pupils.len())) }
                } } }
            }
        }
    };
    page(&format!("Class summary: {}", class.name), Some(email), body)
}
