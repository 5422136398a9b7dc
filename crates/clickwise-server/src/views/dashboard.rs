//! The class page: what needs attention first (who needs a word, what to talk about, who
//! hasn't started), then join details and tools, the grid, the statements, summaries and
//! everything to talk about in class.

use super::badges;
use super::charts::bars;
use super::layout::{csrf, live_page};
use super::{dates, needs_word, overview, statements, talk};
use crate::report::{Cell, ClassData, Report};
use maud::{Markup, PreEscaped, html};

pub fn stars(n: u8) -> String {
    (0..3).map(|i| if i < n { '★' } else { '☆' }).collect()
}

fn cell(c: &Cell) -> Markup {
    match (c.best, c.first) {
        (None, _) if c.late => {
            html! { span class="late" { "late" } span class="sr" { ": past the due date, not started" } }
        }
        (None, _) => html! { span class="none" { "–" } span class="sr" { "not started" } },
        (Some(best), first) => html! {
            span class="stars" aria-hidden="true" { (stars(best)) }
            @if let Some(f) = first.filter(|f| *f != best) {
                br; span class="note" aria-hidden="true" { "1st " (stars(f)) }
            }
            span class="sr" {
                "best " (best) " of 3 stars"
                @if let Some(f) = first { ", first try " (f) }
            }
        },
    }
}

pub struct JoinDetails<'a> {
    pub link: &'a str,
    pub qr_svg: &'a str,
    pub practice_link: Option<String>,
}

pub fn class_page(email: &str, token: &str, data: &ClassData, report: &Report, join: &JoinDetails) -> Markup {
    let class = &data.class;
    let body = html! {
        p class="no-print" { a href="/teacher" { "← All classes" } }
        h1 { (class.name) }
        (overview::at_a_glance(class.id, &data.pupils, report))
        (needs_word::panel(class.id, &data.pupils, &report.needs_a_word.iter().collect::<Vec<_>>(), true))
        div class="row" {
            div class="panel" {
                h2 { "Pupils join with" }
                p { "Class code: " span class="code" { (class.code) } }
                p { "Or open this link: " a href=(join.link) { (join.link) } }
                p class="note" { "Pupils are told in the game: “Your teacher can see which levels you finish and your scores.”" }
                p class="note no-print" { "This page refreshes every minute as results arrive." }
            }
            div class="panel qr" aria-label="QR code for the join link" {
                (PreEscaped(join.qr_svg))
            }
            div class="panel no-print" {
                h2 { "Class tools" }
                ul {
                    li { a href=(format!("/teacher/classes/{}/assign", class.id)) { "Choose levels to assign" } }
                    li { a href=(format!("/teacher/classes/{}/cards", class.id)) { "Print login cards (" (data.pupils.len()) ")" } }
                    li { a href=(format!("/teacher/classes/{}/certificates", class.id)) { "Print certificates" } }
                    li { a href=(format!("/teacher/classes/{}/home-pack", class.id)) { "Print a home pack for parents (letter, QR code, things to talk about)" } }
                    li { a href=(format!("/teacher/classes/{}/summary", class.id)) { "Class summary (printable, dated)" } }
                    li { a href=(format!("/teacher/classes/{}/results.csv", class.id)) { "Download results (CSV)" } }
                    li { a href=(format!("/teacher/classes/{}/summary.csv", class.id)) { "Download a summary per pupil (CSV)" } }
                    li { a href=(format!("/teacher/classes/{}/delete", class.id)) { "Delete this class and its data" } }
                }
            }
        }
        @if let Some(link) = &join.practice_link {
            p { "Home practice link (no sign-in, nothing sent to the server): " a href=(link) { (link) } }
        }
        h2 id="grid" { "Progress" }
        @if data.pupils.is_empty() {
            p { "No pupils yet. " a href=(format!("/teacher/classes/{}/cards", class.id)) { "Make login cards" } " to add them." }
        } @else if report.columns.is_empty() {
            p { "No levels assigned or played yet. " a href=(format!("/teacher/classes/{}/assign", class.id)) { "Assign some levels" } "." }
        } @else {
            div class="grid-wrap" {
                table class="grid" {
                    caption { "Stars per pupil and level: best result, with the first try below when it differs; and badges collected" }
                    thead { tr {
                        th scope="col" { "Pupil" }
                        th scope="col" { "Badges" }
                        @for c in &report.columns {
                            th scope="col" {
                                (c.title)
                                @if let Some(due) = &c.due { br; span class="note" { (dates::due(due)) } }
                                @if !c.assigned { br; span class="note" { "(not assigned)" } }
                            }
                        }
                    } }
                    tbody {
                        @for ((pupil, row), pupil_badges) in data.pupils.iter().zip(&report.rows).zip(&report.badges) {
                            tr {
                                th scope="row" { a href=(format!("/teacher/classes/{}/pupils/{}", class.id, pupil.id)) { (pupil.nickname) } }
                                td class="badges" { (badges::row(pupil_badges)) }
                                @for c in row { td class="cell" { (cell(c)) } }
                            }
                        }
                    }
                }
            }
        }
        h2 id="statements" { "Education for a Connected World" }
        (statements::rule())
        (statements::class_table(&report.assessment))
        (statements::pupil_grid(class.id, &data.pupils, &report.assessment))
        div class="row" {
            div class="panel" {
                h2 { "By topic" }
                @if report.topics.is_empty() { p class="note" { "Appears once levels are assigned." } }
                @else { (bars("Stars earned per topic, of all possible", &report.topics)) }
            }
            div class="panel" {
                h2 { "By strand (Education for a Connected World)" }
                @if report.strands.is_empty() { p class="note" { "Appears once levels are assigned." } }
                @else { (bars("Stars earned per strand, of all possible", &report.strands)) }
            }
        }
        @if !report.topics.is_empty() {
            p class="note" { "Each percentage is the stars earned (each pupil's best try) of all the stars possible: 3 per pupil for every level in the grid above, with a level not played counting as none." }
        }
        (talk::table(&report.talk))
        h2 class="no-print" { "Keeping data" }
        form class="no-print panel" method="post" action=(format!("/teacher/classes/{}/retention", class.id)) {
            (csrf(token))
            label for="days" { "Delete results older than this many days" }
            input type="number" id="days" name="days" min="1" max="3650" value=(class.retention_days);
            " " button type="submit" class="secondary" { "Save" }
            p class="note" { "Set to the end of the school year when the class was made. Deleting the class deletes all its pupils' data at once." }
        }
    };
    live_page(&class.name, Some(email), 60, body)
}
