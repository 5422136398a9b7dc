//! The play screen's activity for each kind of step, one module each. A mechanic draws
//! the current step, keeps the pupil's unfinished work in the session's draft
//! (`clickwise_core::playthrough::Draft`), and submits a `ChoiceRecord` that the core scores.

mod chat;
mod choice;
mod feed;
mod report;
mod review;
mod settings;
mod sort;
mod spot_clues;

pub use review::review_item;

use crate::play::PlaySession;
use crate::theme::UiAssets;
use bevy::prelude::*;
use clickwise_core::Mechanic;

pub fn plugin(app: &mut App) {
    app.add_plugins((chat::plugin, feed::plugin));
}

/// Draws the current step's activity.
pub fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, m: &Mechanic) {
    match m {
        Mechanic::Choice(c) => choice::draw(col, ui, s, c),
        Mechanic::SpotClues(c) => spot_clues::draw(col, ui, s, c),
        Mechanic::Chat(c) => chat::draw(col, ui, s, c),
        Mechanic::Settings(c) => settings::draw(col, ui, s, c),
        Mechanic::Sort(c) => sort::draw(col, ui, s, c),
        Mechanic::Report(c) => report::draw(col, ui, s, c),
        Mechanic::Feed(c) => feed::draw(col, ui, s, c),
    }
}

/// A step's task or question ("What should … do?") beside its picture, with a speaker that
/// reads it aloud (while read-aloud is on).
fn task_heading(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, icon: &str, text: &str) {
    col.spawn(crate::theme::left_row(12.0)).with_children(|r| {
        r.spawn(crate::theme::icon(ui, icon, 48.0));
        r.spawn(crate::theme::heading(ui, text.to_owned()));
        r.spawn(crate::theme::speaker_button(ui));
    });
}
