//! The home pack's pages: the letter to parents and carers with the QR code, then the
//! conversation starters. Written for a parent reading at home: plain, warm, never scary.

use super::dates;
use super::layout;
use crate::db::classes::Class;
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
            h1 { "Home pack: " (class.name) }
            div class="panel" {
                p { "A letter for each family: what Clickwise is, what is kept about their child and what isn't, and how to play at home, with a QR code for the home-practice link and things to talk about for the levels you assigned." }
                @if pack.starters.is_empty() {
                    p class="error" { "No levels are assigned yet, so the link opens the game without your levels first and there are no conversation starters. "
                        a href=(format!("/teacher/classes/{}/assign", class.id)) { "Assign some levels" } " first." }
                }
                p { "Print with Ctrl+P (⌘P on a Mac): the letter fits one page and the conversation starters follow." }
            }
        }
        section class="home-letter" {
            p class="brand-line" { "Clickwise · " (class.name) " · " (dates::day_and_year(&dates::today())) }
            h2 { "Playing Clickwise at home" }
            p { "Dear parent or carer," }
            p { "In class we are playing " strong { "Clickwise" } ", a free game about staying safe and kind online, made for primary school children. In each level, friendly characters get pop-ups, messages and offers. Your child chooses what the character should do and hears why, in kind and simple words. Every level ends with who to tell if something online is worrying." }
            h3 { "What is kept, and what isn't" }
            ul {
                li { "In class, your child plays as a made-up nickname with an animal picture (like “Happy Panda”). We never ask for or keep their name, email, birthday, photo or where they live, and there is nowhere in the game to type." }
                li { "The school's own Clickwise server keeps which levels were played in class, the buttons chosen and the scores, so the teacher can see what to talk about next. Results are kept for at most " (class.retention_days) " days, and all of them are deleted when the class is." }
                li { "At home there is no account and no sign-in. Nothing played with the link below is sent to school or anywhere else: progress stays in the web browser on your device." }
                li { "The game never loads anything from other websites: no adverts, no trackers, no chat with strangers." }
            }
            div class="home-practice" {
                div class="qr" aria-label="QR code for the home-practice link" { (PreEscaped(&pack.qr_svg)) }
                div {
                    h3 { "How to play at home" }
                    ol {
                        li { "Scan the QR code with a phone or tablet camera, or type this address into a web browser: " br; strong class="link" { (pack.link) } }
                        @if pack.starters.is_empty() {
                            li { "Choose a player and an age group, then a level." }
                        } @else {
                            li { "The levels we are doing in class open straight away. Tap one to play: there is nothing to set up." }
                        }
                        li { "Play together if you can, and talk about the choices. Getting one “wrong” is part of learning: the game shows what could happen and lets your child choose again." }
                    }
                    p { "Under " strong { "Grown-ups: get help" } " you can see what was played on your device, and where to find help (Childline, and the CEOP Safety Centre)." }
                }
            }
            h3 { "If your child tells you something worried them" }
            p { "Stay calm, listen, and thank them for telling you. They are not in trouble. If you are concerned, please let us know at school." }
            p { "Thank you," }
            div class="signed" { span class="line" {} span class="hint" { "class teacher" } }
        }
        @if !pack.starters.is_empty() {
            section class="home-starters" {
                h2 { "Things to talk about together" }
                p { "The levels " (class.name) " is playing. Each says what your child is learning, in their words, with a question or two to start a chat: at tea, in the car, or after playing." }
                @for s in &pack.starters {
                    div class="starter" {
                        h3 { (s.title) }
                        p { span class="label" { "Learning: " } (s.teaches) }
                        @if !s.questions.is_empty() {
                            p class="label" { "Talk about:" }
                            ul { @for q in &s.questions { li { (q) } } }
                        }
                        p { span class="label" { "The game's advice: " } (s.advice) }
                    }
                }
            }
        }
    };
    layout::page("Home pack", Some(email), body)
}
