//! The class page: join details, the grid, summaries, misconceptions and the class's tools.

use super::badges;
use super::charts::bars;
use super::layout::{csrf, live_page};
use crate::report::{Cell, ClassData, Report};
use maud::{Markup, PreEscaped, html};

pub fn stars(n: u8) -> String {
    (0..3).map(|i| if i < n { '★' } else { '☆' }).collect()
}

fn cell(c: &Cell) -> Markup {
    match (c.best, c.first) {
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
                    li { a href=(format!("/teacher/classes/{}/results.csv", class.id)) { "Download results (CSV)" } }
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
                                @if let Some(due) = &c.due { br; span class="note" { "due " (due) } }
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
        div class="row" {
            div class="panel" {
                h2 { "By topic" }
                @if report.topics.is_empty() { p class="note" { "Appears once levels are assigned." } }
                @else { (bars("Share of stars earned per topic", &report.topics)) }
            }
            div class="panel" {
                h2 { "By strand (Education for a Connected World)" }
                @if report.strands.is_empty() { p class="note" { "Appears once levels are assigned." } }
                @else { (bars("Share of stars earned per strand", &report.strands)) }
            }
        }
        h2 { "Talk about in class" }
        @if report.misconceptions.is_empty() {
            p class="note" { "Risky choices made on a first try will show here." }
        } @else {
            table {
                caption { "Risky choices most often made on a first try" }
                thead { tr { th scope="col" { "Level" } th scope="col" { "The choice" } th scope="col" { "Pupils" } } }
                tbody { @for m in &report.misconceptions { tr { td { (m.level_title) } td { (m.text) } td { (m.pupils) } } } }
            }
        }
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
