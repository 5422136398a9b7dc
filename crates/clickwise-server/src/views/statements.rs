//! *Education for a Connected World*: each statement the class's levels teach, who is
//! secure or working towards it, and whether first tries got better when it came again.

use crate::db::pupils::Pupil;
use crate::i18n::{self, tf, tr};
use crate::report::assessment::Assessment;
use clickwise_core::insight::{Change, StatementStatus, Status};
use maud::{Markup, html};

/// The rule, in a teacher's words (core's `insight::statements` is the definition).
pub fn rule() -> Markup {
    html! {
        p class="note" {
            (tr("rule-intro")) " "
            strong { (i18n::status(Status::Secure)) } ": " (tr("rule-secure")) " "
            strong { (i18n::status(Status::WorkingTowards)) } ": " (tr("rule-towards")) " "
            strong { (tr("since-first-level")) } ": " (tr("rule-since"))
        }
    }
}

fn change(c: Option<Change>) -> String {
    c.map_or_else(|| "–".to_owned(), i18n::change)
}

/// Per statement: coverage, status counts and learning over time.
pub fn class_table(a: &Assessment) -> Markup {
    html! {
        @if a.statements.is_empty() {
            p class="note" { (tr("appears-once-played")) }
        } @else {
            table class="statements" {
                caption { (tr("statements-caption")) }
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (tr("col-statement")) }
                    th scope="col" { (tr("col-strand")) }
                    th scope="col" { (tr("col-taught-in")) }
                    th scope="col" { (i18n::status(Status::Secure)) }
                    th scope="col" { (i18n::status(Status::WorkingTowards)) }
                    th scope="col" { (tr("not-started-heading")) }
                    th scope="col" { (tr("since-first-level")) }
                } }
                tbody { @for (i, r) in a.statements.iter().enumerate() { tr {
                    td { (i + 1) }
                    td { (r.text) }
                    td { (i18n::strand(r.strand)) }
                    td { (r.level_titles.join(", ")) }
                    td { (r.summary.secure) }
                    td { (r.summary.working_towards) }
                    td { (r.summary.not_started) }
                    td {
                        @if r.summary.met_again() == 0 { span class="none" { (tr("not-met-again")) } }
                        @else { (tf("changes-counts", &[("better", r.summary.better.into()), ("same", r.summary.same.into()), ("lower", r.summary.lower.into())])) }
                    }
                } } }
            }
        }
    }
}

fn cell(s: Option<&StatementStatus>) -> Markup {
    match s {
        None => {
            html! { span class="none" aria-hidden="true" { "–" } span class="sr" { (tr("not-started")) } }
        }
        Some(s) => {
            let (short, class) = match s.status {
                Status::Secure => (tr("status-short-secure"), "secure"),
                Status::WorkingTowards => (tr("status-short-towards"), "towards"),
            };
            html! {
                span class=(class) aria-hidden="true" { (short) }
                span class="sr" { (i18n::status(s.status)) }
                @if let Some(c) = s.change { br; span class="note" { (i18n::change(c).to_lowercase()) } }
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
                    caption { (tr("statements-grid-caption")) }
                    thead { tr {
                        th scope="col" { (tr("col-pupil")) }
                        @for (i, r) in a.statements.iter().enumerate() { th scope="col" title=(r.text) { (i + 1) } }
                    } }
                    tbody { @for (pupil, mine) in pupils.iter().zip(&a.pupils) { tr {
                        th scope="row" { a href=(format!("/teacher/classes/{class_id}/pupils/{}", pupil.id)) { (crate::i18n::nickname(&pupil.nickname)) } }
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
            p class="note" { (tr("appears-once-finished")) }
        } @else {
            table class="statements" {
                caption { (tr("statements-pupil-caption")) }
                thead { tr {
                    th scope="col" { (tr("col-statement")) }
                    th scope="col" { (tr("col-status")) }
                    th scope="col" { (tr("col-first-tries")) }
                    th scope="col" { (tr("since-first-level")) }
                } }
                tbody { @for s in mine { tr {
                    td { (a.text_of(&s.statement)) }
                    td { strong { (i18n::status(s.status)) } }
                    td { (tf("first-tries-showed", &[("shown", s.shown.into()), ("tries", s.tries.into())])) }
                    td {
                        (change(s.change))
                        @if s.change.is_some() { br; span class="note" { (level_title(&s.first_level)) " → " (level_title(&s.latest_level)) } }
                    }
                } } }
            }
        }
    }
}
