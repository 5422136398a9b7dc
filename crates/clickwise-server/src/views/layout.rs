//! The page frame: a skip link, a header with the signed-in teacher, the main content.

use maud::{DOCTYPE, Markup, html};

/// The pages' styles; the printed documents (cards, certificates, home pack) have their own file.
pub const STYLE: &str =
    concat!(include_str!("style.css"), include_str!("documents.css"), include_str!("reports.css"));

pub fn page(title: &str, teacher: Option<&str>, body: Markup) -> Markup {
    frame(title, teacher, None, body)
}

/// A page that reloads itself every `seconds` (the dashboard, so results appear as pupils
/// finish, with no JavaScript).
pub fn live_page(title: &str, teacher: Option<&str>, seconds: u32, body: Markup) -> Markup {
    frame(title, teacher, Some(seconds), body)
}

fn frame(title: &str, teacher: Option<&str>, refresh: Option<u32>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                @if let Some(seconds) = refresh { meta http-equiv="refresh" content=(seconds); }
                title { (title) " · Clickwise for teachers" }
                link rel="stylesheet" href="/teacher/style.css";
            }
            body {
                a class="skip" href="#main" { "Skip to the content" }
                header class="top" {
                    a class="brand" href="/teacher" { "Clickwise" span { " for teachers" } }
                    @if let Some(email) = teacher {
                        form method="post" action="/teacher/sign-out" class="inline" {
                            span class="who" { "Signed in as " (email) }
                            // Sign-out needs no CSRF token: SameSite=Strict keeps other sites from posting it.
                            button type="submit" class="link" { "Sign out" }
                        }
                    }
                }
                main id="main" { (body) }
            }
        }
    }
}

/// The hidden CSRF field every signed-in form carries.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}
