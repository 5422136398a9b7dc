//! The printable, dated class summary for the Computing lead and for evidence: coverage,
//! strands, statements, what changed since the first level, and flags and talk points as
//! counts (no pupil is named).

use super::dates;
use super::layout::page;
use super::statements::{class_table, rule};
use super::talk::pupils as pupil_count;
use crate::i18n::{self, tf, tr};
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
    let stars_share = |strand: &str| {
        let name = i18n::strand(strand);
        report.strands.iter().find(|(s, _)| *s == name).map(|(_, v)| *v)
    };
    let n_pupils = data.pupils.len();
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{}", class.id)) { "← " (class.name) } " · " (tr("summary-print-hint")) }
        h1 { (tf("summary-title", &[("class", (&class.name).into())])) }
        p { (i18n::phase(class.phase)) " · " (tf("pupils-count", &[("count", n_pupils.into())])) " · " strong { (tf("summary-printed", &[("date", dates::day_and_year(today).into())])) } }
        p class="note" { (tr("summary-against")) }

        h2 { (tr("summary-coverage")) }
        ul {
            li { (tf("summary-levels", &[("assigned", report.columns.iter().filter(|c| c.assigned).count().into()), ("all", report.columns.len().into())])) }
            li { (tf("summary-started", &[("started", started.into()), ("pupils", n_pupils.into()), ("tries", first_tries.into())])) }
            li { (tf("summary-statements", &[("count", report.assessment.statements.len().into()), ("strands", strands(report).len().into())])) }
        }
        @if !report.columns.is_empty() {
            table {
                caption { (tr("pupil-levels")) }
                thead { tr { th scope="col" { (tr("col-level")) } th scope="col" { (tr("col-assigned")) } th scope="col" { (tr("col-due")) } th scope="col" { (tr("col-played-it")) } } }
                tbody { @for (col, c) in report.columns.iter().enumerate() { tr {
                    td { (c.title) }
                    td { (tr(if c.assigned { "yes" } else { "no" })) }
                    td { @if let Some(due) = &c.due { (dates::day_and_year(due)) } }
                    td { (tf("of-count", &[("n", report.rows.iter().filter(|r| r[col].plays > 0).count().into()), ("total", n_pupils.into())])) }
                } } }
            }
        }

        h2 { (tr("summary-strands")) }
        @if report.assessment.statements.is_empty() { p class="note" { (tr("summary-none-yet")) } }
        @else {
            table {
                caption { (tr("summary-strands-caption")) }
                thead { tr { th scope="col" { (tr("col-strand")) } th scope="col" { (tr("summary-statements-heading")) } th scope="col" { (i18n::status(clickwise_core::insight::Status::Secure)) } th scope="col" { (i18n::status(clickwise_core::insight::Status::WorkingTowards)) } th scope="col" { (tr("col-stars-earned")) } } }
                tbody { @for (strand, n, secure, towards) in strands(report) { tr {
                    td { (i18n::strand(strand)) } td { (n) } td { (secure) } td { (towards) }
                    td { @if let Some(v) = stars_share(strand) { (format!("{:.0}%", v * 100.0)) } }
                } } }
            }
            p class="note" { (tr("summary-stars-note")) }
        }

        h2 { (tr("summary-statements-heading")) }
        (rule())
        (class_table(&report.assessment))

        h2 { (tr("summary-changed")) }
        @let again: Vec<_> = report.assessment.statements.iter().filter(|r| r.summary.met_again() > 0).collect();
        @if again.is_empty() {
            p { (tr("summary-not-again")) }
        } @else {
            p { (tr("summary-again")) " "
                strong { (tf("changes-counts", &[("better", better.into()), ("same", same.into()), ("lower", lower.into())])) "." } }
            ul { @for r in &again {
                li { (r.text.trim_end_matches('.')) ": " (tf("changes-counts", &[("better", r.summary.better.into()), ("same", r.summary.same.into()), ("lower", r.summary.lower.into())])) }
            } }
        }

        section id="needs-a-word-counts" {
            h2 { (tr("summary-flags")) }
            @let flags = flags_per_level(report);
            @if flags.is_empty() { p { (tr("summary-no-flags")) } }
            @else {
                table {
                    caption { (tr("summary-flags-caption")) }
                    thead { tr { th scope="col" { (tr("col-level")) } th scope="col" { (tr("col-choices")) } th scope="col" { (tr("col-pupils")) } } }
                    tbody { @for (title, n, pupils) in &flags { tr { td { (title) } td { (n) } td { (pupils) } } } }
                }
            }
        }

        h2 { (tr("summary-talked")) }
        @if report.talk.is_empty() { p { (tr("glance-nothing-yet")) } }
        @else {
            table {
                caption { (tr("talk-caption")) }
                thead { tr { th scope="col" { (tr("col-level")) } th scope="col" { (tr("col-question")) } th scope="col" { (tr("col-choice")) } th scope="col" { (tr("col-pupils")) } } }
                tbody { @for t in report.talk.iter().take(8) { tr {
                    td { (t.level_title) } td { (t.question) } td { (t.choice) } td { (pupil_count(t.pupils.len())) }
                } } }
            }
        }
    };
    page(&tf("summary-title", &[("class", (&class.name).into())]), Some(email), body)
}
