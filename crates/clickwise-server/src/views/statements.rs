//! *Education for a Connected World*: each statement the class's levels teach, who is
//! secure or working towards it, and whether first tries got better when it came again.

use crate::db::pupils::Pupil;
use crate::report::assessment::Assessment;
use clickwise_core::insight::{Change, StatementStatus, Status};
use maud::{Markup, html};

/// The rule, in a teacher's words (core's `insight::statements` is the definition).
pub fn rule() -> Markup {
    html! {
        p class="note" {
            "Worked out from first tries only. A first try shows a statement when it made no risky choice and earned 2 or more stars. "
            strong { "Secure" } ": the pupil's latest first try at a level teaching it shows it, and so do at least half of them. "
            strong { "Working towards" } ": otherwise. "
            strong { "Since the first level" } ": when a statement comes again in a later level, the latest first try against the first (a change of less than 10 points in 100 counts as the same)."
        }
    }
}

fn change(c: Option<Change>) -> &'static str {
    c.map_or("–", Change::label)
}

/// Per statement: coverage, status counts and learning over time.
pub fn class_table(a: &Assessment) -> Markup {
    html! {
        @if a.statements.is_empty() {
            p class="note" { "Appears once levels are assigned or played." }
        } @else {
            table class="statements" {
                caption { "Statements the class's levels teach (Education for a Connected World)" }
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { "Statement" }
                    th scope="col" { "Strand" }
                    th scope="col" { "Taught in" }
                    th scope="col" { "Secure" }
                    th scope="col" { "Working towards" }
                    th scope="col" { "Not started" }
                    th scope="col" { "Since the first level" }
                } }
                tbody { @for (i, r) in a.statements.iter().enumerate() { tr {
                    td { (i + 1) }
                    td { (r.text) }
                    td { (r.strand) }
                    td { (r.level_titles.join(", ")) }
                    td { (r.summary.secure) }
                    td { (r.summary.working_towards) }
                    td { (r.summary.not_started) }
                    td {
                        @if r.summary.met_again() == 0 { span class="none" { "Not met again yet" } }
                        @else { (r.summary.better) " better, " (r.summary.same) " the same, " (r.summary.lower) " lower" }
                    }
                } } }
            }
        }
    }
}

fn cell(s: Option<&StatementStatus>) -> Markup {
    match s {
        None => html! { span class="none" aria-hidden="true" { "–" } span class="sr" { "not started" } },
        Some(s) => {
            let (short, class) = match s.status {
                Status::Secure => ("S", "secure"),
                Status::WorkingTowards => ("WT", "towards"),
            };
            html! {
                span class=(class) aria-hidden="true" { (short) }
                span class="sr" { (s.status.label()) }
                @if let Some(c) = s.change { br; span class="note" { (c.label().to_lowercase()) } }
            }
        }
    }
}

/// Pupils × statements, numbered as in [`class_table`].
pub fn pupil_grid(class_id: i64, pupils: &[Pupil], a: &Assessment) -> Markup {
    html! {
        @if !a.statements.is_empty() && !pupils.is_empty() {
            div class="grid-wrap" {
                table class="grid" {
                    caption { "Each pupil and each statement: S secure, WT working towards, – not started; below, since the first level" }
                    thead { tr {
                        th scope="col" { "Pupil" }
                        @for (i, r) in a.statements.iter().enumerate() { th scope="col" title=(r.text) { (i + 1) } }
                    } }
                    tbody { @for (pupil, mine) in pupils.iter().zip(&a.pupils) { tr {
                        th scope="row" { a href=(format!("/teacher/classes/{class_id}/pupils/{}", pupil.id)) { (pupil.nickname) } }
                        @for r in &a.statements {
                            td class="cell" { (cell(mine.iter().find(|s| s.statement == r.summary.statement))) }
                        }
                    } } }
                }
            }
        }
    }
}

/// One pupil's statements, for their page.
pub fn pupil_list(a: &Assessment, mine: &[StatementStatus], level_title: impl Fn(&str) -> String) -> Markup {
    html! {
        @if mine.is_empty() {
            p class="note" { "Appears once this pupil has finished a level." }
        } @else {
            table class="statements" {
                caption { "Education for a Connected World statements met so far" }
                thead { tr {
                    th scope="col" { "Statement" }
                    th scope="col" { "Status" }
                    th scope="col" { "First tries" }
                    th scope="col" { "Since the first level" }
                } }
                tbody { @for s in mine { tr {
                    td { (a.text_of(&s.statement)) }
                    td { strong { (s.status.label()) } }
                    td { (s.shown) " of " (s.tries) " showed it" }
                    td {
                        (change(s.change))
                        @if s.change.is_some() { br; span class="note" { (level_title(&s.first_level)) " → " (level_title(&s.latest_level)) } }
                    }
                } } }
            }
        }
    }
}
