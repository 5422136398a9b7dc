//! The page frame: a skip link, a header with the signed-in teacher, the main content.

use crate::i18n;
use clickwise_core::text::Lang;
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
    let lang = i18n::lang();
    html! {
        (DOCTYPE)
        html lang=(i18n::html_lang(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                @if let Some(seconds) = refresh { meta http-equiv="refresh" content=(seconds); }
                title { (i18n::tf("page-title", &[("title", title.into())])) }
                link rel="stylesheet" href="/teacher/style.css";
            }
            body {
                a class="skip" href="#main" { (i18n::tr("skip-to-content")) }
                header class="top" {
                    a class="brand" href="/teacher" { "Clickwise" span { " " (i18n::tr("brand-for-teachers")) } }
                    (language_switch(lang, teacher.is_some()))
                    @if let Some(email) = teacher {
                        form method="post" action="/teacher/sign-out" class="inline" {
                            span class="who" { (i18n::tf("signed-in-as", &[("email", email.into())])) }
                            // Sign-out needs no CSRF token: SameSite=Strict keeps other sites from posting it.
                            button type="submit" class="link" { (i18n::tr("sign-out")) }
                        }
                    }
                }
                main id="main" { (body) }
            }
        }
    }
}

/// "English | Cymraeg": for a signed-in teacher a form that saves the choice to their
/// account and comes back to this page; before signing in, links with `?lang=`.
fn language_switch(lang: Lang, signed_in: bool) -> Markup {
    let choices = [(Lang::En, "English"), (Lang::Cy, "Cymraeg")];
    let csrf_token = if signed_in { i18n::csrf() } else { None };
    let here = i18n::here();
    html! {
        @if let Some(token) = csrf_token {
            form method="post" action="/teacher/language" class="inline language no-print" {
                (csrf(&token))
                input type="hidden" name="back" value=(here);
                @for (i, (l, name)) in choices.iter().enumerate() {
                    @if i > 0 { " | " }
                    button type="submit" class="link" name="lang" value=(i18n::code(*l))
                        lang=(i18n::html_lang(*l)) aria-pressed=(if *l == lang { "true" } else { "false" }) { (name) }
                }
            }
        } @else if !signed_in {
            @let path = here.split('?').next().unwrap_or("/teacher").to_owned();
            nav class="language no-print" aria-label="Language / Iaith" {
                @for (i, (l, name)) in choices.iter().enumerate() {
                    @if i > 0 { " | " }
                    @if *l == lang { span lang=(i18n::html_lang(*l)) aria-current="true" { (name) } }
                    @else { a href=(format!("{path}?lang={}", i18n::code(*l))) lang=(i18n::html_lang(*l)) { (name) } }
                }
            }
        }
    }
}

/// The hidden CSRF field every signed-in form carries.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}
