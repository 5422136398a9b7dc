//! The class page: what needs attention first (who needs a word, what to talk about, who
//! hasn't started), then join details and tools, the grid, the statements, summaries and
//! everything to talk about in class.

use super::badges;
use super::charts::bars;
use super::dcf as dcf_view;
use super::layout::live_page;
use super::{dates, needs_word, overview, statements, talk};
use crate::db::classes::Framework;
use crate::i18n::{self, tf, tr};
use crate::levels::Levels;
use crate::report::{Cell, ClassData, Report};
use maud::{Markup, PreEscaped, html};

pub fn stars(n: u8) -> String {
    (0..3).map(|i| if i < n { '★' } else { '☆' }).collect()
}

fn cell(c: &Cell) -> Markup {
    match (c.best, c.first) {
        (None, _) if c.late => {
            html! { span class="late" { (tr("cell-late")) } span class="sr" { (tr("cell-late-sr")) } }
        }
        (None, _) => html! { span class="none" { "–" } span class="sr" { (tr("not-started")) } },
        (Some(best), first) => html! {
            span class="stars" aria-hidden="true" { (stars(best)) }
            @if let Some(f) = first.filter(|f| *f != best) {
                br; span class="note" aria-hidden="true" { (tf("cell-first", &[("stars", stars(f).into())])) }
            }
            span class="sr" {
                (tf("cell-best-sr", &[("best", best.into())]))
                @if let Some(f) = first { (tf("cell-first-sr", &[("first", f.into())])) }
            }
        },
    }
}

pub struct JoinDetails<'a> {
    pub link: &'a str,
    pub qr_svg: &'a str,
    pub practice_link: Option<String>,
}

pub fn class_page(
    email: &str,
    token: &str,
    levels: &Levels,
    data: &ClassData,
    report: &Report,
    join: &JoinDetails,
) -> Markup {
    let class = &data.class;
    let dcf = class.framework == Framework::Dcf;
    let body = html! {
        p class="no-print" { a href="/teacher" { "← " (tr("all-classes")) } }
        h1 { (class.name) }
        (super::retention::notice(class))
        (overview::at_a_glance(class.id, &data.pupils, report))
        (needs_word::panel(class.id, &data.pupils, &report.needs_a_word.iter().collect::<Vec<_>>(), true))
        div class="row" {
            div class="panel" {
                h2 { (tr("join-heading")) }
                p { (tr("join-code")) " " span class="code" { (class.code) } }
                p { (tr("join-link")) " " a href=(join.link) { (join.link) } }
                p class="note" { (tr("join-pupils-told")) }
                p class="note no-print" { (tr("join-refreshes")) }
            }
            div class="panel qr" aria-label=(tr("join-qr")) {
                (PreEscaped(join.qr_svg))
            }
            div class="panel no-print" {
                h2 { (tr("tools-heading")) }
                ul {
                    li { a href=(format!("/teacher/classes/{}/assign", class.id)) { (tr("tools-assign")) } }
                    li { a href=(format!("/teacher/classes/{}/cards", class.id)) { (tf("tools-cards", &[("count", data.pupils.len().into())])) } }
                    li { a href=(format!("/teacher/classes/{}/certificates", class.id)) { (tr("tools-certificates")) } }
                    li { a href=(format!("/teacher/classes/{}/home-pack", class.id)) { (tr("tools-home-pack")) } }
                    li { a href=(format!("/teacher/classes/{}/summary", class.id)) { (tr("tools-summary")) } }
                    li { a href=(format!("/teacher/classes/{}/results.csv", class.id)) { (tr("tools-results-csv")) } }
                    li { a href=(format!("/teacher/classes/{}/summary.csv", class.id)) { (tr("tools-summary-csv")) } }
                    li { a href=(format!("/teacher/classes/{}/delete", class.id)) { (tr("tools-delete")) } }
                }
            }
        }
        @if let Some(link) = &join.practice_link {
            p { (tr("practice-link")) " " a href=(link) { (link) } }
        }
        h2 id="grid" { (tr("grid-heading")) }
        @if data.pupils.is_empty() {
            p { (tr("grid-no-pupils")) " " a href=(format!("/teacher/classes/{}/cards", class.id)) { (tr("grid-make-cards")) } }
        } @else if report.columns.is_empty() {
            p { (tr("grid-no-levels")) " " a href=(format!("/teacher/classes/{}/assign", class.id)) { (tr("grid-assign")) } }
        } @else {
            div class="grid-wrap" {
                table class="grid" {
                    caption { (tr("grid-caption")) }
                    thead { tr {
                        th scope="col" { (tr("col-pupil")) }
                        th scope="col" { (tr("col-badges")) }
                        @for c in &report.columns {
                            th scope="col" {
                                (c.title)
                                @if let Some(due) = &c.due { br; span class="note" { (dates::due(due)) } }
                                @if !c.assigned { br; span class="note" { (tr("grid-not-assigned")) } }
                            }
                        }
                    } }
                    tbody {
                        @for ((pupil, row), pupil_badges) in data.pupils.iter().zip(&report.rows).zip(&report.badges) {
                            tr {
                                th scope="row" { a href=(format!("/teacher/classes/{}/pupils/{}", class.id, pupil.id)) { (crate::i18n::nickname(&pupil.nickname)) } }
                                td class="badges" { (badges::row(pupil_badges)) }
                                @for c in row { td class="cell" { (cell(c)) } }
                            }
                        }
                    }
                }
            }
        }
        @if dcf {
            h2 id="statements" { (tr("dcf-name")) }
            (dcf_view::class_table(levels, report, i18n::lang()))
        } @else {
            h2 id="statements" { (tr("efcw-name")) }
            (statements::rule())
            (statements::class_table(&report.assessment))
            (statements::pupil_grid(class.id, &data.pupils, &report.assessment))
        }
        div class="row" {
            div class="panel" {
                h2 { (tr("by-topic")) }
                @if report.topics.is_empty() { p class="note" { (tr("appears-once-assigned")) } }
                @else { (bars(&tr("chart-topics"), &report.topics)) }
            }
            @if dcf {
                div class="panel" {
                    h2 { (tr("by-element")) }
                    @let shares = dcf_view::shares(levels, report, i18n::lang());
                    @if shares.is_empty() { p class="note" { (tr("appears-once-assigned")) } }
                    @else { (bars(&tr("chart-elements"), &shares)) }
                }
            } @else {
                div class="panel" {
                    h2 { (tr("by-strand")) }
                    @if report.strands.is_empty() { p class="note" { (tr("appears-once-assigned")) } }
                    @else { (bars(&tr("chart-strands"), &report.strands)) }
                }
            }
        }
        @if !report.topics.is_empty() {
            p class="note" { (tr("percent-note")) }
        }
        (talk::table(&report.talk))
        h2 class="no-print" { (tr("settings-heading")) }
        (crate::teacher::class_language::form(class, token))
        (crate::teacher::class_framework::form(class, token))
        (crate::teacher::class_code::form(class.id, token))
        (super::retention::section(class))
    };
    live_page(&class.name, Some(email), 60, body)
}
