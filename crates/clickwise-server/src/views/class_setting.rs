//! A one-choice setting on the class page (its language, its framework): radio buttons and
//! Save, posted to the class's own path for that setting.

use super::layout::csrf;
use crate::i18n::tr;
use maud::{Markup, html};

/// One option: the value posted, its label, and whether it is the class's now.
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: String,
    pub chosen: bool,
}

/// The form posting `name` to `/teacher/classes/{class}/{path}`.
pub fn form(
    class: i64,
    path: &str,
    name: &str,
    legend: &str,
    choices: &[Choice],
    note: &str,
    token: &str,
) -> Markup {
    html! {
        form class="no-print panel" method="post" action=(format!("/teacher/classes/{class}/{path}")) {
            (csrf(token))
            fieldset {
                legend { (legend) }
                @for c in choices {
                    label class="choice" {
                        input type="radio" name=(name) value=(c.value) checked[c.chosen];
                        " " (c.label)
                    }
                }
            }
            " " button type="submit" class="secondary" { (tr("save")) }
            p class="note" { (note) }
        }
    }
}
