//! The home pack's pages: the letter to parents and carers with the QR code, then the
//! conversation starters. Written for a parent reading at home: plain, warm, never scary.

use super::dates;
use super::layout;
use crate::db::classes::Class;
use crate::i18n::{tf, tr};
use maud::{Markup, PreEscaped, html};

/// Talking points for one assigned level.
pub struct Starter {
    pub title: String,
    /// The objective, in the pupil's words ("I can…").
    pub teaches: String,
    pub questions: Vec<String>,
    /// What the game tells the pupil at the end: who to tell, for their age.
    pub advice: String,
}

pub struct Pack<'a> {
    pub class: &'a Class,
    pub link: &'a str,
    pub qr_svg: String,
    pub starters: Vec<Starter>,
}

pub fn page(email: &str, pack: &Pack) -> Markup {
    let class = pack.class;
    let body = html! {
        div class="no-print" {
            p { a href=(format!("/teacher/classes/{}", class.id)) { "← " (class.name) } }
            h1 { (tf("pack-title", &[("class", (&class.name).into())])) }
            div class="panel" {
                p { (tr("pack-intro")) }
                @if pack.starters.is_empty() {
                    p class="error" { (tr("pack-no-levels")) " "
                        a href=(format!("/teacher/classes/{}/assign", class.id)) { (tr("grid-assign")) } }
                }
                p { (tr("pack-print")) }
            }
        }
        section class="home-letter" {
            p class="brand-line" { "Clickwise · " (class.name) " · " (dates::day_and_year(&dates::today())) }
            h2 { (tr("letter-title")) }
            p { (tr("letter-dear")) }
            p { (tr("letter-intro")) }
            h3 { (tr("letter-kept")) }
            ul {
                li { (tr("letter-nickname")) }
                li { (tf("letter-server", &[("date", super::retention::kept_until(class).into())])) }
                li { (tr("letter-home")) }
                li { (tr("letter-no-other-sites")) }
            }
            div class="home-practice" {
                div class="qr" aria-label=(tr("letter-qr")) { (PreEscaped(&pack.qr_svg)) }
                div {
                    h3 { (tr("letter-how")) }
                    ol {
                        li { (tr("letter-scan")) " " br; strong class="link" { (pack.link) } }
                        @if pack.starters.is_empty() {
                            li { (tr("letter-choose")) }
                        } @else {
                            li { (tr("letter-levels-open")) }
                        }
                        li { (tr("letter-together")) }
                    }
                    p { (tr("letter-grown-ups")) }
                }
            }
            h3 { (tr("letter-worried")) }
            p { (tr("letter-calm")) }
            p { (tr("letter-thanks")) }
            div class="signed" { span class="line" {} span class="hint" { (tr("letter-teacher")) } }
        }
        @if !pack.starters.is_empty() {
            section class="home-starters" {
                h2 { (tr("starters-title")) }
                p { (tf("starters-intro", &[("class", (&class.name).into())])) }
                @for s in &pack.starters {
                    div class="starter" {
                        h3 { (s.title) }
                        p { span class="label" { (tr("starters-learning")) " " } (s.teaches) }
                        @if !s.questions.is_empty() {
                            p class="label" { (tr("starters-talk")) }
                            ul { @for q in &s.questions { li { (q) } } }
                        }
                        p { span class="label" { (tr("starters-advice")) " " } (s.advice) }
                    }
                }
            }
        }
    };
    layout::page(&tr("pack-page"), Some(email), body)
}
