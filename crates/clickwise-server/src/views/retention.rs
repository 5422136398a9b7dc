//! How long a class is kept: the plain date on the class page, and the page to choose it
//! (the end of this school year, of the next, or a date). The rules are `db::retention`'s.

use super::dates::day_and_year;
use super::layout::{csrf, page};
use crate::db::classes::Class;
use crate::db::retention::{Choices, YEARS_AHEAD, last_day_kept};
use crate::i18n::{self, tf, tr};
use maud::{Markup, html};

/// "31 July 2027": the last day the class is kept.
pub fn kept_until(class: &Class) -> String {
    day_and_year(&last_day_kept(class.delete_after))
}

/// The line under the class's name: when it goes, said before it does.
pub fn notice(class: &Class) -> Markup {
    html! {
        p class="note" {
            (i18n::strong("retention-notice", "date", &kept_until(class))) " "
            a class="no-print" href=(format!("/teacher/classes/{}/retention", class.id)) { (tr("retention-change")) }
        }
    }
}

/// The class page's "Keeping data" section.
pub fn section(class: &Class) -> Markup {
    html! {
        h2 id="keeping" class="no-print" { (tr("retention-heading")) }
        div class="no-print panel" {
            p { (i18n::strong("retention-kept-until", "date", &kept_until(class))) }
            p {
                a href=(format!("/teacher/classes/{}/retention", class.id)) { (tr("retention-other-date")) } " · "
                a href=(format!("/teacher/classes/{}/delete", class.id)) { (tr("retention-delete-now")) }
            }
        }
    }
}

/// The page to choose how long the class is kept.
pub fn form_page(email: &str, token: &str, class: &Class, choices: &Choices) -> Markup {
    let current = class.delete_after;
    let other = current != choices.this_year && current != choices.next_year;
    let day = last_day_kept(current).max(choices.earliest.clone());
    let back = format!("/teacher/classes/{}", class.id);
    let body = html! {
        p { a href=(back) { "← " (class.name) } }
        h1 { (tf("retention-title", &[("class", (&class.name).into())])) }
        div class="panel" {
            p { (i18n::strong("retention-now", "date", &kept_until(class))) }
            form method="post" action=(format!("/teacher/classes/{}/retention", class.id)) {
                (csrf(token))
                fieldset {
                    legend { (tr("retention-legend")) }
                    label { input type="radio" name="until" value="this" checked[current == choices.this_year];
                        " " (tf("retention-this-year", &[("date", day_and_year(&last_day_kept(choices.this_year)).into())])) }
                    label { input type="radio" name="until" value="next" checked[current == choices.next_year];
                        " " (tf("retention-next-year", &[("date", day_and_year(&last_day_kept(choices.next_year)).into())])) }
                    label { input type="radio" name="until" value="date" checked[other]; " " (tr("retention-another-day")) }
                    input type="date" id="date" name="date" aria-label=(tr("retention-last-day"))
                        value=(day) min=(choices.earliest) max=(choices.latest);
                }
                p class="note" { (tf("retention-form-note", &[("years", YEARS_AHEAD.into())])) }
                p { button type="submit" { (tr("save")) } " " a class="button secondary" href=(back) { (tr("cancel")) } }
            }
        }
    };
    page(&tr("retention-heading"), Some(email), body)
}
