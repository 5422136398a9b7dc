//! Badges on the teacher's pages: a compact row on the dashboard, a table on a pupil's page.

use super::dates;
use crate::badges::KnownBadge;
use crate::i18n::{self, tf, tr};
use crate::report::PupilBadge;
use clickwise_core::Phase;
use maud::{Markup, html};

/// The badge's picture (named in its `alt`), or its name where the web build has no picture.
fn picture_or_name(b: &KnownBadge) -> Markup {
    html! {
        @if let Some(src) = &b.icon_src {
            img class="badge-icon" src=(src) alt=(b.name_here()) title=(b.name_here()) width="24" height="24";
        } @else {
            span class="badge-name" { (b.name_here()) }
        }
    }
}

/// A dashboard cell: how many badges, and each one's picture or name.
pub fn row(badges: &[PupilBadge]) -> Markup {
    let named = |i: usize| badges[i].badge.icon_src.is_none();
    html! {
        @if badges.is_empty() {
            span class="none" aria-hidden="true" { "–" } span class="sr" { (tr("badges-none-sr")) }
        } @else {
            span class="badge-count" { (badges.len()) } span class="sr" { " " (tr("badges-sr")) }
            " "
            span class="badge-row" {
                @for (i, b) in badges.iter().enumerate() {
                    // Names are listed with commas; pictures need only a space.
                    @if i > 0 { @if named(i - 1) && named(i) { ", " } @else { " " } }
                    (picture_or_name(&b.badge))
                }
            }
        }
    }
}

/// A pupil's badges: each one's name, what the pupil can now do, and when it was first seen.
/// A badge of another age group than the class's says so.
pub fn table(badges: &[PupilBadge], class_phase: Phase) -> Markup {
    html! {
        @if badges.is_empty() {
            p class="note" { (tr("badges-none")) }
        } @else {
            table class="badges" {
                caption { (tf("badges-caption", &[("count", badges.len().into())])) }
                thead { tr { th scope="col" { (tr("col-badge")) } th scope="col" { (tr("col-badge-says")) } th scope="col" { (tr("col-first-seen")) } } }
                tbody {
                    @for b in badges {
                        tr {
                            th scope="row" {
                                // The name follows, so the picture needs no words of its own.
                                @if let Some(src) = &b.badge.icon_src { img class="badge-icon" src=(src) alt="" width="40" height="40"; " " }
                                (b.badge.name_here())
                                @if b.badge.phase != class_phase { br; span class="note" { "(" (i18n::phase(b.badge.phase)) ")" } }
                            }
                            td { (b.badge.can_here()) }
                            td { (dates::day_of(b.first_seen)) }
                        }
                    }
                }
            }
        }
    }
}
